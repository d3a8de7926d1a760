import 'server-only';
import type { Citation } from '@/lib/rules';
import labels from '@/lib/i18n/messages/it/labels';
import type { RequestDetailDto } from '@/lib/server/data/request-detail';
import { createPdf, footer, formatDate, formatDateTime, formatEuro, formatNumber, header, heading, keyValues, paragraph, table, toBuffer } from './document';

// The receipt of a filed request (issue 4, "Confirmation and receipt"): summary, per-worker
// table and the citations of every rule applied, from the immutable filing snapshot.

/** Distinct citations of the trace, in order of first use. */
export function citationsOf(trace: ReadonlyArray<{ citation: Citation }>): Citation[] {
  const seen = new Map<string, Citation>();
  for (const step of trace) if (!seen.has(step.citation.label)) seen.set(step.citation.label, step.citation);
  return [...seen.values()];
}

const STATUS_NOTE: Record<Citation['status'], string> = {
  P: 'testo primario',
  S: 'fonte secondaria che cita il testo primario',
  I: 'lettura inferita, da confermare',
  U: 'non confermato',
};

export async function renderReceipt(r: RequestDetailDto): Promise<Buffer> {
  if (!r.protocolNumber || !r.result) throw new Error('Only a filed request has a receipt');
  const result = r.result;
  const doc = createPdf({ title: `Ricevuta ${r.protocolNumber}`, subject: 'Domanda di assegno di integrazione salariale — Fondo di solidarietà del Trentino', keywords: r.protocolNumber });

  header(doc, 'Fondo di solidarietà del Trentino · Ricevuta di presentazione', 'Domanda di assegno di integrazione salariale');
  paragraph(doc, `Protocollo ${r.protocolNumber}`, { bold: true, size: 13 });
  paragraph(doc, `Presentata il ${r.filedAt ? formatDateTime(r.filedAt) : '—'} · stato: ${labels.status[r.status]}`);

  heading(doc, 'Azienda');
  keyValues(doc, [
    ['Ragione sociale', r.employer.legalName],
    ['Codice fiscale', r.employer.codiceFiscale],
    ['Matricola INPS', r.employer.matricolaInps ?? '—'],
    ['Unità produttiva', r.unit ? `${r.unit.name} — ${r.unit.comuneName} (${r.unit.provinceCode})` : '—'],
    ['Classe dimensionale', result.sizeClass ? `${labels.sizeClass[result.sizeClass.class]}; media del semestre ${formatNumber(result.sizeClass.average)}` : '—'],
    ['Test del 75 %', result.workforceTest ? `${result.workforceTest.trentoHeads} su ${result.workforceTest.totalHeads} dipendenti in provincia di Trento (${formatNumber(result.workforceTest.sharePercent)} %), mese di riferimento ${result.workforceTest.referenceMonth}` : '—'],
  ]);

  heading(doc, 'Domanda');
  keyValues(doc, [
    ['Causale', r.cause ? labels.cause[r.cause] : '—'],
    ['Tipo', r.reductionType ? labels.reductionType[r.reductionType] : '—'],
    ['Motivi (relazione tecnica)', r.causeDescription ?? '—'],
    ['Periodo richiesto', `dal ${formatDate(r.periodStart)} al ${formatDate(r.periodEnd)} — ${formatNumber(result.weeksRequested)} settimane`],
    ['Periodo prenotato', result.grantedPeriod ? `dal ${formatDate(result.grantedPeriod.start)} al ${formatDate(result.grantedPeriod.end)} — ${formatNumber(result.weeksGranted)} settimane${result.windows?.outcome === 'trim' ? ' (ridotto alla capienza residua delle finestre mobili)' : ''}` : '—'],
    ['Regime', result.regime?.label ?? '—'],
    ['Pagamento', labels.paymentMode[r.paymentMode]],
  ]);

  heading(doc, 'Finestre mobili dell’unità produttiva (alla presentazione)');
  table(
    doc,
    [
      { header: 'Finestra', width: 0.34 },
      { header: 'Periodo', width: 0.22 },
      { header: 'Limite', width: 0.11, align: 'right' },
      { header: 'Già usate', width: 0.11, align: 'right' },
      { header: 'Prenotate', width: 0.11, align: 'right' },
      { header: 'Residue', width: 0.11, align: 'right' },
    ],
    (result.windows?.items ?? []).map((w) => [
      `${w.label} (${w.unit === 'weeks' ? 'settimane' : 'mesi'})`,
      `${formatDate(w.windowStart)} – ${formatDate(w.windowEnd)}`,
      formatNumber(w.limit),
      formatNumber(w.used),
      formatNumber(w.reserved),
      formatNumber(w.remaining),
    ]),
  );

  heading(doc, 'Scadenze');
  const fw = result.deadlines.filingWindow;
  const union = result.deadlines.unionProcedure;
  keyValues(doc, [
    ['Termini di presentazione', fw ? `dal ${formatDate(fw.earliest)} al ${formatDate(fw.latest)} (art. 30 c. 2 d.lgs. 148/2015)` : '—'],
    ['Procedura sindacale', union ? union.detail : '—'],
    ['Conguaglio o rimborso', result.deadlines.conguaglio ? `entro il ${formatDate(result.deadlines.conguaglio.deadline)}` : '—'],
  ]);

  heading(doc, 'Lavoratori');
  table(
    doc,
    [
      { header: 'Lavoratore', width: 0.26 },
      { header: 'Codice fiscale', width: 0.22 },
      { header: 'Ore non lavorate', width: 0.12, align: 'right' },
      { header: 'Destinatario', width: 0.12 },
      { header: 'Assegno lordo', width: 0.14, align: 'right' },
      { header: 'Netto', width: 0.14, align: 'right' },
    ],
    r.workers.map((w) => [`${w.lastName} ${w.firstName}`, w.codiceFiscale, formatNumber(w.hoursLost), w.eligible ? 'Sì' : `No: ${w.reasons.join('; ')}`, w.eligible ? formatEuro(w.gross) : '—', w.eligible ? formatEuro(w.net) : '—']),
  );
  keyValues(doc, [
    ['Totale assegno', `${formatEuro(result.totals.gross)} lordi, ${formatEuro(result.totals.net)} netti (riduzione del 5,84 %, art. 26 L. 41/1986)`],
    ['Contributo addizionale', result.employerCosts.additionalContribution ? `${formatEuro(result.employerCosts.additionalContribution.amount)} a carico del datore (4 % della retribuzione persa)` : '—'],
  ]);

  heading(doc, 'Norme applicate');
  paragraph(doc, 'Ogni calcolo di questa domanda è stato eseguito con le regole seguenti. Tra parentesi quadre lo stato della fonte.', { size: 9 });
  for (const c of citationsOf(result.trace)) {
    paragraph(doc, `• ${c.label} [${c.status}: ${STATUS_NOTE[c.status]}]${c.url ? ` — ${c.url}` : ''}`, { size: 8.5 });
  }
  if (result.warnings.length) {
    heading(doc, 'Letture da confermare');
    for (const w of result.warnings) paragraph(doc, `• ${w.message} (${w.citation.label})`, { size: 8.5 });
  }

  heading(doc, 'Prossimi passi');
  paragraph(doc, 'Il Comitato amministratore esamina la domanda e decide con una delibera. Riceverai un messaggio a ogni cambio di stato; lo stato è visibile nella pagina della domanda. Finché la domanda non è decisa puoi ritirarla: le settimane prenotate tornano disponibili.');

  footer(doc, `${r.protocolNumber} · regole versione ${r.rulesVersion ?? result.rulesVersion}`);
  return toBuffer(doc);
}
