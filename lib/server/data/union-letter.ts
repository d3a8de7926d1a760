import 'server-only';
import type { Cause } from '@/lib/rules';
import { isExtraordinaryCause } from '@/lib/rules';
import { prisma } from '@/lib/server/db';
import { requireEmployerAccess } from '@/lib/server/auth/guards';
import { todayInRome } from '@/lib/server/clock';
import { DomainError } from '@/lib/server/errors';
import { readDraft } from '@/lib/schemas/request-draft';
import { companyHeadcount, loadEmployerFacts } from './scenario';
import type { FilingSnapshot } from './scenario';

// The data of the union information and consultation letter (digest G-1; art. 14 d.lgs. 148/2015,
// art. 24 for extraordinary causes), taken from what the employer typed in the wizard.

export type UnionLetterDto = {
  date: string;
  employer: { legalName: string; codiceFiscale: string };
  unit: { name: string; address: string | null; comuneName: string; provinceCode: string };
  recipients: string | null;
  cause: Cause;
  extraordinary: boolean;
  causeDescription: string;
  reductionType: 'SUSPENSION' | 'REDUCTION';
  periodStart: string;
  periodEnd: string;
  workersInvolved: number | null;
  companyHeadcount: number | null;
  unavoidableEvent: boolean;
  weeklyReductionHours: string | null;
};

export async function getUnionLetter(employerId: string, requestId: string): Promise<UnionLetterDto> {
  await requireEmployerAccess(employerId, 'read');
  const request = await prisma.request.findFirst({
    where: { id: requestId, employerId },
    select: { draft: true, snapshot: true, status: true, employer: { select: { legalName: true, codiceFiscale: true } } },
  });
  if (!request) throw new DomainError('request.notFound');
  // After filing, the letter is the one of the filed answers (the draft is frozen in the snapshot).
  const draft = request.status === 'DRAFT' ? readDraft(request.draft) : readDraft((request.snapshot as FilingSnapshot | null)?.draft ?? request.draft);
  const cp = draft.causePeriod;
  if (!cp) throw new DomainError('request.notAvailable');
  const unit = await prisma.productionUnit.findFirst({ where: { id: cp.productionUnitId, employerId }, select: { name: true, address: true, comuneName: true, provinceCode: true } });
  if (!unit) throw new DomainError('request.productionUnitId.unknown');
  const today = todayInRome();
  const facts = await loadEmployerFacts(prisma, employerId);
  return {
    date: today,
    employer: request.employer,
    unit,
    recipients: draft.procedure?.unionRecipients ?? null,
    cause: cp.cause,
    extraordinary: isExtraordinaryCause(cp.cause),
    causeDescription: cp.causeDescription,
    reductionType: cp.reductionType,
    periodStart: cp.periodStart,
    periodEnd: cp.periodEnd,
    workersInvolved: draft.workers?.lines.length ?? null,
    companyHeadcount: companyHeadcount(facts, today),
    unavoidableEvent: draft.procedure?.unavoidableEvent ?? false,
    weeklyReductionHours: draft.procedure?.weeklyReductionHours ?? null,
  };
}
