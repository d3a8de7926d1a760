// The text normalisation policy for everything a user sends (docs/security.md, "Text"):
//   - characters that are invisible or reorder what is displayed are removed: C0/C1 control
//     characters except tab, line feed and carriage return (NUL would also make PostgreSQL refuse
//     the whole statement), bidirectional overrides, embeddings, isolates and marks (U+202A–E,
//     U+2066–9, U+200E–F, U+061C: "Rossi‮ilegna" shows reversed), zero-width characters and the
//     BOM (U+200B–D, U+2060–4, U+FEFF), the soft hyphen and the line/paragraph separators;
//   - then the text is put in Unicode NFC, so "è" typed as e + U+0300 and "è" are one name.
// Look-alike letters from other scripts (Cyrillic "о" in "Rоssi") are kept: they are letters, and
// people's names may be written in any script. Identifiers (codici fiscali, partite IVA) are
// ASCII-only after their own normalisation, so a homoglyph there is refused by their schema.
// Passwords are never altered (a field whose name contains "password" is left as sent).

const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

export function cleanText(text: string): string {
  return text.replace(INVISIBLE, '').normalize('NFC');
}

const isPlain = (value: object) => {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

/** Applies cleanText to every string of a form's or a JSON body's values (files and other objects untouched). */
export function cleanInput(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return /password/i.test(key) ? value : cleanText(value);
  if (Array.isArray(value)) return value.map((item) => cleanInput(item, key));
  if (typeof value === 'object' && value !== null && isPlain(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanInput(v, k)]));
  }
  return value;
}
