import { z } from 'zod';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The months of a report from the search params: default the last 12 months up to `today`'s month. */
export function reportRange(params: Record<string, string | string[] | undefined>, today: string): { from: string; to: string; invalid: boolean } {
  const month = z.string().regex(MONTH).optional().catch(undefined);
  const pick = (v: string | string[] | undefined) => month.parse(Array.isArray(v) ? v[0] : v);
  const current = today.slice(0, 7);
  const [y, m] = current.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - 11;
  const defaultFrom = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  const from = pick(params.dal) ?? defaultFrom;
  const to = pick(params.al) ?? current;
  const span = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
  if (span < 0 || span >= 120) return { from: defaultFrom, to: current, invalid: true };
  return { from, to, invalid: false };
}
