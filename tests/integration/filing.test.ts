// Filing a request (issue 4, "Invia"): one transaction that re-evaluates, numbers, freezes,
// reserves and audits; the 20-way race on a unit's last weeks; a double "Invia"; withdrawal.
// Expected figures come from the law (digest D-1: C1 = 52 weeks in the rolling biennium; D-7:
// 10 workable days of a 5-day week = 2 weeks), not from the code.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { RULES_VERSION } from '@/lib/rules';
import { prisma } from '@/lib/server/db';
import { todayInRome } from '@/lib/server/clock';
import { fileRequestAction, withdrawRequestAction } from '@/lib/server/actions/request-filing';
import { createDraftAction, saveCausePeriodAction, saveProcedureAction, saveRequestWorkersAction } from '@/lib/server/actions/request-draft';
import { draftKey, evaluateDraft } from '@/lib/server/data/requests';
import type { FilingSnapshot } from '@/lib/server/data/scenario';
import { dateParts } from '@/lib/schemas/fields';
import { lockKey } from '@/lib/server/db-transaction';
import { LEDGER_LOCK } from '@/lib/server/data/timeline';
import { actAs } from '../setup/actor';
import { causePeriodInput, completeDraft, createCompleteDraft, createReadyEmployer } from './support/journey';

const realConcurrency = inject('databaseKind') === 'postgres';
const today = todayInRome();
afterEach(() => actAs(null));

async function keyOf(requestId: string) {
  const row = await prisma.request.findUniqueOrThrow({ where: { id: requestId }, select: { draft: true } });
  return draftKey(requestId, row.draft);
}

/** Weeks still counted in a unit's ledger (not released, not neutralised). */
async function ledgerWeeks(unitId: string) {
  const [row] = await prisma.$queryRaw<Array<{ weeks: string | null }>>`
    SELECT SUM("weeks")::text AS "weeks" FROM "WindowEntry" WHERE "productionUnitId" = ${unitId} AND "releasedAt" IS NULL AND NOT "neutralised"`;
  return Number(row?.weeks ?? 0);
}

describe('filing a request through the wizard', () => {
  it('saves each step server-side, then files in one transaction: protocol number, snapshot, reserved weeks, status history and audit', async () => {
    const ready = await createReadyEmployer(prisma, { today, heads: 4, workers: 2 });
    actAs(ready.owner);
    const draft = completeDraft(ready, today);

    const created = await createDraftAction({ employerId: ready.employer.id });
    expect(created.status).toBe('success');
    const requestId = created.status === 'success' ? created.data.id : '';
    const cp = draft.causePeriod;
    const saved1 = await saveCausePeriodAction(causePeriodInput({ employerId: ready.employer.id, requestId }, cp));
    expect(saved1).toEqual({ status: 'success', data: undefined });
    const saved2 = await saveRequestWorkersAction({
      employerId: ready.employer.id,
      requestId,
      lines: ready.workers.map((w) => ({ workerId: w.id, included: 'on', hoursLost: '80', daysAffected: '' })),
    });
    expect(saved2.status).toBe('success');
    const saved3 = await saveProcedureAction({
      employerId: ready.employer.id,
      requestId,
      unionCommunicationDate: dateParts(draft.procedure.unionCommunicationDate),
      unavoidableEvent: 'no',
      unionRecipients: draft.procedure.unionRecipients,
    });
    expect(saved3.status).toBe('success');

    // Resuming "from another browser" = reading the draft back from the database.
    const evaluation = await evaluateDraft(ready.employer.id, requestId, today);
    expect(evaluation.steps).toEqual({ causePeriod: 'completed', workers: 'completed', procedure: 'completed', summary: 'todo' });
    expect(evaluation.problems).toEqual([]);
    expect(evaluation.result?.eligible).toBe(true);
    expect(evaluation.result?.sizeClass?.class).toBe('C1'); // 4 employees every month (B-1: ≤ 5)
    expect(evaluation.result?.weeksRequested).toBe('2'); // D-7: 10 workable days ÷ 5

    const filed = await fileRequestAction({ employerId: ready.employer.id, requestId, idempotencyKey: evaluation.idempotencyKey, acceptTrim: false, declaration: true });
    expect(filed.status).toBe('success');
    if (filed.status !== 'success') return;
    expect(filed.data.protocolNumber).toMatch(new RegExp(`^FSTN-${today.slice(0, 4)}-\\d{6}$`));
    expect(filed.data).toMatchObject({ weeksRequested: '2', weeksGranted: '2', grantedStart: cp.periodStart, grantedEnd: cp.periodEnd, trimmed: false, repeated: false });

    const row = await prisma.request.findUniqueOrThrow({
      where: { id: requestId },
      include: { workers: true, statusChanges: { orderBy: { at: 'asc' } }, windowEntries: true },
    });
    expect(row.status).toBe('FILED');
    expect(row.protocolNumber).toBe(filed.data.protocolNumber);
    expect(row.rulesVersion).toBe(RULES_VERSION);
    expect(row.sizeClass).toBe('C1');
    const snapshot = row.snapshot as unknown as FilingSnapshot;
    expect(snapshot.rulesVersion).toBe(RULES_VERSION);
    expect(snapshot.applicationDate).toBe(today);
    expect(snapshot.draft.causePeriod.causeDescription).toBe(cp.causeDescription);
    expect(snapshot.scenario.request.periodStart).toBe(cp.periodStart);
    expect(snapshot.result.trace.length).toBeGreaterThan(5);
    expect(snapshot.result.trace.every((s) => s.citation.label.length > 0)).toBe(true);
    // One line per worker with its own result; the request total is their sum.
    expect(row.workers).toHaveLength(2);
    expect(row.workers.map((w) => [w.workerId, w.hoursLost.toFixed(2), w.eligible]).sort()).toEqual(ready.workers.map((w) => [w.id, '80.00', true]).sort());
    expect(row.workers.every((w) => Number(w.netAmount) > 0 && Number(w.netAmount) < Number(w.grossAmount))).toBe(true);
    expect(snapshot.filedAt).toBe(row.filedAt!.toISOString());
    const sum = row.workers.reduce((acc, w) => acc + Number(w.grossAmount), 0);
    expect(sum).toBeCloseTo(Number(row.totalGross), 2);
    expect(Number(row.totalGross)).toBeGreaterThan(0);
    // The granted weeks are reserved in the ledger of the unit.
    expect(row.windowEntries).toHaveLength(1);
    expect(row.windowEntries[0]).toMatchObject({ kind: 'RESERVED', productionUnitId: ready.unit.id, cause: 'ORDINARY_MARKET', releasedAt: null });
    expect(row.windowEntries[0]!.weeks.toFixed(2)).toBe('2.00');
    expect(row.statusChanges.map((s) => `${s.fromStatus}→${s.toStatus}`)).toEqual(['null→DRAFT', 'DRAFT→FILED']);
    const audit = await prisma.auditEvent.findMany({ where: { entityType: 'Request', entityId: requestId }, orderBy: { id: 'asc' }, select: { action: true, actorUserId: true, onBehalfOfEmployerId: true } });
    expect(audit.map((a) => a.action)).toEqual(['request.draft.create', 'request.draft.causePeriod', 'request.draft.workers', 'request.draft.procedure', 'request.file']);
    expect(audit.every((a) => a.actorUserId === ready.owner.id && a.onBehalfOfEmployerId === ready.employer.id)).toBe(true);
    // Numbered in the transaction's last statement: the same number on the request, in the status
    // history and in the audit event, all stamped with the filing time.
    expect(row.statusChanges[1]!.note).toBe(filed.data.protocolNumber);
    expect(row.statusChanges[1]!.at.getTime()).toBe(row.filedAt!.getTime());
    const fileAudit = await prisma.auditEvent.findFirstOrThrow({ where: { entityType: 'Request', entityId: requestId, action: 'request.file' } });
    expect(fileAudit.before).toEqual({ status: 'DRAFT' });
    expect(fileAudit.after).toEqual({
      status: 'FILED',
      protocolNumber: filed.data.protocolNumber,
      rulesVersion: RULES_VERSION,
      weeksRequested: '2',
      weeksGranted: '2',
      reserved: { productionUnitId: ready.unit.id, start: cp.periodStart, end: cp.periodEnd, weeks: '2' },
      viaDelegation: null,
    });
    expect(fileAudit.at.getTime()).toBe(row.filedAt!.getTime());

    // A filed request cannot be edited any more.
    const late = await saveProcedureAction({ employerId: ready.employer.id, requestId, unionCommunicationDate: dateParts(today), unavoidableEvent: 'no' });
    expect(late).toMatchObject({ status: 'error', code: 'DOMAIN', formErrors: ['La domanda è già stata inviata o annullata: non può più essere modificata'] });
  });

  it('refuses an employer below the 75 % Trentino test and writes nothing (A-6: 3 of 5 heads = 60 %)', async () => {
    const ready = await createReadyEmployer(prisma, { today, heads: 3, otherProvinceHeads: 2 });
    actAs(ready.owner);
    const { id } = await createCompleteDraft(prisma, ready, today);
    const evaluation = await evaluateDraft(ready.employer.id, id, today);
    expect(evaluation.result?.instrument).toBe('FIS');
    expect(evaluation.steps.causePeriod).toBe('problem');
    const outcome = await fileRequestAction({ employerId: ready.employer.id, requestId: id, idempotencyKey: await keyOf(id), acceptTrim: true, declaration: true });
    expect(outcome).toMatchObject({ status: 'error', code: 'DOMAIN' });
    const row = await prisma.request.findUniqueOrThrow({ where: { id }, select: { status: true, protocolNumber: true, _count: { select: { windowEntries: true, workers: true } } } });
    expect(row).toEqual({ status: 'DRAFT', protocolNumber: null, _count: { windowEntries: 0, workers: 0 } });
  });

  it('refuses a key that is not the current draft (the draft changed after the riepilogo was shown)', async () => {
    const ready = await createReadyEmployer(prisma, { today });
    actAs(ready.owner);
    const { id } = await createCompleteDraft(prisma, ready, today);
    const outcome = await fileRequestAction({ employerId: ready.employer.id, requestId: id, idempotencyKey: 'a'.repeat(64), acceptTrim: false, declaration: true });
    expect(outcome).toMatchObject({ status: 'error', formErrors: ['La domanda è cambiata dopo che hai aperto il riepilogo: controlla di nuovo il riepilogo e invia'] });
  });

  it('asks before trimming a request longer than what remains, and then reserves only the remaining weeks (J-8: 51 of 52 used → 1 week)', async () => {
    const ready = await createReadyEmployer(prisma, { today, historyWeeks: '51' });
    actAs(ready.owner);
    const { id } = await createCompleteDraft(prisma, ready, today, { weeks: 2 });
    const evaluation = await evaluateDraft(ready.employer.id, id, today);
    expect(evaluation.result?.windows).toMatchObject({ outcome: 'trim', maxGrantableWeeks: '1' });
    const key = await keyOf(id);
    const refused = await fileRequestAction({ employerId: ready.employer.id, requestId: id, idempotencyKey: key, acceptTrim: false, declaration: true });
    expect(refused).toMatchObject({ status: 'error', code: 'DOMAIN', fieldErrors: { acceptTrim: ['Restano meno settimane di quelle richieste: conferma la riduzione del periodo al massimo concedibile'] } });
    const filed = await fileRequestAction({ employerId: ready.employer.id, requestId: id, idempotencyKey: key, acceptTrim: true, declaration: true });
    expect(filed).toMatchObject({ status: 'success', data: { weeksRequested: '2', weeksGranted: '1', trimmed: true } });
    expect(await ledgerWeeks(ready.unit.id)).toBe(52);
  });
});

describe('two filings at the same moment can never together exceed a limit', () => {
  it('fires 20 concurrent filings at a C1 unit with 7 of its 52 biennium weeks left: 4 are filed (2+2+2+1 weeks), 16 refused, and the ledger ends at exactly 52', async () => {
    const ready = await createReadyEmployer(prisma, { today, heads: 4, historyWeeks: '45' });
    const drafts = [];
    for (let i = 0; i < 20; i++) drafts.push(await createCompleteDraft(prisma, ready, today, { weeks: 2 }));
    const keys = await Promise.all(drafts.map((d) => keyOf(d.id)));
    actAs(ready.owner);
    const outcomes = await Promise.all(
      drafts.map((d, i) => fileRequestAction({ employerId: ready.employer.id, requestId: d.id, idempotencyKey: keys[i]!, acceptTrim: true, declaration: true })),
    );
    const filed = outcomes.filter((o) => o.status === 'success');
    const refused = outcomes.filter((o) => o.status === 'error');
    const granted = filed.map((o) => (o.status === 'success' ? o.data.weeksGranted : '')).sort();
    console.info(`race: attempted ${outcomes.length}, filed ${filed.length} (${granted.join('+')} weeks), refused ${refused.length}; ledger ${await ledgerWeeks(ready.unit.id)} of 52 (${realConcurrency ? 'PostgreSQL' : 'embedded'})`);
    expect(granted).toEqual(['1', '2', '2', '2']);
    expect(refused).toHaveLength(16);
    for (const r of refused) expect(r).toMatchObject({ status: 'error', code: 'DOMAIN', formErrors: ['In base alle regole del Fondo la domanda non può essere accolta: vedi i motivi nel riepilogo'] });
    expect(await ledgerWeeks(ready.unit.id)).toBe(52);
    const protocols = await prisma.request.findMany({ where: { employerId: ready.employer.id, status: 'FILED' }, select: { protocolNumber: true } });
    expect(new Set(protocols.map((p) => p.protocolNumber)).size).toBe(4);
  });
});

describe('the filing takes the same locks as every other writer of the ledger', () => {
  it('waits while another transaction holds the unit\'s ledger lock (keys computed by PostgreSQL = advisoryKey), then files', async () => {
    if (!realConcurrency) return; // PGlite: one transaction at a time, nothing ever waits
    const ready = await createReadyEmployer(prisma, { today });
    const { id } = await createCompleteDraft(prisma, ready, today);
    const key = await keyOf(id);
    actAs(ready.owner);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = prisma.$transaction(async (tx) => {
      await lockKey(tx, LEDGER_LOCK, ready.unit.id);
      locked();
      await released;
    });
    await isLocked;
    let done = false;
    const filing = fileRequestAction({ employerId: ready.employer.id, requestId: id, idempotencyKey: key, acceptTrim: false, declaration: true }).finally(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(done).toBe(false);
    expect((await prisma.request.findUniqueOrThrow({ where: { id }, select: { status: true } })).status).toBe('DRAFT');
    release();
    await holder;
    expect(await filing).toMatchObject({ status: 'success', data: { weeksGranted: '2', repeated: false } });
  });
});

describe('double-clicking "Invia"', () => {
  it('five concurrent submissions of the same draft create one request, one protocol number and one reservation', async () => {
    const ready = await createReadyEmployer(prisma, { today });
    const { id } = await createCompleteDraft(prisma, ready, today);
    const key = await keyOf(id);
    const year = Number(today.slice(0, 4));
    const before = (await prisma.protocolCounter.findUnique({ where: { year } }))?.last ?? 0;
    actAs(ready.owner);
    const outcomes = await Promise.all(Array.from({ length: 5 }, () => fileRequestAction({ employerId: ready.employer.id, requestId: id, idempotencyKey: key, acceptTrim: false, declaration: true })));
    expect(outcomes.every((o) => o.status === 'success')).toBe(true);
    const numbers = new Set(outcomes.map((o) => (o.status === 'success' ? o.data.protocolNumber : null)));
    expect(numbers.size).toBe(1);
    expect(outcomes.filter((o) => o.status === 'success' && !o.data.repeated)).toHaveLength(1);
    // Every answer, first or repeated, gives the same 2 weeks (D-7: 10 workable days of a 5-day week).
    for (const o of outcomes) expect(o).toMatchObject({ status: 'success', data: { weeksRequested: '2', weeksGranted: '2' } });
    // A later click finds the request filed before taking any lock: the same answer again.
    const later = await fileRequestAction({ employerId: ready.employer.id, requestId: id, idempotencyKey: key, acceptTrim: false, declaration: true });
    expect(later).toMatchObject({ status: 'success', data: { repeated: true, weeksRequested: '2', weeksGranted: '2', protocolNumber: [...numbers][0] } });
    expect(await prisma.windowEntry.count({ where: { requestId: id } })).toBe(1);
    expect(await prisma.requestStatusChange.count({ where: { requestId: id, toStatus: 'FILED' } })).toBe(1);
    const after = (await prisma.protocolCounter.findUniqueOrThrow({ where: { year } })).last;
    // Other test files may file in parallel: at least ours took exactly one number, and it is ours.
    expect(after).toBeGreaterThanOrEqual(before + 1);
    expect(await prisma.auditEvent.count({ where: { entityId: id, action: 'request.file' } })).toBe(1);
  });
});

describe('withdrawing a pending request', () => {
  it('frees its reservation in one transaction with status history and audit, so the weeks can be filed again', async () => {
    const ready = await createReadyEmployer(prisma, { today, historyWeeks: '50' });
    actAs(ready.owner);
    const first = await createCompleteDraft(prisma, ready, today);
    const filed = await fileRequestAction({ employerId: ready.employer.id, requestId: first.id, idempotencyKey: await keyOf(first.id), acceptTrim: false, declaration: true });
    expect(filed.status).toBe('success');
    expect(await ledgerWeeks(ready.unit.id)).toBe(52);

    // Nothing left: a second request is refused while the first is pending.
    const second = await createCompleteDraft(prisma, ready, today);
    expect((await evaluateDraft(ready.employer.id, second.id, today)).result?.windows?.outcome).toBe('refuse');

    const withdrawn = await withdrawRequestAction({ employerId: ready.employer.id, requestId: first.id, reason: 'Ripresa anticipata', confirm: 'on' });
    expect(withdrawn.status).toBe('success');
    const row = await prisma.request.findUniqueOrThrow({ where: { id: first.id }, include: { windowEntries: true, statusChanges: { orderBy: { at: 'asc' } } } });
    expect(row.status).toBe('WITHDRAWN');
    expect(row.windowEntries.every((e) => e.releasedAt !== null)).toBe(true);
    expect(row.statusChanges.at(-1)).toMatchObject({ fromStatus: 'FILED', toStatus: 'WITHDRAWN', note: 'Ripresa anticipata' });
    expect(await prisma.auditEvent.count({ where: { entityId: first.id, action: 'request.withdraw' } })).toBe(1);
    expect(await ledgerWeeks(ready.unit.id)).toBe(50);

    // The freed weeks are available again.
    const again = await fileRequestAction({ employerId: ready.employer.id, requestId: second.id, idempotencyKey: await keyOf(second.id), acceptTrim: false, declaration: true });
    expect(again).toMatchObject({ status: 'success', data: { weeksGranted: '2' } });

    // A withdrawn request cannot be withdrawn again.
    const twice = await withdrawRequestAction({ employerId: ready.employer.id, requestId: first.id, reason: null, confirm: 'on' });
    expect(twice).toMatchObject({ status: 'error', formErrors: ['Si può ritirare solo una domanda inviata e non ancora decisa'] });
  });
});
