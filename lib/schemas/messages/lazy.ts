// The validation catalogues for the browser, one chunk per catalogue file, loaded when a form
// first has an error to show (issue 8: every client form used to ship every catalogue in both
// languages, ~18 KB gzip in the first-load JS of every page with a form). The server keeps the
// whole dictionary (./index.ts), which costs nothing on the client.
//
// A key's first segment names its catalogue ('auth.email.required' → ./auth). Every prefix of
// every catalogue in ./index.ts must be listed here: lazy.test.ts checks it.
import type { Locale } from '@/lib/i18n/config';

type Catalogue = { it: Record<string, string>; en: Record<string, string> };
type Loader = () => Promise<Catalogue>;

const simulator: Loader = () => import('./simulator').then((m) => m.simulatorValidation);
const workforce: Loader = () => import('./workforce').then((m) => m.workforceValidation);

export const catalogueLoaders: Record<string, Loader> = {
  common: () => import('./common').then((m) => m.commonValidation),
  auth: () => import('./auth').then((m) => m.authValidation),
  review: () => import('./review').then((m) => m.reviewValidation),
  delegation: () => import('./delegation').then((m) => m.delegationValidation),
  reminders: () => import('./reminders').then((m) => m.remindersValidation),
  import: () => import('./bulk-import').then((m) => m.bulkImportValidation),
  simulation: () => import('./simulation').then((m) => m.simulationValidation),
  simulator: simulator,
  lr5: simulator,
  company: () => import('./company').then((m) => m.companyValidation),
  request: () => import('./request').then((m) => m.requestValidation),
  worker: workforce,
  workerImport: workforce,
  headcount: workforce,
  history: workforce,
  unit: workforce,
};

const loaded = new Map<string, Promise<Catalogue | null>>();

/** The catalogue holding `key`'s prefix (each loaded once per page), or null for a text that is not a known key. */
function catalogueOf(key: string): Promise<Catalogue | null> {
  const prefix = key.slice(0, key.indexOf('.'));
  const load = Object.hasOwn(catalogueLoaders, prefix) ? catalogueLoaders[prefix] : undefined;
  if (!load) return Promise.resolve(null);
  let pending = loaded.get(prefix);
  if (!pending) {
    // A failed load (offline) is not cached, so the next submit tries again.
    pending = load().catch(() => {
      loaded.delete(prefix);
      return null;
    });
    loaded.set(prefix, pending);
  }
  return pending;
}

/**
 * The same answers as `translateValidationMessage` (./index.ts) for the given messages, loading
 * only the catalogues they belong to. A message that is not a known key is returned as written.
 */
export async function translateValidationMessages(messages: readonly string[], locale: Locale): Promise<Map<string, string>> {
  const unique = [...new Set(messages)];
  const catalogues = await Promise.all(unique.map(catalogueOf));
  return new Map(unique.map((message, i) => [message, catalogues[i]?.[locale][message] ?? catalogues[i]?.it[message] ?? message]));
}
