import 'server-only';
import { createHash } from 'node:crypto';
import { ATTACHMENT_MAX_BYTES, safeAttachmentName, sniffAttachmentType } from '@/lib/review/attachments';
import { AccessDeniedError, requireEmployerAccess, requireUser } from '@/lib/server/auth/guards';
import { prisma } from '@/lib/server/db';
import { recordAudit } from '@/lib/server/data/audit';
import { DomainError } from '@/lib/server/errors';

// Attachments of a request are served only to the Committee's staff, the employer's users and its
// consultant with an active delega — the same people who may read the request.

/** Types a browser may show inline-safely as themselves; anything else is served as bytes. */
const SERVED_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg']);

export type AttachmentDownload = { filename: string; mimeType: string; data: Uint8Array; sha256: string };

export async function getAttachmentForDownload(attachmentId: string): Promise<AttachmentDownload | null> {
  const user = await requireUser();
  const attachment = await prisma.attachment.findUnique({
    where: { id: attachmentId },
    select: { filename: true, mimeType: true, data: true, sha256: true, request: { select: { employerId: true } } },
  });
  // Same answer for "does not exist" and "not yours": nothing to learn by guessing ids.
  if (!attachment) throw new AccessDeniedError('FORBIDDEN');
  if (user.role !== 'STAFF' && user.role !== 'ADMIN') await requireEmployerAccess(attachment.request.employerId, 'read');
  return {
    filename: attachment.filename,
    mimeType: SERVED_TYPES.has(attachment.mimeType) ? attachment.mimeType : 'application/octet-stream',
    data: attachment.data,
    sha256: attachment.sha256,
  };
}

const CLOSED = new Set(['DRAFT', 'DISCARDED', 'WITHDRAWN']);

/**
 * Adds a document to a filed request: the employer's side (write right) or the Committee's staff.
 * Checked here, not trusted from the browser: size (1 byte – 10 MB), type from the file's
 * signature (PDF, PNG, JPEG only), a clean file name; audited with its SHA-256.
 */
export async function addAttachment(input: { requestId: string; filename: string; bytes: Uint8Array<ArrayBuffer> }): Promise<{ id: string }> {
  const user = await requireUser();
  const request = await prisma.request.findUnique({ where: { id: input.requestId }, select: { id: true, employerId: true, status: true } });
  if (!request) throw new AccessDeniedError('FORBIDDEN');
  if (user.role !== 'STAFF' && user.role !== 'ADMIN') await requireEmployerAccess(request.employerId, 'write');
  if (CLOSED.has(request.status)) throw new DomainError('review.attachment.closed', 'file');
  if (input.bytes.byteLength === 0) throw new DomainError('review.attachment.required', 'file');
  if (input.bytes.byteLength > ATTACHMENT_MAX_BYTES) throw new DomainError('review.attachment.tooLarge', 'file');
  const type = sniffAttachmentType(input.bytes);
  if (!type) throw new DomainError('review.attachment.type', 'file');
  const filename = safeAttachmentName(input.filename, type);
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  return prisma.$transaction(async (tx) => {
    const created = await tx.attachment.create({
      data: { requestId: request.id, filename, mimeType: type, sizeBytes: input.bytes.byteLength, sha256, data: input.bytes, uploadedById: user.id },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorUserId: user.id,
      onBehalfOfEmployerId: request.employerId,
      action: 'request.attachment.add',
      entityType: 'Request',
      entityId: request.id,
      after: { attachmentId: created.id, filename, mimeType: type, sizeBytes: input.bytes.byteLength, sha256 },
    });
    return created;
  });
}
