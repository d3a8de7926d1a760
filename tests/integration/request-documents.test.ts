// The receipt and the union letter are served only to who may read the employer, as real PDFs
// that say what was filed (protocol number, workers, citations).
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/db';
import { todayInRome } from '@/lib/server/clock';
import { fileRequestAction } from '@/lib/server/actions/request-filing';
import { draftKey } from '@/lib/server/data/requests';
import { GET as receipt } from '@/app/(area-riservata)/aziende/[employerId]/domande/[requestId]/ricevuta/route';
import { GET as letter } from '@/app/(area-riservata)/aziende/[employerId]/domande/[requestId]/lettera-sindacati/route';
import { actAs } from '../setup/actor';
import { createUser } from '../fixtures/factories';
import { pdfText } from '../support/pdf-text';
import { createCompleteDraft, createReadyEmployer, type ReadyEmployer } from './support/journey';

const today = todayInRome();
let ready: ReadyEmployer;
let filedId: string;
let draftId: string;
let protocolNumber: string;

beforeAll(async () => {
  ready = await createReadyEmployer(prisma, { today, workers: 3 });
  filedId = (await createCompleteDraft(prisma, ready, today)).id;
  draftId = (await createCompleteDraft(prisma, ready, today)).id;
  const row = await prisma.request.findUniqueOrThrow({ where: { id: filedId }, select: { draft: true } });
  actAs(ready.owner);
  const filed = await fileRequestAction({ employerId: ready.employer.id, requestId: filedId, idempotencyKey: draftKey(filedId, row.draft), acceptTrim: false, declaration: true });
  if (filed.status !== 'success') throw new Error(JSON.stringify(filed));
  protocolNumber = filed.data.protocolNumber;
  actAs(null);
});
afterEach(() => actAs(null));

const call = (handler: typeof receipt, requestId: string, employerId = ready.employer.id) =>
  handler(new Request(`http://localhost/aziende/${employerId}/domande/${requestId}/x`), { params: Promise.resolve({ employerId, requestId }) });

describe('the receipt PDF', () => {
  it('is a PDF holding the protocol number, the company, each worker and the citations', async () => {
    actAs(ready.owner);
    const res = await call(receipt, filedId);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const body = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(body.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = pdfText(body);
    expect(text).toContain(`Protocollo ${protocolNumber}`);
    expect(text).toContain(ready.employer.legalName);
    for (const w of ready.workers) expect(text).toContain(w.codiceFiscale);
    expect(text).toContain('D.Lgs. 148/2015 art. 30 c. 2');
    expect(text).toContain('Situazione temporanea di mercato');
    console.info(`receipt PDF: ${body.length} bytes for 3 workers`);
  });

  it('is refused to a stranger (403), sends an anonymous visitor to sign in, and does not exist for a draft (404)', async () => {
    actAs(await createUser(prisma, { role: 'EMPLOYER' }));
    expect((await call(receipt, filedId)).status).toBe(403);
    actAs(null);
    const anonymous = await call(receipt, filedId);
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toContain('/accedi?callbackUrl=');
    actAs(ready.owner);
    expect((await call(receipt, draftId)).status).toBe(404);
    expect((await call(receipt, 'not_an-id!')).status).toBe(400);
  });
});

describe('the union consultation letter', () => {
  it('is generated from the typed draft, with the art. 14 terms for a company up to 50 employees (10 days)', async () => {
    actAs(ready.owner);
    const res = await call(letter, draftId);
    expect(res.status).toBe(200);
    const body = new Uint8Array(await res.arrayBuffer());
    const text = pdfText(body);
    expect(text).toContain('Calo delle prenotazioni per la chiusura della strada statale.');
    expect(text).toContain('10 giorni');
    expect(text).toContain('RSU aziendale; FILCAMS CGIL, FISASCAT CISL, UILTuCS del Trentino');
    console.info(`union letter PDF: ${body.length} bytes`);
    actAs(await createUser(prisma, { role: 'EMPLOYER' }));
    expect((await call(letter, draftId)).status).toBe(403);
  });
});
