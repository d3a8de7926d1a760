import 'server-only';
import type { Locale } from '@/lib/i18n/config';
import type { OutgoingMail } from '@/lib/server/mail';

// Texts of the delegation e-mails. Plain text (every mail client shows it) with the link on its
// own line. No personal data beyond what the recipient needs: the company's name and the dates.

const dateIt = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export function invitationMail(input: {
  to: string;
  locale: Locale;
  employerName: string;
  invitedBy: string;
  startsOn: string;
  endsOn: string | null;
  acceptUrl: string;
  expiresOn: string;
  registered: boolean;
  delegationId: string;
}): OutgoingMail {
  const period = input.endsOn ? `dal ${dateIt(input.startsOn)} al ${dateIt(input.endsOn)}` : `dal ${dateIt(input.startsOn)}, senza scadenza`;
  const periodEn = input.endsOn ? `from ${input.startsOn} to ${input.endsOn}` : `from ${input.startsOn}, with no end date`;
  if (input.locale === 'en') {
    return {
      to: input.to,
      reference: `delegation-invite:${input.delegationId}`,
      subject: `Delegation from ${input.employerName} — Fondo di solidarietà del Trentino`,
      text: [
        `${input.invitedBy} invites you to act as labour consultant for ${input.employerName} (${periodEn}).`,
        '',
        input.registered
          ? 'Sign in and accept the delegation here:'
          : 'You do not have a consultant account with this address yet: once you have one, sign in with this same address and accept the delegation here:',
        input.acceptUrl,
        '',
        `The invitation can be accepted until ${input.expiresOn}. If you were not expecting it, ignore this message.`,
      ].join('\n'),
    };
  }
  return {
    to: input.to,
    reference: `delegation-invite:${input.delegationId}`,
    subject: `Delega da ${input.employerName} — Fondo di solidarietà del Trentino`,
    text: [
      `${input.invitedBy} ti invita a seguire ${input.employerName} come consulente del lavoro (delega ${period}).`,
      '',
      input.registered
        ? 'Accedi e accetta la delega da qui:'
        : 'Non hai ancora un account da consulente con questo indirizzo: quando lo avrai, accedi con lo stesso indirizzo e accetta la delega da qui:',
      input.acceptUrl,
      '',
      `L’invito si può accettare fino al ${dateIt(input.expiresOn)}. Se non lo aspettavi, ignora questo messaggio.`,
    ].join('\n'),
  };
}
