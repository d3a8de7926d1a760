// The request wizard's form actions (lib/server/actions/request-wizard.ts): Post/Redirect/Get to
// the page each button leads to, the routing page when the Fund does not apply (digest A-6: fewer
// than 75 % of the employees in Trento), the errors with the posted values, and a double "Invia"
// that files once.
import { afterEach, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/db';
import { todayInRome } from '@/lib/server/clock';
import { draftKey } from '@/lib/server/data/requests';
import { fileRequestFormAction, saveCausePeriodFormAction } from '@/lib/server/actions/request-wizard';
import { toFormData } from '../security/support/form-data';
import { actAs } from '../setup/actor';
import { causePeriodInput, completeDraft, createCompleteDraft, createReadyEmployer, type ReadyEmployer } from './support/journey';

const today = todayInRome();
afterEach(() => actAs(null));

/** Where a form action redirected (Next's redirect() throws a NEXT_REDIRECT digest). */
async function redirectOf(call: Promise<unknown>): Promise<string> {
  try {
    const result = await call;
    throw new Error(`no redirect: ${JSON.stringify(result)}`);
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest !== 'string' || !digest.startsWith('NEXT_REDIRECT')) throw error;
    return digest.split(';')[2]!;
  }
}

async function causePeriodForm(ready: ReadyEmployer, requestId: string, extra: Record<string, string> = {}) {
  const cp = completeDraft(ready, today).causePeriod;
  return toFormData({ ...causePeriodInput({ employerId: ready.employer.id, requestId }, cp), ...extra });
}

describe('"Causale e periodo" posted from the wizard', () => {
  it('goes to the workers on "Salva e continua", to the task list on "Salva come bozza", back to the riepilogo from its "Modifica"', async () => {
    const ready = await createReadyEmployer(prisma, { today });
    const draft = await prisma.request.create({ data: { employerId: ready.employer.id, createdById: ready.owner.id, status: 'DRAFT' }, select: { id: true } });
    const base = `/aziende/${ready.employer.id}/domande/${draft.id}`;
    actAs(ready.owner);
    expect(await redirectOf(saveCausePeriodFormAction(null, await causePeriodForm(ready, draft.id, { intent: 'continua' })))).toBe(`${base}/lavoratori`);
    expect(await redirectOf(saveCausePeriodFormAction(null, await causePeriodForm(ready, draft.id, { intent: 'bozza' })))).toBe(`${base}?salvata=causale`);
    expect(await redirectOf(saveCausePeriodFormAction(null, await causePeriodForm(ready, draft.id, { intent: 'continua', ritorno: 'riepilogo' })))).toBe(`${base}/riepilogo`);
  });

  it('sends a company with 8 of 11 employees in Trento (72,73 % < 75 %) to the routing page, not back with an error', async () => {
    const ready = await createReadyEmployer(prisma, { today, heads: 8, otherProvinceHeads: 3 });
    const draft = await prisma.request.create({ data: { employerId: ready.employer.id, createdById: ready.owner.id, status: 'DRAFT' }, select: { id: true } });
    actAs(ready.owner);
    expect(await redirectOf(saveCausePeriodFormAction(null, await causePeriodForm(ready, draft.id, { intent: 'continua' })))).toBe(`/aziende/${ready.employer.id}/domande/${draft.id}/fondo-non-applicabile`);
  });

  it('answers a missing cause with the error and every posted value, and saves nothing', async () => {
    const ready = await createReadyEmployer(prisma, { today });
    const draft = await prisma.request.create({ data: { employerId: ready.employer.id, createdById: ready.owner.id, status: 'DRAFT' }, select: { id: true } });
    actAs(ready.owner);
    const posted = await causePeriodForm(ready, draft.id, { intent: 'continua' });
    posted.delete('cause');
    const state = await saveCausePeriodFormAction(null, posted);
    expect(state?.fieldErrors).toEqual({ cause: ['Scegli la causale della sospensione o riduzione'] });
    expect(state?.values).toMatchObject({ causeDescription: completeDraft(ready, today).causePeriod.causeDescription, weekDays: '5' });
    expect((await prisma.request.findUniqueOrThrow({ where: { id: draft.id }, select: { draft: true } })).draft).toEqual({});
  });
});

describe('"Invia domanda" posted twice (a double click, or a re-posted form without JavaScript)', () => {
  it('files the request once and both posts land on "Richiesta inviata"', async () => {
    const ready = await createReadyEmployer(prisma, { today });
    const draft = await createCompleteDraft(prisma, ready, today);
    const row = await prisma.request.findUniqueOrThrow({ where: { id: draft.id }, select: { draft: true } });
    const form = () => toFormData({ employerId: ready.employer.id, requestId: draft.id, idempotencyKey: draftKey(draft.id, row.draft), declaration: 'on', acceptTrim: '' });
    actAs(ready.owner);
    const sent = `/aziende/${ready.employer.id}/domande/${draft.id}/inviata`;
    expect(await redirectOf(fileRequestFormAction(null, form()))).toBe(sent);
    expect(await redirectOf(fileRequestFormAction(null, form()))).toBe(sent);
    const filed = await prisma.request.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true, protocolNumber: true } });
    expect(filed.status).toBe('FILED');
    expect(await prisma.auditEvent.count({ where: { action: 'request.file', entityId: draft.id } })).toBe(1);
    expect(await prisma.windowEntry.count({ where: { requestId: draft.id, kind: 'RESERVED' } })).toBe(1);
  });
});
