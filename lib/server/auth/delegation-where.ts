import 'server-only';
import { dateColumn } from '@/lib/server/clock';

/**
 * Active delegations on a given day: accepted, not revoked, started and not ended. The one
 * definition used by the access guard and by every query that lists a consultant's clients
 * (radar, reminders). Kept apart from guards.ts so that jobs and scripts, which have no session,
 * can use it without loading the sign-in machinery.
 */
export function activeDelegationWhere(today: string) {
  const day = dateColumn(today);
  return {
    status: 'ACTIVE' as const,
    revokedAt: null,
    startsOn: { lte: day },
    OR: [{ endsOn: null }, { endsOn: { gte: day } }],
  };
}
