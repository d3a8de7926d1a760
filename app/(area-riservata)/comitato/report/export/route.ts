import { attachmentHeader, italianDecimal, toCsv } from '@/lib/csv/write';
import { ATECO_SECTIONS } from '@/lib/review/ateco';
import { getCurrentUser } from '@/lib/server/auth/session';
import { csvResponse, deniedResponse } from '@/lib/server/http/csv-response';
import { RATE_LIMITS } from '@/lib/server/rate-limit';
import { rateLimitedResponse } from '@/lib/server/routes/rate-limit-response';
import { todayInRome } from '@/lib/server/clock';
import { buildReport, type ReportRow } from '@/lib/server/data/reports';
import { reportRange } from '../report-range';

export const dynamic = 'force-dynamic';

const HEADER = ['dimensione', 'gruppo', 'domande', 'decise', 'approvate', 'respinte', 'settimane richieste', 'settimane concesse', 'lordo richiesto', 'lordo concesso'];

/** The report's four breakdowns as one CSV for Italian spreadsheets (formula-safe cells). */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const range = reportRange(Object.fromEntries(url.searchParams.entries()), todayInRome());
  try {
    // Exports read many rows: a per-user limit (anonymous callers are turned away by the DAL).
    const user = await getCurrentUser();
    const limited = user ? await rateLimitedResponse(RATE_LIMITS.exportPerUser, user.id) : null;
    if (limited) return limited;
    const report = await buildReport(range.from, range.to);
    const line = (dimension: string, label: string, r: ReportRow) => [
      dimension,
      label,
      r.requests,
      r.decided,
      r.approved,
      r.rejected,
      italianDecimal(r.weeksRequested),
      italianDecimal(r.weeksGranted),
      italianDecimal(r.grossRequested),
      italianDecimal(r.grossGranted),
    ];
    const sector = (code: string) => {
      const s = ATECO_SECTIONS.find((a) => a.code === code);
      return s ? `${s.code} ${s.it}` : 'non indicato';
    };
    const rows = [
      ...report.byMonth.map((r) => line('mese', r.key, r)),
      ...report.byCause.map((r) => line('causale', r.key || 'non indicata', r)),
      ...report.bySizeClass.map((r) => line('classe dimensionale', r.key || 'non indicata', r)),
      ...report.bySector.map((r) => line('settore ATECO', sector(r.key), r)),
    ];
    const fileName = `report-domande-${range.from}-${range.to}.csv`;
    return csvResponse({ fileName, body: toCsv(HEADER, rows), contentDisposition: attachmentHeader(fileName) });
  } catch (error) {
    return deniedResponse(error);
  }
}
