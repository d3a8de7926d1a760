import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPRENTICE_TYPES, CONTRACT_TYPES, PAY_BASES, WORKER_CATEGORIES } from '@/lib/rules/types';
import { decodeCsv, readWorkersCsv, readWorkersCsvRows, WORKER_CSV_VALUES, type ImportUnit } from './workers-csv';

const root = path.resolve(import.meta.dirname, '../..');
const units: ImportUnit[] = [
  { id: 'u1', name: 'Albergo di Trento', comuneName: 'Trento', comuneCode: 'L378' },
  { id: 'u2', name: 'Negozio di Rovereto', comuneName: 'Rovereto', comuneCode: 'H612' },
];
const HEADER = 'codice_fiscale;cognome;nome;sede;categoria;contratto;tipo_apprendistato;data_assunzione;data_cessazione;giorni_effettivi;ore_settimanali;tipo_retribuzione;retribuzione;nucleo_senza_figli';
const utf8 = (text: string) => new TextEncoder().encode(text);
/** Windows-1252 bytes for the characters these tests use (ASCII plus à è é ì ò ù €). */
function cp1252(text: string): Uint8Array {
  const table: Record<string, number> = { à: 0xe0, è: 0xe8, é: 0xe9, ì: 0xec, ò: 0xf2, ù: 0xf9, '€': 0x80, '’': 0x92 };
  return Uint8Array.from([...text].map((c) => table[c] ?? c.charCodeAt(0)));
}

describe('decoding a workers CSV', () => {
  it('recognises UTF-8 with a BOM (Excel "CSV UTF-8") and drops the mark', () => {
    const d = decodeCsv(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('nome\nNiccolò')]));
    expect(d).toEqual({ text: 'nome\nNiccolò', encoding: 'UTF-8-BOM' });
  });

  it('reads bytes that are not valid UTF-8 as Windows-1252 (Excel CSV on Italian Windows)', () => {
    const d = decodeCsv(cp1252('nome\nNiccolò €'));
    expect(d).toEqual({ text: 'nome\nNiccolò €', encoding: 'WINDOWS-1252' });
  });

  it('keeps plain UTF-8 as UTF-8', () => {
    expect(decodeCsv(utf8('Niccolò')).encoding).toBe('UTF-8');
  });
});

describe('reading the sample file of the documentation', () => {
  const bytes = new Uint8Array(readFileSync(path.join(root, 'public/modelli/lavoratori-esempio.csv')));

  it('imports its three workers with Italian numbers, dates and words turned into the schema values', () => {
    const r = readWorkersCsv(bytes, { units });
    expect(r.issues).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.encoding).toBe('UTF-8-BOM');
    expect(r.separator).toBe(';');
    expect(r.workers).toHaveLength(3);
    const [maria, luca, anna] = r.workers;
    expect(maria).toMatchObject({ line: 2, lastName: 'Rossi', productionUnitId: 'u1', category: 'IMPIEGATO', contractType: 'OPEN_ENDED', hireDate: '2020-01-07', endDate: null, payBasis: 'MONTHLY', monthlyGlobalPay: '2000.00', hourlyGlobalPay: null, weeklyHours: '40', householdWithoutChildren: false });
    expect(luca).toMatchObject({ line: 3, lastName: "D'Agostino", contractType: 'SEASONAL', endDate: '2026-03-31', weeklyHours: '37.5', payBasis: 'HOURLY', hourlyGlobalPay: '11.5607', monthlyGlobalPay: null, householdWithoutChildren: true });
    // "Trento" names the site by its comune.
    expect(anna).toMatchObject({ line: 4, productionUnitId: 'u1', category: 'APPRENTICE', apprenticeType: 'TYPE2_PROFESSIONALISING', monthlyGlobalPay: '1250.00' });
  });

  it('refuses it whole when one of its workers is already registered', () => {
    const r = readWorkersCsv(bytes, { units, existingCodiciFiscali: ['QSBBQS85H15L378S'] });
    expect(r.ok).toBe(false);
    expect(r.workers).toEqual([]);
    expect(r.issues).toEqual([{ line: 3, column: 'codice_fiscale', message: 'Il lavoratore con questo codice fiscale è già nell’elenco dell’azienda.' }]);
  });
});

describe('a file with malformed rows is refused whole, with every line and column named', () => {
  const file = [
    HEADER,
    'HLBBHL85H15L378A;Rossi;Maria;Albergo di Trento;impiegato;indeterminato;;07/01/2020;;400;40;mensile;2.000,00;no',
    'HLBBHL85H15L378B;Bianchi;Luca;Albergo di Trento;operaia;indeterminato;;31/02/2021;;400;40;mensile;1.800,00;no',
    'QSBBQS85H15L378S;Verdi;;Sede di Bolzano;operaio;determinato;;01/03/2022;;10;70;mensile;1.500,00;forse',
    'HLBBHL85H15L378A;Rossi;Maria;Albergo di Trento;impiegato;indeterminato;;07/01/2020;;400;40;mensile;2.000,00;no',
    'ZDCCZD85H15L378C;Zanella;Anna;Albergo di Trento;apprendista;determinato;;01/09/2024;;250;40;mensile;1.250,00;no',
    'GPCCGP85H15L378K;Moser;Ugo;Albergo di Trento;operaio;indeterminato;;01/09/2024;;250;40;mensile',
  ].join('\r\n');

  const r = readWorkersCsv(utf8(file), { units });

  it('imports nothing', () => {
    expect(r.ok).toBe(false);
    expect(r.workers).toEqual([]);
  });

  it('names the line and column of each problem in the words of the form', () => {
    expect(r.issues).toEqual([
      // line 3: the check character of the codice fiscale, an unknown category, a date that does not exist
      { line: 3, column: 'categoria', message: 'Valore non riconosciuto: «operaia». Valori ammessi: operaio, impiegato, quadro, dirigente, apprendista, lavoratore a domicilio, domicilio.' },
      { line: 3, column: 'codice_fiscale', message: 'Il codice fiscale del lavoratore non è valido: controlla di averlo scritto correttamente' },
      { line: 3, column: 'data_assunzione', message: 'La data di assunzione deve essere una data reale, ad esempio 3 2 2020' },
      // line 4: an unknown site, a missing name, 70 weekly hours, "forse"
      { line: 4, column: 'sede', message: 'La sede «Sede di Bolzano» non è tra le sedi dell’azienda: scrivi il nome della sede o il suo comune.' },
      { line: 4, column: 'nome', message: 'Inserisci il nome del lavoratore' },
      { line: 4, column: 'ore_settimanali', message: 'L’orario settimanale deve essere maggiore di 0 e al massimo 60 ore' },
      { line: 4, column: 'nucleo_senza_figli', message: 'Indica se il nucleo familiare del lavoratore è senza figli a carico' },
      // line 5 repeats line 2
      { line: 5, column: 'codice_fiscale', message: 'Codice fiscale ripetuto: compare anche alla riga 2.' },
      // line 6: an apprentice without the type of apprenticeship
      { line: 6, column: 'tipo_apprendistato', message: 'Scegli il tipo di apprendistato' },
      // line 7: a row cut short
      { line: 7, column: null, message: 'La riga ha 12 colonne invece di 14: controlla separatori e virgolette.' },
    ]);
  });
});

describe('a codice fiscale already registered or repeated is said with the row’s other problems, in the same answer', () => {
  it('after the other problems of its row, in line order', () => {
    const file = [
      HEADER,
      'QSBBQS85H15L378S;Verdi;Luca;Albergo di Trento;operaio;indeterminato;;31/02/2021;;400;40;mensile;1.500,00;no',
      'HLBBHL85H15L378A;Rossi;Maria;Albergo di Trento;operaia;indeterminato;;07/01/2020;;400;40;mensile;2.000,00;no',
      'HLBBHL85H15L378A;Rossi;Maria;Albergo di Trento;impiegato;indeterminato;;07/01/2020;;400;70;mensile;2.000,00;no',
    ].join('\n');
    const r = readWorkersCsv(utf8(file), { units, existingCodiciFiscali: ['qsbbqs85h15l378s'] });
    expect(r.ok).toBe(false);
    expect(r.workers).toEqual([]);
    expect(r.issues.map((i) => [i.line, i.column, i.message])).toEqual([
      [2, 'data_assunzione', 'La data di assunzione deve essere una data reale, ad esempio 3 2 2020'],
      [2, 'codice_fiscale', 'Il lavoratore con questo codice fiscale è già nell’elenco dell’azienda.'],
      [3, 'categoria', 'Valore non riconosciuto: «operaia». Valori ammessi: operaio, impiegato, quadro, dirigente, apprendista, lavoratore a domicilio, domicilio.'],
      [4, 'ore_settimanali', 'L’orario settimanale deve essere maggiore di 0 e al massimo 60 ore'],
      [4, 'codice_fiscale', 'Codice fiscale ripetuto: compare anche alla riga 3.'],
    ]);
  });

  it('gives the database query every valid codice fiscale of the file once, with its first line', () => {
    const file = [HEADER, 'QSBBQS85H15L378S;Verdi;;Albergo di Trento;operaio;indeterminato;;07/01/2020;;400;40;mensile;1.500,00;no', 'NONVALIDO;Rossi;Maria;Albergo di Trento;operaio;indeterminato;;07/01/2020;;400;40;mensile;2.000,00;no', 'qsbbqs85h15l378s;Verdi;Luca;Albergo di Trento;operaio;indeterminato;;07/01/2020;;400;40;mensile;1.500,00;no'].join('\n');
    expect([...readWorkersCsvRows(utf8(file), { units }).codiciFiscali]).toEqual([['QSBBQS85H15L378S', 2]]);
  });
});

describe('wrong separator or encoding', () => {
  it('refuses a file whose heading is not split by a recognised separator, and says what is expected', () => {
    const r = readWorkersCsv(utf8(HEADER.replaceAll(';', '|') + '\nHLBBHL85H15L378A|Rossi|Maria'), { units });
    expect(r.ok).toBe(false);
    expect(r.separator).toBeNull();
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ line: 1, column: null });
    expect(r.issues[0]!.message).toMatch(/separate da punto e virgola/);
  });

  it('reads a comma-separated file and warns that decimals then need a dot or quotes', () => {
    const file = [HEADER.replaceAll(';', ','), 'HLBBHL85H15L378A,Rossi,Maria,Albergo di Trento,impiegato,indeterminato,,07/01/2020,,400,"37,5",mensile,1850.00,no'].join('\n');
    const r = readWorkersCsv(utf8(file), { units });
    expect(r.issues).toEqual([]);
    expect(r.separator).toBe(',');
    expect(r.notes.join(' ')).toMatch(/virgola come separatore/);
    expect(r.workers[0]).toMatchObject({ weeklyHours: '37.5', monthlyGlobalPay: '1850.00' });
  });

  it('reads a Windows-1252 file, keeps its accented names and says how it was read', () => {
    const file = [HEADER, 'HLBBHL85H15L378A;Niccolò;Mattè;Albergo di Trento;impiegato;indeterminato;;07/01/2020;;400;40;mensile;2.000,00;sì'].join('\r\n');
    const r = readWorkersCsv(cp1252(file), { units });
    expect(r.issues).toEqual([]);
    expect(r.encoding).toBe('WINDOWS-1252');
    expect(r.notes[0]).toMatch(/Windows-1252/);
    expect(r.workers[0]).toMatchObject({ lastName: 'Niccolò', firstName: 'Mattè', householdWithoutChildren: true });
  });

  it('asks for the site column when the company has several sites', () => {
    const header = HEADER.replace(';sede', '');
    const r = readWorkersCsv(utf8(`${header}\nHLBBHL85H15L378A;Rossi;Maria;impiegato;indeterminato;;07/01/2020;;400;40;mensile;2.000,00;no`), { units });
    expect(r.issues).toEqual([{ line: 1, column: 'sede', message: 'Indica la sede: l’azienda ha più di una sede.' }]);
  });

  it('names a missing required column', () => {
    const header = HEADER.replace(';retribuzione;', ';');
    const r = readWorkersCsv(utf8(`${header}\n`), { units });
    expect(r.issues).toEqual([{ line: 1, column: 'retribuzione', message: 'Manca la colonna «retribuzione» nell’intestazione.' }]);
  });

  it('speaks English when asked', () => {
    const r = readWorkersCsv(utf8(HEADER), { units, locale: 'en' });
    expect(r.issues[0]!.message).toBe('The file is empty or only has the heading: add at least one worker.');
  });
});

describe('the coded values of the template', () => {
  it('cover every category, contract, apprenticeship and pay basis of the rules library', () => {
    expect(new Set(Object.values(WORKER_CSV_VALUES.category))).toEqual(new Set(WORKER_CATEGORIES));
    expect(new Set(Object.values(WORKER_CSV_VALUES.contractType))).toEqual(new Set(CONTRACT_TYPES));
    expect(new Set(Object.values(WORKER_CSV_VALUES.apprenticeType))).toEqual(new Set(APPRENTICE_TYPES));
    expect(new Set(Object.values(WORKER_CSV_VALUES.payBasis))).toEqual(new Set(PAY_BASES));
  });
});
