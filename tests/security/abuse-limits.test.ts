// Issue 7 §2: abuse limits live in PostgreSQL, so every app instance counts against the same
// counters. Sign-in per account and per client address (the address the load balancer wrote, not
// one the client chose), invitations, CSV imports, PDFs; over a limit a page shows an Italian
// sentence and an API answers 429 with Retry-After. "Shared across instances" is shown with two
// separate Node processes, each with its own pool, racing for one counter.
import { afterEach, describe, expect, it, vi } from 'vitest';

const request = vi.hoisted(() => ({ headers: new Headers({ 'x-forwarded-for': '127.0.0.1' }) }));
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined, delete: () => undefined }),
  headers: async () => request.headers,
}));
vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('use-intl');
  const { messages } = await import('@/lib/i18n/messages');
  return {
    getLocale: async () => 'it',
    getTranslations: async (namespace: string) => createTranslator({ locale: 'it', messages: messages.it, namespace: namespace as never }),
  };
});

import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { inject } from 'vitest';
import { prisma } from '@/lib/server/db';
import { signInAction } from '@/lib/server/actions/session';
import { importWorkersAction } from '@/lib/server/actions/workforce';
import { inviteConsultantAction } from '@/lib/server/actions/delegation';
import { RATE_LIMITS, consumeRateLimit } from '@/lib/server/rate-limit';
import { NextRequest } from 'next/server';
import { lr5SimulationAction } from '@/lib/server/actions/simulator';
import * as simulationsRoute from '@/app/api/v1/simulations/route';
import * as receiptRoute from '@/app/(area-riservata)/aziende/[employerId]/domande/[requestId]/ricevuta/route';
import { todayInRome } from '@/lib/server/clock';
import { dateParts } from '@/lib/schemas/fields';
import { actAs } from '../setup/actor';
import { DEMO_PASSWORD, createEmployer, createFiledRequest, createUser } from '../fixtures/factories';
import { createReadyEmployer } from '../integration/support/journey';
import { ROOT } from './support/discover';
import { toFormData } from './support/form-data';

const run = promisify(execFile);
afterEach(() => {
  actAs(null);
  request.headers = new Headers({ 'x-forwarded-for': '127.0.0.1' });
});

async function signIn(email: string, password: string) {
  try {
    return await signInAction(null, toFormData({ email, password }));
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (digest.startsWith('NEXT_REDIRECT')) return 'signed-in' as const;
    throw error;
  }
}

describe('sign-in', () => {
  it('locks an account after 10 attempts in 15 minutes, even for the right password, with an Italian message', async () => {
    const user = await createUser(prisma, { role: 'EMPLOYER' });
    request.headers = new Headers({ 'x-forwarded-for': `10.1.0.${Math.floor(Math.random() * 250)}` });
    for (let i = 0; i < RATE_LIMITS.signInPerAccount.limit; i++) {
      expect(await signIn(user.email, 'password-sbagliata-123')).toMatchObject({ formErrors: ['L’indirizzo e-mail o la password non sono corretti'] });
    }
    const locked = await signIn(user.email, DEMO_PASSWORD);
    expect(locked).toMatchObject({ status: 'error', formErrors: ['Troppi tentativi di accesso. Riprova tra 15 minuti.'] });
  });

  it('a successful sign-in clears the account counter', async () => {
    const user = await createUser(prisma, { role: 'EMPLOYER' });
    for (let i = 0; i < RATE_LIMITS.signInPerAccount.limit - 1; i++) await signIn(user.email, 'password-sbagliata-123');
    expect(await signIn(user.email, DEMO_PASSWORD)).toBe('signed-in');
    expect(await signIn(user.email, 'password-sbagliata-123')).toMatchObject({ formErrors: ['L’indirizzo e-mail o la password non sono corretti'] });
  });

  it('limits one client address to 50 attempts across accounts, whatever it writes in front of X-Forwarded-For', async () => {
    // The load balancer appends the address it saw; what the client sent before it is its own choice.
    const balancerSaw = `192.0.2.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < RATE_LIMITS.signInPerIp.limit; i++) {
      request.headers = new Headers({ 'x-forwarded-for': `203.0.113.${i}, ${balancerSaw}` });
      expect(await signIn(`nessuno-${randomUUID()}@example.org`, 'password-sbagliata-123')).toMatchObject({ formErrors: ['L’indirizzo e-mail o la password non sono corretti'] });
    }
    request.headers = new Headers({ 'x-forwarded-for': `198.51.100.77, ${balancerSaw}` });
    const user = await createUser(prisma, { role: 'EMPLOYER' });
    expect(await signIn(user.email, DEMO_PASSWORD)).toMatchObject({ formErrors: [expect.stringMatching(/^Troppi tentativi di accesso\. Riprova tra 1[45] minuti\.$/)] });
  });
});

describe('the public simulation limit uses the same client address as sign-in', () => {
  it('120 attempts a minute per address through the API and the simulator form together, whatever the client writes in front of X-Forwarded-For', async () => {
    const balancerSaw = `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const post = (i: number) =>
      simulationsRoute.POST(
        new NextRequest('http://localhost:3000/api/v1/simulations', {
          method: 'POST',
          // Every attempt counts, valid or not: a wrong content type is the cheapest one.
          headers: { 'content-type': 'text/plain', 'x-forwarded-for': `203.0.113.${i % 250}, ${balancerSaw}` },
          body: 'x',
        }),
      );
    for (let i = 0; i < RATE_LIMITS.publicSimulationPerIp.limit - 1; i++) expect((await post(i)).status).toBe(415);
    // The 120th attempt from that address is the simulator form's (the same counter).
    request.headers = new Headers({ 'x-forwarded-for': `198.51.100.1, ${balancerSaw}` });
    const form = await lr5SimulationAction(
      null,
      toFormData({ supportMonth: '2010-03', province: 'TN', kind: 'EMPLOYEE', excludedStatus: 'NONE', residenceProvince: 'TN', domicileProvince: 'TN', lastEmploymentProvince: 'TN', availableForOffers: 'yes', seniorityDaysWithLastEmployer: '180', stateIndemnity: '900,00', regionalIndemnityComputed: '300' }),
    );
    expect(form?.status).toBe('success');
    const overLimit = await post(999);
    expect(overLimit.status).toBe(429);
    expect(Number(overLimit.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await overLimit.json()) as { message: string }).message).toBe('Troppe simulazioni da questo indirizzo: riprova tra poco');
    // Another address behind the same balancer is still served.
    const other = await simulationsRoute.POST(new NextRequest('http://localhost:3000/api/v1/simulations', { method: 'POST', headers: { 'content-type': 'text/plain', 'x-real-ip': `${balancerSaw}-other` }, body: 'x' }));
    expect(other.status).toBe(415);
  });
});

describe('invitations, CSV imports and PDFs', () => {
  it('an employer can create 30 invitations an hour; the 31st gets an Italian message and creates nothing', async () => {
    const owner = await createUser(prisma, { role: 'EMPLOYER' });
    const employer = await createEmployer(prisma, { ownerId: owner.id });
    actAs(owner);
    const invite = () => inviteConsultantAction({ employerId: employer.id, method: 'CODE', startsOn: dateParts(todayInRome()), endsOn: '' });
    for (let i = 0; i < RATE_LIMITS.invitationsPerUser.limit; i++) expect((await invite()).status).toBe('success');
    expect(await invite()).toMatchObject({ status: 'error', code: 'DOMAIN', formErrors: ['Hai creato troppi inviti nell’ultima ora: riprova più tardi'] });
    expect(await prisma.delegation.count({ where: { employerId: employer.id } })).toBe(RATE_LIMITS.invitationsPerUser.limit);
  });

  it('CSV imports: 20 uploads in 10 minutes per user, then an Italian message and nothing parsed', async () => {
    const ready = await createReadyEmployer(prisma, { today: todayInRome(), workers: 0 });
    actAs(ready.owner);
    const csv = () => new File(['codice_fiscale;cognome\n'], 'l.csv', { type: 'text/csv' });
    for (let i = 0; i < RATE_LIMITS.csvImportPerUser.limit; i++) {
      expect((await importWorkersAction({ employerId: ready.employer.id, file: csv() })).status).toBe('success');
    }
    expect(await importWorkersAction({ employerId: ready.employer.id, file: csv() })).toEqual({
      status: 'error',
      code: 'DOMAIN',
      fieldErrors: {},
      formErrors: ['Troppe richieste in poco tempo: riprova tra qualche minuto'],
    });
  });

  it('PDFs: 60 a minute per user, then 429 with Retry-After and an Italian sentence', async () => {
    const ready = await createReadyEmployer(prisma, { today: todayInRome(), workers: 1 });
    const { request: filed } = await createFiledRequest(prisma, {
      employerId: ready.employer.id,
      createdById: ready.owner.id,
      workers: [{ id: ready.workers[0]!.id }],
      periodStart: '2026-03-02',
      periodEnd: '2026-03-06',
      applicationDate: '2026-02-20',
    });
    actAs(ready.owner);
    // The counter is the user's: fill it up to the last allowed PDF without rendering 59 of them.
    for (let i = 0; i < RATE_LIMITS.pdfPerUser.limit - 1; i++) await consumeRateLimit(RATE_LIMITS.pdfPerUser, ready.owner.id);
    const get = () =>
      receiptRoute.GET(new Request(`http://localhost/aziende/${ready.employer.id}/domande/${filed.id}/ricevuta`), {
        params: Promise.resolve({ employerId: ready.employer.id, requestId: filed.id }),
      });
    expect((await get()).status).toBe(200);
    const refused = await get();
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(await refused.text()).toBe('Troppe richieste in poco tempo: riprova tra 1 minuto.');
  });
});

describe('the counters are shared by every instance', () => {
  it('two separate processes racing 2 × 60 attempts at a limit of 50 are allowed exactly 50 in total', async () => {
    const rule = { name: `shared-${randomUUID().slice(0, 8)}`, limit: 50, windowSeconds: 120 };
    const instance = () =>
      run(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), '--conditions=react-server', path.join(ROOT, 'tests/security/support/rate-limit-instance.ts'), rule.name, String(rule.limit), String(rule.windowSeconds), 'one-client', '60'], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: inject('databaseUrl'), DATABASE_POOL_SIZE: '10' },
      }).then(({ stdout }) => JSON.parse(stdout.trim().split('\n').at(-1)!) as { allowed: number; refused: number; maxRetryAfter: number });
    const [one, two] = await Promise.all([instance(), instance()]);
    expect(one.allowed + two.allowed).toBe(50);
    expect(one.refused + two.refused).toBe(70);
    expect(Math.max(one.maxRetryAfter, two.maxRetryAfter)).toBeLessThanOrEqual(120);
    const [bucket] = await prisma.$queryRaw<Array<{ count: number }>>`SELECT "count" FROM "RateLimitBucket" WHERE "key" = ${`${rule.name}:one-client`}`;
    expect(bucket?.count).toBe(120);
  }, 60_000);
});
