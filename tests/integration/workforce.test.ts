// Company set-up against real PostgreSQL: company, units (ANPR municipalities), headcounts with
// part-timers pro rata (digest B-2), workers, history periods (COVID-19 neutralised, D-8), and the
// all-or-nothing CSV import of workers.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { prisma } from '@/lib/server/db';
import { todayInRome } from '@/lib/server/clock';
import { createCompanyAction, createUnitAction, updateCompanySectorAction } from '@/lib/server/actions/company';
import { addHistoryAction, createWorkerAction, importWorkersAction, removeWorkerAction, saveHeadcountsAction } from '@/lib/server/actions/workforce';
import { headcountCoverage, listHeadcounts } from '@/lib/server/data/headcounts';
import { employerWindowsToday } from '@/lib/server/data/windows';
import { actAs } from '../setup/actor';
import { createEmployer, createUser, createWorker } from '../fixtures/factories';
import { makeCodiceFiscale, makePartitaIva } from '../fixtures/tax-codes';

const root = path.resolve(import.meta.dirname, '../..');
const today = todayInRome();
afterEach(() => actAs(null));

async function ownerWithCompany(units = [{ name: 'Albergo di Trento', comuneCode: 'L378', comuneName: 'Trento', provinceCode: 'TN' }]) {
  const owner = await createUser(prisma, { role: 'EMPLOYER' });
  const employer = await createEmployer(prisma, { ownerId: owner.id, units });
  actAs(owner);
  return { owner, employer, unit: employer.units[0]! };
}

describe('registering a company', () => {
  it('creates the company with its owner, checks the codice fiscale and refuses one already registered', async () => {
    const owner = await createUser(prisma, { role: 'EMPLOYER' });
    actAs(owner);
    const cf = makePartitaIva(8_100_001);
    const bad = await createCompanyAction({ legalName: 'Malga Fiorita S.r.l.', codiceFiscale: cf.slice(0, 10) + String((Number(cf[10]) + 1) % 10), matricolaInps: '22012345', activityStartDate: { day: '31', month: '2', year: '2019' } });
    expect(bad).toMatchObject({
      status: 'error',
      code: 'VALIDATION',
      fieldErrors: {
        codiceFiscale: ['Il codice fiscale non è valido: controlla di averlo scritto correttamente (il carattere di controllo non corrisponde)'],
        matricolaInps: ['La matricola INPS deve avere 10 cifre, ad esempio 2201234567'],
        activityStartDate: ['La data di inizio dell’attività deve essere una data reale, ad esempio 15 3 2019'],
      },
    });
    const ok = await createCompanyAction({ legalName: 'Malga Fiorita S.r.l.', codiceFiscale: ` ${cf} `, matricolaInps: '2201234567', activityStartDate: { day: '1', month: '4', year: '2019' } });
    expect(ok.status).toBe('success');
    const id = ok.status === 'success' ? ok.data.id : '';
    const row = await prisma.employer.findUniqueOrThrow({ where: { id }, include: { members: true } });
    expect(row).toMatchObject({ codiceFiscale: cf, partitaIva: cf, matricolaInps: '2201234567', atecoCode: null });
    expect(row.members).toEqual([expect.objectContaining({ userId: owner.id, role: 'OWNER' })]);
    const again = await createCompanyAction({ legalName: 'Copia', codiceFiscale: cf, matricolaInps: '2201234567', activityStartDate: '2019-04-01' });
    expect(again).toMatchObject({ status: 'error', code: 'DOMAIN', fieldErrors: { codiceFiscale: ['Un’azienda con questo codice fiscale è già registrata: chiedi l’accesso a chi la gestisce'] } });

    const sector = await updateCompanySectorAction({ employerId: id, atecoCode: '55.10.00', sectorDescription: 'Alberghi', inCigoScope: 'no', inCigsScope: 'no', bilateralFund: 'NONE', optInDate: { day: '', month: '', year: '' } });
    expect(sector.status).toBe('success');
    expect(await prisma.auditEvent.count({ where: { entityId: id, action: { in: ['company.create', 'company.sector.update'] } } })).toBe(2);
  });
});

describe('production units', () => {
  it('take the official name of the comune from the ANPR list and refuse a comune outside the province chosen', async () => {
    const { employer } = await ownerWithCompany();
    const peio = await createUnitAction({ employerId: employer.id, name: 'Rifugio', provinceCode: 'tn', comuneCode: 'g419' });
    expect(peio.status).toBe('success');
    const unit = await prisma.productionUnit.findUniqueOrThrow({ where: { id: peio.status === 'success' ? peio.data.id : '' } });
    expect(unit).toMatchObject({ comuneCode: 'G419', comuneName: 'Peio', provinceCode: 'TN' });
    const verona = await createUnitAction({ employerId: employer.id, name: 'Deposito', provinceCode: 'TN', comuneCode: 'L781' });
    expect(verona).toMatchObject({ status: 'error', fieldErrors: { comuneCode: ['Il comune scelto non esiste o non appartiene alla provincia indicata: sceglilo dall’elenco'] } });
  });
});

describe('monthly headcounts', () => {
  it('store heads for the 75 % test and size units with part-timers pro rata (B-2 worked examples: 4 + 4×50 % = 6; 4 + 3×50 % = 5)', async () => {
    const { employer, unit } = await ownerWithCompany();
    const saved = await saveHeadcountsAction({
      employerId: employer.id,
      productionUnitId: unit.id,
      fullTimeWeeklyHours: '40',
      months: [
        { month: '2025-01', heads: '8', partTimeHeads: '4', partTimeHours: '80' },
        { month: '2025-02', heads: '7', partTimeHeads: '3', partTimeHours: '60' },
        { month: '2025-03', heads: '', partTimeHeads: '', partTimeHours: '' },
      ],
    });
    expect(saved).toEqual({ status: 'success', data: { saved: 2 } });
    expect(await listHeadcounts(employer.id, unit.id)).toEqual([
      { month: '2025-01', heads: 8, partTimeHeads: 4, partTimeHours: '80', fullTimeWeeklyHours: '40', sizeUnits: '6' },
      { month: '2025-02', heads: 7, partTimeHeads: 3, partTimeHours: '60', fullTimeWeeklyHours: '40', sizeUnits: '5' },
    ]);
    const wrong = await saveHeadcountsAction({ employerId: employer.id, productionUnitId: unit.id, fullTimeWeeklyHours: '40', months: [{ month: '2025-04', heads: '3', partTimeHeads: '4', partTimeHours: '10' }] });
    expect(wrong).toMatchObject({ status: 'error', fieldErrors: { 'months.0.partTimeHeads': ['I dipendenti a tempo parziale non possono essere più dei dipendenti del mese'] } });
  });

  it('say which months the rules will ask for today: last December and the six months before this one', async () => {
    const { employer } = await ownerWithCompany();
    const coverage = await headcountCoverage(employer.id, '2026-11-25');
    expect(coverage.needed).toEqual(['2025-12', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10']);
    expect(coverage.complete).toBe(false);
  });
});

describe('workers', () => {
  it('are created with the same schema as the form and a codice fiscale cannot be registered twice', async () => {
    const { employer, unit } = await ownerWithCompany();
    const input = {
      employerId: employer.id,
      codiceFiscale: makeCodiceFiscale(4242).toLowerCase(),
      lastName: 'Dallapiccola',
      firstName: 'Sara',
      productionUnitId: unit.id,
      category: 'APPRENTICE',
      contractType: 'FIXED_TERM',
      apprenticeType: 'TYPE2_PROFESSIONALISING',
      hireDate: { day: '1', month: '9', year: '2024' },
      endDate: { day: '', month: '', year: '' },
      effectiveDaysAtUnit: '250',
      weeklyHours: '37,5',
      payBasis: 'MONTHLY',
      monthlyGlobalPay: '1.250,00',
      hourlyGlobalPay: '',
      householdWithoutChildren: 'yes',
    };
    const first = await createWorkerAction(input);
    expect(first.status).toBe('success');
    const row = await prisma.worker.findFirstOrThrow({ where: { employerId: employer.id } });
    expect(row).toMatchObject({ codiceFiscale: makeCodiceFiscale(4242), category: 'APPRENTICE', apprenticeType: 'TYPE2_PROFESSIONALISING', householdWithoutChildren: true, hourlyGlobalPay: null });
    expect(row.weeklyHours.toFixed(2)).toBe('37.50');
    expect(row.monthlyGlobalPay?.toFixed(2)).toBe('1250.00');
    const second = await createWorkerAction(input);
    expect(second).toMatchObject({ status: 'error', fieldErrors: { codiceFiscale: ['Un lavoratore con questo codice fiscale è già nell’elenco dell’azienda'] } });
    // The audit keeps no name, codice fiscale or pay.
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityType: 'Worker', entityId: row.id } });
    expect(JSON.stringify(audit.after)).not.toMatch(/Dallapiccola|Sara|1250|BHLBHL/i);
  });
});

describe('removing a worker', () => {
  it('keeps a worker named in a request and removes one who is not', async () => {
    const { owner, employer, unit } = await ownerWithCompany();
    const named = await createWorker(prisma, employer.id, unit.id);
    const other = await createWorker(prisma, employer.id, unit.id);
    await prisma.request.create({ data: { employerId: employer.id, productionUnitId: unit.id, createdById: owner.id, workers: { create: { workerId: named.id, hoursLost: '8' } } } });
    const kept = await removeWorkerAction({ employerId: employer.id, workerId: named.id });
    expect(kept).toMatchObject({ status: 'error', code: 'DOMAIN' });
    expect((await removeWorkerAction({ employerId: employer.id, workerId: other.id })).status).toBe('success');
    const left = await prisma.worker.findMany({ where: { employerId: employer.id }, select: { id: true } });
    expect(left.map((w) => w.id)).toEqual([named.id]);
  });
});

describe('history periods before the product', () => {
  it('count in the windows, except COVID-19 periods which are kept neutralised (D.L. 18/2020 art. 19 c. 3)', async () => {
    const { employer, unit } = await ownerWithCompany();
    const start = `${Number(today.slice(0, 4)) - 1}-03-02`;
    const end = `${Number(today.slice(0, 4)) - 1}-03-27`;
    expect((await addHistoryAction({ employerId: employer.id, productionUnitId: unit.id, cause: 'ORDINARY_MARKET', periodStart: start, periodEnd: end, weeks: '4' })).status).toBe('success');
    expect((await addHistoryAction({ employerId: employer.id, productionUnitId: unit.id, cause: 'COVID19', periodStart: '2020-03-09', periodEnd: '2020-06-26', weeks: '16' })).status).toBe('success');
    const covid = await prisma.windowEntry.findFirstOrThrow({ where: { employerId: employer.id, cause: 'COVID19' } });
    expect(covid).toMatchObject({ kind: 'HISTORY', neutralised: true });
    const { timelines } = await employerWindowsToday(employer.id, today);
    const pool = timelines[0]!.windows.find((w) => w.key === 'BIENNIO_POOL')!;
    expect(pool.used).toBe('4');
    const tooMany = await addHistoryAction({ employerId: employer.id, productionUnitId: unit.id, cause: 'ORDINARY_MARKET', periodStart: start, periodEnd: end, weeks: '5' });
    expect(tooMany).toMatchObject({ status: 'error', fieldErrors: { weeks: ['Le settimane non possono essere più delle settimane di calendario del periodo'] } });
  });
});

describe('importing workers from a CSV file, all or nothing', () => {
  const sample = () => new File([readFileSync(path.join(root, 'public/modelli/lavoratori-esempio.csv'))], 'lavoratori.csv', { type: 'text/csv' });
  const units = [{ name: 'Albergo di Trento', comuneCode: 'L378', comuneName: 'Trento', provinceCode: 'TN' }];

  it('previews the documented sample, then imports exactly the previewed file', async () => {
    const { employer } = await ownerWithCompany(units);
    const preview = await importWorkersAction({ employerId: employer.id, file: sample() });
    expect(preview).toMatchObject({ status: 'success', data: { ok: true, imported: 0, encoding: 'UTF-8-BOM', separator: ';', issues: [] } });
    expect(await prisma.worker.count({ where: { employerId: employer.id } })).toBe(0);
    const hash = preview.status === 'success' ? preview.data.fileHash : '';
    const wrongHash = await importWorkersAction({ employerId: employer.id, file: sample(), confirm: 'on', previewHash: 'f'.repeat(64) });
    expect(wrongHash).toMatchObject({ status: 'error', fieldErrors: { file: ['Il file non è quello mostrato nell’anteprima: caricalo di nuovo e controlla l’anteprima'] } });
    const committed = await importWorkersAction({ employerId: employer.id, file: sample(), confirm: 'on', previewHash: hash });
    expect(committed).toMatchObject({ status: 'success', data: { ok: true, imported: 3 } });
    expect(await prisma.worker.count({ where: { employerId: employer.id } })).toBe(3);
    expect(await prisma.auditEvent.count({ where: { onBehalfOfEmployerId: employer.id, action: 'worker.import' } })).toBe(1);
    // The same file again: every worker is already registered, so nothing is imported.
    const again = await importWorkersAction({ employerId: employer.id, file: sample(), confirm: 'on' });
    expect(again).toMatchObject({ status: 'success', data: { ok: false, imported: 0 } });
    expect(again.status === 'success' && again.data.issues.map((i) => `${i.line}:${i.column}`)).toEqual(['2:codice_fiscale', '3:codice_fiscale', '4:codice_fiscale']);
    expect(await prisma.worker.count({ where: { employerId: employer.id } })).toBe(3);
  });

  it('refuses a file with one malformed row whole, naming its line and column', async () => {
    const { employer } = await ownerWithCompany(units);
    const text = readFileSync(path.join(root, 'public/modelli/lavoratori-esempio.csv'), 'utf8').replace('ZDCCZD85H15L378C;Zanella;Anna Lucia;Trento;apprendista;determinato;2;', 'ZDCCZD85H15L378C;Zanella;Anna Lucia;Trento;apprendista;determinato;4;');
    const result = await importWorkersAction({ employerId: employer.id, file: new File([text], 'l.csv'), confirm: 'on' });
    expect(result).toMatchObject({ status: 'success', data: { ok: false, imported: 0, issues: [{ line: 4, column: 'tipo_apprendistato', message: expect.stringContaining('Valore non riconosciuto: «4»') }] } });
    expect(await prisma.worker.count({ where: { employerId: employer.id } })).toBe(0);
  });

  it('lists a codice fiscale the company already has with the other problems of the file, in the same answer', async () => {
    const { employer, unit } = await ownerWithCompany(units);
    const [registered, alsoRegistered] = [await createWorker(prisma, employer.id, unit.id), await createWorker(prisma, employer.id, unit.id)];
    // Another company's worker is no obstacle: "already registered" is per company.
    const elsewhere = await createEmployer(prisma, {});
    const otherCompanys = await createWorker(prisma, elsewhere.id, elsewhere.units[0]!.id);
    const fresh = makeCodiceFiscale(7_700_000 + Math.floor(Math.random() * 100_000));
    const heading = 'codice_fiscale;cognome;nome;sede;categoria;contratto;tipo_apprendistato;data_assunzione;data_cessazione;giorni_effettivi;ore_settimanali;tipo_retribuzione;retribuzione;nucleo_senza_figli';
    const row = (cf: string, last: string, category = 'operaio', hired = '07/01/2020') => `${cf};${last};Anna;Trento;${category};indeterminato;;${hired};;400;40;mensile;1.850,00;no`;
    const file = [
      heading,
      row(registered.codiceFiscale, 'Rossi', 'operaio', '31/02/2021'), // line 2: registered, and a date that does not exist
      row(fresh, 'Bianchi', 'operaia'), // line 3: an unknown category
      row(alsoRegistered.codiceFiscale, 'Verdi'), // line 4: registered, nothing else wrong
      row(otherCompanys.codiceFiscale, 'Neri'), // line 5: right
      row(fresh, 'Bianchi'), // line 6: repeats line 3, whose row has another problem
    ].join('\r\n');
    const findMany = vi.spyOn(prisma.worker, 'findMany');
    // The preview (no confirmation) reads outside a transaction, through the client spied on.
    const result = await importWorkersAction({ employerId: employer.id, file: new File([file], 'lavoratori.csv') });
    expect(result).toMatchObject({ status: 'success', data: { ok: false, imported: 0 } });
    expect(result.status === 'success' && result.data.issues).toEqual([
      { line: 2, column: 'data_assunzione', message: 'La data di assunzione deve essere una data reale, ad esempio 3 2 2020' },
      { line: 2, column: 'codice_fiscale', message: 'Il lavoratore con questo codice fiscale è già nell’elenco dell’azienda.' },
      { line: 3, column: 'categoria', message: 'Valore non riconosciuto: «operaia». Valori ammessi: operaio, impiegato, quadro, dirigente, apprendista, lavoratore a domicilio, domicilio.' },
      { line: 4, column: 'codice_fiscale', message: 'Il lavoratore con questo codice fiscale è già nell’elenco dell’azienda.' },
      { line: 6, column: 'codice_fiscale', message: 'Codice fiscale ripetuto: compare anche alla riga 3.' },
    ]);
    // One query asks for every codice fiscale of the file (not the company's whole list).
    const asked = findMany.mock.calls.map(([args]) => args?.where).filter((where) => where && 'codiceFiscale' in where);
    expect(asked).toEqual([{ employerId: employer.id, codiceFiscale: { in: [registered.codiceFiscale, fresh, alsoRegistered.codiceFiscale, otherCompanys.codiceFiscale] } }]);
    findMany.mockRestore();
    expect(await prisma.worker.count({ where: { employerId: employer.id } })).toBe(2);
  });

  it('explains a file in another separator, and reads a Windows-1252 file', async () => {
    const { employer } = await ownerWithCompany(units);
    const pipes = readFileSync(path.join(root, 'public/modelli/lavoratori-esempio.csv'), 'utf8').replaceAll(';', '|');
    const wrong = await importWorkersAction({ employerId: employer.id, file: new File([pipes], 'l.csv'), confirm: 'on' });
    expect(wrong).toMatchObject({ status: 'success', data: { ok: false, imported: 0, separator: null, issues: [{ line: 1, column: null }] } });
    const latin = Uint8Array.from([...'codice_fiscale;cognome;nome;categoria;contratto;data_assunzione;giorni_effettivi;ore_settimanali;tipo_retribuzione;retribuzione;nucleo_senza_figli\r\n'].map((c) => c.charCodeAt(0)).concat([...`${makeCodiceFiscale(5151)};Nicol`].map((c) => c.charCodeAt(0)), [0xf2], [...';Mattia;operaio;indeterminato;01/02/2021;300;40;mensile;1.700,00;no\r\n'].map((c) => c.charCodeAt(0))));
    const read = await importWorkersAction({ employerId: employer.id, file: new File([latin], 'l.csv'), confirm: 'on' });
    expect(read).toMatchObject({ status: 'success', data: { ok: true, imported: 1, encoding: 'WINDOWS-1252' } });
    expect((await prisma.worker.findFirstOrThrow({ where: { employerId: employer.id } })).lastName).toBe('Nicolò');
  });
});
