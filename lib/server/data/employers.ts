import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { CompanyIdentity, CompanySector } from '@/lib/schemas/company';
import { prisma } from '@/lib/server/db';
import { requireEmployerAccess, requireRole } from '@/lib/server/auth/guards';
import { dateColumn, isoDate } from '@/lib/server/clock';
import { DomainError } from '@/lib/server/errors';
import { recordAudit } from './audit';

// Company set-up (issue 4, "Company set-up"). Every function re-checks the caller's right to the
// employer (Next data-security guide) and returns minimal DTOs.

export type CompanyDto = {
  id: string;
  legalName: string;
  codiceFiscale: string;
  partitaIva: string | null;
  matricolaInps: string | null;
  activityStartDate: string | null;
  atecoCode: string | null;
  sectorDescription: string | null;
  inCigoScope: boolean;
  inCigsScope: boolean;
  bilateralFund: 'NONE' | 'BILATERAL_ART26' | 'ALTERNATIVE_ART27';
  optInDate: string | null;
  exitDate: string | null;
  /** Sector questions answered (the second set-up page). */
  sectorDone: boolean;
};

const companySelect = {
  id: true,
  legalName: true,
  codiceFiscale: true,
  partitaIva: true,
  matricolaInps: true,
  activityStartDate: true,
  atecoCode: true,
  sectorDescription: true,
  inCigoScope: true,
  inCigsScope: true,
  bilateralFund: true,
  optInDate: true,
  exitDate: true,
} as const satisfies Prisma.EmployerSelect;

type CompanyRow = Prisma.EmployerGetPayload<{ select: typeof companySelect }>;

function toDto(row: CompanyRow): CompanyDto {
  return {
    id: row.id,
    legalName: row.legalName,
    codiceFiscale: row.codiceFiscale,
    partitaIva: row.partitaIva,
    matricolaInps: row.matricolaInps,
    activityStartDate: row.activityStartDate ? isoDate(row.activityStartDate) : null,
    atecoCode: row.atecoCode,
    sectorDescription: row.sectorDescription,
    inCigoScope: row.inCigoScope,
    inCigsScope: row.inCigsScope,
    bilateralFund: row.bilateralFund,
    optInDate: row.optInDate ? isoDate(row.optInDate) : null,
    exitDate: row.exitDate ? isoDate(row.exitDate) : null,
    sectorDone: row.atecoCode !== null && row.sectorDescription !== null,
  };
}

/** The audit's view of a company: every field is company data, none is a person's. */
const auditView = (dto: CompanyDto) => ({ ...dto });

/** Registers a company; the signed-in employer becomes its owner. */
export async function createCompany(input: CompanyIdentity): Promise<{ id: string }> {
  const user = await requireRole('EMPLOYER');
  const taken = await prisma.employer.findUnique({ where: { codiceFiscale: input.codiceFiscale }, select: { id: true } });
  if (taken) throw new DomainError('company.codiceFiscale.taken', 'codiceFiscale');
  return prisma.$transaction(async (tx) => {
    const row = await tx.employer.create({
      data: {
        legalName: input.legalName,
        codiceFiscale: input.codiceFiscale,
        partitaIva: input.partitaIva ?? (/^\d{11}$/.test(input.codiceFiscale) ? input.codiceFiscale : null),
        matricolaInps: input.matricolaInps,
        activityStartDate: dateColumn(input.activityStartDate),
        // Sector questions are answered on the next page; until then nothing is assumed.
        atecoCode: null,
        sectorDescription: null,
        members: { create: { userId: user.id, role: 'OWNER' } },
      },
      select: companySelect,
    });
    await recordAudit(tx, { actorUserId: user.id, onBehalfOfEmployerId: row.id, action: 'company.create', entityType: 'Employer', entityId: row.id, after: auditView(toDto(row)) });
    return { id: row.id };
  });
}

export async function getCompany(employerId: string): Promise<CompanyDto> {
  await requireEmployerAccess(employerId, 'read');
  const row = await prisma.employer.findUniqueOrThrow({ where: { id: employerId }, select: companySelect });
  return toDto(row);
}

async function updateCompany(employerId: string, action: string, data: Record<string, unknown>, codiceFiscale?: string): Promise<void> {
  const access = await requireEmployerAccess(employerId, 'write');
  if (codiceFiscale) {
    const taken = await prisma.employer.findFirst({ where: { codiceFiscale, id: { not: employerId } }, select: { id: true } });
    if (taken) throw new DomainError('company.codiceFiscale.taken', 'codiceFiscale');
  }
  await prisma.$transaction(async (tx) => {
    const before = await tx.employer.findUniqueOrThrow({ where: { id: employerId }, select: companySelect });
    const after = await tx.employer.update({ where: { id: employerId }, data, select: companySelect });
    await recordAudit(tx, {
      actorUserId: access.user.id,
      onBehalfOfEmployerId: employerId,
      action,
      entityType: 'Employer',
      entityId: employerId,
      before: auditView(toDto(before)),
      after: auditView(toDto(after)),
    });
  });
}

export async function updateCompanyIdentity(employerId: string, input: CompanyIdentity): Promise<void> {
  await updateCompany(
    employerId,
    'company.identity.update',
    {
      legalName: input.legalName,
      codiceFiscale: input.codiceFiscale,
      partitaIva: input.partitaIva,
      matricolaInps: input.matricolaInps,
      activityStartDate: dateColumn(input.activityStartDate),
    },
    input.codiceFiscale,
  );
}

export async function updateCompanySector(employerId: string, input: CompanySector): Promise<void> {
  await updateCompany(employerId, 'company.sector.update', {
    atecoCode: input.atecoCode,
    sectorDescription: input.sectorDescription,
    inCigoScope: input.inCigoScope,
    inCigsScope: input.inCigsScope,
    bilateralFund: input.bilateralFund,
    optInDate: input.optInDate ? dateColumn(input.optInDate) : null,
  });
}
