// The consultant's bulk import against PostgreSQL: preview kept server-side, commit all or nothing,
// bad files (separator, encoding, duplicated codici fiscali, malformed rows) refused with row and
// column and nothing saved, and no access to a client without an active delegation.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/db';
import { AccessDeniedError } from '@/lib/server/auth/guards';
import { commitImportAction, discardImportAction, previewImportAction } from '@/lib/server/actions/bulk-import';
import { commitImport, getImportPreview, listImportClients, previewImport } from '@/lib/server/data/bulk-import';
import { purgeExpiredImports } from '@/lib/server/jobs/maintenance';
import { actAs } from '../setup/actor';
import { createDelegation, createEmployer, createUser, createWorker } from '../fixtures/factories';
import { makeCodiceFiscale } from '../fixtures/tax-codes';

const TODAY = '2026-03-16';
afterEach(() => {
  actAs(null);
  delete process.env.FSTN_TODAY;
});

const utf8 = (text: string) => new TextEncoder().encode(text);
const bom = (text: string) => Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]);
const cp1252 = (text: string) => Uint8Array.from([...text].map((c) => ({ à: 0xe0, è: 0xe8, é: 0xe9, ì: 0xec, ò: 0xf2, ù: 0xf9 })[c] ?? c.charCodeAt(0)));
const WORKER_HEADING = 'codice_fiscale;cognome;nome;sede;categoria;contratto;tipo_apprendistato;data_assunzione;data_cessazione;giorni_effettivi;ore_settimanali;tipo_retribuzione;retribuzione;nucleo_senza_figli';
const workerLine = (cf: string, last: string, first = 'Anna') => `${cf};${last};${first};Trento;operaio;indeterminato;;07/01/2020;;400;40;mensile;1.850,00;no`;

type User = Awaited<ReturnType<typeof createUser>>;
let consultant: User;
let stranger: User;
let employer: Awaited<ReturnType<typeof createEmployer>>;
let serial = 4_100_000 + Math.floor(Math.random() * 800_000);
const cf = () => makeCodiceFiscale(++serial);

beforeAll(async () => {
  const owner = await createUser(prisma, { role: 'EMPLOYER' });
  consultant = await createUser(prisma, { role: 'CONSULTANT' });
  stranger = await createUser(prisma, { role: 'CONSULTANT' });
  employer = await createEmployer(prisma, { ownerId: owner.id, legalName: `Caffè Però ${Date.now()} S.r.l.` });
  await createDelegation(prisma, { employerId: employer.id, consultantId: consultant.id, createdById: owner.id, startsOn: '2026-01-01' });
  const revokedFor = await createEmployer(prisma, { ownerId: owner.id });
  await createDelegation(prisma, { employerId: revokedFor.id, consultantId: stranger.id, createdById: owner.id, status: 'REVOKED' });
});

const asConsultant = () => {
  process.env.FSTN_TODAY = TODAY;
  actAs(consultant);
};
const workersOf = () => prisma.worker.findMany({ where: { employerId: employer.id }, orderBy: { lastName: 'asc' }, select: { codiceFiscale: true, lastName: true, firstName: true, monthlyGlobalPay: true } });

describe('workers: preview, then import all or nothing', () => {
  it('keeps a valid file for the preview, imports exactly it on confirmation (one audit event naming consultant and client), and the batch cannot be used twice', async () => {
    asConsultant();
    const [a, b] = [cf(), cf()];
    // Windows-1252 bytes, as Excel's "CSV (delimitato)" writes them on Italian Windows.
    const file = cp1252(`${WORKER_HEADING}\n${workerLine(a, 'Niccolò', 'Attilio')}\n${workerLine(b, 'Zanetti')}\n`);
    const preview = await previewImport({ employerId: employer.id, kind: 'WORKERS', fileName: 'lavoratori.csv', bytes: file, locale: 'it' });
    expect(preview.ok).toBe(true);
    const batchId = preview.ok ? preview.batchId : '';
    expect(await prisma.worker.count({ where: { employerId: employer.id, codiceFiscale: { in: [a, b] } } })).toBe(0);

    const shown = await getImportPreview(batchId, 'it');
    expect(shown.notes.join(' ')).toContain('Windows-1252');
    expect(shown.workers.map((w) => [w.line, w.lastName, w.unitName, w.pay])).toEqual([
      [2, 'Niccolò', 'Sede di Trento', '1850.00'],
      [3, 'Zanetti', 'Sede di Trento', '1850.00'],
    ]);

    expect(await commitImport(batchId, 'it')).toEqual({ ok: true, imported: 2, employerId: employer.id, kind: 'WORKERS' });
    expect((await workersOf()).filter((w) => [a, b].includes(w.codiceFiscale)).map((w) => w.lastName)).toEqual(['Niccolò', 'Zanetti']);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'worker.import', onBehalfOfEmployerId: employer.id }, orderBy: { id: 'desc' } });
    expect(audit.actorUserId).toBe(consultant.id);
    const batch = await prisma.importBatch.findUniqueOrThrow({ where: { id: batchId } });
    expect([batch.status, batch.rows]).toEqual(['COMMITTED', null]);
    await expect(commitImport(batchId, 'it')).rejects.toMatchObject({ messageKey: 'import.batch.committed' });
  });

  it('refuses duplicated codici fiscali (in the file and already registered) with row and column, saving nothing', async () => {
    asConsultant();
    const existing = await createWorker(prisma, employer.id, employer.units[0]!.id);
    const dup = cf();
    const before = await prisma.worker.count({ where: { employerId: employer.id } });
    const result = await previewImport({
      employerId: employer.id,
      kind: 'WORKERS',
      fileName: 'doppi.csv',
      bytes: bom(`${WORKER_HEADING}\r\n${workerLine(dup, 'Primo')}\r\n${workerLine(dup, 'Secondo')}\r\n${workerLine(existing.codiceFiscale, 'Esistente')}\r\n`),
      locale: 'it',
    });
    expect(result).toEqual({
      ok: false,
      notes: expect.any(Array),
      issues: [
        { line: 3, column: 'codice_fiscale', message: 'Codice fiscale ripetuto: compare anche alla riga 2.' },
        { line: 4, column: 'codice_fiscale', message: 'Il lavoratore con questo codice fiscale è già nell’elenco dell’azienda.' },
      ],
    });
    expect(await prisma.worker.count({ where: { employerId: employer.id } })).toBe(before);
    expect(await prisma.importBatch.count({ where: { employerId: employer.id, fileName: 'doppi.csv' } })).toBe(0);
  });

  it('refuses a file with the wrong separator, and malformed rows, each with its row and column', async () => {
    asConsultant();
    const pipes = await previewImport({ employerId: employer.id, kind: 'WORKERS', fileName: 'x.csv', bytes: utf8(WORKER_HEADING.replaceAll(';', '|') + '\n'), locale: 'it' });
    expect(pipes).toMatchObject({ ok: false, issues: [{ line: 1, column: null, message: expect.stringContaining('Non abbiamo riconosciuto le intestazioni') }] });
    const bad = await previewImport({
      employerId: employer.id,
      kind: 'WORKERS',
      fileName: 'x.csv',
      bytes: utf8(`${WORKER_HEADING}\n${cf()};Rossi;Anna;Trento;astronauta;indeterminato;;07/01/2020;;400;40;mensile;1.850,00;no\n${cf()};Verdi;Anna;Trento;operaio;indeterminato;;31/02/2020;;400;40;mensile;1.850,00;no\nsolo;tre;colonne\n`),
      locale: 'it',
    });
    expect(bad.ok).toBe(false);
    const issues = bad.ok ? [] : bad.issues;
    expect(issues.map((i) => [i.line, i.column])).toEqual([
      [2, 'categoria'],
      [3, 'data_assunzione'],
      [4, null],
    ]);
    expect(issues[0]!.message).toContain('Valore non riconosciuto: «astronauta»');
    expect(issues[2]!.message).toBe('La riga ha 3 colonne invece di 14: controlla separatori e virgolette.');
  });

  it('refuses the commit when the client’s workers changed after the preview (a worker of the file was registered), saving nothing', async () => {
    asConsultant();
    const [a, b] = [cf(), cf()];
    const preview = await previewImport({ employerId: employer.id, kind: 'WORKERS', fileName: 'tardi.csv', bytes: utf8(`${WORKER_HEADING}\n${workerLine(a, 'Uno')}\n${workerLine(b, 'Due')}\n`), locale: 'it' });
    await prisma.worker.create({ data: { employerId: employer.id, productionUnitId: employer.units[0]!.id, codiceFiscale: b, firstName: 'X', lastName: 'Y', category: 'OPERAIO', hireDate: new Date('2020-01-01'), weeklyHours: '40', monthlyGlobalPay: '1000' } });
    const outcome = await commitImport(preview.ok ? preview.batchId : '', 'it');
    expect(outcome).toEqual({ ok: false, issues: [{ line: 3, column: 'codice_fiscale', message: 'Il lavoratore con questo codice fiscale è già nell’elenco dell’azienda.' }] });
    expect(await prisma.worker.count({ where: { codiceFiscale: a } })).toBe(0);
  });
});

describe('monthly headcounts', () => {
  it('imports months per site with size units per digest B-2 (part-time hours in full-time units, a residual of half or less dropped: 3 + 20/40 → 3; 3 + 44/40 → 4), replacing a month already recorded', async () => {
    asConsultant();
    const unit = employer.units[0]!;
    await prisma.headcountMonth.create({ data: { employerId: employer.id, productionUnitId: unit.id, month: new Date('2026-01-01'), heads: 9, sizeUnits: '9' } });
    const preview = await previewImport({
      employerId: employer.id,
      kind: 'HEADCOUNTS',
      fileName: 'dipendenti.csv',
      bytes: bom('sede;mese;dipendenti;part_time;ore_part_time;orario_pieno\r\nTrento;2026-01;4;1;20;40\r\nTrento;feb-26;5;2;44;40\r\n'),
      locale: 'it',
    });
    const batchId = preview.ok ? preview.batchId : '';
    const shown = await getImportPreview(batchId, 'it');
    expect(shown.headcounts.map((h) => [h.month, h.heads, h.replaces])).toEqual([
      ['2026-01', 4, true],
      ['2026-02', 5, false],
    ]);
    expect(await commitImport(batchId, 'it')).toMatchObject({ ok: true, imported: 2, kind: 'HEADCOUNTS' });
    const rows = await prisma.headcountMonth.findMany({ where: { productionUnitId: unit.id }, orderBy: { month: 'asc' } });
    expect(rows.map((r) => [r.month.toISOString().slice(0, 7), r.heads, r.partTimeHeads, r.sizeUnits.toFixed(2)])).toEqual([
      ['2026-01', 4, 1, '3.00'],
      ['2026-02', 5, 2, '4.00'],
    ]);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'headcount.import', onBehalfOfEmployerId: employer.id } });
    expect(audit.actorUserId).toBe(consultant.id);
  });

  it('refuses a future month and a repeated month, saving nothing', async () => {
    asConsultant();
    const before = await prisma.headcountMonth.count({ where: { employerId: employer.id } });
    const result = await previewImport({ employerId: employer.id, kind: 'HEADCOUNTS', fileName: 'x.csv', bytes: utf8('mese;dipendenti\n2026-04;3\n2025-11;3\n11/2025;4\n'), locale: 'it' });
    expect(result).toMatchObject({
      ok: false,
      issues: [
        { line: 2, column: 'mese', message: 'Il mese 2026-04 non è ancora iniziato: si registrano solo mesi passati o in corso.' },
        { line: 4, column: 'mese', message: 'Questa sede e questo mese compaiono anche alla riga 3.' },
      ],
    });
    expect(await prisma.headcountMonth.count({ where: { employerId: employer.id } })).toBe(before);
  });
});

describe('through the actions, and who may use them', () => {
  it('the preview action checks the form (client, kind, file) and answers every field at once', async () => {
    asConsultant();
    expect(await previewImportAction({ employerId: '', file: new Blob([]) } as never)).toMatchObject({
      status: 'error',
      code: 'VALIDATION',
      fieldErrors: { employerId: ['Scegli il cliente di cui importare i dati'], kind: ['Scegli che cosa contiene il file: lavoratori o dipendenti mensili'], file: ['Scegli il file CSV da importare'] },
    });
  });

  it('a valid file through the action leads to its preview page; confirming leads back with the outcome', async () => {
    asConsultant();
    const form = new FormData();
    form.set('employerId', employer.id);
    form.set('kind', 'WORKERS');
    form.set('file', new File([utf8(`${WORKER_HEADING}\n${workerLine(cf(), 'Azione')}\n`)], 'azione.csv', { type: 'text/csv' }));
    const redirectTo = async (p: Promise<unknown>) => {
      try {
        await p;
      } catch (error) {
        return String((error as { digest?: string }).digest).split(';')[2];
      }
      return null;
    };
    const previewUrl = await redirectTo(previewImportAction(form));
    expect(previewUrl).toMatch(/^\/consulente\/importa\/[a-z0-9]+$/);
    const batchId = previewUrl!.split('/').at(-1)!;
    expect(await redirectTo(commitImportAction({ batchId }))).toBe(`/consulente/importa?esito=importato&tipo=WORKERS&righe=1&azienda=${employer.id}`);
  });

  it('a consultant without an active delegation cannot preview, see or commit an import for the client; nor can another consultant use someone’s batch', async () => {
    asConsultant();
    const preview = await previewImport({ employerId: employer.id, kind: 'WORKERS', fileName: 'mio.csv', bytes: utf8(`${WORKER_HEADING}\n${workerLine(cf(), 'Mio')}\n`), locale: 'it' });
    const batchId = preview.ok ? preview.batchId : '';
    actAs(stranger);
    await expect(previewImport({ employerId: employer.id, kind: 'WORKERS', fileName: 'x.csv', bytes: utf8(WORKER_HEADING), locale: 'it' })).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(getImportPreview(batchId, 'it')).rejects.toMatchObject({ messageKey: 'import.batch.notFound' });
    expect(await commitImportAction({ batchId })).toMatchObject({ status: 'error', formErrors: ['Anteprima non trovata o già chiusa: carica di nuovo il file'] });
    expect(await discardImportAction({ batchId })).toMatchObject({ status: 'error' });
    expect((await listImportClients()).map((c) => c.employerId)).not.toContain(employer.id);
    // The owner of the batch loses the delegation: the batch is dead for it too.
    asConsultant();
    await prisma.delegation.updateMany({ where: { employerId: employer.id, consultantId: consultant.id }, data: { status: 'REVOKED', revokedAt: new Date() } });
    try {
      await expect(commitImport(batchId, 'it')).rejects.toBeInstanceOf(AccessDeniedError);
    } finally {
      await prisma.delegation.updateMany({ where: { employerId: employer.id, consultantId: consultant.id }, data: { status: 'ACTIVE', revokedAt: null } });
    }
  });
});

describe('previews nobody confirms', () => {
  it('expire after 24 hours: the worker’s purge closes them and erases the copy of the file', async () => {
    asConsultant();
    const preview = await previewImport({ employerId: employer.id, kind: 'WORKERS', fileName: 'dimenticato.csv', bytes: utf8(`${WORKER_HEADING}\n${workerLine(cf(), 'Dimenticato')}\n`), locale: 'it' });
    const batchId = preview.ok ? preview.batchId : '';
    const kept = await prisma.importBatch.findUniqueOrThrow({ where: { id: batchId } });
    expect(kept.expiresAt.getTime() - kept.createdAt.getTime()).toBeGreaterThanOrEqual(24 * 3_600_000 - 1_000);
    // Purging now keeps it; once its 24 hours are over (moved back here, not waited for) it goes.
    await purgeExpiredImports();
    expect((await prisma.importBatch.findUniqueOrThrow({ where: { id: batchId } })).status).toBe('PREVIEW');
    await prisma.importBatch.update({ where: { id: batchId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await purgeExpiredImports()).toBeGreaterThanOrEqual(1);
    const purged = await prisma.importBatch.findUniqueOrThrow({ where: { id: batchId } });
    expect([purged.status, purged.rows]).toEqual(['DISCARDED', null]);
    await expect(getImportPreview(batchId, 'it')).rejects.toMatchObject({ messageKey: 'import.batch.notFound' });
  });
});
