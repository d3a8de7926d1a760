import 'server-only';
import { AccessDeniedError, requireEmployerAccess, requireUser } from '@/lib/server/auth/guards';
import { prisma } from '@/lib/server/db';

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
