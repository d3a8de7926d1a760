import { z } from 'zod';
import { attachmentHeader } from '@/lib/csv/write';
import { AccessDeniedError } from '@/lib/server/auth/guards';
import { getAttachmentForDownload } from '@/lib/server/data/attachments';

export const dynamic = 'force-dynamic';

const paramsSchema = z.object({ attachmentId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });

/** Downloads one attachment of a request: staff, the employer's users and its delegated consultant only. */
export async function GET(_request: Request, { params }: { params: Promise<{ attachmentId: string }> }) {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) return new Response('Allegato non trovato', { status: 404 });
  try {
    const file = await getAttachmentForDownload(parsed.data.attachmentId);
    if (!file) return new Response('Allegato non trovato', { status: 404 });
    return new Response(Buffer.from(file.data), {
      headers: {
        'Content-Type': file.mimeType,
        'Content-Disposition': attachmentHeader(file.filename),
        'Content-Length': String(file.data.byteLength),
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'private, no-store',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        ETag: `"${file.sha256}"`,
      },
    });
  } catch (error) {
    if (error instanceof AccessDeniedError) {
      return error.reason === 'UNAUTHENTICATED' ? new Response('Accesso richiesto', { status: 401 }) : new Response('Accesso non consentito', { status: 403 });
    }
    throw error;
  }
}
