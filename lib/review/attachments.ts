// Documents attached to a filed request (the technical report, union minutes, weather bulletins…):
// what may be uploaded. The type is read from the file's first bytes, never from the name or the
// browser's claim, and the stored name is cleaned so it is safe in a header and on any disk.

export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

export const ATTACHMENT_TYPES = {
  'application/pdf': { extension: 'pdf', magic: [[0x25, 0x50, 0x44, 0x46, 0x2d]] }, // %PDF-
  'image/png': { extension: 'png', magic: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]] },
  'image/jpeg': { extension: 'jpg', magic: [[0xff, 0xd8, 0xff]] },
} as const;
export type AttachmentType = keyof typeof ATTACHMENT_TYPES;

/** The type of a file from its signature, or null for anything but PDF, PNG and JPEG. */
export function sniffAttachmentType(bytes: Uint8Array): AttachmentType | null {
  for (const [type, { magic }] of Object.entries(ATTACHMENT_TYPES) as Array<[AttachmentType, (typeof ATTACHMENT_TYPES)[AttachmentType]]>) {
    if (magic.some((m) => m.length <= bytes.length && m.every((b, i) => bytes[i] === b))) return type;
  }
  return null;
}

/**
 * A file name safe to store and to send back: no path, no control or bidirectional characters,
 * at most 120 characters, ending with the extension of its real type.
 */
export function safeAttachmentName(name: string, type: AttachmentType): string {
  const base = (name.split(/[\\/]/).pop() ?? '')
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069"<>|:*?]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  const extension = ATTACHMENT_TYPES[type].extension;
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, '').slice(0, 110) || 'documento';
  return `${stem}.${extension}`;
}
