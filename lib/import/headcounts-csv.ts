// Reading a CSV of monthly headcounts (docs/csv/dipendenti-mensili.md): for each production unit
// and month, the employees in force (heads, for the 75 % test, digest A-6) and how many of them
// are part-time with their weekly hours (size units, B-2). Every row is validated with the same
// zod schema as the headcounts form (lib/schemas/headcounts.ts); the file is all or nothing, with
// the line and column of each problem. Pure: decoding and parsing come from csv-core.ts.
import type { Locale } from '@/lib/i18n/config';
import { decimalField } from '@/lib/schemas/fields';
import { headcountRowSchema } from '@/lib/schemas/headcounts';
import { translateValidationMessage } from '@/lib/schemas/messages';
import { CSV_TEXTS, matchUnit, openTable, strip, tableResult, tableRows, type CsvReadResult, type ImportUnit } from './csv-core';

export const HEADCOUNT_CSV_MAX_ROWS = 5_000;
/** A full-timer's weekly hours when the file has no `orario_pieno` column. */
export const DEFAULT_FULL_TIME_HOURS = '40';

export const HEADCOUNT_CSV_COLUMNS = [
  { key: 'productionUnit', header: 'sede', aliases: ['unita produttiva', 'unita_produttiva', 'sede di lavoro'], required: false },
  { key: 'month', header: 'mese', aliases: ['mese di riferimento', 'periodo'], required: true },
  { key: 'heads', header: 'dipendenti', aliases: ['numero dipendenti', 'dipendenti in forza', 'organico'], required: true },
  { key: 'partTimeHeads', header: 'part_time', aliases: ['di cui part time', 'dipendenti part time', 'part time'], required: false },
  { key: 'partTimeHours', header: 'ore_part_time', aliases: ['ore settimanali part time', 'ore part time'], required: false },
  { key: 'fullTimeWeeklyHours', header: 'orario_pieno', aliases: ['orario tempo pieno', 'ore tempo pieno', 'orario settimanale pieno'], required: false },
] as const;
type ColumnKey = (typeof HEADCOUNT_CSV_COLUMNS)[number]['key'];

export type ImportedHeadcount = {
  line: number;
  productionUnitId: string;
  /** YYYY-MM */
  month: string;
  heads: number;
  partTimeHeads: number;
  partTimeHours: string;
  fullTimeWeeklyHours: string;
};

export type HeadcountsCsvResult = CsvReadResult<ImportedHeadcount>;

const T = {
  it: {
    ...CSV_TEXTS.it,
    noSeparator:
      'Non abbiamo riconosciuto le intestazioni delle colonne. Il file deve avere nella prima riga le intestazioni del modello (sede; mese; dipendenti; part_time; ore_part_time; orario_pieno) separate da punto e virgola, come le salva Excel con «CSV (delimitato dal separatore di elenco)».',
    empty: 'Il file è vuoto oppure contiene solo l’intestazione: aggiungi almeno un mese.',
    tooMany: `Il file ha più di ${HEADCOUNT_CSV_MAX_ROWS.toLocaleString('it-IT')} righe: dividilo in più file.`,
    noUnits: 'L’azienda non ha ancora sedi: aggiungi una sede prima di importare i dipendenti mensili.',
    month: (v: string) => `Mese non riconosciuto: «${v}». Scrivi il mese come 2026-01, 01/2026 oppure gen-26.`,
    future: (v: string) => `Il mese ${v} non è ancora iniziato: si registrano solo mesi passati o in corso.`,
    duplicateInFile: (line: number) => `Questa sede e questo mese compaiono anche alla riga ${line}.`,
    defaultFullTime: `Il file non ha la colonna «orario_pieno»: l’orario settimanale a tempo pieno è stato considerato di ${DEFAULT_FULL_TIME_HOURS} ore.`,
  },
  en: {
    ...CSV_TEXTS.en,
    noSeparator:
      'We did not recognise the column headings. The first line must hold the template headings (sede; mese; dipendenti; part_time; ore_part_time; orario_pieno) separated by semicolons, as Excel saves “CSV (delimited)” in Italy.',
    empty: 'The file is empty or only has the heading: add at least one month.',
    tooMany: `The file has more than ${HEADCOUNT_CSV_MAX_ROWS.toLocaleString('en-GB')} rows: split it into several files.`,
    noUnits: 'The company has no sites yet: add a site before importing monthly headcounts.',
    month: (v: string) => `Month not recognised: “${v}”. Write the month as 2026-01, 01/2026 or gen-26.`,
    future: (v: string) => `Month ${v} has not started yet: only past or current months are recorded.`,
    duplicateInFile: (line: number) => `This site and month also appear on line ${line}.`,
    defaultFullTime: `The file has no “orario_pieno” column: a full-timer’s weekly hours were taken as ${DEFAULT_FULL_TIME_HOURS}.`,
  },
} as const;


const MONTHS_IT = ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'];
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A month as people (and Excel) write it: 2026-01, 01/2026, 1-2026, 01/01/2026 (a date: its
 * month), gen-26 / gennaio 2026 (what Italian Excel shows after turning "2026-01" into a date).
 */
export function readMonth(raw: string): string | null {
  const text = strip(raw);
  let m = /^(\d{4})[-/.](\d{1,2})$/.exec(text);
  if (m) return +m[2]! >= 1 && +m[2]! <= 12 ? `${m[1]}-${pad(+m[2]!)}` : null;
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) return +m[1]! >= 1 && +m[1]! <= 12 ? `${m[2]}-${pad(+m[1]!)}` : null;
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (m) return +m[2]! >= 1 && +m[2]! <= 12 && +m[1]! >= 1 && +m[1]! <= 31 ? `${m[3]}-${pad(+m[2]!)}` : null;
  m = /^([a-z]{3})[a-z]*[-\s/.]+(\d{2}|\d{4})$/.exec(text);
  if (m) {
    const index = MONTHS_IT.indexOf(m[1]!);
    if (index < 0) return null;
    const year = m[2]!.length === 2 ? 2000 + +m[2]! : +m[2]!;
    return `${year}-${pad(index + 1)}`;
  }
  return null;
}

const fullTimeHours = decimalField('headcount.fullTimeWeeklyHours', { decimals: 2, min: 1, max: 60 });

/**
 * Reads and validates a headcounts CSV for one employer's active units. `currentMonth` (YYYY-MM)
 * bounds the months: a month that has not started cannot have a headcount yet.
 */
export function readHeadcountsCsv(bytes: Uint8Array, options: { units: ImportUnit[]; currentMonth: string; locale?: Locale }): HeadcountsCsvResult {
  const locale = options.locale ?? 'it';
  const t = T[locale];
  const table = openTable(bytes, HEADCOUNT_CSV_COLUMNS, { unitCount: options.units.length, unitColumn: 'productionUnit', locale, maxRows: HEADCOUNT_CSV_MAX_ROWS, texts: t });
  const { issues, position } = table;
  if (issues.length) return tableResult(table, []);
  if (!position.has('fullTimeWeeklyHours')) table.notes.push(t.defaultFullTime);

  const seen = new Map<string, number>();
  const rows: ImportedHeadcount[] = [];

  for (const { line, cell, issue: rowIssue } of tableRows(table, locale)) {
    const before = issues.length;

    const unit = matchUnit(options.units, cell('productionUnit'));
    if ('problem' in unit) rowIssue('productionUnit', unit.problem === 'missing' ? t.unitMissing : unit.problem === 'ambiguous' ? t.unitAmbiguous(cell('productionUnit')) : t.unitUnknown(cell('productionUnit')));

    const month = readMonth(cell('month'));
    if (!month) rowIssue('month', t.month(cell('month')));
    else if (month > options.currentMonth) rowIssue('month', t.future(month));

    const fullTime = position.has('fullTimeWeeklyHours') ? fullTimeHours.safeParse(cell('fullTimeWeeklyHours')) : { success: true as const, data: DEFAULT_FULL_TIME_HOURS };
    if (!fullTime.success) rowIssue('fullTimeWeeklyHours', translateValidationMessage(fullTime.error.issues[0]!.message, locale));

    // The form's own schema for the figures of a month.
    const parsed = headcountRowSchema.safeParse({ month: month ?? '2000-01', heads: cell('heads'), partTimeHeads: cell('partTimeHeads'), partTimeHours: cell('partTimeHours') });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'heads');
        const key: ColumnKey = field === 'partTimeHeads' || field === 'partTimeHours' ? field : 'heads';
        rowIssue(key, translateValidationMessage(issue.message, locale));
      }
      continue;
    }
    if (parsed.data === null) {
      rowIssue('heads', translateValidationMessage('headcount.heads.required', locale));
      continue;
    }
    if (issues.length > before || !('id' in unit) || !month || !fullTime.success) continue;
    const key = `${unit.id}|${month}`;
    const first = seen.get(key);
    if (first !== undefined) {
      rowIssue('month', t.duplicateInFile(first));
      continue;
    }
    seen.set(key, line);
    rows.push({ line, productionUnitId: unit.id, month, heads: parsed.data.heads, partTimeHeads: parsed.data.partTimeHeads, partTimeHours: parsed.data.partTimeHours, fullTimeWeeklyHours: fullTime.data });
  }
  return tableResult(table, rows);
}
