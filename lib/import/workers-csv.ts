// Reading a CSV of workers as Italian offices produce it (docs/csv/lavoratori.md): Excel's "CSV
// (delimitato dal separatore di elenco)" uses ";" and writes Windows-1252, or UTF-8 with a BOM
// ("CSV UTF-8"). The file is decoded, its separator detected, and every row validated with the
// same zod schema as the worker form. The result is all or nothing: any error refuses the file,
// with the line and column of each problem. Pure (no database, no file system): the employer's
// import and the consultant's bulk import both use it, and so do unit tests.
import { parse } from 'csv-parse/sync';
import type { Locale } from '@/lib/i18n/config';
import { translateValidationMessage } from '@/lib/schemas/messages';
import { WORKER_CSV_MAX_ROWS, workerSchema, type WorkerData } from '@/lib/schemas/workers';

export type CsvEncoding = 'UTF-8' | 'UTF-8-BOM' | 'UTF-16LE' | 'WINDOWS-1252';
export type CsvSeparator = ';' | ',' | '\t';

export type DecodedCsv = { text: string; encoding: CsvEncoding };

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. Decoded by hand: Node's TextDecoder treats
// "windows-1252" as Latin-1 (it would turn € into U+0080), browsers do not; this gives both the same.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  return out;
}

/**
 * Decodes the bytes: a UTF-8 or UTF-16 byte-order mark decides; otherwise valid UTF-8 is UTF-8,
 * and anything else is read as Windows-1252 (what Excel writes on Italian Windows).
 */
export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8-BOM' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'WINDOWS-1252' };
  }
}

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

export type ImportUnit = { id: string; name: string; comuneName: string; comuneCode: string };

export type ImportIssue = {
  /** Line of the file (the heading is line 1); null for a problem with the whole file. */
  line: number | null;
  /** Column heading as written in the file; null for a problem with the whole row or file. */
  column: string | null;
  message: string;
};

export type ImportedWorker = WorkerData & { line: number };

export type WorkersCsvResult = {
  encoding: CsvEncoding;
  separator: CsvSeparator | null;
  /** Plain-language notes on how the file was read (shown above the preview). */
  notes: string[];
  workers: ImportedWorker[];
  issues: ImportIssue[];
  /** True when every row is valid and there is at least one: the file can be imported. */
  ok: boolean;
};

const strip = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const headingKey = (s: string) => strip(s).replace(/[_\-.]+/g, ' ').trim();

function matchColumn(heading: string): ColumnKey | null {
  const h = headingKey(heading);
  for (const c of WORKER_CSV_COLUMNS) {
    if (headingKey(c.header) === h || c.aliases.some((a) => headingKey(a) === h)) return c.key;
  }
  return null;
}

const SEPARATORS: CsvSeparator[] = [';', ',', '\t'];
const SEPARATOR_NAMES: Record<Locale, Record<CsvSeparator, string>> = {
  it: { ';': 'punto e virgola (;)', ',': 'virgola (,)', '\t': 'tabulazione' },
  en: { ';': 'semicolon (;)', ',': 'comma (,)', '\t': 'tab' },
};

/** The separator whose split of the heading line recognises the most template columns. */
function detectSeparator(firstLine: string): { separator: CsvSeparator | null; recognised: number } {
  let best: { separator: CsvSeparator | null; recognised: number } = { separator: null, recognised: 0 };
  for (const sep of SEPARATORS) {
    const recognised = firstLine.split(sep).filter((h) => matchColumn(h.replace(/^"|"$/g, '')) !== null).length;
    if (recognised > best.recognised) best = { separator: sep, recognised };
  }
  return best;
}

const T = {
  it: {
    encoding: {
      'UTF-8': 'Codifica del file: UTF-8.',
      'UTF-8-BOM': 'Codifica del file: UTF-8 con BOM (il formato «CSV UTF-8» di Excel).',
      'UTF-16LE': 'Codifica del file: UTF-16 («Testo Unicode» di Excel).',
      'WINDOWS-1252':
        'Codifica del file: Windows-1252 (il «CSV delimitato» di Excel su Windows). Il file non era UTF-8 valido: lettere accentate e simbolo € sono stati letti con questa codifica; controlla i nomi nell’anteprima.',
    } satisfies Record<CsvEncoding, string>,
    separator: (s: string) => `Separatore di colonna rilevato: ${s}.`,
    noSeparator:
      'Non abbiamo riconosciuto le intestazioni delle colonne. Il file deve avere nella prima riga le intestazioni del modello (codice_fiscale; cognome; nome; …) separate da punto e virgola, come le salva Excel con «CSV (delimitato dal separatore di elenco)».',
    commaDecimals: 'Il file usa la virgola come separatore di colonna: i numeri decimali devono usare il punto (37.5) oppure stare tra virgolette ("37,5").',
    empty: 'Il file è vuoto oppure contiene solo l’intestazione: aggiungi almeno un lavoratore.',
    tooMany: `Il file ha più di ${WORKER_CSV_MAX_ROWS.toLocaleString('it-IT')} righe: dividilo in più file.`,
    missingColumn: (h: string) => `Manca la colonna «${h}» nell’intestazione.`,
    unknownColumn: (h: string) => `La colonna «${h}» non fa parte del modello ed è stata ignorata.`,
    duplicateColumn: (h: string) => `La colonna «${h}» compare due volte nell’intestazione.`,
    columnCount: (n: number, expected: number) => `La riga ha ${n} colonne invece di ${expected}: controlla separatori e virgolette.`,
    badValue: (v: string, allowed: string) => `Valore non riconosciuto: «${v}». Valori ammessi: ${allowed}.`,
    unitMissing: 'Indica la sede: l’azienda ha più di una sede.',
    unitUnknown: (v: string) => `La sede «${v}» non è tra le sedi dell’azienda: scrivi il nome della sede o il suo comune.`,
    unitAmbiguous: (v: string) => `«${v}» corrisponde a più sedi: scrivi il nome esatto della sede.`,
    noUnits: 'L’azienda non ha ancora sedi: aggiungi una sede prima di importare i lavoratori.',
    duplicateInFile: (line: number) => `Codice fiscale ripetuto: compare anche alla riga ${line}.`,
    alreadyRegistered: 'Il lavoratore con questo codice fiscale è già nell’elenco dell’azienda.',
    parse: (detail: string) => `Il file non è un CSV leggibile: ${detail}`,
  },
  en: {
    encoding: {
      'UTF-8': 'File encoding: UTF-8.',
      'UTF-8-BOM': 'File encoding: UTF-8 with BOM (Excel’s “CSV UTF-8”).',
      'UTF-16LE': 'File encoding: UTF-16 (Excel’s “Unicode text”).',
      'WINDOWS-1252':
        'File encoding: Windows-1252 (Excel’s “CSV (delimited)” on Windows). The file was not valid UTF-8: accented letters and the € sign were read with this encoding; check the names in the preview.',
    } satisfies Record<CsvEncoding, string>,
    separator: (s: string) => `Column separator detected: ${s}.`,
    noSeparator:
      'We did not recognise the column headings. The first line must hold the template headings (codice_fiscale; cognome; nome; …) separated by semicolons, as Excel saves “CSV (delimited)” in Italy.',
    commaDecimals: 'The file uses commas between columns: decimal numbers must use a dot (37.5) or be quoted ("37,5").',
    empty: 'The file is empty or only has the heading: add at least one worker.',
    tooMany: `The file has more than ${WORKER_CSV_MAX_ROWS.toLocaleString('en-GB')} rows: split it into several files.`,
    missingColumn: (h: string) => `Column “${h}” is missing from the heading.`,
    unknownColumn: (h: string) => `Column “${h}” is not in the template and was ignored.`,
    duplicateColumn: (h: string) => `Column “${h}” appears twice in the heading.`,
    columnCount: (n: number, expected: number) => `The row has ${n} columns instead of ${expected}: check separators and quotes.`,
    badValue: (v: string, allowed: string) => `Value not recognised: “${v}”. Allowed values: ${allowed}.`,
    unitMissing: 'Give the site: the company has more than one site.',
    unitUnknown: (v: string) => `Site “${v}” is not one of the company’s sites: write the site’s name or its municipality.`,
    unitAmbiguous: (v: string) => `“${v}” matches several sites: write the exact site name.`,
    noUnits: 'The company has no sites yet: add a site before importing workers.',
    duplicateInFile: (line: number) => `Repeated codice fiscale: it also appears on line ${line}.`,
    alreadyRegistered: 'A worker with this codice fiscale is already in the company’s list.',
    parse: (detail: string) => `The file is not a readable CSV: ${detail}`,
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
 * Reads and validates a workers CSV for one employer. `existingCodiciFiscali` are the workers
 * already registered (duplicates are refused, like duplicates inside the file).
 */
export function readWorkersCsv(
  bytes: Uint8Array,
  options: { units: ImportUnit[]; existingCodiciFiscali?: Iterable<string>; locale?: Locale },
): WorkersCsvResult {
  const locale = options.locale ?? 'it';
  const t = T[locale];
  const { text, encoding } = decodeCsv(bytes);
  const notes: string[] = [t.encoding[encoding]];
  const issues: ImportIssue[] = [];
  const result = (workers: ImportedWorker[], separator: CsvSeparator | null): WorkersCsvResult => ({
    encoding,
    separator,
    notes,
    workers: issues.length ? [] : workers,
    issues,
    ok: issues.length === 0 && workers.length > 0,
  });

  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const { separator } = detectSeparator(firstLine);
  if (!separator) {
    issues.push({ line: 1, column: null, message: t.noSeparator });
    return result([], null);
  }
  notes.push(t.separator(SEPARATOR_NAMES[locale][separator]));
  if (separator === ',') notes.push(t.commaDecimals);
  if (options.units.length === 0) {
    issues.push({ line: null, column: null, message: t.noUnits });
    return result([], separator);
  }

  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, { delimiter: separator, relax_column_count: true, skip_empty_lines: true, info: true, trim: true, relax_quotes: true }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (error) {
    issues.push({ line: null, column: null, message: t.parse(error instanceof Error ? error.message : String(error)) });
    return result([], separator);
  }
  const [heading, ...rows] = records;
  if (!heading) {
    issues.push({ line: null, column: null, message: t.empty });
    return result([], separator);
  }

  // Heading → column positions.
  const position = new Map<ColumnKey, number>();
  const headingText = new Map<ColumnKey, string>();
  heading.record.forEach((h, i) => {
    const key = matchColumn(h);
    if (!key) {
      if (h) notes.push(t.unknownColumn(h));
      return;
    }
    if (position.has(key)) issues.push({ line: heading.info.lines, column: h, message: t.duplicateColumn(h) });
    position.set(key, i);
    headingText.set(key, h);
  });
  for (const c of WORKER_CSV_COLUMNS) {
    if (c.required && !position.has(c.key)) issues.push({ line: heading.info.lines, column: c.header, message: t.missingColumn(c.header) });
  }
  if (options.units.length > 1 && !position.has('productionUnit')) issues.push({ line: heading.info.lines, column: 'sede', message: t.unitMissing });
  if (issues.length) return result([], separator);
  if (rows.filter((r) => r.record.some((c) => c !== '')).length === 0) {
    issues.push({ line: null, column: null, message: t.empty });
    return result([], separator);
  }
  if (rows.length > WORKER_CSV_MAX_ROWS) {
    issues.push({ line: null, column: null, message: t.tooMany });
    return result([], separator);
  }

  const columnName = (key: ColumnKey) => headingText.get(key) ?? WORKER_CSV_COLUMNS.find((c) => c.key === key)!.header;
  const existing = new Set([...(options.existingCodiciFiscali ?? [])].map((cf) => cf.toUpperCase()));
  const seen = new Map<string, number>();
  const workers: ImportedWorker[] = [];
  const allowed = (column: keyof typeof WORKER_CSV_VALUES) => Object.keys(WORKER_CSV_VALUES[column]).join(', ');

  for (const { record, info } of rows) {
    if (record.every((c) => c === '')) continue;
    const line = info.lines;
    if (record.length !== heading.record.length) {
      issues.push({ line, column: null, message: t.columnCount(record.length, heading.record.length) });
      continue;
    }
    const cell = (key: ColumnKey) => {
      const i = position.get(key);
      return i === undefined ? '' : (record[i] ?? '');
    };
    const rowIssue = (key: ColumnKey, message: string) => issues.push({ line, column: columnName(key), message });
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
    let productionUnitId: string | undefined;
    const unitText = strip(cell('productionUnit'));
    if (!unitText) {
      if (options.units.length === 1) productionUnitId = options.units[0]!.id;
      else rowIssue('productionUnit', t.unitMissing);
    } else {
      const byName = options.units.filter((u) => strip(u.name) === unitText);
      const byPlace = options.units.filter((u) => strip(u.comuneName) === unitText || u.comuneCode.toLowerCase() === unitText);
      const matches = byName.length ? byName : byPlace;
      if (matches.length === 1) productionUnitId = matches[0]!.id;
      else rowIssue('productionUnit', matches.length ? t.unitAmbiguous(cell('productionUnit')) : t.unitUnknown(cell('productionUnit')));
    }

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
      continue;
    }
    if (issues.length > before) continue;
    const cf = parsed.data.codiceFiscale;
    const firstLineOf = seen.get(cf);
    if (firstLineOf !== undefined) {
      rowIssue('codiceFiscale', t.duplicateInFile(firstLineOf));
      continue;
    }
    seen.set(cf, line);
    if (existing.has(cf)) {
      rowIssue('codiceFiscale', t.alreadyRegistered);
      continue;
    }
    workers.push({ ...parsed.data, line });
  }
  return result(workers, separator);
}
