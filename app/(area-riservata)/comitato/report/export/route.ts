import { attachmentHeader, italianDecimal, toCsv } from '@/lib/csv/write';
import { ATECO_SECTIONS } from '@/lib/review/ateco';
import { AccessDeniedError } from '@/lib/server/auth/guards';
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
    return new Response(toCsv(HEADER, rows), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': attachmentHeader(`report-domande-${range.from}-${range.to}.csv`),
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    if (error instanceof AccessDeniedError) return new Response(error.reason === 'UNAUTHENTICATED' ? 'Accesso richiesto' : 'Accesso non consentito', { status: error.reason === 'UNAUTHENTICATED' ? 401 : 403 });
    throw error;
  }
}
