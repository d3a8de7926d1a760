import 'server-only';
import type { Locale } from '@/lib/i18n/config';
import type { OutgoingMail } from '@/lib/server/mail';
import type { DeadlineKind } from '@/lib/server/data/deadlines';

// Texts of the deadline reminders: what is due, by when, the rule it comes from, where to act and
// how to stop these e-mails. Plain text; links on their own lines.

const dateIt = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

const WHAT: Record<DeadlineKind, { it: string; en: string; actIt: string; actEn: string }> = {
  FILING_WINDOW_CLOSING: {
    it: 'si chiude il termine per presentare la domanda',
    en: 'the time to file the request ends',
    actIt: 'Completa e invia la domanda in bozza entro quella data: dopo, l’assegno spetta solo dalla settimana precedente la presentazione.',
    actEn: 'Complete and file the draft request by that date: after it, the allowance is due only from the week before filing.',
  },
  UNION_PROCEDURE_END: {
    it: 'si conclude la procedura di informazione e consultazione sindacale',
    en: 'the union information and consultation procedure ends',
    actIt: 'Verifica che l’esame congiunto, se richiesto, sia concluso e registra l’esito nella domanda.',
    actEn: 'Check that the joint examination, if requested, is over and record the outcome in the request.',
  },
  CONGUAGLIO_DEADLINE: {
    it: 'scade il termine per il conguaglio o la richiesta di rimborso dell’assegno',
    en: 'the deadline to offset or claim back the allowance expires',
    actIt: 'Dopo quella data il conguaglio non è più ammesso (decadenza).',
    actEn: 'After that date the offset is no longer allowed (forfeiture).',
  },
};

export function reminderMail(input: {
  to: string;
  locale: Locale;
  reminderId: string;
  kind: DeadlineKind;
  deadline: string;
  inDays: number;
  employerName: string;
  protocolNumber: string | null;
  detail: string;
  citation: string;
  requestUrl: string;
  settingsUrl: string;
}): OutgoingMail {
  const w = WHAT[input.kind];
  const reference = `reminder:${input.reminderId}`;
  if (input.locale === 'en') {
    const when = input.inDays === 0 ? 'today' : input.inDays === 1 ? 'tomorrow' : `in ${input.inDays} days`;
    return {
      to: input.to,
      reference,
      subject: `Reminder: ${w.en} on ${input.deadline} — ${input.employerName}`,
      text: [
        `${input.employerName}${input.protocolNumber ? `, request ${input.protocolNumber}` : ''}: ${w.en} on ${input.deadline} (${when}).`,
        w.actEn,
        '',
        `Why: ${input.detail} (${input.citation}).`,
        '',
        'Open the request:',
        input.requestUrl,
        '',
        'To mute this reminder or all reminders:',
        input.settingsUrl,
      ].join('\n'),
    };
  }
  const when = input.inDays === 0 ? 'oggi' : input.inDays === 1 ? 'domani' : `tra ${input.inDays} giorni`;
  return {
    to: input.to,
    reference,
    subject: `Promemoria: ${w.it} il ${dateIt(input.deadline)} — ${input.employerName}`,
    text: [
      `${input.employerName}${input.protocolNumber ? `, domanda ${input.protocolNumber}` : ''}: ${w.it} il ${dateIt(input.deadline)} (${when}).`,
      w.actIt,
      '',
      `Perché: ${input.detail} (${input.citation}).`,
      '',
      'Apri la domanda:',
      input.requestUrl,
      '',
      'Per disattivare questo promemoria o tutti i promemoria:',
      input.settingsUrl,
    ].join('\n'),
  };
}
