// Seeds one consultant with N delegated clients whose data look like a labour consultant's
// portfolio in Trentino: mostly micro firms (C1), some small (C2) and a few larger (C3); one to
// three production units; headcounts for the last seven months; five years of windows ledger
// (authorised ordinary periods, COVID-19 periods neutralised, some solidarity contracts and, for
// C3, crisis months); drafts with a period and a union communication, filed requests holding a
// reservation, decided requests with their decision. Deterministic (seeded PRNG), batched
// createMany inserts. Used by scripts/bench/radar.ts; reusable by the province-scale generator.
import { randomUUID } from 'node:crypto';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { makeCodiceFiscale, makePartitaIva } from '../../tests/fixtures/tax-codes';

export type RadarSeedOptions = {
  consultantId: string;
  /** Owner account of every client (one EMPLOYER user is enough for the radar). */
  ownerId: string;
  /** Staff account that signs the decisions. */
  staffId: string;
  clients: number;
  today: string;
  /** Serial base for tax codes, so several runs on one database do not collide. */
  serialBase?: number;
  seed?: number;
};

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (isoDate: string, n: number) => iso(new Date(day(isoDate).getTime() + n * 86_400_000));
const monthStart = (isoDate: string, back: number) => {
  const d = day(isoDate);
  return iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - back, 1)));
};

/** Mulberry32: small, fast, deterministic. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
}

const TOWNS = [
  ['L378', 'Trento'],
  ['H612', 'Rovereto'],
  ['H330', 'Riva del Garda'],
  ['G419', 'Peio'],
  ['C794', 'Cles'],
  ['A116', 'Ala'],
  ['B006', 'Borgo Valsugana'],
  ['M314', 'Predaia'],
  ['E565', 'Levico Terme'],
  ['C372', 'Cavalese'],
] as const;
const TRADES = ['Hotel', 'Ristorante', 'Bottega', 'Officina', 'Rifugio', 'Studio', 'Panificio', 'Falegnameria', 'Agritur', 'Trasporti', 'Caseificio', 'Impianti'];
const PLACES = ['Dolomiti', 'Adige', 'Brenta', 'Garda', 'Val di Sole', 'Fassa', 'Primiero', 'Paganella', 'Lagorai', 'Bondone', 'Valsugana', 'Non'];
const FORMS = ['S.r.l.', 'S.n.c.', 'S.a.s.', 'di Rossi Mario', 'S.p.A.', 'Soc. coop.'];

export type RadarSeedResult = { employerIds: string[]; requests: number; ledgerEntries: number; workers: number; ms: number };

export async function seedRadarClients(prisma: PrismaClient, opts: RadarSeedOptions): Promise<RadarSeedResult> {
  const started = performance.now();
  const rnd = prng(opts.seed ?? 20260301);
  const serialBase = opts.serialBase ?? 7_000_000;
  const employers: Prisma.EmployerCreateManyInput[] = [];
  const members: Prisma.EmployerMemberCreateManyInput[] = [];
  const delegations: Prisma.DelegationCreateManyInput[] = [];
  const units: Prisma.ProductionUnitCreateManyInput[] = [];
  const headcounts: Prisma.HeadcountMonthCreateManyInput[] = [];
  const workers: Prisma.WorkerCreateManyInput[] = [];
  const requests: Prisma.RequestCreateManyInput[] = [];
  const decisions: Prisma.DecisionCreateManyInput[] = [];
  const ledger: Prisma.WindowEntryCreateManyInput[] = [];
  let workerSerial = serialBase * 10;
  let protocol = 0;

  for (let i = 0; i < opts.clients; i++) {
    const employerId = randomUUID();
    const sizeRoll = rnd.next();
    const size = sizeRoll < 0.55 ? 'C1' : sizeRoll < 0.85 ? 'C2' : 'C3';
    const heads = size === 'C1' ? rnd.int(1, 5) : size === 'C2' ? rnd.int(6, 15) : rnd.int(16, 120);
    const unitCount = heads < 4 ? 1 : rnd.next() < 0.8 ? 1 : rnd.next() < 0.75 ? 2 : 3;
    employers.push({
      id: employerId,
      legalName: `${rnd.pick(TRADES)} ${rnd.pick(PLACES)} ${i + 1} ${rnd.pick(FORMS)}`,
      codiceFiscale: makePartitaIva(serialBase + i),
      partitaIva: makePartitaIva(serialBase + i),
      atecoCode: '55.10.00',
      activityStartDate: day(`${rnd.int(1990, 2018)}-0${rnd.int(1, 9)}-01`),
    });
    members.push({ userId: opts.ownerId, employerId });
    delegations.push({
      id: randomUUID(),
      employerId,
      consultantId: opts.consultantId,
      createdById: opts.ownerId,
      status: 'ACTIVE',
      startsOn: day(addDays(opts.today, -rnd.int(30, 1500))),
      endsOn: rnd.next() < 0.2 ? day(addDays(opts.today, rnd.int(20, 700))) : null,
      acceptedAt: new Date(),
    });

    const unitIds: string[] = [];
    for (let u = 0; u < unitCount; u++) {
      const [code, name] = rnd.pick(TOWNS);
      const unitId = randomUUID();
      unitIds.push(unitId);
      units.push({ id: unitId, employerId, name: `Sede di ${name}${u ? ` ${u + 1}` : ''}`, comuneCode: code, comuneName: name, provinceCode: 'TN' });
      const unitHeads = Math.max(1, Math.round(heads / unitCount));
      for (let m = 1; m <= 7; m++) {
        headcounts.push({ employerId, productionUnitId: unitId, month: day(monthStart(opts.today, m)), heads: unitHeads, sizeUnits: String(unitHeads) });
      }
      for (let w = 0; w < Math.min(unitHeads, 8); w++) {
        workers.push({
          employerId,
          productionUnitId: unitId,
          codiceFiscale: makeCodiceFiscale(++workerSerial),
          firstName: `Nome${w}`,
          lastName: `Cognome${i}`,
          category: 'OPERAIO',
          hireDate: day('2019-04-01'),
          effectiveDaysAtUnit: 300,
          weeklyHours: '40',
          monthlyGlobalPay: '1850.00',
        });
      }

      // History of the last five years: COVID-19 (neutralised), ordinary periods, sometimes a CDS.
      if (rnd.next() < 0.5) {
        ledger.push({ employerId, productionUnitId: unitId, kind: 'HISTORY', cause: 'COVID19', periodStart: day('2020-11-02'), periodEnd: day('2021-01-31'), weeks: '13', neutralised: true });
      }
      const periods = rnd.int(0, 5);
      let cursor = addDays(opts.today, -rnd.int(1400, 1700));
      for (let p = 0; p < periods; p++) {
        const weeks = rnd.int(3, 13);
        const start = addDays(cursor, rnd.int(30, 200));
        const end = addDays(start, weeks * 7 - 1);
        if (end >= opts.today) break;
        const cause = size === 'C3' && rnd.next() < 0.2 ? 'CRISIS' : rnd.next() < 0.08 ? 'SOLIDARITY_CONTRACT' : rnd.pick(['ORDINARY_MARKET', 'ORDINARY_TRANSITORY_EVENT', 'ORDINARY_BAD_WEATHER'] as const);
        // Before the product: typed as history; afterwards: authorised by a decided request.
        if (start < addDays(opts.today, -400) || unitCount > 1) {
          ledger.push({ employerId, productionUnitId: unitId, kind: 'HISTORY', cause, periodStart: day(start), periodEnd: day(end), weeks: String(weeks), neutralised: false });
        } else {
          const requestId = randomUUID();
          const decidedAt = new Date(day(addDays(start, rnd.int(20, 50))).getTime() + 9 * 3_600_000);
          requests.push({
            id: requestId,
            employerId,
            productionUnitId: unitId,
            status: 'APPROVED',
            cause,
            reductionType: 'SUSPENSION',
            periodStart: day(start),
            periodEnd: day(end),
            paymentMode: 'CONGUAGLIO',
            protocolNumber: `FSTN-B${serialBase}-${String(++protocol).padStart(6, '0')}`,
            filedAt: new Date(day(addDays(start, -10)).getTime()),
            weeksRequested: String(weeks),
            weeksGranted: String(weeks),
            sizeClass: size,
            createdById: opts.ownerId,
          });
          decisions.push({ requestId, kind: 'APPROVE', weeksGranted: String(weeks), grantedStart: day(start), grantedEnd: day(end), decidedById: opts.staffId, decidedAt });
          ledger.push({ employerId, productionUnitId: unitId, requestId, kind: 'AUTHORISED', cause, periodStart: day(start), periodEnd: day(end), weeks: String(weeks), neutralised: false });
        }
        cursor = end;
      }
    }

    // Requests in progress: drafts (deadlines), filed and under review (reservations), rejections.
    const firstUnit = unitIds[0]!;
    for (let d = rnd.int(0, 2); d > 0; d--) {
      const start = addDays(opts.today, rnd.int(-12, 40));
      const weeks = rnd.int(2, size === 'C1' ? 13 : 26);
      requests.push({
        id: randomUUID(),
        employerId,
        productionUnitId: firstUnit,
        status: 'DRAFT',
        cause: 'ORDINARY_MARKET',
        reductionType: 'REDUCTION',
        periodStart: day(start),
        periodEnd: day(addDays(start, weeks * 7 - 1)),
        draft: rnd.next() < 0.6 ? { procedure: { unionCommunicationDate: addDays(opts.today, -rnd.int(0, 12)) } } : {},
        createdById: opts.ownerId,
      });
    }
    for (let f = rnd.int(0, 3); f > 0; f--) {
      const requestId = randomUUID();
      const start = addDays(opts.today, rnd.int(-20, 25));
      const weeks = rnd.int(2, size === 'C1' ? 13 : 20);
      const end = addDays(start, weeks * 7 - 1);
      requests.push({
        id: requestId,
        employerId,
        productionUnitId: firstUnit,
        status: rnd.pick(['FILED', 'UNDER_REVIEW', 'INFO_REQUESTED'] as const),
        cause: 'ORDINARY_MARKET',
        reductionType: 'SUSPENSION',
        periodStart: day(start),
        periodEnd: day(end),
        protocolNumber: `FSTN-B${serialBase}-${String(++protocol).padStart(6, '0')}`,
        filedAt: new Date(day(addDays(opts.today, -rnd.int(1, 25))).getTime()),
        weeksRequested: String(weeks),
        sizeClass: size,
        createdById: opts.ownerId,
      });
      ledger.push({ employerId, productionUnitId: firstUnit, requestId, kind: 'RESERVED', cause: 'ORDINARY_MARKET', periodStart: day(start), periodEnd: day(end), weeks: String(weeks), neutralised: false });
    }
    if (rnd.next() < 0.15) {
      const start = addDays(opts.today, -rnd.int(60, 200));
      requests.push({
        id: randomUUID(),
        employerId,
        productionUnitId: firstUnit,
        status: 'REJECTED',
        cause: 'ORDINARY_MARKET',
        periodStart: day(start),
        periodEnd: day(addDays(start, 27)),
        protocolNumber: `FSTN-B${serialBase}-${String(++protocol).padStart(6, '0')}`,
        filedAt: new Date(day(addDays(start, -5)).getTime()),
        createdById: opts.ownerId,
      });
    }
  }

  const chunks = <T>(rows: T[], size = 2000) => Array.from({ length: Math.ceil(rows.length / size) }, (_, k) => rows.slice(k * size, (k + 1) * size));
  for (const c of chunks(employers)) await prisma.employer.createMany({ data: c });
  for (const c of chunks(members)) await prisma.employerMember.createMany({ data: c, skipDuplicates: true });
  for (const c of chunks(delegations)) await prisma.delegation.createMany({ data: c });
  for (const c of chunks(units)) await prisma.productionUnit.createMany({ data: c });
  for (const c of chunks(headcounts)) await prisma.headcountMonth.createMany({ data: c });
  for (const c of chunks(workers)) await prisma.worker.createMany({ data: c });
  for (const c of chunks(requests)) await prisma.request.createMany({ data: c });
  for (const c of chunks(decisions)) await prisma.decision.createMany({ data: c });
  for (const c of chunks(ledger)) await prisma.windowEntry.createMany({ data: c });
  return { employerIds: employers.map((e) => e.id!), requests: requests.length, ledgerEntries: ledger.length, workers: workers.length, ms: Math.round(performance.now() - started) };
}
