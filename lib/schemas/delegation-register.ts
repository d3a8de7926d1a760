// Search parameters of staff's delegation register (/comitato/deleghe). Lenient: a hand-edited URL
// falls back to the defaults.
import { z } from 'zod';

const one = (value: unknown) => (Array.isArray(value) ? value[0] : value);
export const DELEGATION_REGISTER_STATES = ['', 'ACTIVE', 'PENDING', 'ENDED', 'REVOKED'] as const;
export const DELEGATION_REGISTER_PAGE_SIZE = 50;

export const delegationRegisterQuerySchema = z.object({
  q: z.preprocess(one, z.string().trim().max(100).catch('')).default(''),
  stato: z.preprocess(one, z.enum(DELEGATION_REGISTER_STATES).catch('')).default(''),
  pagina: z.preprocess(one, z.coerce.number().int().min(1).max(100_000).catch(1)).default(1),
});
export type DelegationRegisterQuery = z.output<typeof delegationRegisterQuerySchema>;

export function delegationRegisterSearch(query: Partial<DelegationRegisterQuery>): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.stato) params.set('stato', query.stato);
  if (query.pagina && query.pagina > 1) params.set('pagina', String(query.pagina));
  const text = params.toString();
  return text ? `?${text}` : '';
}
