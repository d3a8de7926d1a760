// What every CSV the product reads has in common (workers, monthly headcounts): Italian offices
// save from Excel either "CSV (delimitato dal separatore di elenco)" — `;` and Windows-1252 — or
// "CSV UTF-8" with a byte-order mark. Decoding, separator detection, parsing with line numbers and
// matching a production unit by name, comune or Belfiore code. Pure (no database, no file system).
import { parse } from 'csv-parse/sync';
import type { Locale } from '@/lib/i18n/config';

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

export type ImportUnit = { id: string; name: string; comuneName: string; comuneCode: string };

export type ImportIssue = {
  /** Line of the file (the heading is line 1); null for a problem with the whole file. */
  line: number | null;
  /** Column heading as written in the file; null for a problem with the whole row or file. */
  column: string | null;
  message: string;
};

/** Lower case, no accents, apostrophes and runs of spaces as one space: for comparing words. */
export const strip = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** A column heading compared loosely: `data_assunzione`, `Data assunzione` and `data-assunzione` match. */
export const headingKey = (s: string) => strip(s).replace(/[_\-.]+/g, ' ').trim();

const SEPARATORS: CsvSeparator[] = [';', ',', '\t'];
export const SEPARATOR_NAMES: Record<Locale, Record<CsvSeparator, string>> = {
  it: { ';': 'punto e virgola (;)', ',': 'virgola (,)', '\t': 'tabulazione' },
  en: { ';': 'semicolon (;)', ',': 'comma (,)', '\t': 'tab' },
};

/** The separator whose split of the heading line recognises the most template columns. */
export function detectSeparator(firstLine: string, isColumn: (heading: string) => boolean): { separator: CsvSeparator | null; recognised: number } {
  let best: { separator: CsvSeparator | null; recognised: number } = { separator: null, recognised: 0 };
  for (const sep of SEPARATORS) {
    const recognised = firstLine.split(sep).filter((h) => isColumn(h.replace(/^"|"$/g, ''))).length;
    if (recognised > best.recognised) best = { separator: sep, recognised };
  }
  return best;
}

export type CsvRecord = { record: string[]; info: { lines: number } };

/** A template column: its heading, the other headings people write for it, whether it must be there. */
export type CsvColumn<K extends string> = { key: K; header: string; aliases: readonly string[]; required: boolean };

/** The template column a heading names, if any (loose comparison, see headingKey). */
export function columnMatcher<K extends string>(columns: ReadonlyArray<CsvColumn<K>>): (heading: string) => K | null {
  return (heading) => {
    const h = headingKey(heading);
    for (const c of columns) if (headingKey(c.header) === h || c.aliases.some((a) => headingKey(a) === h)) return c.key;
    return null;
  };
}

/**
 * Where each template column is in the heading row, as written there. Unknown headings become
 * notes; a repeated or a missing required column is an issue (line and column).
 */
export function readHeading<K extends string>(heading: CsvRecord, columns: ReadonlyArray<CsvColumn<K>>, locale: Locale) {
  const t = CSV_TEXTS[locale];
  const match = columnMatcher(columns);
  const position = new Map<K, number>();
  const headingText = new Map<K, string>();
  const issues: ImportIssue[] = [];
  const notes: string[] = [];
  heading.record.forEach((h, i) => {
    const key = match(h);
    if (!key) {
      if (h) notes.push(t.unknownColumn(h));
      return;
    }
    if (position.has(key)) issues.push({ line: heading.info.lines, column: h, message: t.duplicateColumn(h) });
    position.set(key, i);
    headingText.set(key, h);
  });
  for (const c of columns) {
    if (c.required && !position.has(c.key)) issues.push({ line: heading.info.lines, column: c.header, message: t.missingColumn(c.header) });
  }
  const columnName = (key: K) => headingText.get(key) ?? columns.find((c) => c.key === key)!.header;
  return { position, columnName, issues, notes };
}

/** Every row with the line it ends on (quoted cells may span lines), or why the file cannot be read. */
export function parseRecords(text: string, separator: CsvSeparator): { records: CsvRecord[] } | { error: string } {
  try {
    const records = parse(text, { delimiter: separator, relax_column_count: true, skip_empty_lines: true, info: true, trim: true, relax_quotes: true }) as unknown as CsvRecord[];
    return { records };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The production unit a cell names: by name, else by comune name or Belfiore code; an empty cell
 * is the only unit when there is one.
 */
export function matchUnit(units: readonly ImportUnit[], text: string): { id: string } | { problem: 'missing' | 'unknown' | 'ambiguous' } {
  const wanted = strip(text);
  if (!wanted) return units.length === 1 ? { id: units[0]!.id } : { problem: 'missing' };
  const byName = units.filter((u) => strip(u.name) === wanted);
  const byPlace = units.filter((u) => strip(u.comuneName) === wanted || u.comuneCode.toLowerCase() === wanted);
  const matches = byName.length ? byName : byPlace;
  if (matches.length === 1) return { id: matches[0]!.id };
  return { problem: matches.length ? 'ambiguous' : 'unknown' };
}

export type OpenedTable<K extends string> = {
  encoding: CsvEncoding;
  separator: CsvSeparator | null;
  notes: string[];
  /** Problems with the file as a whole or its heading; when any, `rows` is empty. */
  issues: ImportIssue[];
  /** Data rows with at least one filled cell, with their line numbers. */
  rows: CsvRecord[];
  headingLength: number;
  position: Map<K, number>;
  columnName: (key: K) => string;
};

/**
 * Everything before the rows themselves, the same for every import: decode, find the separator
 * from the heading, parse, map the heading to the template's columns, and refuse files without
 * units to attach rows to, without rows, with too many rows, or without the `sede` column when
 * the company has several units. `texts` are the messages that name what the file should hold.
 */
export function openTable<K extends string>(
  bytes: Uint8Array,
  columns: ReadonlyArray<CsvColumn<K>>,
  opts: { unitCount: number; unitColumn: K; locale: Locale; maxRows: number; texts: { noSeparator: string; noUnits: string; empty: string; tooMany: string } },
): OpenedTable<K> {
  const t = CSV_TEXTS[opts.locale];
  const { text, encoding } = decodeCsv(bytes);
  const match = columnMatcher(columns);
  const table: OpenedTable<K> = { encoding, separator: null, notes: [t.encoding[encoding]], issues: [], rows: [], headingLength: 0, position: new Map(), columnName: (k) => k };
  const fail = (line: number | null, message: string) => {
    table.issues.push({ line, column: null, message });
    table.rows = [];
    return table;
  };
  const { separator } = detectSeparator(text.split(/\r\n|\n|\r/, 1)[0] ?? '', (h) => match(h) !== null);
  if (!separator) return fail(1, opts.texts.noSeparator);
  table.separator = separator;
  table.notes.push(t.separator(SEPARATOR_NAMES[opts.locale][separator]));
  if (separator === ',') table.notes.push(t.commaDecimals);
  if (opts.unitCount === 0) return fail(null, opts.texts.noUnits);
  const parsed = parseRecords(text, separator);
  if ('error' in parsed) return fail(null, t.parse(parsed.error));
  const [heading, ...records] = parsed.records;
  if (!heading) return fail(null, opts.texts.empty);
  const head = readHeading(heading, columns, opts.locale);
  Object.assign(table, { position: head.position, columnName: head.columnName, headingLength: heading.record.length });
  table.notes.push(...head.notes);
  table.issues.push(...head.issues);
  if (opts.unitCount > 1 && !head.position.has(opts.unitColumn)) table.issues.push({ line: heading.info.lines, column: head.columnName(opts.unitColumn), message: t.unitMissing });
  if (table.issues.length) return table;
  table.rows = records.filter((r) => r.record.some((c) => c !== ''));
  if (table.rows.length === 0) return fail(null, opts.texts.empty);
  if (table.rows.length > opts.maxRows) return fail(null, opts.texts.tooMany);
  return table;
}

/** What a reader answers: the rows only when the file has no problem at all; `ok` when it can be imported (no problem, at least one row). */
export type CsvReadResult<R> = {
  encoding: CsvEncoding;
  separator: CsvSeparator | null;
  /** Plain-language notes on how the file was read (shown above the preview). */
  notes: string[];
  rows: R[];
  issues: ImportIssue[];
  ok: boolean;
};

/** The answer for an opened table and the rows read from it (all or nothing). */
export function tableResult<K extends string, R>(table: OpenedTable<K>, rows: R[]): CsvReadResult<R> {
  const { encoding, separator, notes, issues } = table;
  return { encoding, separator, notes, rows: issues.length ? [] : rows, issues, ok: issues.length === 0 && rows.length > 0 };
}

export type TableRow<K extends string> = {
  line: number;
  /** The row's cell in a template column; '' when the file has no such column. */
  cell: (key: K) => string;
  /** Adds a problem with one of the row's cells to the table's issues (named by the file's heading). */
  issue: (key: K, message: string) => void;
};

/**
 * The data rows of an opened table, in order, each with its line, its cells by template column and
 * a way to report a problem in one of them. A row with more or fewer cells than the heading is
 * reported whole (separators or quotes are off) and skipped.
 */
export function* tableRows<K extends string>(table: OpenedTable<K>, locale: Locale): Generator<TableRow<K>> {
  const t = CSV_TEXTS[locale];
  for (const { record, info } of table.rows) {
    const line = info.lines;
    if (record.length !== table.headingLength) {
      table.issues.push({ line, column: null, message: t.columnCount(record.length, table.headingLength) });
      continue;
    }
    yield {
      line,
      cell: (key) => {
        const i = table.position.get(key);
        return i === undefined ? '' : (record[i] ?? '');
      },
      issue: (key, message) => table.issues.push({ line, column: table.columnName(key), message }),
    };
  }
}

/** Messages every CSV import gives, about the file rather than about its kind of rows. */
export const CSV_TEXTS = {
  it: {
    encoding: {
      'UTF-8': 'Codifica del file: UTF-8.',
      'UTF-8-BOM': 'Codifica del file: UTF-8 con BOM (il formato «CSV UTF-8» di Excel).',
      'UTF-16LE': 'Codifica del file: UTF-16 («Testo Unicode» di Excel).',
      'WINDOWS-1252':
        'Codifica del file: Windows-1252 (il «CSV delimitato» di Excel su Windows). Il file non era UTF-8 valido: lettere accentate e simbolo € sono stati letti con questa codifica; controlla i nomi nell’anteprima.',
    } satisfies Record<CsvEncoding, string>,
    separator: (s: string) => `Separatore di colonna rilevato: ${s}.`,
    commaDecimals: 'Il file usa la virgola come separatore di colonna: i numeri decimali devono usare il punto (37.5) oppure stare tra virgolette ("37,5").',
    missingColumn: (h: string) => `Manca la colonna «${h}» nell’intestazione.`,
    unknownColumn: (h: string) => `La colonna «${h}» non fa parte del modello ed è stata ignorata.`,
    duplicateColumn: (h: string) => `La colonna «${h}» compare due volte nell’intestazione.`,
    columnCount: (n: number, expected: number) => `La riga ha ${n} colonne invece di ${expected}: controlla separatori e virgolette.`,
    unitMissing: 'Indica la sede: l’azienda ha più di una sede.',
    unitUnknown: (v: string) => `La sede «${v}» non è tra le sedi dell’azienda: scrivi il nome della sede o il suo comune.`,
    unitAmbiguous: (v: string) => `«${v}» corrisponde a più sedi: scrivi il nome esatto della sede.`,
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
    commaDecimals: 'The file uses commas between columns: decimal numbers must use a dot (37.5) or be quoted ("37,5").',
    missingColumn: (h: string) => `Column “${h}” is missing from the heading.`,
    unknownColumn: (h: string) => `Column “${h}” is not in the template and was ignored.`,
    duplicateColumn: (h: string) => `Column “${h}” appears twice in the heading.`,
    columnCount: (n: number, expected: number) => `The row has ${n} columns instead of ${expected}: check separators and quotes.`,
    unitMissing: 'Give the site: the company has more than one site.',
    unitUnknown: (v: string) => `Site “${v}” is not one of the company’s sites: write the site’s name or its municipality.`,
    unitAmbiguous: (v: string) => `“${v}” matches several sites: write the exact site name.`,
    parse: (detail: string) => `The file is not a readable CSV: ${detail}`,
  },
} as const;
