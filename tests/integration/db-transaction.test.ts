// Serializable transactions with retry and per-entity advisory locks, against real PostgreSQL.
// Concurrency is forced with barriers: both transactions read before either writes.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import { createPrismaClient } from '@/lib/server/db-client';
import { advisoryKey, advisoryKeySql, lockKey, withLockedTransaction, withSerializableRetry, type Tx } from '@/lib/server/db-transaction';

const kind = inject('databaseKind');
// PGlite runs one transaction at a time: nothing can conflict or wait there (global-setup warns).
const realConcurrency = kind === 'postgres';

let prisma: PrismaClient;
beforeAll(() => {
  prisma = createPrismaClient(inject('databaseUrl'), { poolSize: 6 });
});
afterAll(async () => {
  await prisma?.$disconnect();
});

/** Resolves once both parties arrived (or after a while, where transactions cannot overlap). */
function barrier(parties = 2) {
  let arrived = 0;
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return async () => {
    if (++arrived >= parties) open();
    await Promise.race([opened, new Promise((resolve) => setTimeout(resolve, realConcurrency ? 10_000 : 500))]);
  };
}

const uniqueYear = () => 100_000 + Math.floor(Math.random() * 1_000_000_000);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function withCounters<T>(count: number, fn: (years: number[]) => Promise<T>): Promise<T> {
  const years = Array.from({ length: count }, uniqueYear);
  await prisma.protocolCounter.createMany({ data: years.map((year) => ({ year, last: 0 })) });
  try {
    return await fn(years);
  } finally {
    await prisma.protocolCounter.deleteMany({ where: { year: { in: years } } });
  }
}

describe('withSerializableRetry', () => {
  it('two transactions that read and increment the same counter both commit, one after a retry, and no increment is lost', async () => {
    await withCounters(1, async ([year]) => {
      const bothRead = barrier();
      let retries = 0;
      const increment = () =>
        withSerializableRetry(
          prisma,
          async (tx) => {
            const { last } = await tx.protocolCounter.findUniqueOrThrow({ where: { year } });
            await bothRead();
            await tx.protocolCounter.update({ where: { year }, data: { last: last + 1 } });
          },
          { onRetry: () => retries++ },
        );
      await Promise.all([increment(), increment()]);
      expect((await prisma.protocolCounter.findUniqueOrThrow({ where: { year } })).last).toBe(2);
      if (realConcurrency) expect(retries).toBeGreaterThanOrEqual(1);
    });
  });

  it('retries a serialization failure raised inside a raw query (Prisma error P2010 carrying SQLSTATE 40001)', async () => {
    await withCounters(1, async ([year]) => {
      const bothRead = barrier();
      const errors: unknown[] = [];
      const increment = () =>
        withSerializableRetry(
          prisma,
          async (tx) => {
            const [row] = await tx.$queryRaw<Array<{ last: number }>>`SELECT "last" FROM "ProtocolCounter" WHERE "year" = ${year}`;
            await bothRead();
            await tx.$executeRaw`UPDATE "ProtocolCounter" SET "last" = ${row!.last + 1} WHERE "year" = ${year}`;
          },
          { onRetry: (_attempt, error) => errors.push(error) },
        );
      await Promise.all([increment(), increment()]);
      expect((await prisma.protocolCounter.findUniqueOrThrow({ where: { year } })).last).toBe(2);
      if (realConcurrency) {
        expect(errors[0]).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
        expect((errors[0] as Prisma.PrismaClientKnownRequestError).code).toBe('P2010');
      }
    });
  });

  it('two filings that together would exceed the remaining weeks of a production unit: one reserves, the other sees the reservation and refuses', async () => {
    const suffix = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    const employer = await prisma.employer.create({
      data: { legalName: `Concorrenza ${suffix}`, codiceFiscale: `TX${suffix}`, units: { create: { name: 'Sede', comuneCode: 'L378', comuneName: 'Trento', provinceCode: 'TN' } } },
      include: { units: true },
    });
    const unitId = employer.units[0]!.id;
    const limitWeeks = new Prisma.Decimal(10);
    try {
      const bothRead = barrier();
      const bothWrote = barrier();
      let retries = 0;
      // Reads the ledger, then writes a reservation only if it fits: the check-then-insert race
      // the windows ledger must survive (design.md, "Windows"). The second barrier holds both
      // transactions open until both inserted, so the conflict surfaces at COMMIT, where the pg
      // adapter throws its own DriverAdapterError rather than a Prisma error.
      const file = (weeks: number) =>
        withSerializableRetry(
          prisma,
          async (tx: Tx) => {
            const { _sum } = await tx.windowEntry.aggregate({ where: { productionUnitId: unitId, releasedAt: null }, _sum: { weeks: true } });
            await bothRead();
            if ((_sum.weeks ?? new Prisma.Decimal(0)).plus(weeks).greaterThan(limitWeeks)) return 'refused';
            await tx.windowEntry.create({
              data: { employerId: employer.id, productionUnitId: unitId, kind: 'RESERVED', cause: 'ORDINARY_MARKET', periodStart: new Date('2031-03-02'), periodEnd: new Date('2031-04-26'), weeks: weeks },
            });
            await bothWrote();
            return 'reserved';
          },
          { onRetry: () => retries++ },
        );
      const outcomes = await Promise.all([file(8), file(8)]);
      expect(outcomes.sort()).toEqual(['refused', 'reserved']);
      const { _sum } = await prisma.windowEntry.aggregate({ where: { productionUnitId: unitId }, _sum: { weeks: true } });
      expect(_sum.weeks?.toFixed(2)).toBe('8.00');
      if (realConcurrency) expect(retries).toBeGreaterThanOrEqual(1);
    } finally {
      await prisma.windowEntry.deleteMany({ where: { employerId: employer.id } });
      await prisma.employer.delete({ where: { id: employer.id } });
    }
  });

  it('retries the victim of a deadlock (SQLSTATE 40P01) until both transactions commit', async () => {
    await withCounters(2, async ([first, second]) => {
      const bothLockedOne = barrier();
      const sqlStates: unknown[] = [];
      const incrementBoth = (order: number[]) =>
        withSerializableRetry(
          prisma,
          async (tx) => {
            await tx.$executeRaw`UPDATE "ProtocolCounter" SET "last" = "last" + 1 WHERE "year" = ${order[0]}`;
            await bothLockedOne();
            await tx.$executeRaw`UPDATE "ProtocolCounter" SET "last" = "last" + 1 WHERE "year" = ${order[1]}`;
          },
          // Through the pg adapter a deadlock arrives as P2010, not P2034: the SQLSTATE decides.
          { onRetry: (_attempt, error) => sqlStates.push((error as { meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } }).meta?.driverAdapterError?.cause?.originalCode) },
        );
      await Promise.all([incrementBoth([first!, second!]), incrementBoth([second!, first!])]);
      const rows = await prisma.protocolCounter.findMany({ where: { year: { in: [first!, second!] } } });
      expect(rows.map((r) => r.last)).toEqual([2, 2]);
      if (realConcurrency) expect(sqlStates).toContain('40P01');
    });
  });

  it('does not retry other errors: a unique-constraint violation is thrown at once', async () => {
    await withCounters(1, async ([year]) => {
      let attempts = 0;
      const duplicate = withSerializableRetry(prisma, async (tx) => {
        attempts++;
        await tx.protocolCounter.create({ data: { year: year!, last: 0 } });
      });
      await expect(duplicate).rejects.toMatchObject({ code: 'P2002' });
      expect(attempts).toBe(1);
    });
  });

  it('gives up after the configured number of retries and throws the last conflict', async () => {
    let attempts = 0;
    const alwaysConflicting = withSerializableRetry(
      prisma,
      async () => {
        attempts++;
        throw new Prisma.PrismaClientKnownRequestError('write conflict', { code: 'P2034', clientVersion: Prisma.prismaVersion.client });
      },
      { retries: 2, baseDelayMs: 1 },
    );
    await expect(alwaysConflicting).rejects.toMatchObject({ code: 'P2034' });
    expect(attempts).toBe(3);
  });
});

describe('lockKey', () => {
  it('maps a (namespace, id) pair to one stable signed 64-bit key, distinct from neighbouring pairs', () => {
    const key = advisoryKey('production-unit', 'abc');
    expect(advisoryKey('production-unit', 'abc')).toBe(key);
    expect(key).toBeGreaterThanOrEqual(-(2n ** 63n));
    expect(key).toBeLessThan(2n ** 63n);
    expect(advisoryKey('production-unit', 'abd')).not.toBe(key);
    expect(advisoryKey('production-uni', 't:abc')).not.toBe(advisoryKey('production-unit', ':abc'));
  });

  it('computes the same keys in PostgreSQL (advisoryKeySql) as in Node, whatever the characters of the id, and NULL for no id', async () => {
    for (const id of ['cm3abc123xyz', 'unit-A', '', 'unità produttiva è', '漢字-😀', "o'brien"]) {
      const [row] = await prisma.$queryRawUnsafe<Array<{ key: bigint }>>(`SELECT ${advisoryKeySql('production-unit', '$1::text')} AS "key"`, id);
      expect(row!.key).toBe(advisoryKey('production-unit', id));
    }
    const [none] = await prisma.$queryRawUnsafe<Array<{ key: bigint | null }>>(`SELECT ${advisoryKeySql('request', 'NULL::text')} AS "key"`);
    expect(none!.key).toBeNull();
  });

  it('makes a second transaction on the same production unit wait until the first one ends, while another unit proceeds', async () => {
    const holding = barrier(2);
    const events: Array<{ what: string; at: number }> = [];
    const mark = (what: string) => events.push({ what, at: performance.now() });
    const at = (what: string) => events.find((e) => e.what === what)!.at;

    const first = prisma.$transaction(async (tx) => {
      await lockKey(tx, 'production-unit', 'unit-A');
      mark('first locked A');
      await holding();
      await sleep(300);
      mark('first releasing A');
    });
    await sleep(50);
    const sameUnit = prisma.$transaction(async (tx) => {
      await holding();
      await lockKey(tx, 'production-unit', 'unit-A');
      mark('second locked A');
    });
    const otherUnit = prisma.$transaction(async (tx) => {
      await lockKey(tx, 'production-unit', 'unit-B');
      mark('third locked B');
    });
    await Promise.all([first, sameUnit, otherUnit]);

    expect(at('second locked A')).toBeGreaterThanOrEqual(at('first releasing A'));
    if (realConcurrency) expect(at('third locked B')).toBeLessThan(at('first releasing A'));
  });

  it('releases the lock when the transaction rolls back', async () => {
    await expect(
      prisma.$transaction(async (tx) => {
        await lockKey(tx, 'production-unit', 'unit-rollback');
        throw new Error('filing failed');
      }),
    ).rejects.toThrow('filing failed');
    const acquired = await prisma.$transaction(
      async (tx) => {
        const [row] = await tx.$queryRaw<Array<{ ok: boolean }>>`SELECT pg_try_advisory_xact_lock(${advisoryKey('production-unit', 'unit-rollback')}) AS ok`;
        return row!.ok;
      },
    );
    expect(acquired).toBe(true);
  });
});

describe('withLockedTransaction', () => {
  it('lets a transaction that waited for the lock read what the holder committed (no stale snapshot, no retry)', async () => {
    await withCounters(1, async ([year]) => {
      const holding = barrier(2);
      let retries = 0;
      const increment = (wait: boolean) =>
        withLockedTransaction(
          prisma,
          [['protocol-year', String(year)]],
          async (tx) => {
            if (wait) await holding();
            const { last } = await tx.protocolCounter.findUniqueOrThrow({ where: { year } });
            if (wait) await sleep(200);
            await tx.protocolCounter.update({ where: { year }, data: { last: last + 1 } });
          },
          { onRetry: () => retries++ },
        );
      const first = increment(true);
      await sleep(50);
      const second = (async () => {
        await holding();
        return increment(false);
      })();
      await Promise.all([first, second]);
      expect((await prisma.protocolCounter.findUniqueOrThrow({ where: { year } })).last).toBe(2);
      expect(retries).toBe(0);
    });
  });

  it('takes its locks in one statement, in key order: while it waits for the higher key it already holds the lower one', async () => {
    if (!realConcurrency) return; // PGlite: one transaction at a time, nothing ever waits
    const locks = [
      ['test-lock', randomUUID()],
      ['test-lock', randomUUID()],
    ] as const;
    const [low, high] = locks.map(([namespace, id]) => advisoryKey(namespace, id)).sort((a, b) => (a < b ? -1 : 1)) as [bigint, bigint];
    // Advisory locks of a bigint key show in pg_locks as classid (high 32 bits) and objid (low 32 bits).
    const heldBy = (key: bigint, granted: boolean) =>
      prisma.$queryRaw<Array<{ pid: number }>>`
        SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 1 AND granted = ${granted}
           AND ((classid::bigint << 32) | objid::bigint) = ${key}`;
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const holding = barrier(2);
    const holder = prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${high})`;
      await holding();
      await released;
    });
    await holding();
    let ran = false;
    // Given higher key first: withLockedTransaction sorts them.
    const highFirst = advisoryKey(...locks[0]) === high ? [locks[0], locks[1]] : [locks[1], locks[0]];
    const waiter = withLockedTransaction(prisma, highFirst, async (tx) => {
      ran = true;
      return (await tx.$queryRaw<Array<{ n: bigint }>>`SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted`)[0]!.n;
    });
    let waiting: Array<{ pid: number }> = [];
    for (let i = 0; i < 100 && waiting.length === 0; i++) {
      await sleep(20);
      waiting = await heldBy(high, false);
    }
    expect(waiting).toHaveLength(1);
    expect((await heldBy(low, true)).map((r) => r.pid)).toEqual([waiting[0]!.pid]);
    expect(ran).toBe(false);
    release();
    await holder;
    expect(await waiter).toBe(2n);
  });

  it('runs at READ COMMITTED even where the server starts transactions at another level', async () => {
    const url = new URL(inject('databaseUrl'));
    url.searchParams.set('options', '-c default_transaction_isolation=serializable');
    const strict = createPrismaClient(url.toString(), { poolSize: 2 });
    try {
      expect((await strict.$queryRaw<Array<{ level: string }>>`SELECT current_setting('transaction_isolation') AS level`)[0]!.level).toBe('serializable');
      for (let i = 0; i < 2; i++) {
        const level = await withLockedTransaction(strict, [['test-lock', randomUUID()]], async (tx) => (await tx.$queryRaw<Array<{ level: string }>>`SELECT current_setting('transaction_isolation') AS level`)[0]!.level);
        expect(level).toBe('read committed');
      }
    } finally {
      await strict.$disconnect();
    }
    // And on the default server, with the locks taken.
    expect(await withLockedTransaction(prisma, [['test-lock', randomUUID()]], async (tx) => (await tx.$queryRaw<Array<{ level: string }>>`SELECT current_setting('transaction_isolation') AS level`)[0]!.level)).toBe('read committed');
  });
});
