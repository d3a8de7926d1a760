/**
 * The values a form shows: what was posted when the action answered with errors (so a page
 * re-rendered without JavaScript keeps every typed value), else the defaults. Follows the
 * defaults' shape: strings, nested objects (date parts) and arrays (rows); a box the post left out
 * (an unticked radio) is empty, and whatever the post adds beyond that shape is ignored.
 */
export function refillValues<T>(defaults: T, posted: unknown): T {
  if (typeof defaults === 'string') return (typeof posted === 'string' ? posted : '') as T;
  if (Array.isArray(defaults)) {
    const rows = Array.isArray(posted) ? posted : [];
    return defaults.map((d, i) => refillValues(d, rows[i])) as T;
  }
  if (defaults && typeof defaults === 'object') {
    const source = posted && typeof posted === 'object' ? (posted as Record<string, unknown>) : {};
    return Object.fromEntries(Object.entries(defaults).map(([k, d]) => [k, refillValues(d, source[k])])) as T;
  }
  return defaults;
}
