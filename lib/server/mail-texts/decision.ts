import 'server-only';
import type { Locale } from '@/lib/i18n/config';
import { formatEuro } from '@/components/rules/format';
import { reasonCode } from '@/lib/review/reason-codes';
import type { OutgoingMail } from '@/lib/server/mail';

// Texts of the e-mail that tells the employer's users and its consultant about a decision of the
// Committee. Plain text with the link on its own line; no personal data of workers (no names,
// codici fiscali or pay): the recipient opens the request page for the details.

export type DecisionMailInput = {
  to: string;
  locale: Locale;
  decisionId: string;
  kind: 'APPROVE' | 'APPROVE_PARTIAL' | 'REJECT' | 'REQUEST_INFO' | 'AUTHORISE_DIRECT_PAYMENT';
  protocolNumber: string;
  employerName: string;
  resolution: { number: string; date: string } | null;
  grant: { start: string; end: string; weeks: string; totalGross: string } | null;
  reasonCodes: string[];
  note: string | null;
  conguaglioBy: string | null;
  requestUrl: string;
};

const dateIt = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const euroIt = (value: string) => formatEuro(value, 'it');
const euroEn = (value: string) => formatEuro(value, 'en');
const weeksIt = (value: string) => value.replace('.', ',');

const SUBJECT = {
  it: {
    APPROVE: 'approvata',
    APPROVE_PARTIAL: 'approvata in parte',
    REJECT: 'respinta',
    REQUEST_INFO: 'richiesta di integrazioni',
    AUTHORISE_DIRECT_PAYMENT: 'pagamento diretto autorizzato',
  },
  en: {
    APPROVE: 'approved',
    APPROVE_PARTIAL: 'partly approved',
    REJECT: 'rejected',
    REQUEST_INFO: 'more information requested',
    AUTHORISE_DIRECT_PAYMENT: 'direct payment authorised',
  },
} as const;

export function decisionMail(input: DecisionMailInput): OutgoingMail {
  const reasons = input.reasonCodes.map((code) => reasonCode(code)).filter((r) => r !== undefined);
  const reference = `decision:${input.decisionId}`;
  if (input.locale === 'en') {
    const lines = [
      `The Committee of the Fondo di solidarietà del Trentino has decided on request ${input.protocolNumber} of ${input.employerName}: ${SUBJECT.en[input.kind]}.`,
      input.resolution ? `Committee resolution no. ${input.resolution.number} of ${input.resolution.date}.` : '',
    ];
    if (input.grant) {
      lines.push('', `Granted: ${input.grant.weeks} weeks, from ${input.grant.start} to ${input.grant.end}, gross allowance ${euroEn(input.grant.totalGross)}.`);
      if (input.conguaglioBy) lines.push(`Offset (conguaglio) or reimbursement by ${input.conguaglioBy} (6 months, D.I. 103593/2019 art. 7 c. 3).`);
    }
    if (input.kind === 'REQUEST_INFO') lines.push('', 'The Committee asks for more information. Reply in the messages of the request:', input.note ?? '');
    if (reasons.length) lines.push('', 'Reasons:', ...reasons.map((r) => `- ${r.label.en} (${r.citation.label}; digest ${r.digest})`));
    if (input.note && input.kind !== 'REQUEST_INFO') lines.push('', input.note);
    lines.push('', 'Details on the request page:', input.requestUrl);
    return { to: input.to, reference, subject: `Request ${input.protocolNumber}: ${SUBJECT.en[input.kind]} — Fondo di solidarietà del Trentino`, text: lines.filter((l, i, all) => l !== '' || all[i - 1] !== '').join('\n') };
  }
  const lines = [
    `Il Comitato amministratore del Fondo di solidarietà del Trentino ha deciso sulla domanda ${input.protocolNumber} di ${input.employerName}: ${SUBJECT.it[input.kind]}.`,
    input.resolution ? `Delibera del Comitato n. ${input.resolution.number} del ${dateIt(input.resolution.date)}.` : '',
  ];
  if (input.grant) {
    lines.push('', `Concesso: ${weeksIt(input.grant.weeks)} settimane, dal ${dateIt(input.grant.start)} al ${dateIt(input.grant.end)}, assegno lordo ${euroIt(input.grant.totalGross)}.`);
    if (input.conguaglioBy) lines.push(`Conguaglio o rimborso entro il ${dateIt(input.conguaglioBy)} (6 mesi, D.I. 103593/2019 art. 7 c. 3).`);
  }
  if (input.kind === 'REQUEST_INFO') lines.push('', 'Il Comitato chiede integrazioni. Rispondi nei messaggi della domanda:', input.note ?? '');
  if (input.kind === 'AUTHORISE_DIRECT_PAYMENT') lines.push('', 'L’assegno sarà pagato direttamente dall’INPS: invia i dati di pagamento (SR41) nei termini indicati nella pagina della domanda.');
  if (reasons.length) lines.push('', 'Motivi:', ...reasons.map((r) => `- ${r.label.it} (${r.citation.label}; digest ${r.digest})`));
  if (input.note && input.kind !== 'REQUEST_INFO') lines.push('', input.note);
  lines.push('', 'Tutti i dettagli nella pagina della domanda:', input.requestUrl);
  return {
    to: input.to,
    reference,
    subject: `Domanda ${input.protocolNumber}: ${SUBJECT.it[input.kind]} — Fondo di solidarietà del Trentino`,
    text: lines.filter((l, i, all) => l !== '' || all[i - 1] !== '').join('\n'),
  };
}
