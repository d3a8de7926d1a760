import { describe, expect, it } from 'vitest';
import type { ImportUnit } from './csv-core';
import { readHeadcountsCsv, readMonth } from './headcounts-csv';

const units: ImportUnit[] = [
  { id: 'u1', name: 'Albergo Città di Trento', comuneName: 'Trento', comuneCode: 'L378' },
  { id: 'u2', name: 'Negozio di Rovereto', comuneName: 'Rovereto', comuneCode: 'H612' },
];
const one = [units[0]!];
const utf8 = (text: string) => new TextEncoder().encode(text);
const bom = (text: string) => Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]);
/** Windows-1252 bytes for the characters these tests use (ASCII plus à è é ì ò ù). */
const cp1252 = (text: string) => Uint8Array.from([...text].map((c) => ({ à: 0xe0, è: 0xe8, é: 0xe9, ì: 0xec, ò: 0xf2, ù: 0xf9 })[c] ?? c.charCodeAt(0)));
const read = (bytes: Uint8Array, u = units) => readHeadcountsCsv(bytes, { units: u, currentMonth: '2026-03' });

describe('reading months as people and Excel write them', () => {
  it.each([
    ['2026-01', '2026-01'],
    ['01/2026', '2026-01'],
    ['1-2026', '2026-01'],
    ['15/01/2026', '2026-01'],
    ['gen-26', '2026-01'],
    ['Gennaio 2026', '2026-01'],
    ['dic-25', '2025-12'],
    ['2026-13', null],
    ['jan-26', null],
    ['', null],
  ])('%j → %j', (raw, expected) => {
    expect(readMonth(raw)).toBe(expected);
  });
});

describe('a valid file', () => {
  it('Excel "CSV UTF-8" with semicolons: months of two sites, part-timers with their hours, the full-time week from the file', () => {
    const r = read(
      bom('sede;mese;dipendenti;part_time;ore_part_time;orario_pieno\r\nAlbergo Città di Trento;2026-01;4;1;20;40\r\nRovereto;01/2026;3;;;38,5\r\nL378;dic-25;4;0;0;40\r\n'),
    );
    expect(r.issues).toEqual([]);
    expect(r.ok).toBe(true);
    expect([r.encoding, r.separator]).toEqual(['UTF-8-BOM', ';']);
    expect(r.rows).toEqual([
      { line: 2, productionUnitId: 'u1', month: '2026-01', heads: 4, partTimeHeads: 1, partTimeHours: '20', fullTimeWeeklyHours: '40' },
      { line: 3, productionUnitId: 'u2', month: '2026-01', heads: 3, partTimeHeads: 0, partTimeHours: '0', fullTimeWeeklyHours: '38.5' },
      { line: 4, productionUnitId: 'u1', month: '2025-12', heads: 4, partTimeHeads: 0, partTimeHours: '0', fullTimeWeeklyHours: '40' },
    ]);
  });

  it('Excel "CSV (delimitato)" on Italian Windows: Windows-1252, said in the notes; 40 hours by default', () => {
    const r = read(cp1252('Unità produttiva;Mese;Dipendenti;Di cui part time;Ore part time\nAlbergo Città di Trento;2026-02;5;2;45\n'), one);
    expect(r.ok).toBe(true);
    expect(r.encoding).toBe('WINDOWS-1252');
    expect(r.notes.join(' ')).toContain('Windows-1252');
    expect(r.notes.join(' ')).toContain('considerato di 40 ore');
    expect(r.rows).toEqual([{ line: 2, productionUnitId: 'u1', month: '2026-02', heads: 5, partTimeHeads: 2, partTimeHours: '45', fullTimeWeeklyHours: '40' }]);
  });

  it('a company with one site needs no sede column', () => {
    const r = read(utf8('mese;dipendenti\n2026-02;5\n'), one);
    expect(r.rows).toEqual([{ line: 2, productionUnitId: 'u1', month: '2026-02', heads: 5, partTimeHeads: 0, partTimeHours: '0', fullTimeWeeklyHours: '40' }]);
  });

  it('a comma-separated file with quoted decimals', () => {
    const r = read(utf8('sede,mese,dipendenti,part_time,ore_part_time\nTrento,2026-01,4,1,"17,5"\n'));
    expect(r.ok).toBe(true);
    expect(r.separator).toBe(',');
    expect(r.rows[0]).toMatchObject({ partTimeHours: '17.5' });
  });
});

describe('bad input is refused whole, with line and column', () => {
  it('an unknown separator (or no template heading) says what the first line must hold', () => {
    const r = read(utf8('sede|mese|dipendenti\nTrento|2026-01|4\n'));
    expect(r.ok).toBe(false);
    expect(r.rows).toEqual([]);
    expect(r.issues).toEqual([{ line: 1, column: null, message: expect.stringContaining('intestazioni del modello (sede; mese; dipendenti') }]);
  });

  it('a missing required column, and sede missing when the company has two sites', () => {
    const r = read(utf8('mese;part_time\n2026-01;1\n'));
    expect(r.issues).toEqual([
      { line: 1, column: 'dipendenti', message: 'Manca la colonna «dipendenti» nell’intestazione.' },
      { line: 1, column: 'sede', message: 'Indica la sede: l’azienda ha più di una sede.' },
    ]);
  });

  it('malformed rows: each problem with its line and column, and nothing kept', () => {
    const r = read(
      utf8(
        [
          'sede;mese;dipendenti;part_time;ore_part_time;orario_pieno',
          'Trento;2026-01;quattro;;;40',
          'Trento;2026-02;3;4;60;40',
          'Trento;2026-03;3;1;;40',
          'Bolzano;2026-01;3;;;40',
          'Trento;2026-04;3;;;40',
          'Trento;13/2026;3;;;40',
          'Trento;2026-02;3;;;70',
          'Rovereto;2026-01;2;;',
          'Rovereto;2026-01;2;;;40',
          'Rovereto;gen-26;2;;;40',
        ].join('\n'),
      ),
    );
    expect(r.ok).toBe(false);
    expect(r.rows).toEqual([]);
    expect(r.issues).toEqual([
      { line: 2, column: 'dipendenti', message: 'Il numero di dipendenti deve essere un numero intero, ad esempio 4' },
      { line: 3, column: 'part_time', message: 'I dipendenti a tempo parziale non possono essere più dei dipendenti del mese' },
      { line: 4, column: 'ore_part_time', message: 'Inserisci le ore settimanali dei dipendenti a tempo parziale (in totale)' },
      { line: 5, column: 'sede', message: 'La sede «Bolzano» non è tra le sedi dell’azienda: scrivi il nome della sede o il suo comune.' },
      { line: 6, column: 'mese', message: 'Il mese 2026-04 non è ancora iniziato: si registrano solo mesi passati o in corso.' },
      { line: 7, column: 'mese', message: 'Mese non riconosciuto: «13/2026». Scrivi il mese come 2026-01, 01/2026 oppure gen-26.' },
      { line: 8, column: 'orario_pieno', message: 'L’orario a tempo pieno deve essere tra 1 e 60 ore settimanali' },
      { line: 9, column: null, message: 'La riga ha 5 colonne invece di 6: controlla separatori e virgolette.' },
      { line: 11, column: 'mese', message: 'Questa sede e questo mese compaiono anche alla riga 10.' },
    ]);
  });

  it('an empty file or a heading alone', () => {
    expect(read(utf8('sede;mese;dipendenti\n')).issues).toEqual([{ line: null, column: null, message: 'Il file è vuoto oppure contiene solo l’intestazione: aggiungi almeno un mese.' }]);
  });

  it('speaks English when asked', () => {
    const r = readHeadcountsCsv(utf8('mese;dipendenti\n2026-01;x\n'), { units: one, currentMonth: '2026-03', locale: 'en' });
    expect(r.issues).toEqual([{ line: 2, column: 'dipendenti', message: 'The number of employees must be a whole number, like 4' }]);
  });
});
