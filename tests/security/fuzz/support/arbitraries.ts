// Generated inputs for the fuzz suite (issue 7 §4): each input is a VALID input of the target (the
// authorisation matrix's call, tests/security/support/calls.ts) with one to four mutations, so the
// fuzzer reaches every field's validator instead of stopping at the first missing key. Values mix
// wrong types, boundary numbers and dates, oversized text, prototype keys, files, and unicode
// tricks aimed at names (bidi overrides, zero-width characters, NFD, homoglyphs, control chars).
import fc from 'fast-check';

export const BIDI_CONTROLS = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
export const ZERO_WIDTH = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];
export const CONTROL_CHARS = ['\u0000', '\u0007', '\b', '\u001B', '\r', '\n', '\u0085', '\u2028', '\u2029', '\u007F', '\u009B'];
/** Cyrillic and Greek letters that look like Latin ones. */
export const HOMOGLYPHS: Record<string, string> = { a: 'а', c: 'с', e: 'е', i: 'і', o: 'о', p: 'р', x: 'х', y: 'у', A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'Ο', P: 'Р', T: 'Т', X: 'Х' };

const tricky = (text: string) =>
  fc.oneof(
    // a bidi override or isolate somewhere ("Rossi‮ilegna" renders reversed)
    fc.tuple(fc.nat(text.length), fc.constantFrom(...BIDI_CONTROLS)).map(([at, c]) => text.slice(0, at) + c + text.slice(at)),
    fc.tuple(fc.nat(text.length), fc.constantFrom(...ZERO_WIDTH)).map(([at, c]) => text.slice(0, at) + c + text.slice(at)),
    fc.tuple(fc.nat(text.length), fc.constantFrom(...CONTROL_CHARS)).map(([at, c]) => text.slice(0, at) + c + text.slice(at)),
    fc.constant(text.normalize('NFD')),
    fc.constant(text.normalize('NFKD')),
    fc.constant([...text].map((ch) => HOMOGLYPHS[ch] ?? ch).join('')),
    // full-width forms (NFKC folds them to ASCII)
    fc.constant([...text].map((ch) => (ch >= '!' && ch <= '~' ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch)).join('')),
    fc.constant(`${text}\u0301\u0301\u0301`), // stacked combining marks
    fc.constant(` \t${text}\u00A0\u3000`),
    fc.constant(text.toLowerCase()),
    fc.constant(text.repeat(64)),
  );

const numericText = fc.constantFrom(
  '-1', '0', '-0', '00', '1e309', '1e-7', 'NaN', 'Infinity', '-Infinity', '0x10', '1_000', '１２', '٣', '12abc', ' 12 ', '9'.repeat(30),
  ',', '.', '1.234.567,89', '1,2,3', '0,001', '1.5', '1e3', '+7', '99999999999', '4294967296', '9007199254740993',
);
const dateText = fc.constantFrom(
  '2025-02-30', '2025-02-29', '2024-02-29', '31/02/2025', '0000-00-00', '2025-13-01', '1899-12-31', '2101-01-01', '9999-12-31',
  '2025-1-1', '01/01/70', '2025-03-10T00:00:00Z', 'oggi', '  ', '2025-03-10\u0000',
);
const injection = fc.constantFrom(
  '=HYPERLINK("http://example.invalid","x")', '+SUM(A1:A9)', '-2+3', '@SUM(1)', '\t=1', '\r=1',
  "' OR 1=1 --", '"; DROP TABLE "User"; --', '<script>alert(1)</script>', '${7*7}', '{{7*7}}', '../../../etc/passwd', '%00', '\\u0000',
  '__proto__', 'constructor', 'toString', 'hasOwnProperty',
);
// Built once: generating a 300,000-character string per case would be most of the fuzz time.
// Just past the limits the schemas set (names 80, texts 2,000, request bodies elsewhere).
const LONG_TEXTS = [81, 255, 256, 2_001, 20_001].flatMap((n) => ['x'.repeat(n), 'è'.repeat(n), '😀'.repeat(n)]);
const longText = fc.constantFrom(...LONG_TEXTS);

export const fuzzString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 2, arbitrary: numericText },
  { weight: 2, arbitrary: dateText },
  { weight: 2, arbitrary: injection },
  { weight: 1, arbitrary: longText },
  { weight: 2, arbitrary: fc.constantFrom('Rossi', 'Maria', 'Società Cooperativa', 'RSSMRA85T10A562S').chain(tricky) },
  { weight: 1, arbitrary: fc.constant('') },
);

const BIG_BUFFERS = [Buffer.alloc(1_000_001, 0x61), Buffer.alloc(2_100_000, 0x61)];
const fileArbitrary = fc
  .tuple(
    fc.constantFrom('', 'text/csv', 'application/pdf', 'image/png', 'text/html', 'application/x-msdownload'),
    fc.constantFrom('a.csv', 'a.pdf', '../../a.csv', 'a\u202Egpj.exe', '', 'x'.repeat(300)),
    fc.oneof(
      fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b)),
      fc.constantFrom('', 'codice_fiscale;cognome\n=1+1;@x\n', '\uFEFFsede;mese;dipendenti\n;;\n', '%PDF-1.4\n%%EOF').map((s) => Buffer.from(s)),
      fc.constantFrom(...BIG_BUFFERS),
    ),
  )
  .map(([type, name, bytes]) => new File([bytes], name, { type }));

const leafValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 12, arbitrary: fuzzString },
  { weight: 2, arbitrary: fc.constantFrom(null, undefined, true, false, 0, -0, -1, 1.5, NaN, Infinity, -Infinity, 1e308, 2 ** 53 + 1) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.bigInt().map((b) => b) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
  { weight: 1, arbitrary: fc.record({ day: fuzzString, month: fuzzString, year: fuzzString }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fileArbitrary },
);

/** Any value, nested a little: arrays and objects (with prototype-looking keys) of fuzz values. */
export const fuzzValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 10, arbitrary: leafValue },
  { weight: 1, arbitrary: fc.array(leafValue, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'then')), leafValue, { maxKeys: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(new Map([['a', 1]]), new Set([1]), JSON.parse('{"__proto__":{"polluted":true}}') as unknown, Object.create(null) as unknown) },
);

// ---- mutations of a valid input -----------------------------------------------------------------

type Path = Array<string | number>;
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Blob) && Object.getPrototypeOf(v) === Object.prototype;

/** Every position of a value that a mutation may replace (leaves, arrays and objects). */
export function positions(value: unknown, path: Path = []): Path[] {
  const out: Path[] = path.length ? [path] : [];
  if (path.length > 6) return out;
  if (Array.isArray(value)) value.forEach((item, i) => out.push(...positions(item, [...path, i])));
  else if (isPlainObject(value)) for (const [k, v] of Object.entries(value)) out.push(...positions(v, [...path, k]));
  return out;
}

/** A deep copy that keeps Files and other non-plain values as they are. */
export function clone<T>(value: T): T {
  if (Array.isArray(value)) return value.map(clone) as T;
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)])) as T;
  return value;
}

function at(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | null)?.[key], root);
}

type Mutation =
  | { kind: 'set'; pick: number; value: unknown }
  | { kind: 'trick'; pick: number; variant: number }
  | { kind: 'delete'; pick: number }
  | { kind: 'extraKey'; pick: number; key: string; value: unknown }
  | { kind: 'repeat'; pick: number; times: number }
  | { kind: 'replaceAll'; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 10, arbitrary: fc.record({ kind: fc.constant('set' as const), pick: fc.nat(), value: fuzzValue }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('trick' as const), pick: fc.nat(), variant: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('extraKey' as const), pick: fc.nat(), key: fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('__proto__', 'constructor', 'employerId', 'id', 'role', 'status')), value: fuzzValue }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('repeat' as const), pick: fc.nat(), times: fc.constantFrom(2, 50, 600) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('replaceAll' as const), value: fuzzValue }) },
);

const TRICKS = (text: string): string[] => [
  text + BIDI_CONTROLS[4],
  BIDI_CONTROLS[4] + text,
  `${text.slice(0, 1)}${ZERO_WIDTH[0]}${text.slice(1)}`,
  text.normalize('NFD'),
  [...text].map((ch) => HOMOGLYPHS[ch] ?? ch).join(''),
  `${text}\u0000`,
  `=${text}`,
  // Earlier mutations may already have made the text long: never past 100,000 characters.
  text.length <= 2_500 ? text.repeat(40) : text,
];

function apply(input: Record<string, unknown>, m: Mutation): unknown {
  // Generated values may be shared between cases (constants): always insert a copy.
  if (m.kind === 'replaceAll') return clone(m.value);
  const all = positions(input);
  if (all.length === 0) return input;
  const path = all[m.pick % all.length]!;
  const parent = at(input, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path.at(-1)!;
  switch (m.kind) {
    case 'set':
      parent[key] = clone(m.value);
      break;
    case 'trick': {
      const current = parent[key];
      const text = typeof current === 'string' && current ? current : 'Rossi';
      const variants = TRICKS(text);
      parent[key] = variants[m.variant % variants.length];
      break;
    }
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    case 'extraKey': {
      const node = isPlainObject(parent[key]) ? (parent[key] as Record<string, unknown>) : isPlainObject(parent) ? parent : null;
      if (node) Object.defineProperty(node, m.key, { value: clone(m.value), enumerable: true, configurable: true, writable: true });
      break;
    }
    case 'repeat': {
      const current = parent[key];
      if (Array.isArray(current) && current.length) parent[key] = Array.from({ length: m.times }, (_, i) => clone(current[i % current.length]));
      else if (typeof current === 'string' && current.length * m.times <= 100_000) parent[key] = current.repeat(m.times);
      break;
    }
  }
  return input;
}

export type FuzzCase = { input: unknown; asForm: boolean };

/** One to four mutations of `base`, sent as a plain object or (a third of the time) as FormData. */
export function mutationsOf(base: Record<string, unknown>, opts: { formOnly?: boolean; objectOnly?: boolean } = {}): fc.Arbitrary<FuzzCase> {
  return fc
    .tuple(fc.array(mutation, { minLength: 1, maxLength: 4 }), opts.formOnly ? fc.constant(true) : opts.objectOnly ? fc.constant(false) : fc.nat(2).map((n) => n === 0))
    .map(([mutations, asForm]) => {
      let input: unknown = clone(base);
      for (const m of mutations) input = isPlainObject(input) ? apply(input, m) : input;
      return { input, asForm };
    });
}
