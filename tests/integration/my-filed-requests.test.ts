// The employer home's filed requests (lib/server/data/my-filed-requests.ts): per company of the
// caller, the newest five filed requests and how many there are — counted per company, never
// across the province (the count used to be the ORM's relation _count, 890 ms at 1M requests).
import { randomUUID } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/server/db';
import { HOME_REQUESTS_PER_COMPANY, listMyFiledRequests } from '@/lib/server/data/my-filed-requests';
import { actAs } from '../setup/actor';
import { createEmployer, createUser } from '../fixtures/factories';

type Status = 'DRAFT' | 'DISCARDED' | 'FILED' | 'APPROVED' | 'REJECTED' | 'WITHDRAWN';

async function addRequest(employerId: string, createdById: string, status: Status, filedOn: string | null) {
  const protocolNumber = filedOn ? `FSTN-TEST-${randomUUID().slice(0, 12)}` : null;
  return prisma.request.create({
    data: { employerId, createdById, status, protocolNumber, filedAt: filedOn ? new Date(`${filedOn}T09:00:00Z`) : null },
    select: { id: true, protocolNumber: true },
  });
}

let owner: Awaited<ReturnType<typeof createUser>>;
let busy: { id: string; legalName: string };
let quiet: { id: string; legalName: string };
const newestFirst: string[] = [];

beforeAll(async () => {
  owner = await createUser(prisma, { role: 'EMPLOYER' });
  const other = await createUser(prisma, { role: 'EMPLOYER' });
  busy = await createEmployer(prisma, { ownerId: owner.id, legalName: 'AAA Albergo con domande' });
  quiet = await createEmployer(prisma, { ownerId: owner.id, legalName: 'ZZZ Officina senza domande' });
  const stranger = await createEmployer(prisma, { ownerId: other.id });
  // busy: 7 filed requests (days 1…7 of March, each status a filed one can have), a draft and a discarded draft.
  const statuses: Status[] = ['FILED', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'FILED', 'APPROVED', 'FILED'];
  for (const [i, status] of statuses.entries()) {
    const r = await addRequest(busy.id, owner.id, status, `2026-03-0${i + 1}`);
    newestFirst.unshift(r.protocolNumber!);
  }
  await addRequest(busy.id, owner.id, 'DRAFT', null);
  await addRequest(busy.id, owner.id, 'DISCARDED', null);
  // Another owner's company: its requests count for nobody here.
  for (let i = 0; i < 3; i++) await addRequest(stranger.id, other.id, 'FILED', `2026-04-0${i + 1}`);
});

afterEach(() => actAs(null));

describe('listMyFiledRequests', () => {
  it('counts each company’s filed requests and lists its newest five', async () => {
    actAs(owner);
    const companies = await listMyFiledRequests();
    expect(companies.map((c) => [c.employerId, c.total])).toEqual([
      [busy.id, 7],
      [quiet.id, 0],
    ]);
    expect(HOME_REQUESTS_PER_COMPANY).toBe(5);
    expect(companies[0]!.requests.map((r) => r.protocolNumber)).toEqual(newestFirst.slice(0, 5));
    expect(companies[1]!.requests).toEqual([]);
  });
});
