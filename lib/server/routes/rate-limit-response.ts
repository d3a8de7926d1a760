import 'server-only';
import { consumeRateLimit, type RateLimitRule } from '@/lib/server/rate-limit';

/**
 * For route handlers that produce files (PDFs, CSV exports): counts one attempt for `subject` and,
 * over the limit, answers 429 with Retry-After and a sentence in Italian (the browser shows it
 * as the page when the download link is followed). null when the request may go on.
 */
export async function rateLimitedResponse(rule: RateLimitRule, subject: string): Promise<Response | null> {
  const outcome = await consumeRateLimit(rule, subject);
  if (outcome.allowed) return null;
  const minutes = Math.max(1, Math.ceil(outcome.retryAfterSeconds / 60));
  return new Response(`Troppe richieste in poco tempo: riprova tra ${minutes === 1 ? '1 minuto' : `${minutes} minuti`}.`, {
    status: 429,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': String(outcome.retryAfterSeconds), 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
  });
}
