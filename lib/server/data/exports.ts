import 'server-only';
import { attachmentHeader, italianDecimal, toCsv, type CsvCell } from '@/lib/csv/write';
import type { Locale } from '@/lib/i18n/config';
import type { RadarQuery } from '@/lib/schemas/radar';
import { requireEmployerAccess } from '@/lib/server/auth/guards';
import { isoDate, todayInRome } from '@/lib/server/clock';
import { prisma } from '@/lib/server/db';
import { recordAudit } from '@/lib/server/data/audit';
import { getRadarExport } from '@/lib/server/data/radar';
import type { WindowSummary } from '@/lib/server/data/radar';

// CSV downloads of the consultant workspace: the radar view and one client's requests. Every cell
// goes through lib/csv/write.ts (formula injection neutralised, `;`, UTF-8 with BOM). Exports are
// audited: they take data out of the service.

export type CsvFile = { fileName: string; body: string; contentDisposition: string };

const H = {
  it: {
    radar: ['Ragione sociale', 'Codice fiscale', 'Classe dimensionale', 'Biennio: settimane residue', 'Biennio: limite', 'Biennio: unità più vincolata', 'Contratto di solidarietà: residuo', 'Crisi: mesi residui', 'Riorganizzazione: mesi residui', 'Art. 4: mesi residui', 'Termine presentazione domanda', 'Fine procedura sindacale', 'Termine conguaglio', 'Bozze', 'In esame', 'Decise', 'Delega fino al'],
    requests: ['Protocollo', 'Stato', 'Causale', 'Tipo', 'Inizio periodo', 'Fine periodo', 'Settimane richieste', 'Settimane concesse', 'Importo lordo (euro)', 'Pagamento', 'Presentata il', 'Ultima decisione', 'Data decisione'],
    status: { DRAFT: 'Bozza', DISCARDED: 'Scartata', FILED: 'Presentata', UNDER_REVIEW: 'In istruttoria', INFO_REQUESTED: 'Integrazioni richieste', APPROVED: 'Approvata', PARTIALLY_APPROVED: 'Approvata in parte', REJECTED: 'Respinta', WITHDRAWN: 'Ritirata' },
    decision: { APPROVE: 'Approvazione', APPROVE_PARTIAL: 'Approvazione parziale', REJECT: 'Rigetto', REQUEST_INFO: 'Richiesta di integrazioni', AUTHORISE_DIRECT_PAYMENT: 'Pagamento diretto autorizzato' },
    file: { radar: 'radar-clienti', requests: 'domande' },
  },
  en: {
    radar: ['Company name', 'Tax code', 'Size class', 'Biennium: weeks left', 'Biennium: limit', 'Biennium: tightest unit', 'Solidarity contract: left', 'Crisis: months left', 'Reorganisation: months left', 'Art. 4: months left', 'Filing deadline', 'End of union procedure', 'Offset deadline', 'Drafts', 'Under review', 'Decided', 'Delegation until'],
    requests: ['Protocol', 'Status', 'Cause', 'Type', 'Period start', 'Period end', 'Weeks requested', 'Weeks granted', 'Gross amount (EUR)', 'Payment', 'Filed on', 'Latest decision', 'Decision date'],
    status: { DRAFT: 'Draft', DISCARDED: 'Discarded', FILED: 'Filed', UNDER_REVIEW: 'Under review', INFO_REQUESTED: 'Information requested', APPROVED: 'Approved', PARTIALLY_APPROVED: 'Partially approved', REJECTED: 'Rejected', WITHDRAWN: 'Withdrawn' },
    decision: { APPROVE: 'Approval', APPROVE_PARTIAL: 'Partial approval', REJECT: 'Rejection', REQUEST_INFO: 'Information requested', AUTHORISE_DIRECT_PAYMENT: 'Direct payment authorised' },
    file: { radar: 'client-radar', requests: 'requests' },
  },
} as const;

function file(name: string, rows: ReadonlyArray<readonly CsvCell[]>, header: readonly string[]): CsvFile {
  return { fileName: name, body: toCsv(header, rows), contentDisposition: attachmentHeader(name) };
}

const remaining = (windows: WindowSummary[] | null, key: WindowSummary['key']) => {
  const w = windows?.find((x) => x.key === key);
  return w ? italianDecimal(w.remaining) : '';
};

/** The radar as the consultant sees it (same search, filter and order), every page at once. */
export async function radarCsv(query: RadarQuery, locale: Locale): Promise<CsvFile> {
  const radar = await getRadarExport(query);
  const h = H[locale];
  const rows = radar.rows.map((r) => {
    const biennio = r.windows?.find((w) => w.key === 'BIENNIO_POOL');
    return [
      r.legalName,
      r.codiceFiscale,
      r.sizeClass ?? '',
      biennio ? italianDecimal(biennio.remaining) : '',
      biennio ? italianDecimal(biennio.limit) : '',
      biennio?.unitName ?? '',
      remaining(r.windows, 'CDS'),
      remaining(r.windows, 'CRISIS_QUINQUENNIO'),
      remaining(r.windows, 'REORG_QUINQUENNIO'),
      remaining(r.windows, 'ART4_QUINQUENNIO'),
      r.deadlines.FILING_WINDOW_CLOSING?.date ?? '',
      r.deadlines.UNION_PROCEDURE_END?.date ?? '',
      r.deadlines.CONGUAGLIO_DEADLINE?.date ?? '',
      r.drafts,
      r.pending,
      r.decided,
      r.delegationEndsOn ?? '',
    ];
  });
  return file(`${h.file.radar}-${radar.today}.csv`, rows, h.radar);
}

/** Every request of one client (not discarded drafts), newest first. */
export async function clientRequestsCsv(employerId: string, locale: Locale): Promise<CsvFile> {
  const access = await requireEmployerAccess(employerId, 'read');
  const h = H[locale];
  const [employer, requests] = await Promise.all([
    prisma.employer.findUniqueOrThrow({ where: { id: employerId }, select: { codiceFiscale: true } }),
    prisma.request.findMany({
      where: { employerId, status: { not: 'DISCARDED' } },
      orderBy: [{ filedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
      take: 10_000,
      select: {
        id: true,
        protocolNumber: true,
        status: true,
        cause: true,
        reductionType: true,
        periodStart: true,
        periodEnd: true,
        weeksRequested: true,
        weeksGranted: true,
        totalGross: true,
        paymentMode: true,
        filedAt: true,
        decisions: { orderBy: { decidedAt: 'desc' }, take: 1, select: { kind: true, decidedAt: true } },
      },
    }),
  ]);
  const rows = requests.map((r) => {
    const decision = r.decisions[0];
    return [
      r.protocolNumber ?? '',
      h.status[r.status],
      r.cause ?? '',
      r.reductionType ?? '',
      r.periodStart ? isoDate(r.periodStart) : '',
      r.periodEnd ? isoDate(r.periodEnd) : '',
      italianDecimal(r.weeksRequested?.toString()),
      italianDecimal(r.weeksGranted?.toString()),
      italianDecimal(r.totalGross?.toFixed(2)),
      r.paymentMode,
      r.filedAt ? r.filedAt.toISOString().slice(0, 10) : '',
      decision ? h.decision[decision.kind] : '',
      decision ? decision.decidedAt.toISOString().slice(0, 10) : '',
    ];
  });
  await prisma.$transaction((tx) =>
    recordAudit(tx, {
      actorUserId: access.user.id,
      onBehalfOfEmployerId: employerId,
      action: 'requests.export',
      entityType: 'Employer',
      entityId: employerId,
      after: { rows: rows.length, via: access.via },
    }),
  );
  return file(`${h.file.requests}-${employer.codiceFiscale}-${todayInRome()}.csv`, rows, h.requests);
}
