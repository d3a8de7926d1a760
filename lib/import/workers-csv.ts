// Reading a CSV of workers as Italian offices produce it (docs/csv/lavoratori.md): Excel's "CSV
// (delimitato dal separatore di elenco)" uses ";" and writes Windows-1252, or UTF-8 with a BOM
// ("CSV UTF-8"). The file is decoded, its separator detected, and every row validated with the
// same zod schema as the worker form. The result is all or nothing: any error refuses the file,
// with the line and column of each problem. Pure (no database, no file system): the employer's
// import and the consultant's bulk import both use it, and so do unit tests. What any CSV of the
// product needs (decoding, separator, parsing, matching a site) is in csv-core.ts.
import type { Locale } from '@/lib/i18n/config';
import { translateValidationMessage } from '@/lib/schemas/messages';
import { WORKER_CSV_MAX_ROWS, workerCodiceFiscale, workerSchema, type WorkerData } from '@/lib/schemas/workers';
import { CSV_TEXTS, matchUnit, openTable, strip, tableResult, tableRows, type CsvReadResult, type ImportUnit, type OpenedTable } from './csv-core';

export { decodeCsv, type CsvEncoding, type CsvSeparator, type DecodedCsv, type ImportIssue, type ImportUnit } from './csv-core';

/** The columns of the template, in order, with the alternative headings people write. */
export const WORKER_CSV_COLUMNS = [
  { key: 'codiceFiscale', header: 'codice_fiscale', aliases: ['codice fiscale', 'cf', 'codicefiscale'], required: true },
  { key: 'lastName', header: 'cognome', aliases: [], required: true },
  { key: 'firstName', header: 'nome', aliases: [], required: true },
  { key: 'productionUnit', header: 'sede', aliases: ['unita produttiva', 'unita_produttiva', 'sede di lavoro'], required: false },
  { key: 'category', header: 'categoria', aliases: ['qualifica'], required: true },
  { key: 'contractType', header: 'contratto', aliases: ['tipo contratto', 'tipo_contratto'], required: true },
  { key: 'apprenticeType', header: 'tipo_apprendistato', aliases: ['tipo apprendistato', 'apprendistato'], required: false },
  { key: 'hireDate', header: 'data_assunzione', aliases: ['data assunzione', 'assunzione'], required: true },
  { key: 'endDate', header: 'data_cessazione', aliases: ['data cessazione', 'cessazione'], required: false },
  { key: 'effectiveDaysAtUnit', header: 'giorni_effettivi', aliases: ['giorni effettivi', 'giorni di lavoro effettivo'], required: true },
  { key: 'weeklyHours', header: 'ore_settimanali', aliases: ['ore settimanali', 'orario settimanale'], required: true },
  { key: 'payBasis', header: 'tipo_retribuzione', aliases: ['tipo retribuzione'], required: true },
  { key: 'pay', header: 'retribuzione', aliases: ['retribuzione globale'], required: true },
  { key: 'householdWithoutChildren', header: 'nucleo_senza_figli', aliases: ['nucleo senza figli', 'senza figli a carico'], required: true },
] as const;
type ColumnKey = (typeof WORKER_CSV_COLUMNS)[number]['key'];

/** Values accepted in the coded columns (lower case, without accents). */
export const WORKER_CSV_VALUES = {
  category: { operaio: 'OPERAIO', impiegato: 'IMPIEGATO', quadro: 'QUADRO', dirigente: 'DIRIGENTE', apprendista: 'APPRENTICE', 'lavoratore a domicilio': 'HOME_WORKER', domicilio: 'HOME_WORKER' },
  contractType: { indeterminato: 'OPEN_ENDED', 'tempo indeterminato': 'OPEN_ENDED', determinato: 'FIXED_TERM', 'tempo determinato': 'FIXED_TERM', stagionale: 'SEASONAL', intermittente: 'INTERMITTENT' },
  apprenticeType: { '1': 'TYPE1_QUALIFICATION', qualifica: 'TYPE1_QUALIFICATION', '2': 'TYPE2_PROFESSIONALISING', professionalizzante: 'TYPE2_PROFESSIONALISING', '3': 'TYPE3_HIGHER_EDUCATION', 'alta formazione': 'TYPE3_HIGHER_EDUCATION' },
  payBasis: { mensile: 'MONTHLY', oraria: 'HOURLY' },
} as const satisfies Record<string, Record<string, string>>;

export type ImportedWorker = WorkerData & { line: number };

/** As every CSV reader answers (csv-core's CsvReadResult), the rows named `workers`. */
export type WorkersCsvResult = Omit<CsvReadResult<ImportedWorker>, 'rows'> & { workers: ImportedWorker[] };


const T = {
  it: {
    ...CSV_TEXTS.it,
    noSeparator:
      'Non abbiamo riconosciuto le intestazioni delle colonne. Il file deve avere nella prima riga le intestazioni del modello (codice_fiscale; cognome; nome; …) separate da punto e virgola, come le salva Excel con «CSV (delimitato dal separatore di elenco)».',
    empty: 'Il file è vuoto oppure contiene solo l’intestazione: aggiungi almeno un lavoratore.',
    tooMany: `Il file ha più di ${WORKER_CSV_MAX_ROWS.toLocaleString('it-IT')} righe: dividilo in più file.`,
    badValue: (v: string, allowed: string) => `Valore non riconosciuto: «${v}». Valori ammessi: ${allowed}.`,
    noUnits: 'L’azienda non ha ancora sedi: aggiungi una sede prima di importare i lavoratori.',
    duplicateInFile: (line: number) => `Codice fiscale ripetuto: compare anche alla riga ${line}.`,
    alreadyRegistered: 'Il lavoratore con questo codice fiscale è già nell’elenco dell’azienda.',
  },
  en: {
    ...CSV_TEXTS.en,
    noSeparator:
      'We did not recognise the column headings. The first line must hold the template headings (codice_fiscale; cognome; nome; …) separated by semicolons, as Excel saves “CSV (delimited)” in Italy.',
    empty: 'The file is empty or only has the heading: add at least one worker.',
    tooMany: `The file has more than ${WORKER_CSV_MAX_ROWS.toLocaleString('en-GB')} rows: split it into several files.`,
    badValue: (v: string, allowed: string) => `Value not recognised: “${v}”. Allowed values: ${allowed}.`,
    noUnits: 'The company has no sites yet: add a site before importing workers.',
    duplicateInFile: (line: number) => `Repeated codice fiscale: it also appears on line ${line}.`,
    alreadyRegistered: 'A worker with this codice fiscale is already in the company’s list.',
  },
} as const;

/** Which template column a field of the worker schema comes from (for error messages). */
const FIELD_COLUMN: Record<string, ColumnKey> = {
  codiceFiscale: 'codiceFiscale',
  lastName: 'lastName',
  firstName: 'firstName',
  productionUnitId: 'productionUnit',
  category: 'category',
  contractType: 'contractType',
  apprenticeType: 'apprenticeType',
  hireDate: 'hireDate',
  endDate: 'endDate',
  effectiveDaysAtUnit: 'effectiveDaysAtUnit',
  weeklyHours: 'weeklyHours',
  payBasis: 'payBasis',
  monthlyGlobalPay: 'pay',
  hourlyGlobalPay: 'pay',
  householdWithoutChildren: 'householdWithoutChildren',
};

function coded<K extends keyof typeof WORKER_CSV_VALUES>(column: K, value: string): string | null | undefined {
  const v = strip(value);
  if (!v) return undefined;
  const map = WORKER_CSV_VALUES[column] as Record<string, string>;
  return map[v] ?? null;
}

/**
 * A workers CSV read and checked, all but the check against the employer's own list: that needs
 * the database, which is asked once for every codice fiscale of the file (`codiciFiscali`), and
 * then `checkRegistered` gives the answer — so a file gets all its problems in one answer.
 */
export type WorkersCsvRead = {
  table: OpenedTable<ColumnKey>;
  locale: Locale;
  workers: ImportedWorker[];
  /** Each valid codice fiscale of the file with the first line it is on. */
  codiciFiscali: Map<string, number>;
};

/** Reads and validates a workers CSV for one employer (pure): every problem of every row but "already registered". */
export function readWorkersCsvRows(bytes: Uint8Array, options: { units: ImportUnit[]; locale?: Locale }): WorkersCsvRead {
  const locale = options.locale ?? 'it';
  const t = T[locale];
  const table = openTable(bytes, WORKER_CSV_COLUMNS, { unitCount: options.units.length, unitColumn: 'productionUnit', locale, maxRows: WORKER_CSV_MAX_ROWS, texts: t });
  const { issues, columnName } = table;
  const seen = new Map<string, number>();
  const read: WorkersCsvRead = { table, locale, workers: [], codiciFiscali: seen };
  if (issues.length) return read;

  const allowed = (column: keyof typeof WORKER_CSV_VALUES) => Object.keys(WORKER_CSV_VALUES[column]).join(', ');

  for (const { line, cell, issue: rowIssue } of tableRows(table, locale)) {
    const before = issues.length;

    // Coded columns: translate the Italian words to the schema's values, or say what is allowed.
    const codedValue = (key: 'category' | 'contractType' | 'apprenticeType' | 'payBasis') => {
      const value = coded(key, cell(key));
      if (value === null) rowIssue(key, t.badValue(cell(key), allowed(key)));
      return value ?? undefined;
    };
    const category = codedValue('category');
    const contractType = codedValue('contractType');
    const apprenticeType = codedValue('apprenticeType');
    const payBasis = codedValue('payBasis');

    // Site: by name, by comune name or by Belfiore code; the only site when there is one.
    const unit = matchUnit(options.units, cell('productionUnit'));
    const productionUnitId = 'id' in unit ? unit.id : undefined;
    if ('problem' in unit) rowIssue('productionUnit', unit.problem === 'missing' ? t.unitMissing : unit.problem === 'ambiguous' ? t.unitAmbiguous(cell('productionUnit')) : t.unitUnknown(cell('productionUnit')));

    const pay = cell('pay');
    const parsed = workerSchema.safeParse({
      codiceFiscale: cell('codiceFiscale'),
      lastName: cell('lastName'),
      firstName: cell('firstName'),
      productionUnitId: productionUnitId ?? 'unknown',
      category,
      contractType,
      apprenticeType: apprenticeType ?? null,
      hireDate: cell('hireDate'),
      endDate: cell('endDate'),
      effectiveDaysAtUnit: cell('effectiveDaysAtUnit'),
      weeklyHours: cell('weeklyHours'),
      payBasis,
      monthlyGlobalPay: payBasis === 'MONTHLY' ? pay : null,
      hourlyGlobalPay: payBasis === 'HOURLY' ? pay : null,
      householdWithoutChildren: cell('householdWithoutChildren'),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        const key = FIELD_COLUMN[field];
        // Coded columns already have a clearer message (with the allowed values).
        if (key && ['category', 'contractType', 'apprenticeType', 'payBasis'].includes(key) && issues.slice(before).some((i) => i.column === columnName(key))) continue;
        if (key === 'productionUnit') continue;
        issues.push({ line, column: key ? columnName(key) : null, message: translateValidationMessage(issue.message, locale) });
      }
    }

    // A valid codice fiscale already on an earlier line is said even when the row has other
    // problems, after them (and checkRegistered does the same for the employer's own list).
    const codiceFiscale = workerCodiceFiscale.safeParse(cell('codiceFiscale'));
    if (codiceFiscale.success) {
      const firstLineOf = seen.get(codiceFiscale.data);
      if (firstLineOf !== undefined) rowIssue('codiceFiscale', t.duplicateInFile(firstLineOf));
      else seen.set(codiceFiscale.data, line);
    }
    if (parsed.success && issues.length === before) read.workers.push({ ...parsed.data, line });
  }
  return read;
}

/**
 * The answer for a read file, given which of its codici fiscali the employer already has: each of
 * those is a problem of its row, listed with the row's other problems (issues stay in line order).
 */
export function checkRegistered(read: WorkersCsvRead, registered: Iterable<string>): WorkersCsvResult {
  const { table } = read;
  const known = new Set([...registered].map((cf) => cf.toUpperCase()));
  const found = [...read.codiciFiscali].filter(([cf]) => known.has(cf));
  if (found.length) {
    for (const [, line] of found) table.issues.push({ line, column: table.columnName('codiceFiscale'), message: T[read.locale].alreadyRegistered });
    // Stable: a row's problems keep their order, "already registered" after the others of its row.
    table.issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  }
  const { rows, ...rest } = tableResult(table, read.workers);
  return { ...rest, workers: rows };
}

/**
 * Reads and validates a workers CSV for one employer. `existingCodiciFiscali` are the workers
 * already registered (refused, like duplicates inside the file).
 */
export function readWorkersCsv(bytes: Uint8Array, options: { units: ImportUnit[]; existingCodiciFiscali?: Iterable<string>; locale?: Locale }): WorkersCsvResult {
  return checkRegistered(readWorkersCsvRows(bytes, options), options.existingCodiciFiscali ?? []);
}
