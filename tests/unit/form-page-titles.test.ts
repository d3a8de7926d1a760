// Every page with a form posted to a server action says "Errore: " first in its title when the
// answer has errors without JavaScript (lib/server/form-error-title.ts): its generateMetadata goes
// through formPageTitle. A page reaches a form through its imports (its own components, the shared
// ones), so this follows them from each page.tsx and fails for a page that forgot.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
/** A form that posts to a server action and shows its errors. */
const FORM = /\buse(ActionState|ActionForm|WizardForm)\b/;

function filesUnder(dir: string, name: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? filesUnder(full, name) : entry === name ? [full] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? path.join(root, spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  for (const candidate of [base, `${base}.tsx`, `${base}.ts`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Whether the file or anything it imports from the app (not lib/, which holds no forms) has a form. */
function reachesForm(file: string, seen = new Set<string>()): boolean {
  if (seen.has(file)) return false;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  if (FORM.test(text)) return true;
  for (const [, spec] of text.matchAll(/^import\s+(?!type\b)[^'"]*['"]([^'"]+)['"]/gm)) {
    const target = resolveImport(file, spec!);
    if (target && !path.relative(root, target).startsWith('lib') && reachesForm(target, seen)) return true;
  }
  return false;
}

describe('"Errore: " in the title of the pages with a form', () => {
  const all = filesUnder(path.join(root, 'app'), 'page.tsx');
  const pages = all.filter((p) => reachesForm(p));

  it('finds the form pages (sign-in, simulators, company set-up, wizard, Committee, consultant…)', () => {
    expect(pages.length).toBeGreaterThanOrEqual(34);
  });

  it('and only they say "Errore: " (a plain server form, which shows no errors, does not)', () => {
    const titled = all.filter((p) => readFileSync(p, 'utf8').includes('formPageTitle('));
    expect(titled.map((p) => path.relative(root, p)).sort()).toEqual(pages.map((p) => path.relative(root, p)).sort());
  });

  it.each(pages.map((p) => path.relative(root, p)))('%s gives its title through formPageTitle', (page) => {
    expect(readFileSync(path.join(root, page), 'utf8')).toMatch(/title: await formPageTitle\(/);
  });
});
