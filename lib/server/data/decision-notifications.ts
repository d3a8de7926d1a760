import 'server-only';
import { env } from '@/lib/env.js';
import { isLocale } from '@/lib/i18n/config';
import { activeDelegationWhere } from '@/lib/server/auth/guards';
import { isoDate, todayInRome } from '@/lib/server/clock';
import { prisma } from '@/lib/server/db';
import { sendMail } from '@/lib/server/mail';
import { decisionMail } from '@/lib/server/mail-texts/decision';

const baseUrl = () => (env.NEXTAUTH_URL ?? 'http://localhost:3000').replace(/\/$/, '');

/** Where the employer (or its consultant) reads a request: the journey's request page. */
export function requestPageUrl(employerId: string, requestId: string): string {
  return `${baseUrl()}/aziende/${employerId}/domande/${requestId}`;
}

/** Where the Committee's staff review a request. */
export function reviewPageUrl(requestId: string): string {
  return `${baseUrl()}/comitato/domande/${requestId}`;
}

/**
 * E-mails a decision to the employer's users and to every consultant with an active delega for
 * it, each in their own language. Called after the decision's transaction has committed.
 */
export async function notifyDecision(decisionId: string): Promise<number> {
  const decision = await prisma.decision.findUnique({
    where: { id: decisionId },
    select: {
      id: true,
      kind: true,
      reasonCodes: true,
      note: true,
      weeksGranted: true,
      grantedStart: true,
      grantedEnd: true,
      resolution: { select: { number: true, date: true } },
      request: {
        select: {
          id: true,
          protocolNumber: true,
          totalGrossGranted: true,
          conguaglioBy: true,
          employer: {
            select: {
              id: true,
              legalName: true,
              members: { where: { user: { disabledAt: null } }, select: { user: { select: { email: true, locale: true } } } },
              delegations: {
                where: { ...activeDelegationWhere(todayInRome()), consultant: { disabledAt: null } },
                select: { consultant: { select: { email: true, locale: true } } },
              },
            },
          },
        },
      },
    },
  });
  if (!decision) return 0;
  const { request } = decision;
  const recipients = new Map<string, string>();
  for (const m of request.employer.members) recipients.set(m.user.email, m.user.locale);
  for (const d of request.employer.delegations) if (d.consultant) recipients.set(d.consultant.email, d.consultant.locale);
  const grant =
    decision.grantedStart && decision.grantedEnd && decision.weeksGranted
      ? { start: isoDate(decision.grantedStart), end: isoDate(decision.grantedEnd), weeks: decision.weeksGranted.toString(), totalGross: request.totalGrossGranted?.toString() ?? '0' }
      : null;
  for (const [to, locale] of recipients) {
    await sendMail(
      decisionMail({
        to,
        locale: isLocale(locale) ? locale : 'it',
        decisionId: decision.id,
        kind: decision.kind,
        protocolNumber: request.protocolNumber ?? request.id,
        employerName: request.employer.legalName,
        resolution: decision.resolution ? { number: decision.resolution.number, date: isoDate(decision.resolution.date) } : null,
        grant,
        reasonCodes: decision.reasonCodes,
        note: decision.note,
        conguaglioBy: grant && request.conguaglioBy ? isoDate(request.conguaglioBy) : null,
        requestUrl: requestPageUrl(request.employer.id, request.id),
      }),
    );
  }
  return recipients.size;
}
