// CSV for download, readable by Italian Excel and LibreOffice as they open it by double-click:
// `;` between cells (Excel-it uses the comma as the decimal separator), UTF-8 with a byte-order
// mark (without it Excel reads accents as Windows-1252), CRLF line ends, RFC 4180 quoting.
//
// Formula injection (OWASP "CSV Injection"): a cell that begins with = + - @ tab or carriage
// return may be run as a formula by a spreadsheet. Such cells get a leading apostrophe, which the
// spreadsheet shows as text and does not evaluate. Company names and notes are typed by users, so
// every cell goes through this, numbers included (a negative number would become text: exports
// here only hold non-negative quantities).

export const CSV_SEPARATOR = ';';
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | boolean | null | undefined;

/** The cell as text that no spreadsheet evaluates. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function quote(value: string, separator: string): string {
  return value.includes('"') || value.includes(separator) || value.includes('\n') || value.includes('\r') ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvCell(value: CsvCell, separator = CSV_SEPARATOR): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'boolean' ? (value ? 'sì' : 'no') : String(value);
  return quote(neutraliseFormula(text), separator);
}

/** A whole file: header row, then one row per record. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>, options: { separator?: string; bom?: boolean } = {}): string {
  const separator = options.separator ?? CSV_SEPARATOR;
  const lines = [header, ...rows].map((row) => row.map((cell) => csvCell(cell, separator)).join(separator));
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}

/** Decimal strings with the Italian decimal comma ("12.50" → "12,50"), for spreadsheets in Italian. */
export function italianDecimal(value: string | null | undefined): string {
  return value == null ? '' : value.replace('.', ',');
}

/** Content-Disposition for a download with a safe ASCII file name (RFC 6266). */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.normalize('NFKD').replace(/[^\w.-]+/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
