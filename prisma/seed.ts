// Demo data for `npm run demo` (and the e2e suite): one account per role, companies that show
// each path of the product (micro, small and large firms; one outside the Fund's 75 % test),
// delegations to the demo consultant. Idempotent: re-running leaves existing rows alone.
import { register } from 'node:module';
import { createPrismaClient } from '@/lib/server/db-client';
import { addDays, parseDate, weekday } from '@/lib/rules/core/calendar-date';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import {
  DEMO_PASSWORD,
  createDelegation,
  createEmployer,
  createFiledRequest,
  createHeadcounts,
  createResolutionRow,
  createUser,
  createWorker,
  day,
  type WorkerOptions,
} from '../tests/fixtures/factories';
import { makePartitaIva } from '../tests/fixtures/tax-codes';
import { seedConsultantPortfolio } from './seed-consultant';

export const DEMO_ACCOUNTS = [
  { role: 'EMPLOYER', email: 'datore@demo.fstn.it', name: 'Giulia Rossi' },
  { role: 'EMPLOYER', email: 'datore2@demo.fstn.it', name: 'Luca Moser' },
  { role: 'CONSULTANT', email: 'consulente@demo.fstn.it', name: 'Marco Bianchi' },
  { role: 'STAFF', email: 'comitato@demo.fstn.it', name: 'Anna Ferrari' },
  { role: 'ADMIN', email: 'admin@demo.fstn.it', name: 'Paolo Conti' },
] as const;
export { DEMO_PASSWORD };

/** The twelve months before `today`'s month, as 'YYYY-MM' keys, oldest first. */
function previousMonths(today: string, count: number): string[] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const keys: string[] = [];
  for (let i = count; i >= 1; i--) {
    const index = y * 12 + (m - 1) - i;
    keys.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return keys;
}

type DemoCompany = {
  key: number;
  legalName: string;
  owner: (typeof DEMO_ACCOUNTS)[number]['email'];
  delegated: boolean;
  sectorDescription: string;
  atecoCode: string;
  units: Array<{ name: string; comuneCode: string; comuneName: string; provinceCode: string; heads: number; workers: WorkerOptions[] }>;
};

const worker = (firstName: string, lastName: string, extra: WorkerOptions = {}): WorkerOptions => ({ firstName, lastName, ...extra });

const COMPANIES: DemoCompany[] = [
  {
    key: 1001,
    legalName: 'Hotel Dolomiti S.r.l.',
    owner: 'datore@demo.fstn.it',
    delegated: false,
    sectorDescription: 'Alberghi e strutture simili',
    atecoCode: '55.10.00',
    units: [
      {
        name: 'Albergo di Trento', comuneCode: 'L378', comuneName: 'Trento', provinceCode: 'TN', heads: 4,
        workers: [
          worker('Sara', 'Dallapiccola', { category: 'IMPIEGATO', monthlyGlobalPay: '2000.00' }),
          worker('Matteo', 'Pedrotti', { monthlyGlobalPay: '1300.00' }),
          worker('Elena', 'Zanella', { contractType: 'SEASONAL', hireDate: '2025-12-01', effectiveDaysAtUnit: 29, monthlyGlobalPay: '1650.00' }),
          worker('Davide', 'Bertoldi', { category: 'APPRENTICE', monthlyGlobalPay: '1200.00', householdWithoutChildren: true }),
        ],
      },
    ],
  },
  {
    key: 1002,
    legalName: 'Bottega Adige S.n.c.',
    owner: 'datore@demo.fstn.it',
    delegated: true,
    sectorDescription: 'Commercio al dettaglio di articoli sportivi',
    atecoCode: '47.64.10',
    units: [
      {
        name: 'Negozio di Rovereto', comuneCode: 'H612', comuneName: 'Rovereto', provinceCode: 'TN', heads: 8,
        workers: Array.from({ length: 8 }, (_, i) => worker(`Addetto${i + 1}`, 'Vendite', { category: i === 0 ? 'QUADRO' : 'IMPIEGATO', monthlyGlobalPay: String(1700 + i * 50) + '.00' })),
      },
    ],
  },
  {
    key: 1003,
    legalName: 'Rifugi Val di Sole S.r.l.',
    owner: 'datore2@demo.fstn.it',
    delegated: true,
    sectorDescription: 'Rifugi di montagna',
    atecoCode: '55.20.30',
    units: [
      {
        name: 'Rifugio di Peio', comuneCode: 'G419', comuneName: 'Peio', provinceCode: 'TN', heads: 20,
        workers: Array.from({ length: 6 }, (_, i) => worker(`Rifugista${i + 1}`, 'Sole', { contractType: i < 3 ? 'SEASONAL' : 'OPEN_ENDED' })),
      },
    ],
  },
  {
    key: 1004,
    legalName: 'Logistica Garda Verona S.p.A.',
    owner: 'datore2@demo.fstn.it',
    delegated: false,
    sectorDescription: 'Magazzinaggio e custodia',
    atecoCode: '52.10.10',
    units: [
      { name: 'Deposito di Riva del Garda', comuneCode: 'H330', comuneName: 'Riva del Garda', provinceCode: 'TN', heads: 8, workers: [worker('Chiara', 'Tonelli')] },
      { name: 'Deposito di Verona', comuneCode: 'L781', comuneName: 'Verona', provinceCode: 'VR', heads: 3, workers: [worker('Giorgio', 'Veronesi')] },
    ],
  },
];

export async function seedDemo(prisma: PrismaClient, today: string): Promise<void> {
  const users = new Map<string, { id: string }>();
  for (const account of DEMO_ACCOUNTS) {
    users.set(account.email, await createUser(prisma, { ...account, password: DEMO_PASSWORD }));
  }
  const consultant = users.get('consulente@demo.fstn.it')!;
  const months = previousMonths(today, 13);

  for (const company of COMPANIES) {
    const codiceFiscale = makePartitaIva(company.key);
    if (await prisma.employer.findUnique({ where: { codiceFiscale }, select: { id: true } })) continue;
    const owner = users.get(company.owner)!;
    await prisma.$transaction(async (tx) => {
      const employer = await createEmployer(tx, {
        legalName: company.legalName,
        codiceFiscale,
        ownerId: owner.id,
        sectorDescription: company.sectorDescription,
        atecoCode: company.atecoCode,
        units: company.units.map(({ heads: _h, workers: _w, ...unit }) => unit),
      });
      for (const unitSpec of company.units) {
        const unit = employer.units.find((u) => u.name === unitSpec.name)!;
        await createHeadcounts(tx, employer.id, unit.id, Object.fromEntries(months.map((m) => [m, unitSpec.heads])));
        for (const w of unitSpec.workers) await createWorker(tx, employer.id, unit.id, w);
      }
      if (company.delegated) {
        await createDelegation(tx, { employerId: employer.id, consultantId: consultant.id, createdById: owner.id, startsOn: '2024-01-01' });
      }
    });
  }
  await seedDemoRequests(prisma, today, users.get('datore@demo.fstn.it')!.id);
  // The demo consultant's wider portfolio: varied windows, deadlines and delegation states.
  await seedConsultantPortfolio(prisma, today, consultant.id);
  await seedReviewDemo(prisma, users.get('comitato@demo.fstn.it')!.id);
}

// ---------------------------------------------------------------------------------------------
// The Committee's demo (issue 6): resolutions in the register and a queue of filed requests in
// several states for the demo companies (fixed 2026 dates: the rules have the 2026 caps).
// The requests are written by the test factory that mirrors the filing (snapshot from the rules).

async function seedReviewDemo(prisma: PrismaClient, staffId: string) {
  if (await prisma.committeeResolution.findUnique({ where: { number: '3/2026' }, select: { id: true } })) return;
  for (const r of [
    { number: '3/2026', date: '2026-02-10', subject: 'Criteri per l’esame delle domande di assegno di integrazione salariale per il 2026' },
    { number: '9/2026', date: '2026-06-16', subject: 'Assegni di integrazione salariale: decisioni della seduta di giugno 2026' },
    { number: '15/2026', date: '2026-10-20', subject: 'Assegni di integrazione salariale: decisioni della seduta di ottobre 2026' },
  ]) {
    await createResolutionRow(prisma, { createdById: staffId, ...r });
  }
  const company = (key: number) =>
    prisma.employer.findUnique({ where: { codiceFiscale: makePartitaIva(key) }, select: { id: true, members: { select: { userId: true } }, workers: { select: { id: true }, orderBy: { lastName: 'asc' } } } });
  const bottega = await company(1002);
  const rifugi = await company(1003);
  if (!bottega || !rifugi) return;
  const owner = (e: NonNullable<typeof bottega>) => e.members[0]!.userId;
  const all = (e: NonNullable<typeof bottega>) => e.workers.map((w) => ({ id: w.id }));
  await createFiledRequest(prisma, { employerId: bottega.id, createdById: owner(bottega), workers: all(bottega), heads: 8, applicationDate: '2026-09-28', periodStart: '2026-10-05', periodEnd: '2026-11-27' });
  await createFiledRequest(prisma, { employerId: bottega.id, createdById: owner(bottega), workers: all(bottega).slice(0, 4), heads: 8, applicationDate: '2026-06-01', periodStart: '2026-06-08', periodEnd: '2026-07-03', status: 'UNDER_REVIEW' });
  await createFiledRequest(prisma, { employerId: bottega.id, createdById: owner(bottega), workers: all(bottega).slice(0, 2), heads: 8, applicationDate: '2026-02-02', periodStart: '2026-02-09', periodEnd: '2026-03-06', status: 'WITHDRAWN' });
  const asked = await createFiledRequest(prisma, {
    employerId: rifugi.id,
    createdById: owner(rifugi),
    workers: all(rifugi),
    heads: 20,
    cause: 'ORDINARY_BAD_WEATHER',
    applicationDate: '2026-04-13',
    periodStart: '2026-04-20',
    periodEnd: '2026-05-29',
    status: 'INFO_REQUESTED',
  });
  const question = 'Per le intemperie stagionali allegate i bollettini meteo del periodo e il verbale dell’esame congiunto con le organizzazioni sindacali.';
  await prisma.decision.create({ data: { requestId: asked.request.id, kind: 'REQUEST_INFO', note: question, decidedById: staffId } });
  await prisma.requestMessage.create({ data: { requestId: asked.request.id, authorId: staffId, body: question } });
  await createFiledRequest(prisma, {
    employerId: rifugi.id,
    createdById: owner(rifugi),
    workers: all(rifugi).slice(0, 3),
    heads: 20,
    applicationDate: '2026-10-19',
    periodStart: '2026-10-26',
    periodEnd: '2026-12-18',
    paymentMode: 'DIRECT',
    directPaymentGrounds: ['SERIOUS_FINANCIAL_DIFFICULTY'],
  });
}

// ---------------------------------------------------------------------------------------------
// The demo employer's history, one draft and one filed request (issue 4), filed through the real
// filing transaction (lib/server/data/filing-core.ts) acting as the demo employer.

const mondayOnOrAfter = (date: string) => {
  let d = parseDate(date);
  while (weekday(d) !== 1) d = addDays(d, 1);
  return d;
};

/** The app's server modules import 'server-only', which only resolves inside Next: a no-op here. */
let shimmed = false;
function allowServerModules() {
  if (shimmed) return;
  shimmed = true;
  register(
    'data:text/javascript,' +
      encodeURIComponent("export async function resolve(s, c, n) { return s === 'server-only' ? { url: 'data:text/javascript,export {}', shortCircuit: true } : n(s, c); }"),
  );
}

async function seedDemoRequests(prisma: PrismaClient, today: string, ownerId: string) {
  const employer = await prisma.employer.findUnique({ where: { codiceFiscale: makePartitaIva(1001) }, select: { id: true, units: { select: { id: true } }, workers: { select: { id: true, effectiveDaysAtUnit: true }, orderBy: { lastName: 'asc' } } } });
  if (!employer || (await prisma.request.count({ where: { employerId: employer.id } })) > 0) return;
  const unitId = employer.units[0]!.id;
  const year = Number(today.slice(0, 4));
  // History before the product: 8 weeks of ordinary AIS last spring; COVID-19 weeks of 2020, neutralised.
  await prisma.windowEntry.createMany({
    data: [
      { employerId: employer.id, productionUnitId: unitId, kind: 'HISTORY', cause: 'ORDINARY_MARKET', periodStart: day(mondayOnOrAfter(`${year - 1}-03-02`)), periodEnd: day(addDays(parseDate(mondayOnOrAfter(`${year - 1}-03-02`)), 53)), weeks: '8' },
      { employerId: employer.id, productionUnitId: unitId, kind: 'HISTORY', cause: 'COVID19', periodStart: day('2020-03-09'), periodEnd: day('2020-06-26'), weeks: '16', neutralised: true },
    ],
  });
  const eligible = employer.workers.filter((w) => w.effectiveDaysAtUnit >= 30).map((w) => w.id);
  const request = (start: string, weeks: number, steps: { workers: boolean; procedure: boolean }) => {
    const end = addDays(parseDate(start), weeks * 7 - 3);
    const causePeriod = { productionUnitId: unitId, cause: 'ORDINARY_MARKET', crisisDueToCessation: false, causeDescription: 'Calo delle presenze dopo la chiusura invernale degli impianti di risalita del Bondone.', reductionType: 'SUSPENSION', periodStart: start, periodEnd: end, weekDays: 5, paymentMode: 'CONGUAGLIO', directPaymentGrounds: [] };
    const draft: Record<string, unknown> = { causePeriod };
    if (steps.workers) draft.workers = { lines: eligible.map((workerId) => ({ workerId, hoursLost: String(weeks * 32), daysAffected: null })) };
    if (steps.procedure) draft.procedure = { unionCommunicationDate: addDays(parseDate(today), -4), unavoidableEvent: false, weeklyReductionHours: null, jointExamRequestDate: null, agreementDate: null, unionRecipients: 'RSU aziendale; FILCAMS CGIL, FISASCAT CISL, UILTuCS del Trentino' };
    return prisma.request.create({
      data: { employerId: employer.id, createdById: ownerId, status: 'DRAFT', productionUnitId: unitId, cause: 'ORDINARY_MARKET', reductionType: 'SUSPENSION', periodStart: day(start), periodEnd: day(end), draft: draft as object, statusChanges: { create: { toStatus: 'DRAFT', byUserId: ownerId } } },
      select: { id: true, draft: true },
    });
  };
  const filed = await request(mondayOnOrAfter(addDays(parseDate(today), 7)), 2, { workers: true, procedure: true });
  await request(mondayOnOrAfter(addDays(parseDate(today), 21)), 3, { workers: true, procedure: false });

  allowServerModules();
  (globalThis as { fstnPrisma?: PrismaClient }).fstnPrisma ??= prisma;
  const { fileRequestAs } = await import('@/lib/server/data/filing-core');
  const { draftKey } = await import('@/lib/server/data/evaluation');
  await fileRequestAs({ userId: ownerId, delegationId: null }, employer.id, filed.id, { idempotencyKey: draftKey(filed.id, filed.draft), acceptTrim: true }, today);
}

// CLI: `npm run db:seed` seeds the database in DATABASE_URL.
if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL non impostata: avvia `npm run demo` oppure esporta la variabile.');
    process.exit(2);
  }
  const prisma = createPrismaClient(url);
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
  seedDemo(prisma, process.env.FSTN_TODAY ?? today)
    .then(() => console.log('Dati dimostrativi pronti.'))
    .finally(() => prisma.$disconnect());
}
