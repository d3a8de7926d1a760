import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { attachmentHeader, csvCell, italianDecimal, neutraliseFormula, toCsv } from './write';

describe('formula injection is neutralised in every exported cell (OWASP CSV injection)', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","clic")', `'=HYPERLINK("http://evil.example","clic")`],
    ['+39 0461 123456', `'+39 0461 123456`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1:A9)', `'@SUM(A1:A9)`],
    ['\t=1+1', `'\t=1+1`],
    ['\r=1+1', `'\r=1+1`],
  ])('a cell starting with a formula character gets a leading apostrophe: %j', (input, expected) => {
    expect(neutraliseFormula(input)).toBe(expected);
  });

  it.each(['Hotel Dolomiti S.r.l.', 'RSSMRA80A01L378X', '12,5', '2026-03-31', "L'Aquila", ' =not at start', 'a=b', ''])('leaves ordinary text alone: %j', (input) => {
    expect(neutraliseFormula(input)).toBe(input);
  });

  it('quotes after neutralising, so a dangerous cell containing the separator stays one text cell', () => {
    expect(csvCell('=1;2')).toBe(`"'=1;2"`);
    expect(csvCell('-"x"')).toBe(`"'-""x"""`);
  });

  it('a spreadsheet-style parser reads back every dangerous value as text starting with an apostrophe', () => {
    const nasty = ['=cmd|\' /C calc\'!A0', '+1', '-1', '@x', '\tx', '\rx', 'Rossi; "Mario"\nsecondo rigo'];
    const file = toCsv(['valore'], nasty.map((v) => [v]));
    const rows = parse(file.replace(/^\uFEFF/, ''), { delimiter: ';', relax_column_count: false }) as string[][];
    expect(rows.slice(1).map((r) => r[0])).toEqual(nasty.map((v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v)));
  });
});

describe('files for Italian spreadsheets', () => {
  it('start with a UTF-8 byte-order mark, separate with semicolons and end lines with CRLF', () => {
    const file = toCsv(['Ragione sociale', 'Settimane'], [['Caffè Però', '12,5'], [null, 3]]);
    expect(file).toBe('\uFEFFRagione sociale;Settimane\r\nCaffè Però;12,5\r\n;3\r\n');
  });

  it('write decimals with the comma and booleans as sì/no', () => {
    expect(italianDecimal('12.50')).toBe('12,50');
    expect(italianDecimal(null)).toBe('');
    expect(csvCell(true)).toBe('sì');
  });

  it('name downloads with an ASCII fallback and the UTF-8 name', () => {
    expect(attachmentHeader('radar-clienti 2026.csv')).toBe(`attachment; filename="radar-clienti_2026.csv"; filename*=UTF-8''radar-clienti%202026.csv`);
  });
});
