import { z } from 'zod';
import { ATTACHMENT_MAX_BYTES } from '@/lib/review/attachments';
import { safeReturnPath } from '@/lib/navigation';
import { translateValidationMessage } from '@/lib/schemas/messages';
import { AccessDeniedError } from '@/lib/server/auth/guards';
import { addAttachment } from '@/lib/server/data/attachments';
import { DomainError } from '@/lib/server/errors';

export const dynamic = 'force-dynamic';

const fieldsSchema = z.object({
  requestId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  returnTo: z.string().max(300).optional(),
});

// Outcome codes in the address the form returns to (the page shows the matching message).
const OUTCOME: Record<string, string> = {
  'review.attachment.required': 'vuoto',
  'review.attachment.tooLarge': 'troppo-grande',
  'review.attachment.type': 'tipo',
  'review.attachment.closed': 'chiusa',
};

function back(request: Request, returnTo: string | undefined, outcome: string): Response {
  const target = new URL(safeReturnPath(returnTo, '/'), request.url);
  target.searchParams.set('allegato', outcome);
  target.hash = 'messaggi';
  return Response.redirect(target, 303);
}

/**
 * POST /api/allegati (multipart/form-data: requestId, file, returnTo): attaches a document to a
 * filed request — the employer's side or the Committee's staff (checked by addAttachment). A form
 * post is answered with a redirect to `returnTo` carrying the outcome (works without JavaScript);
 * a client asking for JSON gets JSON. Outside the proxy (/api), so a 10 MB body arrives whole.
 */
export async function POST(request: Request): Promise<Response> {
  const json = (request.headers.get('accept') ?? '').includes('application/json');
  const length = Number(request.headers.get('content-length') ?? '0');
  if (length > ATTACHMENT_MAX_BYTES + 64 * 1024) {
    return new Response(translateValidationMessage('review.attachment.tooLarge', 'it'), { status: 413, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return new Response('Richiesta non valida', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const fields = fieldsSchema.safeParse({ requestId: form.get('requestId'), returnTo: form.get('returnTo') ?? undefined });
  if (!fields.success) return new Response('Richiesta non valida', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const file = form.get('file');
  try {
    const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array(0);
    const created = await addAttachment({ requestId: fields.data.requestId, filename: file instanceof File ? file.name : '', bytes });
    return json ? Response.json({ id: created.id }, { status: 201 }) : back(request, fields.data.returnTo, 'ok');
  } catch (error) {
    if (error instanceof AccessDeniedError) {
      return new Response(error.reason === 'UNAUTHENTICATED' ? 'Accesso richiesto' : 'Accesso non consentito', {
        status: error.reason === 'UNAUTHENTICATED' ? 401 : 403,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      });
    }
    if (error instanceof DomainError && OUTCOME[error.messageKey]) {
      if (json) return Response.json({ error: translateValidationMessage(error.messageKey, 'it') }, { status: 422 });
      return back(request, fields.data.returnTo, OUTCOME[error.messageKey]!);
    }
    throw error;
  }
}
