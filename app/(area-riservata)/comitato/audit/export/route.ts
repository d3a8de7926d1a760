import { attachmentHeader, toCsv } from '@/lib/csv/write';
import { auditFiltersSchema } from '@/lib/schemas/review';
import { getCurrentUser } from '@/lib/server/auth/session';
import { csvResponse, deniedResponse } from '@/lib/server/http/csv-response';
import { RATE_LIMITS } from '@/lib/server/rate-limit';
import { rateLimitedResponse } from '@/lib/server/routes/rate-limit-response';
import { exportAuditEvents } from '@/lib/server/data/audit-log';
import { todayInRome } from '@/lib/server/clock';

export const dynamic = 'force-dynamic';

const HEADER = ['quando (UTC)', 'chi (e-mail)', 'chi (nome)', 'ruolo', 'per conto di', 'codice fiscale azienda', 'azione', 'tipo oggetto', 'id oggetto', 'prima', 'dopo'];

/**
 * The audit log as CSV for Italian spreadsheets (`;`, UTF-8 with BOM), with the same filters as
 * the page. Every cell goes through the formula-injection guard of lib/csv/write.ts: names and
 * notes are typed by users, and a cell starting with = + - @ would run as a formula.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const params = auditFiltersSchema.parse(Object.fromEntries(url.searchParams.entries()));
  try {
    // Exports read many rows: a per-user limit (anonymous callers are turned away by the DAL).
    const user = await getCurrentUser();
    const limited = user ? await rateLimitedResponse(RATE_LIMITS.exportPerUser, user.id) : null;
    if (limited) return limited;
    const events = await exportAuditEvents({
      action: params.azione,
      entityType: params.tipo,
      entityId: params.oggetto,
      actorEmail: params.chi,
      employerTaxCode: params.azienda,
      from: params.dal,
      to: params.al,
    });
    const rows = events.map((e) => [
      e.at,
      e.actor?.email,
      e.actor?.name,
      e.actor?.role,
      e.onBehalfOf?.legalName,
      e.onBehalfOf?.codiceFiscale,
      e.action,
      e.entityType,
      e.entityId,
      e.before === null ? '' : JSON.stringify(e.before),
      e.after === null ? '' : JSON.stringify(e.after),
    ]);
    const fileName = `registro-attivita-${todayInRome()}.csv`;
    return csvResponse({ fileName, body: toCsv(HEADER, rows), contentDisposition: attachmentHeader(fileName) });
  } catch (error) {
    return deniedResponse(error);
  }
}
