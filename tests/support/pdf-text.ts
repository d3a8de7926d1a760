// Text drawn on the pages of a PDF written with the standard fonts (as lib/server/pdf does): the
// content streams are inflated and the strings shown by Tj/TJ decoded (hex or literal, WinAnsi).
// Enough to check what a receipt says without a PDF library; not a general PDF parser.
import { inflateSync } from 'node:zlib';

const WIN_ANSI_HIGH: Record<number, string> = { 0x80: '€', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x96: '–', 0x97: '—', 0x85: '…' };
const decodeByte = (b: number) => WIN_ANSI_HIGH[b] ?? String.fromCharCode(b);

function decodeLiteral(s: string): string {
  return s.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) => ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' })[e] ?? decodeByte(parseInt(e, 8)));
}

export function pdfText(pdf: Uint8Array): string {
  const raw = Buffer.from(pdf).toString('latin1');
  const out: string[] = [];
  const streams = /(?<!end)stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = streams.exec(raw))) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    const bytes = Buffer.from(raw.slice(start, end), 'latin1');
    let content: string;
    try {
      content = inflateSync(bytes).toString('latin1');
    } catch {
      content = bytes.toString('latin1');
    }
    // Each text-showing operator's strings, in order; a line per operator.
    for (const op of content.matchAll(/\[((?:<[0-9a-fA-F]*>|\((?:\\.|[^\\)])*\)|-?\d+(?:\.\d+)?|\s)*)\]\s*TJ|(<[0-9a-fA-F]*>|\((?:\\.|[^\\)])*\))\s*Tj/g)) {
      const body = op[1] ?? op[2] ?? '';
      let line = '';
      for (const s of body.matchAll(/<([0-9a-fA-F]*)>|\(((?:\\.|[^\\)])*)\)/g)) {
        if (s[1] !== undefined) line += Buffer.from(s[1], 'hex').reduce((acc, b) => acc + decodeByte(b), '');
        else line += decodeLiteral(s[2] ?? '');
      }
      out.push(line);
    }
    streams.lastIndex = end;
  }
  return out.join('\n');
}
