// Finds every server-action module and every route handler in the source tree, so that the
// authorisation matrix cannot miss a file added after it was written.
//   - Server actions: every module under app/ and lib/ whose first statement is 'use server'
//     (each exported function is then a POST endpoint Next can call), plus any inline
//     'use server' function, which is refused outright (it could not be enumerated).
//   - Route handlers: every app/**/route.ts(x), with the HTTP methods it exports.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
const SOURCE = /\.(ts|tsx|js|jsx|mjs)$/;
const SKIP_DIRS = new Set(['node_modules', '.next', 'generated', '.git']);
export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) walk(path.join(dir, entry.name), out);
    } else if (SOURCE.test(entry.name) && !/\.(test|spec)\.[a-z]+$/.test(entry.name)) {
      out.push(path.join(dir, entry.name));
    }
  }
  return out;
}

const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');

/** Source without comments, so a directive in a comment is not mistaken for one. */
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

function hasTopLevelUseServer(text: string): boolean {
  return /^\s*(['"])use server\1;?/.test(stripComments(text));
}

export type SourceScan = {
  /** Repository-relative paths of 'use server' modules. */
  actionModules: string[];
  /** Files with a 'use server' directive inside a function body (not allowed: not enumerable). */
  inlineActions: string[];
  /** Repository-relative paths of route handlers. */
  routeFiles: string[];
};

export function scanSources(): SourceScan {
  const files = [...walk(path.join(ROOT, 'app')), ...walk(path.join(ROOT, 'lib'))];
  const actionModules: string[] = [];
  const inlineActions: string[] = [];
  const routeFiles: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const code = stripComments(text);
    const top = hasTopLevelUseServer(text);
    if (top) actionModules.push(rel(file));
    const directives = code.match(/(['"])use server\1/g)?.length ?? 0;
    if (directives > (top ? 1 : 0)) inlineActions.push(rel(file));
    if (/^app\/.*\/route\.(ts|tsx|js)$/.test(rel(file))) routeFiles.push(rel(file));
  }
  return { actionModules: actionModules.sort(), inlineActions: inlineActions.sort(), routeFiles: routeFiles.sort() };
}

/** `app/(area-riservata)/aziende/[employerId]/ricevuta/route.ts` → `/aziende/[employerId]/ricevuta`. */
export function routePath(routeFile: string): string {
  const segments = routeFile
    .replace(/^app\//, '')
    .split('/')
    .slice(0, -1)
    .filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith('@'));
  return `/${segments.join('/')}`;
}

export function exportedMethods(mod: Record<string, unknown>): HttpMethod[] {
  return HTTP_METHODS.filter((m) => typeof mod[m] === 'function');
}
