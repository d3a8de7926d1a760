import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { COMMITTEE_PARAMETER_KEYS, RuleContext, ScenarioError, type CommitteeParameterKey, type CommitteeResolution as RulesResolution } from '@/lib/rules';
import { requireRole } from '@/lib/server/auth/guards';
import { dateColumn, isoDate, todayInRome } from '@/lib/server/clock';
import { prisma } from '@/lib/server/db';
import { recordAudit } from '@/lib/server/data/audit';
import { DomainError } from '@/lib/server/errors';

// The register of the Comitato amministratore's resolutions (delibere). Every decision on a
// request cites one; a resolution may also set a Committee-dependent parameter (digest E-2, C-5,
// C-6, J-18) from a date, which the rules library then applies: the scenario builder
// (lib/server/data/scenario.ts, loadResolutions) passes the register as `committeeResolutions`.

export type ResolutionDto = {
  id: string;
  number: string;
  date: string;
  subject: string;
  parameterKey: CommitteeParameterKey | null;
  parameterValue: string | null;
  effectiveFrom: string | null;
  decisions: number;
  createdBy: string;
};

export type ResolutionOption = { id: string; number: string; date: string; subject: string };

export type NewResolution = {
  number: string;
  date: string;
  subject: string;
  parameter?: { key: CommitteeParameterKey; value: string; effectiveFrom: string | null } | null;
};

const isParameterKey = (value: string | null): value is CommitteeParameterKey => value !== null && (COMMITTEE_PARAMETER_KEYS as readonly string[]).includes(value);

function valueText(json: Prisma.JsonValue | null): string | null {
  if (json === null || json === undefined) return null;
  return typeof json === 'string' || typeof json === 'number' ? String(json) : null;
}

export const RESOLUTIONS_PAGE_SIZE = 50;

/** The register, newest first (the register is small: a few hundred resolutions a year). */
export async function listResolutions(page = 1): Promise<{ items: ResolutionDto[]; page: number; pages: number; total: number }> {
  await requireRole('STAFF', 'ADMIN');
  const total = await prisma.committeeResolution.count();
  const pages = Math.max(1, Math.ceil(total / RESOLUTIONS_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const rows = await prisma.committeeResolution.findMany({
    orderBy: [{ date: 'desc' }, { number: 'desc' }],
    skip: (current - 1) * RESOLUTIONS_PAGE_SIZE,
    take: RESOLUTIONS_PAGE_SIZE,
    select: {
      id: true,
      number: true,
      date: true,
      subject: true,
      parameterKey: true,
      parameterValue: true,
      effectiveFrom: true,
      createdBy: { select: { name: true } },
      _count: { select: { decisions: true } },
    },
  });
  return {
    page: current,
    pages,
    total,
    items: rows.map((r) => ({
      id: r.id,
      number: r.number,
      date: isoDate(r.date),
      subject: r.subject,
      parameterKey: isParameterKey(r.parameterKey) ? r.parameterKey : null,
      parameterValue: valueText(r.parameterValue),
      effectiveFrom: r.effectiveFrom ? isoDate(r.effectiveFrom) : null,
      decisions: r._count.decisions,
      createdBy: r.createdBy.name,
    })),
  };
}

/** Resolutions a decision may cite: adopted on or before today, newest first. */
export async function listResolutionOptions(): Promise<ResolutionOption[]> {
  await requireRole('STAFF', 'ADMIN');
  const rows = await prisma.committeeResolution.findMany({
    where: { date: { lte: dateColumn(todayInRome()) } },
    orderBy: [{ date: 'desc' }, { number: 'desc' }],
    take: 200,
    select: { id: true, number: true, date: true, subject: true },
  });
  return rows.map((r) => ({ id: r.id, number: r.number, date: isoDate(r.date), subject: r.subject }));
}

/**
 * Records a resolution. The number is unique in the register; a parameter value is checked by the
 * rules library itself (e.g. the C1 cut is at most 40 % and exists from 2025, digest E-2).
 */
export async function createResolution(input: NewResolution): Promise<{ id: string }> {
  const user = await requireRole('STAFF', 'ADMIN');
  if (input.date > todayInRome()) throw new DomainError('review.resolution.date.future', 'date');
  if (input.parameter) {
    const candidate: RulesResolution = {
      number: input.number,
      date: input.date,
      parameterKey: input.parameter.key,
      value: input.parameter.value,
      effectiveFrom: input.parameter.effectiveFrom ?? undefined,
    };
    try {
      new RuleContext({ committeeResolutions: [candidate] });
    } catch (error) {
      if (error instanceof ScenarioError) throw new DomainError('review.resolution.parameterValue.outOfRange', 'parameterValue');
      throw error;
    }
  }
  try {
    return await prisma.$transaction(async (tx) => {
      const created = await tx.committeeResolution.create({
        data: {
          number: input.number,
          date: dateColumn(input.date),
          subject: input.subject,
          parameterKey: input.parameter?.key ?? null,
          parameterValue: input.parameter ? input.parameter.value : Prisma.DbNull,
          effectiveFrom: input.parameter?.effectiveFrom ? dateColumn(input.parameter.effectiveFrom) : null,
          createdById: user.id,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorUserId: user.id,
        action: 'resolution.create',
        entityType: 'CommitteeResolution',
        entityId: created.id,
        after: {
          number: input.number,
          date: input.date,
          subject: input.subject,
          parameterKey: input.parameter?.key ?? null,
          parameterValue: input.parameter?.value ?? null,
          effectiveFrom: input.parameter?.effectiveFrom ?? null,
        },
      });
      return created;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new DomainError('review.resolution.number.taken', 'number');
    throw error;
  }
}
