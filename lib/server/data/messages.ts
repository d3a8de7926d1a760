import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { isLocale } from '@/lib/i18n/config';
import { MESSAGE_MAX } from '@/lib/schemas/review';
import { activeDelegationWhere, AccessDeniedError, requireEmployerAccess, requireUser } from '@/lib/server/auth/guards';
import type { CurrentUser } from '@/lib/server/auth/session';
import { todayInRome } from '@/lib/server/clock';
import { prisma } from '@/lib/server/db';
import { recordAudit } from '@/lib/server/data/audit';
import { requestPageUrl, reviewPageUrl } from '@/lib/server/data/decision-notifications';
import { DomainError } from '@/lib/server/errors';
import { logError } from '@/lib/server/log';
import { sendMail } from '@/lib/server/mail';
import { messageMail } from '@/lib/server/mail-texts/message';

// The message thread of a filed request, between the Committee's staff and the employer (or its
// consultant). Shared by the review page (/comitato/domande/[id]) and the employer's request page.
// When the Committee has asked for more information (INFO_REQUESTED), the employer's answer sends
// the request back to review, in the same transaction as the message.

export type MessageSide = 'COMMITTEE' | 'EMPLOYER' | 'CONSULTANT';
export type MessageDto = { id: string; body: string; createdAt: string; authorName: string; side: MessageSide; mine: boolean };
export type AttachmentDto = { id: string; filename: string; mimeType: string; sizeBytes: number; uploadedBy: string; side: MessageSide; createdAt: string };
export type MessageThreadDto = { requestId: string; status: string; messages: MessageDto[]; attachments: AttachmentDto[]; canPost: boolean; awaitingEmployer: boolean };

const CLOSED = new Set(['DRAFT', 'DISCARDED', 'WITHDRAWN']);

const sideOf = (role: string): MessageSide => (role === 'STAFF' || role === 'ADMIN' ? 'COMMITTEE' : role === 'CONSULTANT' ? 'CONSULTANT' : 'EMPLOYER');
const isStaff = (user: CurrentUser) => user.role === 'STAFF' || user.role === 'ADMIN';

/** The request's employer, after checking the caller may read (or write) its messages. */
async function requestFor(requestId: string, mode: 'read' | 'write') {
  const user = await requireUser();
  const request = await prisma.request.findUnique({ where: { id: requestId }, select: { id: true, employerId: true, status: true } });
  if (!request) throw new AccessDeniedError('FORBIDDEN');
  // Staff read and write every thread (as the Committee, never as the employer); employers and
  // consultants only their own, with the employer's write right to post.
  if (!isStaff(user)) await requireEmployerAccess(request.employerId, mode);
  return { user, request };
}

// to_char of a timestamp(3) column (UTC) in the format of Date.toISOString().
const ISO_INSTANT = Prisma.raw(`'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`);

type ThreadRow = {
  messages: Array<{ id: string; body: string; createdAt: string; authorId: string; authorName: string; authorRole: string }>;
  attachments: Array<{ id: string; filename: string; mimeType: string; sizeBytes: number; createdAt: string; uploaderName: string; uploaderRole: string }>;
};

export async function listRequestMessages(requestId: string): Promise<MessageThreadDto> {
  const { user, request } = await requestFor(requestId, 'read');
  // Messages and attachments with their authors in one statement (the ORM took four, two of them
  // `IN (NULL)` look-ups when the thread is empty), oldest first, at most 500 and 200; never the
  // attachments' content.
  const [thread] = await prisma.$queryRaw<ThreadRow[]>`
    SELECT
      (SELECT COALESCE(json_agg(json_build_object('id', m."id", 'body', m."body", 'createdAt', to_char(m."createdAt", ${ISO_INSTANT}),
          'authorId', m."authorId", 'authorName', u."name", 'authorRole', u."role"::text) ORDER BY m."createdAt", m."id"), '[]'::json)
        FROM (SELECT "id", "body", "createdAt", "authorId" FROM "RequestMessage" WHERE "requestId" = ${requestId} ORDER BY "createdAt", "id" LIMIT 500) m
        JOIN "User" u ON u."id" = m."authorId") AS "messages",
      (SELECT COALESCE(json_agg(json_build_object('id', a."id", 'filename', a."filename", 'mimeType', a."mimeType", 'sizeBytes', a."sizeBytes",
          'createdAt', to_char(a."createdAt", ${ISO_INSTANT}), 'uploaderName', u."name", 'uploaderRole', u."role"::text) ORDER BY a."createdAt", a."id"), '[]'::json)
        FROM (SELECT "id", "filename", "mimeType", "sizeBytes", "createdAt", "uploadedById" FROM "Attachment" WHERE "requestId" = ${requestId} ORDER BY "createdAt", "id" LIMIT 200) a
        JOIN "User" u ON u."id" = a."uploadedById") AS "attachments"`;
  return {
    requestId,
    status: request.status,
    canPost: !CLOSED.has(request.status),
    awaitingEmployer: request.status === 'INFO_REQUESTED',
    messages: thread!.messages.map((m) => ({
      id: m.id,
      body: m.body,
      createdAt: m.createdAt,
      authorName: m.authorName,
      side: sideOf(m.authorRole),
      mine: m.authorId === user.id,
    })),
    attachments: thread!.attachments.map((a) => ({
      id: a.id,
      filename: a.filename,
      mimeType: a.mimeType,
      sizeBytes: a.sizeBytes,
      uploadedBy: a.uploaderName,
      side: sideOf(a.uploaderRole),
      createdAt: a.createdAt,
    })),
  };
}

export type PostedMessage = { id: string; returnedToReview: boolean };

/**
 * Adds a message. An answer from the employer's side to an information request moves the request
 * from INFO_REQUESTED back to UNDER_REVIEW (status history, version, audit) in the same transaction.
 */
export async function postRequestMessage(input: { requestId: string; body: string }): Promise<PostedMessage> {
  const { user } = await requestFor(input.requestId, 'write');
  const body = input.body.trim();
  if (body.length === 0) throw new DomainError('review.message.body.required', 'body');
  if (body.length > MESSAGE_MAX) throw new DomainError('review.message.body.tooLong', 'body');

  const posted = await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "Request" WHERE "id" = ${input.requestId} FOR UPDATE`;
    const request = await tx.request.findUniqueOrThrow({ where: { id: input.requestId }, select: { id: true, employerId: true, status: true, version: true } });
    if (CLOSED.has(request.status)) throw new DomainError(request.status === 'WITHDRAWN' ? 'review.message.withdrawn' : 'review.message.closed', 'body');
    const message = await tx.requestMessage.create({ data: { requestId: request.id, authorId: user.id, body }, select: { id: true } });
    const returnedToReview = !isStaff(user) && request.status === 'INFO_REQUESTED';
    if (returnedToReview) {
      await tx.request.update({ where: { id: request.id }, data: { status: 'UNDER_REVIEW', version: { increment: 1 } } });
      await tx.requestStatusChange.create({ data: { requestId: request.id, fromStatus: 'INFO_REQUESTED', toStatus: 'UNDER_REVIEW', byUserId: user.id, note: 'Risposta dell’azienda' } });
    }
    await recordAudit(tx, {
      actorUserId: user.id,
      onBehalfOfEmployerId: request.employerId,
      action: 'request.message.post',
      entityType: 'Request',
      entityId: request.id,
      // The text stays in the thread; the log records that a message was added and its effect.
      before: { status: request.status, version: request.version },
      after: { messageId: message.id, side: sideOf(user.role), status: returnedToReview ? 'UNDER_REVIEW' : request.status, version: returnedToReview ? request.version + 1 : request.version },
    });
    return { id: message.id, employerId: request.employerId, returnedToReview };
  });

  try {
    await notifyMessage(posted.id, user);
  } catch (error) {
    logError('message e-mail failed', error, { messageId: posted.id, requestId: input.requestId });
  }
  return { id: posted.id, returnedToReview: posted.returnedToReview };
}

/** Tells the other side: the Committee's message goes to the employer and its consultant; an
 * answer from the employer goes to the staff member who asked for information. */
async function notifyMessage(messageId: string, author: CurrentUser): Promise<void> {
  const message = await prisma.requestMessage.findUniqueOrThrow({
    where: { id: messageId },
    select: {
      request: {
        select: {
          id: true,
          protocolNumber: true,
          employer: {
            select: {
              id: true,
              legalName: true,
              members: { where: { user: { disabledAt: null } }, select: { user: { select: { email: true, locale: true } } } },
              delegations: { where: { ...activeDelegationWhere(todayInRome()), consultant: { disabledAt: null } }, select: { consultant: { select: { email: true, locale: true } } } },
            },
          },
          decisions: { where: { kind: 'REQUEST_INFO' }, orderBy: { decidedAt: 'desc' }, take: 1, select: { decidedBy: { select: { email: true, locale: true, disabledAt: true } } } },
        },
      },
    },
  });
  const { request } = message;
  const recipients = new Map<string, string>();
  if (isStaff(author)) {
    for (const m of request.employer.members) recipients.set(m.user.email, m.user.locale);
    for (const d of request.employer.delegations) if (d.consultant) recipients.set(d.consultant.email, d.consultant.locale);
  } else {
    const staff = request.decisions[0]?.decidedBy;
    if (staff && !staff.disabledAt) recipients.set(staff.email, staff.locale);
  }
  recipients.delete(author.email);
  const url = isStaff(author) ? requestPageUrl(request.employer.id, request.id) : reviewPageUrl(request.id);
  for (const [to, locale] of recipients) {
    await sendMail(
      messageMail({
        to,
        locale: isLocale(locale) ? locale : 'it',
        messageId,
        protocolNumber: request.protocolNumber ?? request.id,
        employerName: request.employer.legalName,
        fromCommittee: isStaff(author),
        url,
      }),
    );
  }
}
