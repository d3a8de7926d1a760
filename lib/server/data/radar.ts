import 'server-only';
import type { CalendarDate } from '@/lib/rules/core/calendar-date';
import type { RadarQuery } from '@/lib/schemas/radar';
import { requireRole } from '@/lib/server/auth/guards';
import { todayInRome } from '@/lib/server/clock';
import { radarFor, type RadarPage } from './radar-query';

export type { RadarDeadline, RadarPage, RadarRow, WindowSummary } from './radar-query';

// The radar's guarded entry points: the signed-in consultant sees its own delegated clients only
// (active delegations on today's date); the query itself is in radar-query.ts.

/** One page of the radar for the signed-in consultant. */
export async function getRadar(query: RadarQuery): Promise<RadarPage> {
  const user = await requireRole('CONSULTANT');
  return radarFor(user.id, query, todayInRome() as CalendarDate);
}

/** Every row of the view, unpaginated and with windows (CSV export). */
export async function getRadarExport(query: RadarQuery): Promise<RadarPage> {
  const user = await requireRole('CONSULTANT');
  return radarFor(user.id, query, todayInRome() as CalendarDate, { all: true });
}
