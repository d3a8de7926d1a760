import { describe, expect, it } from 'vitest';
import { safeAttachmentName, sniffAttachmentType } from './attachments';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('attachment types come from the file’s signature', () => {
  it('recognises PDF, PNG and JPEG', () => {
    expect(sniffAttachmentType(new TextEncoder().encode('%PDF-1.7\n…'))).toBe('application/pdf');
    expect(sniffAttachmentType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png');
    expect(sniffAttachmentType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
  });

  it('refuses anything else, whatever its name says (HTML, an executable, a truncated PDF header)', () => {
    expect(sniffAttachmentType(new TextEncoder().encode('<html><script>alert(1)</script>'))).toBeNull();
    expect(sniffAttachmentType(bytes(0x4d, 0x5a, 0x90, 0))).toBeNull();
    expect(sniffAttachmentType(new TextEncoder().encode('%PDF'))).toBeNull();
    expect(sniffAttachmentType(bytes())).toBeNull();
  });
});

describe('stored file names', () => {
  it('keep a readable name with the real type’s extension', () => {
    expect(safeAttachmentName('Verbale esame congiunto.pdf', 'application/pdf')).toBe('Verbale esame congiunto.pdf');
    expect(safeAttachmentName('foto.png', 'image/jpeg')).toBe('foto.jpg');
    expect(safeAttachmentName('relazione', 'application/pdf')).toBe('relazione.pdf');
  });

  it('drop paths, control and bidirectional characters, quotes and leading dots', () => {
    expect(safeAttachmentName('C:\\Users\\x\\..\\relazione tecnica.pdf', 'application/pdf')).toBe('relazione tecnica.pdf');
    expect(safeAttachmentName('../../etc/passwd', 'application/pdf')).toBe('passwd.pdf');
    expect(safeAttachmentName('fattura\u202Efdp.exe', 'application/pdf')).toBe('fatturafdp.pdf');
    expect(safeAttachmentName('a"b<c>\n.pdf', 'application/pdf')).toBe('abc.pdf');
    expect(safeAttachmentName('...', 'image/png')).toBe('documento.png');
    expect(safeAttachmentName('x'.repeat(300), 'application/pdf')).toHaveLength(114);
  });
});
