import { getLocale } from 'next-intl/server';
import type { NextRequest } from 'next/server';
import type { Locale } from '@/lib/i18n/config';
import { radarQuerySchema } from '@/lib/schemas/radar';
import { radarCsv } from '@/lib/server/data/exports';
import { getCurrentUser } from '@/lib/server/auth/session';
import { csvResponse, deniedResponse } from '@/lib/server/http/csv-response';
import { RATE_LIMITS } from '@/lib/server/rate-limit';
import { rateLimitedResponse } from '@/lib/server/routes/rate-limit-response';

/** GET /consulente/esporta?<radar params>: the radar view as CSV (consultants only, their clients only). */
export async function GET(request: NextRequest): Promise<Response> {
  const query = radarQuerySchema.parse(Object.fromEntries(request.nextUrl.searchParams));
  try {
    // Exports read a lot: a per-user limit (429 + Retry-After); anonymous callers are refused below.
    const user = await getCurrentUser();
    const limited = user ? await rateLimitedResponse(RATE_LIMITS.exportPerUser, user.id) : null;
    if (limited) return limited;
    return csvResponse(await radarCsv(query, (await getLocale()) as Locale));
  } catch (error) {
    return deniedResponse(error);
  }
}
