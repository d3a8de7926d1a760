import 'server-only';
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { env } from '@/lib/env.js';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Locale } from '@/lib/i18n/config';
import { CODE_ALPHABET, CODE_LENGTH, normaliseDelegationCode, type DelegationMethod } from '@/lib/schemas/delegation';
import { AccessDeniedError, activeDelegationWhere, requireEmployerAccess, requireRole, requireUser } from '@/lib/server/auth/guards';
import type { CurrentUser } from '@/lib/server/auth/session';
import { dateColumn, isoDate, todayInRome } from '@/lib/server/clock';
import { prisma } from '@/lib/server/db';
import { recordAudit } from '@/lib/server/data/audit';
import { DomainError } from '@/lib/server/errors';
import { logError } from '@/lib/server/log';
import { sendMail } from '@/lib/server/mail';
import { invitationMail } from '@/lib/server/mail-texts/delegation';
import { RATE_LIMITS, consumeRateLimit } from '@/lib/server/rate-limit';

// Deleghe (design.md, "Users"): an employer lets a consultant act for it with exactly its rights.
// - By e-mail: the invitation is bound to the address; only the consultant account with that
//   address can accept it. Inviting an address with no account yet is allowed: consultants are
//   often not registered when a client first delegates them, and the invitation waits for them
//   (14 days) instead of making the employer start again later.
// - By code: the employer hands a 12-character code to the consultant itself (phone, paper); any
//   consultant account that enters it accepts it. 60 random bits and a per-account attempt limit
//   make guessing hopeless.
// Only a hash of the token or code is stored; both are single-use and expire. Either side can
// revoke; access stops at once because the guard (activeDelegationWhere) reads status, revokedAt
// and the dates on every request. Managing delegations is the employer's own act: a consultant
// cannot invite or revoke other consultants for a client.

export const INVITATION_VALID_DAYS = 14;

export type DelegationState = 'PENDING' | 'INVITE_EXPIRED' | 'SCHEDULED' | 'ACTIVE' | 'EXPIRED' | 'REVOKED';

export type DelegationDto = {
  id: string;
  employerId: string;
  employerName: string;
  employerCodiceFiscale: string;
  method: DelegationMethod;
  inviteEmail: string | null;
  consultant: { name: string; email: string } | null;
  state: DelegationState;
  startsOn: string;
  endsOn: string | null;
  createdAt: string;
  inviteExpiresAt: string | null;
  acceptedAt: string | null;
  revokedAt: string | null;
};

const dtoSelect = {
  id: true,
  employerId: true,
  inviteEmail: true,
  status: true,
  startsOn: true,
  endsOn: true,
  createdAt: true,
  inviteExpiresAt: true,
  acceptedAt: true,
  revokedAt: true,
  employer: { select: { legalName: true, codiceFiscale: true } },
  consultant: { select: { name: true, email: true } },
} satisfies Prisma.DelegationSelect;

type DelegationRow = Prisma.DelegationGetPayload<{ select: typeof dtoSelect }>;

/** What a delegation means today: the stored status refined by the dates. */
export function delegationState(row: Pick<DelegationRow, 'status' | 'startsOn' | 'endsOn' | 'inviteExpiresAt'>, today: string, now: Date): DelegationState {
  if (row.status === 'REVOKED') return 'REVOKED';
  if (row.status === 'PENDING') return row.inviteExpiresAt && row.inviteExpiresAt <= now ? 'INVITE_EXPIRED' : 'PENDING';
  if (isoDate(row.startsOn) > today) return 'SCHEDULED';
  if (row.endsOn && isoDate(row.endsOn) < today) return 'EXPIRED';
  return 'ACTIVE';
}

function toDto(row: DelegationRow, today: string, now: Date): DelegationDto {
  return {
    id: row.id,
    employerId: row.employerId,
    employerName: row.employer.legalName,
    employerCodiceFiscale: row.employer.codiceFiscale,
    method: row.inviteEmail ? 'EMAIL' : 'CODE',
    inviteEmail: row.inviteEmail,
    consultant: row.consultant,
    state: delegationState(row, today, now),
    startsOn: isoDate(row.startsOn),
    endsOn: row.endsOn ? isoDate(row.endsOn) : null,
    createdAt: row.createdAt.toISOString(),
    inviteExpiresAt: row.inviteExpiresAt?.toISOString() ?? null,
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

export const hashDelegationSecret = (secret: string) => createHash('sha256').update(secret, 'utf8').digest('hex');

function newCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** The hash to look up for what a consultant typed or followed: an e-mail token or a code. */
function secretHash(raw: string): string {
  const trimmed = raw.trim();
  return hashDelegationSecret(/^[A-Za-z0-9_-]{43}$/.test(trimmed) ? trimmed : normaliseDelegationCode(trimmed));
}

export function acceptUrl(token: string): string {
  const base = (env.NEXTAUTH_URL ?? 'http://localhost:3000').replace(/\/$/, '');
  return `${base}/consulente/deleghe/accetta?codice=${encodeURIComponent(token)}`;
}

export type InviteInput = { employerId: string; method: DelegationMethod; email: string | null; startsOn: string; endsOn: string | null };
export type InviteResult =
  | { method: 'EMAIL'; delegationId: string; email: string; consultantRegistered: boolean }
  | { method: 'CODE'; delegationId: string; code: string; expiresAt: string };

export async function inviteConsultant(input: InviteInput, locale: Locale): Promise<InviteResult> {
  const access = await requireEmployerAccess(input.employerId, 'write');
  const user = access.user;
  if (user.role !== 'EMPLOYER' || access.via !== 'member') throw new AccessDeniedError('FORBIDDEN');
  const today = todayInRome();
  if (input.startsOn < today) throw new DomainError('delegation.startsOn.past', 'startsOn');

  const limit = await consumeRateLimit(RATE_LIMITS.invitationsPerUser, user.id);
  if (!limit.allowed) throw new DomainError('delegation.invite.rateLimited');

  const invitee = input.email ? await prisma.user.findUnique({ where: { email: input.email }, select: { id: true, role: true, locale: true, disabledAt: true } }) : null;
  if (invitee && invitee.role !== 'CONSULTANT') throw new DomainError('delegation.invite.notConsultant', 'email');

  const secret = input.method === 'EMAIL' ? randomBytes(32).toString('base64url') : newCode();
  const expiresAt = new Date(Date.now() + INVITATION_VALID_DAYS * 86_400_000);

  const created = await prisma.$transaction(async (tx) => {
    if (input.email) {
      const duplicate = await tx.delegation.findFirst({
        where: {
          employerId: input.employerId,
          OR: [
            { status: 'PENDING', inviteEmail: input.email, inviteExpiresAt: { gt: new Date() } },
            ...(invitee ? [{ status: 'ACTIVE' as const, consultantId: invitee.id, revokedAt: null, OR: [{ endsOn: null }, { endsOn: { gte: dateColumn(today) } }] }] : []),
          ],
        },
        select: { id: true },
      });
      if (duplicate) throw new DomainError('delegation.invite.duplicate', 'email');
    }
    const delegation = await tx.delegation.create({
      data: {
        employerId: input.employerId,
        inviteEmail: input.email,
        inviteCode: hashDelegationSecret(secret),
        inviteExpiresAt: expiresAt,
        status: 'PENDING',
        startsOn: dateColumn(input.startsOn),
        endsOn: input.endsOn ? dateColumn(input.endsOn) : null,
        createdById: user.id,
      },
      select: { id: true, employer: { select: { legalName: true } } },
    });
    await recordAudit(tx, {
      actorUserId: user.id,
      onBehalfOfEmployerId: input.employerId,
      action: 'delegation.invite',
      entityType: 'Delegation',
      entityId: delegation.id,
      // The e-mail address is the invitee's contact, needed to know whom access was offered to.
      after: { method: input.method, inviteEmail: input.email, startsOn: input.startsOn, endsOn: input.endsOn, inviteExpiresAt: expiresAt.toISOString() },
    });
    return delegation;
  });

  if (input.method === 'CODE') return { method: 'CODE', delegationId: created.id, code: secret, expiresAt: expiresAt.toISOString() };

  const registered = Boolean(invitee && !invitee.disabledAt);
  try {
    await sendMail(
      invitationMail({
        to: input.email!,
        // A known consultant reads it in its own language; an unknown address in the sender's.
        locale: invitee ? (invitee.locale === 'en' ? 'en' : 'it') : locale,
        employerName: created.employer.legalName,
        invitedBy: user.name,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        acceptUrl: acceptUrl(secret),
        expiresOn: isoDate(expiresAt),
        registered,
        delegationId: created.id,
      }),
    );
  } catch (error) {
    logError('delegation invitation mail failed', error, { delegationId: created.id });
    // Without the e-mail nobody holds the token: withdraw the invitation rather than leave it dangling.
    await prisma.$transaction(async (tx) => {
      await tx.delegation.update({ where: { id: created.id }, data: { status: 'REVOKED', revokedAt: new Date(), revokedById: user.id, inviteCode: null } });
      await recordAudit(tx, { actorUserId: user.id, onBehalfOfEmployerId: input.employerId, action: 'delegation.invite.withdrawn', entityType: 'Delegation', entityId: created.id, after: { reason: 'mail-failed' } });
    });
    throw new DomainError('delegation.invite.mailFailed');
  }
  return { method: 'EMAIL', delegationId: created.id, email: input.email!, consultantRegistered: registered };
}

type PendingInvitation = {
  id: string;
  employerId: string;
  inviteEmail: string | null;
  startsOn: Date;
  endsOn: Date | null;
  employer: { legalName: string };
};

/**
 * The pending invitation a token or code stands for, if this consultant may accept it. Failed
 * lookups count against a per-account limit (acceptance and preview alike), so codes cannot be
 * guessed; an e-mail invitation for another address gets the same answer as an unknown code.
 */
async function findInvitationFor(user: CurrentUser, rawCode: string): Promise<{ invitation: PendingInvitation; hash: string }> {
  const rule = RATE_LIMITS.delegationCodeAttempts;
  const bucket = await prisma.rateLimitBucket.findUnique({ where: { key: `${rule.name}:${user.id}` }, select: { count: true, expiresAt: true } });
  if (bucket && bucket.expiresAt > new Date() && bucket.count >= rule.limit) throw new DomainError('delegation.code.rateLimited', 'code');

  const hash = secretHash(rawCode);
  const found = await prisma.delegation.findUnique({
    where: { inviteCode: hash },
    select: { id: true, employerId: true, status: true, inviteEmail: true, inviteExpiresAt: true, startsOn: true, endsOn: true, employer: { select: { legalName: true } } },
  });
  const usable =
    found && found.status === 'PENDING' && found.inviteExpiresAt && found.inviteExpiresAt > new Date() && (!found.inviteEmail || found.inviteEmail === user.email.toLowerCase());
  if (!usable) {
    const limit = await consumeRateLimit(rule, user.id);
    throw new DomainError(limit.allowed ? 'delegation.code.unknown' : 'delegation.code.rateLimited', 'code');
  }
  return { invitation: found, hash };
}

export type AcceptResult = { delegationId: string; employerId: string; employerName: string; startsOn: string; endsOn: string | null };

/** A consultant accepts an invitation by the token of its e-mail link or by the code. */
export async function acceptDelegation(rawCode: string): Promise<AcceptResult> {
  const user = await requireRole('CONSULTANT');
  const { invitation, hash } = await findInvitationFor(user, rawCode);
  return activate(user, invitation, { inviteCode: hash });
}

/**
 * A consultant accepts, from its list, an e-mail invitation addressed to its own account's
 * address (the account is the proof the link would give). Anything else: "not found".
 */
export async function acceptInvitationById(delegationId: string): Promise<AcceptResult> {
  const user = await requireRole('CONSULTANT');
  const found = await prisma.delegation.findFirst({
    where: { id: delegationId, status: 'PENDING', inviteEmail: user.email.toLowerCase(), inviteExpiresAt: { gt: new Date() } },
    select: { id: true, employerId: true, inviteEmail: true, startsOn: true, endsOn: true, employer: { select: { legalName: true } } },
  });
  if (!found) throw new DomainError('delegation.revoke.notFound');
  return activate(user, found, {});
}

/** PENDING → ACTIVE for this consultant, once, with its audit event. */
async function activate(user: CurrentUser, found: PendingInvitation, guard: { inviteCode?: string }): Promise<AcceptResult> {
  const today = todayInRome();
  return prisma.$transaction(async (tx) => {
    const existing = await tx.delegation.findFirst({
      where: { employerId: found.employerId, consultantId: user.id, status: 'ACTIVE', revokedAt: null, OR: [{ endsOn: null }, { endsOn: { gte: dateColumn(today) } }] },
      select: { id: true },
    });
    if (existing) throw new DomainError('delegation.accept.alreadyDelegated', 'code');
    // Conditional update: of two simultaneous acceptances exactly one wins.
    const { count } = await tx.delegation.updateMany({
      where: { id: found.id, status: 'PENDING', ...guard },
      data: { status: 'ACTIVE', consultantId: user.id, acceptedAt: new Date(), inviteCode: null },
    });
    if (count !== 1) throw new DomainError('delegation.code.unknown', 'code');
    await recordAudit(tx, {
      actorUserId: user.id,
      onBehalfOfEmployerId: found.employerId,
      action: 'delegation.accept',
      entityType: 'Delegation',
      entityId: found.id,
      after: { consultantId: user.id, method: found.inviteEmail ? 'EMAIL' : 'CODE' },
    });
    return {
      delegationId: found.id,
      employerId: found.employerId,
      employerName: found.employer.legalName,
      startsOn: isoDate(found.startsOn),
      endsOn: found.endsOn ? isoDate(found.endsOn) : null,
    };
  });
}

/** For the acceptance page: what an e-mail link or code would grant, without accepting it. */
export async function previewInvitation(rawCode: string): Promise<{ employerName: string; startsOn: string; endsOn: string | null }> {
  const user = await requireRole('CONSULTANT');
  const { invitation } = await findInvitationFor(user, rawCode);
  return { employerName: invitation.employer.legalName, startsOn: isoDate(invitation.startsOn), endsOn: invitation.endsOn ? isoDate(invitation.endsOn) : null };
}

/**
 * Revocation by either side: the employer (a member of the company) for any of its delegations or
 * invitations; the consultant for its own delegations and for invitations addressed to it.
 */
export async function revokeDelegation(delegationId: string): Promise<{ delegationId: string; employerId: string }> {
  const user = await requireUser();
  const found = await prisma.delegation.findUnique({
    where: { id: delegationId },
    select: { id: true, employerId: true, status: true, consultantId: true, inviteEmail: true },
  });
  if (!found) throw new DomainError('delegation.revoke.notFound');
  await assertMayRevoke(user, found);
  if (found.status === 'REVOKED') throw new DomainError('delegation.revoke.already');

  return prisma.$transaction(async (tx) => {
    const { count } = await tx.delegation.updateMany({
      where: { id: found.id, status: { not: 'REVOKED' } },
      data: { status: 'REVOKED', revokedAt: new Date(), revokedById: user.id, inviteCode: null },
    });
    if (count !== 1) throw new DomainError('delegation.revoke.already');
    // Reminders about this client's deadlines stop for the consultant with the delegation.
    if (found.consultantId) {
      await tx.reminder.updateMany({
        where: { userId: found.consultantId, employerId: found.employerId, status: { in: ['SCHEDULED', 'QUEUED'] } },
        data: { status: 'CANCELLED', cancelledAt: new Date() },
      });
    }
    await recordAudit(tx, {
      actorUserId: user.id,
      onBehalfOfEmployerId: found.employerId,
      action: 'delegation.revoke',
      entityType: 'Delegation',
      entityId: found.id,
      before: { status: found.status },
      after: { status: 'REVOKED', by: user.role === 'CONSULTANT' ? 'consultant' : 'employer' },
    });
    return { delegationId: found.id, employerId: found.employerId };
  });
}

async function assertMayRevoke(user: CurrentUser, d: { employerId: string; consultantId: string | null; inviteEmail: string | null; status: string }) {
  if (user.role === 'EMPLOYER') {
    const access = await requireEmployerAccess(d.employerId, 'write').catch((error: unknown) => {
      if (error instanceof AccessDeniedError && error.reason === 'FORBIDDEN') return null;
      throw error;
    });
    if (access?.via === 'member') return;
  }
  if (user.role === 'CONSULTANT') {
    if (d.consultantId === user.id) return;
    if (d.status === 'PENDING' && d.inviteEmail && d.inviteEmail === user.email.toLowerCase()) return;
  }
  // Same answer as a missing delegation: ids of other companies' delegations reveal nothing.
  throw new DomainError('delegation.revoke.notFound');
}

/** The company's delegations, newest first (employer's page; read access). */
export async function listEmployerDelegations(employerId: string): Promise<DelegationDto[]> {
  await requireEmployerAccess(employerId, 'read');
  const rows = await prisma.delegation.findMany({ where: { employerId }, orderBy: { createdAt: 'desc' }, select: dtoSelect, take: 200 });
  const today = todayInRome();
  const now = new Date();
  return rows.map((r) => toDto(r, today, now));
}

/** The consultant's delegations, and the e-mail invitations waiting for it. */
export async function listMyDelegations(): Promise<{ invitations: DelegationDto[]; delegations: DelegationDto[] }> {
  const user = await requireRole('CONSULTANT');
  const now = new Date();
  const today = todayInRome();
  const [invitations, delegations] = await Promise.all([
    prisma.delegation.findMany({
      where: { status: 'PENDING', inviteEmail: user.email.toLowerCase(), inviteExpiresAt: { gt: now } },
      orderBy: { createdAt: 'desc' },
      select: dtoSelect,
      take: 200,
    }),
    prisma.delegation.findMany({ where: { consultantId: user.id }, orderBy: [{ status: 'asc' }, { employer: { legalName: 'asc' } }], select: dtoSelect, take: 1000 }),
  ]);
  return { invitations: invitations.map((r) => toDto(r, today, now)), delegations: delegations.map((r) => toDto(r, today, now)) };
}

export type StaffDelegationFilter = { q?: string; state?: 'ACTIVE' | 'PENDING' | 'REVOKED' | 'ENDED'; page: number; pageSize: number };

/** Staff's read-only register of every delegation, filterable and paginated. */
export async function listAllDelegations(filter: StaffDelegationFilter): Promise<{ rows: DelegationDto[]; total: number }> {
  await requireRole('STAFF', 'ADMIN');
  const today = todayInRome();
  const now = new Date();
  const day = dateColumn(today);
  const where: Prisma.DelegationWhereInput = {};
  const and: Prisma.DelegationWhereInput[] = [];
  if (filter.q) {
    const q = filter.q.trim();
    and.push({
      OR: [
        { employer: { legalName: { contains: q, mode: 'insensitive' } } },
        { employer: { codiceFiscale: { startsWith: q.toUpperCase() } } },
        { consultant: { name: { contains: q, mode: 'insensitive' } } },
        { consultant: { email: { contains: q.toLowerCase() } } },
        { inviteEmail: { contains: q.toLowerCase() } },
      ],
    });
  }
  if (filter.state === 'ACTIVE') and.push(activeDelegationWhere(today));
  if (filter.state === 'PENDING') and.push({ status: 'PENDING', inviteExpiresAt: { gt: now } });
  if (filter.state === 'REVOKED') and.push({ status: 'REVOKED' });
  if (filter.state === 'ENDED') and.push({ OR: [{ status: 'ACTIVE', endsOn: { lt: day } }, { status: 'PENDING', inviteExpiresAt: { lte: now } }] });
  if (and.length) where.AND = and;
  const [rows, total] = await Promise.all([
    prisma.delegation.findMany({ where, orderBy: { createdAt: 'desc' }, select: dtoSelect, skip: (filter.page - 1) * filter.pageSize, take: filter.pageSize }),
    prisma.delegation.count({ where }),
  ]);
  return { rows: rows.map((r) => toDto(r, today, now)), total };
}
