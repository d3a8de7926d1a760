// Query of the consultant's radar (/consulente): everything lives in the URL's search params so the
// page works without JavaScript, can be bookmarked, and the CSV export reproduces the same view.
// Parameter names are Italian, like the route segments.
import { z } from 'zod';

export const RADAR_SORTS = ['nome', 'biennio', 'scadenza', 'bozze', 'in-esame'] as const;
export type RadarSort = (typeof RADAR_SORTS)[number];
export const RADAR_FILTERS = ['tutti', 'scadenze-30', 'bozze', 'in-esame', 'capienza-bassa'] as const;
export type RadarFilter = (typeof RADAR_FILTERS)[number];
export const RADAR_PAGE_SIZE = 25;
/** "Low capacity": fewer weeks left in the biennium than one C1 request may ask for (D-1). */
export const LOW_CAPACITY_WEEKS = 13;
/** "Deadline soon": within this many days. */
export const SOON_DAYS = 30;

const one = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** Lenient by design: a hand-edited URL falls back to the defaults instead of an error page. */
export const radarQuerySchema = z.object({
  q: z.preprocess(one, z.string().trim().max(100).catch('')).default(''),
  ordina: z.preprocess(one, z.enum(RADAR_SORTS).catch('nome')).default('nome'),
  verso: z.preprocess(one, z.enum(['asc', 'desc']).catch('asc')).default('asc'),
  filtro: z.preprocess(one, z.enum(RADAR_FILTERS).catch('tutti')).default('tutti'),
  pagina: z.preprocess(one, z.coerce.number().int().min(1).max(10_000).catch(1)).default(1),
});
export type RadarQuery = z.output<typeof radarQuerySchema>;

export function parseRadarQuery(params: Record<string, string | string[] | undefined>): RadarQuery {
  return radarQuerySchema.parse(params);
}

/** The search params of a radar view, without the defaults (short, stable URLs). */
export function radarSearch(query: Partial<RadarQuery>): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.ordina && query.ordina !== 'nome') params.set('ordina', query.ordina);
  if (query.verso && query.verso !== 'asc') params.set('verso', query.verso);
  if (query.filtro && query.filtro !== 'tutti') params.set('filtro', query.filtro);
  if (query.pagina && query.pagina > 1) params.set('pagina', String(query.pagina));
  const text = params.toString();
  return text ? `?${text}` : '';
}
