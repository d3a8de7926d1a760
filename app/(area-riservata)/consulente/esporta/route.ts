import { getLocale } from 'next-intl/server';
import type { NextRequest } from 'next/server';
import type { Locale } from '@/lib/i18n/config';
import { radarQuerySchema } from '@/lib/schemas/radar';
import { radarCsv } from '@/lib/server/data/exports';
import { csvResponse, deniedResponse } from '@/lib/server/http/csv-response';

/** GET /consulente/esporta?<radar params>: the radar view as CSV (consultants only, their clients only). */
export async function GET(request: NextRequest): Promise<Response> {
  const query = radarQuerySchema.parse(Object.fromEntries(request.nextUrl.searchParams));
  try {
    return csvResponse(await radarCsv(query, (await getLocale()) as Locale));
  } catch (error) {
    return deniedResponse(error);
  }
}
