import { getLocale } from 'next-intl/server';
import type { NextRequest } from 'next/server';
import { z } from 'zod';
import type { Locale } from '@/lib/i18n/config';
import { clientRequestsCsv } from '@/lib/server/data/exports';
import { getCurrentUser } from '@/lib/server/auth/session';
import { csvResponse, deniedResponse } from '@/lib/server/http/csv-response';
import { RATE_LIMITS } from '@/lib/server/rate-limit';
import { rateLimitedResponse } from '@/lib/server/routes/rate-limit-response';

const paramsSchema = z.object({ employerId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });

/** GET /aziende/:employerId/domande/esporta: the company's requests as CSV (read access to it). */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ employerId: string }> }): Promise<Response> {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) return new Response('Richiesta non valida', { status: 400 });
  try {
    // Exports read a lot: a per-user limit (429 + Retry-After); anonymous callers are refused below.
    const user = await getCurrentUser();
    const limited = user ? await rateLimitedResponse(RATE_LIMITS.exportPerUser, user.id) : null;
    if (limited) return limited;
    return csvResponse(await clientRequestsCsv(parsed.data.employerId, (await getLocale()) as Locale));
  } catch (error) {
    return deniedResponse(error);
  }
}
