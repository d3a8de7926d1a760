import 'server-only';
import PDFDocument from 'pdfkit';

// A small layout kit over pdfkit (maintained, already a dependency) for the receipt and the union
// letter: A4, the standard Helvetica fonts (no embedding: small files whose text any reader can
// select, search and read aloud), the Designers Italia blue for headings, tables that break
// across pages with their heading repeated.

export const BLUE = '#0066CC';
const GREY = '#5C6F82';
const TEXT = '#17324D';

export type Pdf = PDFKit.PDFDocument;

export function createPdf(meta: { title: string; subject: string; keywords?: string }): Pdf {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 56, right: 56 },
    info: { Title: meta.title, Subject: meta.subject, Author: 'Fondo di solidarietà del Trentino', Keywords: meta.keywords ?? '', Creator: 'FSTN' },
    lang: 'it-IT',
    displayTitle: true,
    bufferPages: true,
  });
  doc.font('Helvetica').fontSize(10).fillColor(TEXT);
  return doc;
}

export function toBuffer(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

const width = (doc: Pdf) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

export function header(doc: Pdf, kicker: string, title: string) {
  doc.rect(0, 0, doc.page.width, 8).fill(BLUE);
  doc.fillColor(GREY).font('Helvetica').fontSize(9).text(kicker.toUpperCase(), doc.page.margins.left, 28, { characterSpacing: 0.5 });
  doc.moveDown(0.3).fillColor(BLUE).font('Helvetica-Bold').fontSize(17).text(title, { width: width(doc) });
  doc.moveDown(0.6).fillColor(TEXT).font('Helvetica').fontSize(10);
}

export function heading(doc: Pdf, text: string) {
  ensureSpace(doc, 60);
  doc.moveDown(0.8).fillColor(BLUE).font('Helvetica-Bold').fontSize(12).text(text, doc.page.margins.left);
  const y = doc.y + 2;
  doc.moveTo(doc.page.margins.left, y).lineTo(doc.page.margins.left + width(doc), y).lineWidth(0.5).strokeColor(BLUE).stroke();
  doc.moveDown(0.5).fillColor(TEXT).font('Helvetica').fontSize(10);
}

export function paragraph(doc: Pdf, text: string, opts: { bold?: boolean; size?: number; color?: string } = {}) {
  doc
    .fillColor(opts.color ?? TEXT)
    .font(opts.bold ? 'Helvetica-Bold' : 'Helvetica')
    .fontSize(opts.size ?? 10)
    .text(text, doc.page.margins.left, undefined, { width: width(doc), align: 'left' });
  doc.moveDown(0.4).fillColor(TEXT).font('Helvetica').fontSize(10);
}

/** Label–value rows (a summary list). */
export function keyValues(doc: Pdf, rows: Array<[label: string, value: string]>) {
  const left = doc.page.margins.left;
  const labelWidth = 170;
  const valueWidth = width(doc) - labelWidth - 10;
  for (const [label, value] of rows) {
    const h = Math.max(doc.font('Helvetica-Bold').heightOfString(label, { width: labelWidth }), doc.font('Helvetica').heightOfString(value || '—', { width: valueWidth }));
    ensureSpace(doc, h + 6);
    const y = doc.y;
    doc.font('Helvetica-Bold').fillColor(TEXT).text(label, left, y, { width: labelWidth });
    doc.font('Helvetica').text(value || '—', left + labelWidth + 10, y, { width: valueWidth });
    doc.y = y + h + 5;
  }
  doc.x = left;
}

export type Column = { header: string; width: number; align?: 'left' | 'right' };

/** A table; widths are fractions of the text width. Rows that do not fit go to the next page. */
export function table(doc: Pdf, columns: Column[], rows: string[][], opts: { caption?: string } = {}) {
  const left = doc.page.margins.left;
  const total = width(doc);
  const widths = columns.map((c) => c.width * total);
  const drawHeader = () => {
    const y = doc.y;
    doc.font('Helvetica-Bold').fontSize(8.5).fillColor(TEXT);
    const h = Math.max(...columns.map((c, i) => doc.heightOfString(c.header, { width: widths[i]! - 6 })));
    doc.rect(left, y - 2, total, h + 6).fill('#E5EDF5');
    doc.fillColor(TEXT);
    let x = left;
    columns.forEach((c, i) => {
      doc.text(c.header, x + 3, y + 1, { width: widths[i]! - 6, align: c.align ?? 'left' });
      x += widths[i]!;
    });
    doc.y = y + h + 6;
  };
  if (opts.caption) paragraph(doc, opts.caption, { size: 9, color: GREY });
  ensureSpace(doc, 40);
  drawHeader();
  doc.font('Helvetica').fontSize(8.5);
  rows.forEach((row, r) => {
    const h = Math.max(...row.map((cell, i) => doc.heightOfString(cell, { width: widths[i]! - 6 })));
    if (doc.y + h + 6 > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      drawHeader();
      doc.font('Helvetica').fontSize(8.5);
    }
    const y = doc.y;
    if (r % 2 === 1) doc.rect(left, y - 2, total, h + 5).fill('#F5F7FA');
    doc.fillColor(TEXT);
    let x = left;
    row.forEach((cell, i) => {
      doc.text(cell, x + 3, y, { width: widths[i]! - 6, align: columns[i]!.align ?? 'left' });
      x += widths[i]!;
    });
    doc.y = y + h + 5;
  });
  doc.x = left;
  doc.fontSize(10);
}

export function ensureSpace(doc: Pdf, needed: number) {
  if (doc.y + needed > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

/** Page numbers and a footer line on every page (pages are buffered). */
export function footer(doc: Pdf, text: string) {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.height - doc.page.margins.bottom + 18;
    const saved = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('Helvetica').fontSize(8).fillColor(GREY);
    doc.text(`${text} · pagina ${i - range.start + 1} di ${range.count}`, doc.page.margins.left, bottom, { width: width(doc), align: 'center', lineBreak: false });
    doc.page.margins.bottom = saved;
  }
}

const euro = new Intl.NumberFormat('it-IT', { style: 'currency', currency: 'EUR' });
const number = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 2 });
export const formatEuro = (value: string | null | undefined) => (value == null ? '—' : euro.format(Number(value)));
export const formatNumber = (value: string | null | undefined) => (value == null ? '—' : number.format(Number(value)));
/** 'YYYY-MM-DD' → '10/03/2025'. */
export const formatDate = (iso: string | null | undefined) => (iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '—');
export const formatDateTime = (iso: string) =>
  new Intl.DateTimeFormat('it-IT', { timeZone: 'Europe/Rome', dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
