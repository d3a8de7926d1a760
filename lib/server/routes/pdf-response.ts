import 'server-only';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { AccessDeniedError } from '@/lib/server/auth/guards';
import { DomainError } from '@/lib/server/errors';
import { getCurrentUser } from '@/lib/server/auth/session';
import { logError } from '@/lib/server/log';
import { RATE_LIMITS } from '@/lib/server/rate-limit';
import { rateLimitedResponse } from './rate-limit-response';

// Route handlers that return a PDF of one employer's request: params parsed with zod, access
// checked by the DAL (requireEmployerAccess), the file never cached by shared caches.

export const requestParamsSchema = z.object({
  employerId: z.string().min(1).max(64).regex(/^[a-z0-9]+$/i),
  requestId: z.string().min(1).max(64).regex(/^[a-z0-9]+$/i),
});
export type RequestParams = z.infer<typeof requestParamsSchema>;

export async function pdfResponse(
  request: Request,
  rawParams: Promise<unknown>,
  render: (params: RequestParams) => Promise<{ body: Buffer; filename: string }>,
): Promise<Response> {
  const parsed = requestParamsSchema.safeParse(await rawParams);
  if (!parsed.success) return new NextResponse('Richiesta non valida', { status: 400 });
  try {
    // Rendering costs CPU: a per-user limit (anonymous callers are turned away by the DAL below).
    const user = await getCurrentUser();
    const limited = user ? await rateLimitedResponse(RATE_LIMITS.pdfPerUser, user.id) : null;
    if (limited) return limited;
    const { body, filename } = await render(parsed.data);
    return new NextResponse(new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Length': String(body.length),
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    if (error instanceof AccessDeniedError) {
      if (error.reason === 'UNAUTHENTICATED') {
        const url = new URL('/accedi', request.url);
        url.searchParams.set('callbackUrl', new URL(request.url).pathname);
        return NextResponse.redirect(url, 303);
      }
      return new NextResponse('Accesso non consentito', { status: 403 });
    }
    if (error instanceof DomainError) return new NextResponse('Documento non disponibile', { status: 404 });
    logError('pdf route failed', error, { path: new URL(request.url).pathname });
    throw error;
  }
}
