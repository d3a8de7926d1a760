import { z } from 'zod';
import { attachmentHeader } from '@/lib/csv/write';
import { getCurrentUser } from '@/lib/server/auth/session';
import { todayInRome } from '@/lib/server/clock';
import { employerExportJson, exportEmployerData } from '@/lib/server/data/employer-export';
import { deniedResponse } from '@/lib/server/http/csv-response';
import { RATE_LIMITS } from '@/lib/server/rate-limit';
import { rateLimitedResponse } from '@/lib/server/routes/rate-limit-response';

export const dynamic = 'force-dynamic';

const paramsSchema = z.object({ employerId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });

/**
 * GET /comitato/aziende/:employerId/esporta — everything the Fund holds about one employer as one
 * JSON file (lib/server/data/employer-export.ts), for the Committee's staff and administrators only.
 * Counted against the per-user export limit and recorded in the audit log.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ employerId: string }> }): Promise<Response> {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) return new Response('Azienda non trovata', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  try {
    const user = await getCurrentUser();
    const limited = user ? await rateLimitedResponse(RATE_LIMITS.exportPerUser, user.id) : null;
    if (limited) return limited;
    const data = await exportEmployerData(parsed.data.employerId);
    if (!data) return new Response('Azienda non trovata', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    const fileName = `dati-azienda-${data.employer.codiceFiscale}-${todayInRome()}.json`;
    return new Response(employerExportJson(data), {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': attachmentHeader(fileName),
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    return deniedResponse(error);
  }
}
