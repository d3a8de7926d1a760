import 'server-only';
import { AccessDeniedError } from '@/lib/server/auth/guards';
import type { CsvFile } from '@/lib/server/data/exports';

/** A CSV download; never cached (personal and business data). */
export function csvResponse(file: CsvFile): Response {
  return new Response(file.body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': file.contentDisposition,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** Route handlers: sign-in required → 401, no right to the data → 403 (Italian text), else rethrow. */
export function deniedResponse(error: unknown): Response {
  if (error instanceof AccessDeniedError) {
    const status = error.reason === 'UNAUTHENTICATED' ? 401 : 403;
    return new Response(status === 401 ? 'Accesso richiesto' : 'Accesso non consentito', { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  }
  throw error;
}
