import 'server-only';
import type { SizeClass } from '@/lib/rules';
import { prisma } from '@/lib/server/db';
import { requireEmployerAccess } from '@/lib/server/auth/guards';
import { todayInRome } from '@/lib/server/clock';
import { loadEmployerFacts } from './scenario';
import { protocolNumbersOf, sizeClassOn, unitTimeline, type UnitTimeline } from './timeline';

export { LEDGER_LOCK, withLedgerLock, unitTimeline, sizeClassOn, protocolNumbersOf, type UnitTimeline, type TimelineSegment, type TimelineInput } from './timeline';

/**
 * Every unit's windows as of `today`: what has been used and reserved in the windows that end
 * today, for ordinary causes, with the class of a request filed today (company home, radar).
 */
export async function employerWindowsToday(employerId: string, today = todayInRome()): Promise<{ sizeClass: SizeClass | null; timelines: UnitTimeline[] }> {
  await requireEmployerAccess(employerId, 'read');
  const facts = await loadEmployerFacts(prisma, employerId);
  const protocolNumbers = await protocolNumbersOf(prisma, facts);
  const sizeClass = sizeClassOn(facts, today);
  const timelines = facts.units.map((u) =>
    unitTimeline(facts, { productionUnitId: u.id, cause: 'ORDINARY_MARKET', periodStart: today, periodEnd: today, requestedWeeks: '0', sizeClass, asOf: today, protocolNumbers }),
  );
  return { sizeClass, timelines };
}

