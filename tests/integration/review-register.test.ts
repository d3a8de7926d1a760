// The resolutions register (and the Committee parameters it feeds to the rules), the audit view
// and its CSV export, the reports, and attachment downloads — against real PostgreSQL, through
// the same actions, DAL functions and route handlers the pages use.
import { afterAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { prisma } from '@/lib/server/db';
import { dateParts } from '@/lib/schemas/fields';
import { RuleContext } from '@/lib/rules';
import { ordinaryContribution } from '@/lib/rules/contributions/ordinary';
import { parseDate } from '@/lib/rules/core/calendar-date';
import { createResolutionAction } from '@/lib/server/actions/review';
import { loadResolutions } from '@/lib/server/data/scenario';
import { listAuditEvents } from '@/lib/server/data/audit-log';
import { buildReport } from '@/lib/server/data/reports';
import { GET as exportAudit } from '@/app/(area-riservata)/comitato/audit/export/route';
import { GET as exportReport } from '@/app/(area-riservata)/comitato/report/export/route';
import { GET as downloadAttachment } from '@/app/allegati/[attachmentId]/route';
import { POST as uploadAttachment } from '@/app/api/allegati/route';
import { recordAudit } from '@/lib/server/data/audit';
import { actAs } from '../setup/actor';
import { createDelegation, createEmployer, createUser, day } from '../fixtures/factories';

afterAll(() => actAs(null));

const parts = dateParts;
const NO_DATE = { day: '', month: '', year: '' };

describe('the resolutions register', () => {
  it('records a resolution that sets the C1 cut, and the rules apply it from its effective date (digest E-2, T23)', async () => {
    const staff = await createUser(prisma, { role: 'STAFF' });
    actAs(staff);
    const number = `R-${Date.now()}`;
    const created = await createResolutionAction({
      number,
      date: parts('2025-12-16'),
      subject: 'Riduzione del 40 % dell’aliquota ordinaria C1 per il 2026',
      parameterKey: 'ORDINARY_RATE_C1_REDUCED',
      parameterValue: '0,40',
      effectiveFrom: parts('2026-01-01'),
    });
    expect(created).toMatchObject({ status: 'success' });

    const resolutions = (await loadResolutions(prisma)).filter((r) => r.number === number);
    expect(resolutions).toEqual([{ number, date: '2025-12-16', parameterKey: 'ORDINARY_RATE_C1_REDUCED', value: '0.40', effectiveFrom: '2026-01-01' }]);
    const ctx = new RuleContext({ committeeResolutions: resolutions });
    const c1 = (month: string) => ordinaryContribution({ month: month as never, contributionClass: 'C1', taxablePay: '10000.00', lastAisPeriodEnd: parseDate('2023-09-30') }, ctx).total;
    // Before the effective date 0.50 % of 10,000.00; from it 0.30 % (T23 a/b).
    expect(c1('2025-12')).toBe('50.00');
    expect(c1('2026-01')).toBe('30.00');

    const audit = await prisma.auditEvent.findFirst({ where: { action: 'resolution.create', after: { path: ['number'], equals: number } } });
    expect(audit).toMatchObject({ actorUserId: staff.id, entityType: 'CommitteeResolution' });
  });

  it('refuses a duplicate number, a cut above 40 %, a future date, and a value without its parameter', async () => {
    const staff = await createUser(prisma, { role: 'STAFF' });
    actAs(staff);
    const number = `D-${Date.now()}`;
    const base = { number, date: parts('2026-01-15'), subject: 'Delibera di prova', parameterKey: '' as const, parameterValue: '', effectiveFrom: NO_DATE };
    expect(await createResolutionAction(base)).toMatchObject({ status: 'success' });
    expect(await createResolutionAction(base)).toMatchObject({ code: 'DOMAIN', fieldErrors: { number: ['Una delibera con questo numero è già nel registro'] } });
    expect(await createResolutionAction({ ...base, number: `${number}b`, parameterKey: 'ORDINARY_RATE_C1_REDUCED', parameterValue: '0,5' })).toMatchObject({
      code: 'DOMAIN',
      fieldErrors: { parameterValue: [expect.stringMatching(/da 0 a 0,40/)] },
    });
    expect(await createResolutionAction({ ...base, number: `${number}c`, date: parts('2099-01-01') })).toMatchObject({ code: 'DOMAIN', fieldErrors: { date: ['La data della delibera non può essere futura'] } });
    expect(await createResolutionAction({ ...base, number: `${number}d`, parameterValue: '850' })).toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { parameterKey: ['Scegli il parametro a cui si riferisce il valore'] },
    });
    expect(await prisma.committeeResolution.count({ where: { number: { startsWith: number } } })).toBe(1);

    const employer = await createUser(prisma, { role: 'EMPLOYER' });
    actAs(employer);
    expect(await createResolutionAction({ ...base, number: `${number}e` })).toMatchObject({ status: 'error', code: 'FORBIDDEN' });
  });
});

describe('the audit log', () => {
  it('shows who acted, on whose behalf, before and after, newest first, page by page; the CSV neutralises formulas', async () => {
    const staff = await createUser(prisma, { role: 'STAFF' });
    const owner = await createUser(prisma, { role: 'EMPLOYER' });
    const employer = await createEmployer(prisma, { ownerId: owner.id, legalName: '=HYPERLINK("http://evil.example","clic")' });
    const marker = `audit-${Date.now()}`;
    await prisma.$transaction(async (tx) => {
      for (let i = 0; i < 7; i++) {
        await recordAudit(tx, { actorUserId: owner.id, onBehalfOfEmployerId: employer.id, action: 'test.audit.view', entityType: 'Test', entityId: marker, before: { n: i }, after: { n: i + 1, note: i === 0 ? '@SUM(A1)' : 'ok' } });
      }
    });
    actAs(staff);
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let guard = 0; guard < 10; guard++) {
      const page = await listAuditEvents({ entityId: marker }, cursor, 3);
      seen.push(...page.items.map((i) => i.id));
      expect(page.items.every((i) => i.actor?.email === owner.email && i.onBehalfOf?.id === employer.id)).toBe(true);
      if (!page.next) break;
      cursor = page.next;
    }
    const ids = (await prisma.auditEvent.findMany({ where: { entityId: marker }, orderBy: [{ at: 'desc' }, { id: 'desc' }], select: { id: true } })).map((r) => r.id.toString());
    expect(seen).toEqual(ids);
    expect((await listAuditEvents({ entityId: marker, employerTaxCode: employer.codiceFiscale, actorEmail: owner.email, action: 'test.audit.' })).items).toHaveLength(7);
    expect((await listAuditEvents({ entityId: marker, actorEmail: 'nessuno@example.com' })).items).toHaveLength(0);

    const response = await exportAudit(new Request(`http://localhost/comitato/audit/export?oggetto=${marker}`));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = Buffer.from(await response.arrayBuffer());
    // UTF-8 byte-order mark: Excel reads the accents right.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(8);
    // The company name starts with "=": exported as text ('=…), never as a formula.
    expect(lines[1]).toContain(`'=HYPERLINK(""http://evil.example"",""clic"")`);
    expect(csv).not.toMatch(/;=HYPERLINK/);

    actAs(owner);
    await expect(listAuditEvents({})).rejects.toThrow(/Accesso/);
    expect((await exportAudit(new Request('http://localhost/comitato/audit/export'))).status).toBe(403);
    actAs(null);
    expect((await exportAudit(new Request('http://localhost/comitato/audit/export'))).status).toBe(401);
  });
});

describe('reports', () => {
  it('counts requests, weeks and amounts by month, cause, size class and ATECO section, and exports them', async () => {
    const staff = await createUser(prisma, { role: 'STAFF' });
    const owner = await createUser(prisma, { role: 'EMPLOYER' });
    const hotel = await createEmployer(prisma, { ownerId: owner.id, atecoCode: '55.10.00' });
    const shop = await createEmployer(prisma, { ownerId: owner.id, atecoCode: '47.64.10' });
    // Requests filed in 2032 (no other test files there). Amounts chosen so the sums are easy to check.
    const rows = [
      { e: hotel, month: '2032-01-10', status: 'APPROVED', cause: 'ORDINARY_MARKET', size: 'C1', weeks: '4', granted: '4', gross: '1000.00', grossGranted: '1000.00' },
      { e: hotel, month: '2032-01-20', status: 'PARTIALLY_APPROVED', cause: 'ORDINARY_MARKET', size: 'C1', weeks: '6', granted: '2', gross: '1500.00', grossGranted: '500.00' },
      { e: shop, month: '2032-03-05', status: 'REJECTED', cause: 'CRISIS', size: 'C2', weeks: '8', granted: '0', gross: '4000.00', grossGranted: '0' },
      { e: shop, month: '2032-03-06', status: 'FILED', cause: 'CRISIS', size: 'C2', weeks: '2', granted: '2', gross: '800.00', grossGranted: null },
    ] as const;
    for (const r of rows) {
      await prisma.request.create({
        data: {
          employerId: r.e.id,
          productionUnitId: r.e.units[0]!.id,
          status: r.status,
          cause: r.cause,
          sizeClass: r.size,
          filedAt: new Date(`${r.month}T10:00:00Z`),
          weeksRequested: r.weeks,
          weeksGranted: r.granted,
          totalGross: r.gross,
          totalGrossGranted: r.grossGranted,
          createdById: owner.id,
        },
      });
    }
    actAs(staff);
    const report = await buildReport('2032-01', '2032-03');
    expect(report.byMonth.map((m) => [m.key, m.requests, m.approved, m.rejected, m.weeksRequested, m.weeksGranted, m.grossRequested, m.grossGranted])).toEqual([
      ['2032-01', 2, 2, 0, '10', '6', '2500.00', '1500.00'],
      ['2032-02', 0, 0, 0, '0', '0', '0.00', '0.00'],
      // The FILED request's grantable weeks are not "granted": only decisions count.
      ['2032-03', 2, 0, 1, '10', '0', '4800.00', '0.00'],
    ]);
    expect(report.byCause.map((c) => [c.key, c.requests])).toEqual([
      ['CRISIS', 2],
      ['ORDINARY_MARKET', 2],
    ]);
    expect(report.bySizeClass.map((c) => [c.key, c.requests])).toEqual([
      ['C1', 2],
      ['C2', 2],
    ]);
    // 55 accommodation → section I; 47 retail → section G.
    expect(report.bySector.map((c) => [c.key, c.requests, c.grossGranted])).toEqual([
      ['G', 2, '0.00'],
      ['I', 2, '1500.00'],
    ]);
    expect(report.total).toMatchObject({ requests: 4, decided: 3, approved: 2, rejected: 1, grossRequested: '7300.00', grossGranted: '1500.00' });

    const csv = await (await exportReport(new Request('http://localhost/comitato/report/export?dal=2032-01&al=2032-03'))).text();
    expect(csv).toContain('mese;2032-01;2;2;2;0;10;6;2500,00;1500,00');
    expect(csv).toContain('settore ATECO;I Attività dei servizi di alloggio e di ristorazione;2');

    actAs(owner);
    await expect(buildReport('2032-01', '2032-03')).rejects.toThrow(/Accesso/);
    expect((await exportReport(new Request('http://localhost/comitato/report/export'))).status).toBe(403);
  });
});

describe('attachments', () => {
  it('are served to staff, the employer and its delegated consultant, and to no one else', async () => {
    const staff = await createUser(prisma, { role: 'STAFF' });
    const owner = await createUser(prisma, { role: 'EMPLOYER' });
    const consultant = await createUser(prisma, { role: 'CONSULTANT' });
    const stranger = await createUser(prisma, { role: 'EMPLOYER' });
    const otherConsultant = await createUser(prisma, { role: 'CONSULTANT' });
    const employer = await createEmployer(prisma, { ownerId: owner.id });
    await createDelegation(prisma, { employerId: employer.id, consultantId: consultant.id, createdById: owner.id });
    await createDelegation(prisma, { employerId: employer.id, consultantId: otherConsultant.id, createdById: owner.id, status: 'REVOKED' });
    const request = await prisma.request.create({ data: { employerId: employer.id, status: 'FILED', filedAt: day('2026-03-02'), createdById: owner.id } });
    const data = Buffer.from('%PDF-1.4 verbale esame congiunto');
    const attachment = await prisma.attachment.create({
      data: { requestId: request.id, filename: 'verbale esame congiunto.pdf', mimeType: 'application/pdf', sizeBytes: data.length, sha256: createHash('sha256').update(data).digest('hex'), data, uploadedById: owner.id },
    });
    const get = () => downloadAttachment(new Request(`http://localhost/allegati/${attachment.id}`), { params: Promise.resolve({ attachmentId: attachment.id }) });
    for (const user of [staff, owner, consultant]) {
      actAs(user);
      const response = await get();
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(data)).toBe(true);
      expect(response.headers.get('content-disposition')).toMatch(/^attachment;/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
    for (const user of [stranger, otherConsultant]) {
      actAs(user);
      expect((await get()).status).toBe(403);
    }
    actAs(null);
    expect((await get()).status).toBe(401);
    actAs(staff);
    expect((await downloadAttachment(new Request('http://localhost/allegati/x'), { params: Promise.resolve({ attachmentId: '../etc/passwd' }) })).status).toBe(404);
    expect((await downloadAttachment(new Request('http://localhost/allegati/x'), { params: Promise.resolve({ attachmentId: 'inesistente' }) })).status).toBe(403);
  });
});

describe('uploading attachments', () => {
  const post = (fields: Record<string, string | Blob>, filename?: string) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) {
      if (typeof v === 'string') form.set(k, v);
      else form.set(k, v, filename);
    }
    return uploadAttachment(new Request('http://localhost/api/allegati', { method: 'POST', body: form }));
  };

  it('the employer attaches a PDF: stored with its real type, a clean name and its SHA-256, audited; wrong types, empty or oversized files and strangers are refused', async () => {
    const owner = await createUser(prisma, { role: 'EMPLOYER' });
    const stranger = await createUser(prisma, { role: 'EMPLOYER' });
    const employer = await createEmployer(prisma, { ownerId: owner.id });
    const request = await prisma.request.create({ data: { employerId: employer.id, status: 'INFO_REQUESTED', filedAt: day('2026-03-02'), createdById: owner.id } });
    const returnTo = `/aziende/${employer.id}/domande/${request.id}`;
    const pdf = new Blob([Buffer.from('%PDF-1.4\nverbale esame congiunto\n%%EOF')], { type: 'application/pdf' });

    actAs(owner);
    const ok = await post({ requestId: request.id, returnTo, file: pdf }, '../verbale\u202Eesame.pdf');
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe(`http://localhost${returnTo}?allegato=ok#messaggi`);
    const stored = await prisma.attachment.findFirstOrThrow({ where: { requestId: request.id } });
    expect(stored).toMatchObject({ filename: 'verbaleesame.pdf', mimeType: 'application/pdf', sizeBytes: 38, sha256: createHash('sha256').update(Buffer.from('%PDF-1.4\nverbale esame congiunto\n%%EOF')).digest('hex') });
    expect(await prisma.auditEvent.count({ where: { entityId: request.id, action: 'request.attachment.add' } })).toBe(1);

    const refused = async (file: Blob, name: string, outcome: string) => {
      const response = await post({ requestId: request.id, returnTo, file }, name);
      expect(response.headers.get('location')).toContain(`allegato=${outcome}`);
    };
    await refused(new Blob(['<html><script>alert(1)</script></html>'], { type: 'application/pdf' }), 'relazione.pdf', 'tipo');
    await refused(new Blob([]), 'vuoto.pdf', 'vuoto');
    await refused(new Blob([Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024)])]), 'grande.pdf', 'troppo-grande');
    expect(await prisma.attachment.count({ where: { requestId: request.id } })).toBe(1);

    actAs(stranger);
    expect((await post({ requestId: request.id, returnTo, file: pdf }, 'x.pdf')).status).toBe(403);
    actAs(null);
    expect((await post({ requestId: request.id, returnTo, file: pdf }, 'x.pdf')).status).toBe(401);

    await prisma.request.update({ where: { id: request.id }, data: { status: 'WITHDRAWN' } });
    actAs(owner);
    expect((await post({ requestId: request.id, returnTo: 'https://evil.example/', file: pdf }, 'x.pdf')).headers.get('location')).toBe('http://localhost/?allegato=chiusa#messaggi');
    expect(await prisma.attachment.count({ where: { requestId: request.id } })).toBe(1);
  });
});
