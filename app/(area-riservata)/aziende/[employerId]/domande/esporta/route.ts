import { getLocale } from 'next-intl/server';
import type { NextRequest } from 'next/server';
import { z } from 'zod';
import type { Locale } from '@/lib/i18n/config';
import { clientRequestsCsv } from '@/lib/server/data/exports';
import { csvResponse, deniedResponse } from '@/lib/server/http/csv-response';

const paramsSchema = z.object({ employerId: z.string().min(1).max(64) });

/** GET /aziende/:employerId/domande/esporta: the company's requests as CSV (read access to it). */
export async function GET(_request: NextRequest, { params }: { params: Promise<{ employerId: string }> }): Promise<Response> {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) return new Response('Richiesta non valida', { status: 400 });
  try {
    return csvResponse(await clientRequestsCsv(parsed.data.employerId, (await getLocale()) as Locale));
  } catch (error) {
    return deniedResponse(error);
  }
}
