// Issue 7 §6, in-process against real PostgreSQL:
//   - the Committee's export of everything held about one employer (GET
//     /comitato/aziende/:employerId/esporta; who may call it is the authorisation matrix's row):
//     complete, never a password hash, a delegation code hash, attachment bytes or an import's
//     raw file, not cached, and itself audited;
//   - personal data and passwords never reach the logs: every byte written to stdout and stderr
//     while workers are created and imported (accepted and refused), a wrong password is tried and
//     a database error carrying personal data in its message is logged.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.MAIL_DIR = `${process.env.TMPDIR ?? '/tmp'}/fstn-mail-dataprot-${process.pid}-${Date.now()}`;
});
vi.mock('next-intl/server', () => ({ getLocale: async () => 'it', getTranslations: async () => (key: string) => key }));

import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { NextRequest } from 'next/server';
import { prisma } from '@/lib/server/db';
import { logError } from '@/lib/server/log';
import { signInAction } from '@/lib/server/actions/session';
import { createUnitAction } from '@/lib/server/actions/company';
import { createWorkerAction, importWorkersAction } from '@/lib/server/actions/workforce';
import { GET as exportEmployer } from '@/app/(area-riservata)/comitato/aziende/[employerId]/esporta/route';
import { actAs } from '../setup/actor';
import { makeCodiceFiscale } from '../fixtures/tax-codes';
import { toFormData } from './support/form-data';
import { withRequest } from './support/request-scope';
import { validWorker } from './support/calls';
import { createWorld, type World } from './support/world';

let world: World;
beforeAll(async () => {
  world = await createWorld(prisma);
}, 120_000);
afterEach(() => actAs(null));
afterAll(() => rmSync(process.env.MAIL_DIR!, { recursive: true, force: true }));

async function exportAs(user: World['users'][keyof World['users']], employerId: string): Promise<Response> {
  const request = new NextRequest(`http://localhost:3000/comitato/aziende/${employerId}/esporta`);
  actAs(user);
  try {
    return await withRequest(request, () => exportEmployer(request, { params: Promise.resolve({ employerId }) }));
  } finally {
    actAs(null);
  }
}

describe('the staff export of an employer’s data', () => {
  it('holds company, members, units, headcounts, workers, requests, delegations, ledger and audit — and no secrets', async () => {
    const filed = await world.filed();
    const secretBytes = Buffer.from(`%PDF-1.4 SEGRETO-${randomUUID()}`);
    await prisma.attachment.create({
      data: { requestId: filed.id, filename: 'verbale.pdf', mimeType: 'application/pdf', sizeBytes: secretBytes.length, sha256: 'a'.repeat(64), data: secretBytes, uploadedById: world.a.owner.id },
    });
    await prisma.requestMessage.create({ data: { requestId: filed.id, authorId: world.a.owner.id, body: 'Allego il verbale.' } });
    const batch = await world.importBatch(world.users.consultant!.id);
    const invitation = await prisma.delegation.create({
      data: { employerId: world.a.employer.id, inviteEmail: 'invitato@example.it', inviteCode: 'f'.repeat(64), inviteExpiresAt: new Date(Date.now() + 86_400_000), status: 'PENDING', startsOn: new Date(), createdById: world.a.owner.id },
    });

    // An audited change of A's data through an action, so that the export has an event to carry.
    actAs(world.a.owner);
    const unit = await createUnitAction({ employerId: world.a.employer.id, name: `Sede esportata ${randomUUID().slice(0, 6)}`, provinceCode: 'TN', comuneCode: 'L378' });
    actAs(null);
    expect(unit.status).toBe('success');

    const response = await exportAs(world.users.staff, world.a.employer.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.headers.get('cache-control')).toContain('no-store');
    expect(response.headers.get('content-disposition')).toContain(`attachment; filename="dati-azienda-${world.a.employer.codiceFiscale}-`);
    const text = await response.text();
    const data = JSON.parse(text) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

    expect(data.employer).toMatchObject({ id: world.a.employer.id, legalName: world.a.employer.legalName, codiceFiscale: world.a.employer.codiceFiscale });
    expect(data.employer.members.map((m: { user: { email: string } }) => m.user.email)).toContain(world.a.owner.email);
    expect(data.units.map((u: { id: string }) => u.id)).toContain(world.a.unit.id);
    expect(data.headcounts.length).toBe(await prisma.headcountMonth.count({ where: { employerId: world.a.employer.id } }));
    expect(data.headcounts.length).toBeGreaterThanOrEqual(24); // createReadyEmployer: every month of the last two years
    expect(data.headcounts[0].month).toMatch(/^\d{4}-\d{2}-01$/);
    for (const worker of world.a.workers) {
      expect(data.workers).toContainEqual(expect.objectContaining({ id: worker.id, codiceFiscale: worker.codiceFiscale, lastName: worker.lastName, monthlyGlobalPay: '2000' }));
    }
    const request = data.requests.find((r: { id: string }) => r.id === filed.id);
    expect(request).toMatchObject({ status: 'FILED', protocolNumber: filed.protocolNumber });
    expect(request.workers).toHaveLength(world.a.workers.length);
    expect(request.messages[0]).toMatchObject({ body: 'Allego il verbale.', author: { email: world.a.owner.email } });
    expect(request.attachments[0]).toMatchObject({ filename: 'verbale.pdf', sizeBytes: secretBytes.length });
    expect(data.ledger.some((e: { requestId: string | null }) => e.requestId === filed.id)).toBe(true);
    const delegations = data.delegations.map((d: { status: string; consultant: { email: string } | null; inviteEmail: string | null }) => [d.status, d.consultant?.email ?? d.inviteEmail]);
    expect(delegations).toEqual(
      expect.arrayContaining([
        ['ACTIVE', world.users.consultant!.email],
        ['REVOKED', world.users.consultantRevoked!.email],
        ['PENDING', 'invitato@example.it'],
      ]),
    );
    expect(data.importBatches.map((b: { id: string }) => b.id)).toContain(batch.id);
    const unitEvents = await prisma.auditEvent.findMany({ where: { action: { startsWith: 'unit.' }, onBehalfOfEmployerId: world.a.employer.id }, select: { id: true } });
    expect(unitEvents.length).toBeGreaterThan(0);
    const exportedEvents = new Set(data.audit.events.map((e: { id: string }) => String(e.id)));
    for (const e of unitEvents) expect(exportedEvents.has(String(e.id)), `audit event ${e.id}`).toBe(true);
    expect(data.audit.events.find((e: { actor: { email: string } | null; onBehalfOfEmployerId: string }) => e.onBehalfOfEmployerId === world.a.employer.id)?.actor?.email).toBe(world.a.owner.email);

    // Nothing secret: password hashes, the delegation code's hash, attachment bytes, the import's file.
    expect(text).not.toMatch(/\$argon2|passwordHash/);
    expect(text).not.toContain('f'.repeat(64));
    expect(text).not.toContain(invitation.inviteCode!);
    expect(text).not.toContain('SEGRETO-');
    expect(text).not.toContain(secretBytes.toString('base64'));
    expect(text).not.toContain(Buffer.from(world.headcountsCsv()).toString('base64'));

    // The export is itself on the record.
    const event = await prisma.auditEvent.findFirst({ where: { action: 'employer.export', entityId: world.a.employer.id, actorUserId: world.users.staff!.id } });
    expect(event).not.toBeNull();
  });

  it('answers 404 for an unknown or malformed company id, and refuses a non-staff caller with 403', async () => {
    expect((await exportAs(world.users.staff, 'cnonexistent000000000000')).status).toBe(404);
    expect((await exportAs(world.users.staff, '../../etc')).status).toBe(404);
    expect((await exportAs(world.users.employer, world.a.employer.id)).status).toBe(403);
  });
});

describe('no personal data or password in the logs', () => {
  it('creating and importing workers, a wrong password and a database error carrying personal data write none of it to stdout or stderr', async () => {
    const serial = 9_100_000 + Math.floor(Math.random() * 800_000);
    const canary = { cf: makeCodiceFiscale(serial), cf2: makeCodiceFiscale(serial + 1), last: `Zanetti${randomUUID().slice(0, 8)}`, first: `Ottavio${randomUUID().slice(0, 8)}`, pay: '4321,87', password: `Canarino-${randomUUID()}` };
    const written: string[] = [];
    const spies = [process.stdout, process.stderr].map((stream) =>
      vi.spyOn(stream, 'write').mockImplementation(((chunk: string | Uint8Array) => {
        written.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
        return true;
      }) as typeof stream.write),
    );
    try {
      const worker = { employerId: world.a.employer.id, ...validWorker(world), codiceFiscale: canary.cf, lastName: canary.last, firstName: canary.first, monthlyGlobalPay: canary.pay };
      actAs(world.a.owner);
      expect((await createWorkerAction(worker)).status).toBe('success');
      expect((await createWorkerAction({ ...worker, hireDate: '31/02/2020' })).status).toBe('error');
      expect((await createWorkerAction(worker)).status).toBe('error'); // the same codice fiscale again
      const csv = `codice_fiscale;cognome;nome;sede;categoria;contratto;data_assunzione;giorni_effettivi;ore_settimanali;tipo_retribuzione;retribuzione;nucleo_senza_figli\n${canary.cf2};${canary.last};${canary.first};${world.a.unit.name};operaio;indeterminato;99/99/2020;100;40;mensile;${canary.pay};no\n`;
      const imported = await importWorkersAction(toFormData({ employerId: world.a.employer.id, file: new File([csv], 'lavoratori.csv', { type: 'text/csv' }), confirm: 'on' }));
      expect(imported.status === 'success' && imported.data.ok).toBe(false); // refused for the date, row by row
      actAs(null);
      const signIn = await signInAction(null, toFormData({ email: world.a.owner.email, password: canary.password }));
      expect(signIn.status).toBe('error');

      // A database client error repeats the query's arguments in its message: logging it must not.
      const dbError = await prisma.worker
        .create({ data: { codiceFiscale: canary.cf2, lastName: canary.last, firstName: canary.first, monthlyGlobalPay: canary.pay } as never })
        .catch((e: unknown) => e);
      expect(String((dbError as Error).message)).toContain(canary.last); // the error does carry them…
      logError('worker import failed', dbError, { employerId: world.a.employer.id });
    } finally {
      for (const spy of spies) spy.mockRestore();
      actAs(null);
    }
    const output = written.join('');
    expect(output, 'the capture saw the logged error').toContain('worker import failed');
    for (const [what, value] of Object.entries({ ...canary, payDot: canary.pay.replace(',', '.'), email: world.a.owner.email })) {
      expect(output.includes(value), `${what} (${value}) was written to the logs`).toBe(false);
    }
  });
});
