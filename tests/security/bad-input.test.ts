// Issue 7, "Bad input": what the other suites did not already pin down (public-api.test.ts has the
// API's 400/413/415; lib/csv/write.test.ts and review-register.test.ts the formula guard; the fuzz
// suite 10,000 inputs per action). Here: the text policy of lib/schemas/clean-text.ts as stored by
// a real action, look-alike and full-width codici fiscali, and the attachment upload's answers to
// an oversized declaration, a body that is not multipart and a missing file.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { prisma } from '@/lib/server/db';
import { createWorkerAction } from '@/lib/server/actions/workforce';
import { POST as uploadAttachment } from '@/app/api/allegati/route';
import { ATTACHMENT_MAX_BYTES } from '@/lib/review/attachments';
import { actAs } from '../setup/actor';
import { makeCodiceFiscale } from '../fixtures/tax-codes';
import { validWorker } from './support/calls';
import { createWorld, type World } from './support/world';

let world: World;
let serial = 9_600_000 + Math.floor(Math.random() * 300_000);
beforeAll(async () => {
  world = await createWorld(prisma);
}, 120_000);
afterEach(() => actAs(null));

const worker = (w: World, overrides: Record<string, unknown>) => ({ employerId: w.a.employer.id, ...validWorker(w), codiceFiscale: makeCodiceFiscale(++serial), ...overrides });

async function create(overrides: Record<string, unknown>) {
  actAs(world.a.owner);
  const input = worker(world, overrides);
  const result = await createWorkerAction(input);
  actAs(null);
  return { result, input };
}

describe('names: the text policy as stored', () => {
  it('a bidi override, zero-width characters and a NUL are removed; NFD becomes NFC; look-alike letters are kept', async () => {
    const { result, input } = await create({ lastName: 'Ro\u200Bssi\u202Eilegna\u0000', firstName: 'Nicolo\u0300 \u2066Anna\u2069' });
    expect(result.status).toBe('success');
    const saved = await prisma.worker.findFirstOrThrow({ where: { codiceFiscale: input.codiceFiscale } });
    expect(saved.lastName).toBe('Rossiilegna');
    expect(saved.firstName).toBe('Nicolò Anna');
    expect(saved.firstName.normalize('NFC')).toBe(saved.firstName);

    const { result: cyrillic, input: second } = await create({ lastName: 'R\u043Essi' });
    expect(cyrillic.status).toBe('success');
    expect((await prisma.worker.findFirstOrThrow({ where: { codiceFiscale: second.codiceFiscale } })).lastName).toBe('R\u043Essi');
  });

  it('a name made only of invisible characters is a missing name', async () => {
    const { result } = await create({ lastName: '\u200B\u202E\u2060' });
    expect(result).toMatchObject({ status: 'error', code: 'VALIDATION', fieldErrors: { lastName: ['Inserisci il cognome del lavoratore'] } });
  });
});

describe('codici fiscali: ASCII only', () => {
  it('a codice fiscale with a Cyrillic look-alike letter or in full-width characters is refused, and nothing is saved', async () => {
    const before = await prisma.worker.count({ where: { employerId: world.a.employer.id } });
    const real = makeCodiceFiscale(++serial);
    const CYRILLIC: Record<string, string> = { A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х' };
    const lookAlike = real.replace(/[ABCEHKMOPTX]/, (c) => CYRILLIC[c]!);
    expect(lookAlike).not.toBe(real);
    const fullWidth = [...real].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
    for (const codiceFiscale of [lookAlike, fullWidth]) {
      const { result } = await create({ codiceFiscale });
      expect(result).toMatchObject({ status: 'error', code: 'VALIDATION' });
      expect(Object.keys((result as { fieldErrors: object }).fieldErrors)).toEqual(['codiceFiscale']);
    }
    expect(await prisma.worker.count({ where: { employerId: world.a.employer.id } })).toBe(before);
  });
});

describe('POST /api/allegati: oversized, not multipart, no file', () => {
  const post = (init: { headers?: Record<string, string>; body: string | FormData }) => {
    actAs(world.users.staff);
    return uploadAttachment(new NextRequest('http://localhost:3000/api/allegati', { method: 'POST', ...init }));
  };

  it('413 when the declared length is over the limit, before anything is read', async () => {
    const response = await post({ headers: { 'content-length': String(ATTACHMENT_MAX_BYTES + 65 * 1024), 'content-type': 'multipart/form-data; boundary=x' }, body: '--x--' });
    expect(response.status).toBe(413);
    expect(await response.text()).toMatch(/10 MB|troppo grande/i);
  });

  it('400 for a JSON body and for a multipart body without a boundary', async () => {
    expect((await post({ headers: { 'content-type': 'application/json' }, body: '{"requestId":"x"}' })).status).toBe(400);
    expect((await post({ headers: { 'content-type': 'multipart/form-data' }, body: 'garbage' })).status).toBe(400);
  });

  it('a request id that is not an id is 400; no file is refused as empty and nothing is stored', async () => {
    const filed = await world.filed();
    const form = new FormData();
    form.set('requestId', `${filed.id}'; DROP TABLE "Attachment"; --`);
    expect((await post({ body: form })).status).toBe(400);
    const empty = new FormData();
    empty.set('requestId', filed.id);
    empty.set('returnTo', `/comitato/domande/${filed.id}`);
    const response = await post({ body: empty });
    expect(response.status).toBe(303);
    expect(new URL(response.headers.get('location')!).searchParams.get('allegato')).toBe('vuoto');
    expect(await prisma.attachment.count({ where: { requestId: filed.id } })).toBe(0);
  });
});
