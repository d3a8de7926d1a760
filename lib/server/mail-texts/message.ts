import 'server-only';
import type { Locale } from '@/lib/i18n/config';
import type { OutgoingMail } from '@/lib/server/mail';

// "You have a new message on request …": the text itself is not copied into the e-mail (it may
// hold personal data); the recipient reads it on the request page after signing in.

export function messageMail(input: { to: string; locale: Locale; messageId: string; protocolNumber: string; employerName: string; fromCommittee: boolean; url: string }): OutgoingMail {
  const reference = `message:${input.messageId}`;
  if (input.locale === 'en') {
    return {
      to: input.to,
      reference,
      subject: `New message on request ${input.protocolNumber} — Fondo di solidarietà del Trentino`,
      text: [
        input.fromCommittee
          ? `The Committee of the Fondo di solidarietà del Trentino wrote about request ${input.protocolNumber} of ${input.employerName}.`
          : `${input.employerName} answered on request ${input.protocolNumber}.`,
        '',
        'Read it and reply here (sign-in required):',
        input.url,
      ].join('\n'),
    };
  }
  return {
    to: input.to,
    reference,
    subject: `Nuovo messaggio sulla domanda ${input.protocolNumber} — Fondo di solidarietà del Trentino`,
    text: [
      input.fromCommittee
        ? `Il Comitato amministratore del Fondo di solidarietà del Trentino ha scritto sulla domanda ${input.protocolNumber} di ${input.employerName}.`
        : `${input.employerName} ha risposto sulla domanda ${input.protocolNumber}.`,
      '',
      'Leggi e rispondi qui (serve l’accesso):',
      input.url,
    ].join('\n'),
  };
}
