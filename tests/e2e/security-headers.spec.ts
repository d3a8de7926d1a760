// Issue 7 §3: the security headers and cookie flags, read from the production build (serve.ts runs
// `next start`), and the browser's own verdict on the Content-Security-Policy: no violation is
// reported on the landing page, sign-in, the simulator and signed-in pages, while the pages still
// hydrate (a blocked script would leave them inert). Expected values are the policy of
// docs/security.md (OWASP ASVS 14.4 / Secure Headers), not read back from next.config.mjs.
import type { APIResponse, Page } from '@playwright/test';
import { DEMO_LOGIN, expect, test } from '../playwright-utils';

const PAGES = ['/', '/accedi', '/simulatore', '/simulatore/lr-5-2009'];

/** The directives of a CSP header, by name. */
function directives(csp: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) map.set(name.toLowerCase(), values);
  }
  return map;
}

function expectStaticHeaders(response: APIResponse | { headers(): Record<string, string> }, what: string) {
  const h = response.headers();
  expect(h['x-content-type-options'], `${what}: X-Content-Type-Options`).toBe('nosniff');
  expect(h['referrer-policy'], `${what}: Referrer-Policy`).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
  expect(h['x-frame-options'], `${what}: X-Frame-Options`).toBe('DENY');
  const hsts = /max-age=(\d+)/.exec(h['strict-transport-security'] ?? '');
  expect(Number(hsts?.[1] ?? 0), `${what}: HSTS max-age of at least a year`).toBeGreaterThanOrEqual(31_536_000);
  expect(h['strict-transport-security'], `${what}: HSTS covers subdomains`).toContain('includeSubDomains');
  const permissions = h['permissions-policy'] ?? '';
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
    expect(permissions, `${what}: Permissions-Policy denies ${feature}`).toContain(`${feature}=()`);
  }
  expect(h['x-powered-by'], `${what}: no framework banner`).toBeUndefined();
}

/** Checks the CSP of an HTML page and that every script element carries its nonce; returns the nonce. */
function expectNonceCsp(csp: string | undefined, html: string, what: string): string {
  expect(csp, `${what}: Content-Security-Policy`).toBeTruthy();
  const d = directives(csp!);
  const script = d.get('script-src') ?? [];
  const nonce = script.find((v) => v.startsWith("'nonce-"))?.slice(7, -1) ?? '';
  expect(nonce.length, `${what}: script-src has a nonce`).toBeGreaterThanOrEqual(16);
  expect(script, `${what}: no unsafe-inline scripts`).not.toContain("'unsafe-inline'");
  expect(script, `${what}: no eval in production`).not.toContain("'unsafe-eval'");
  expect(script, `${what}: no host allow-list to bypass`).not.toContain('*');
  expect(d.get('frame-ancestors'), `${what}: frame-ancestors`).toEqual(["'none'"]);
  expect(d.get('object-src'), `${what}: object-src`).toEqual(["'none'"]);
  expect(d.get('base-uri'), `${what}: base-uri`).toEqual(["'self'"]);
  expect(d.get('form-action'), `${what}: form-action`).toEqual(["'self'"]);
  expect(d.get('default-src'), `${what}: default-src`).toEqual(["'self'"]);
  expect(d.get('style-src') ?? [], `${what}: no unsafe-inline style elements`).not.toContain("'unsafe-inline'");
  // Every <script> Next rendered must carry this response's nonce, or the browser would drop it.
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length, `${what}: the page has scripts`).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, `${what}: a script without the nonce`).toContain(`nonce="${nonce}"`);
  return nonce;
}

/** Collects CSP violations the browser reports (event and console), from before the first script runs. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(message.text())) fromConsole.push(message.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
  });
  return async () => [...fromConsole, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];
}

test('public pages: nonce CSP with every script carrying the nonce, a fresh nonce per response, and the static headers', async ({ request }) => {
  for (const path of PAGES) {
    const first = await request.get(path);
    expect(first.status(), path).toBe(200);
    const nonce = expectNonceCsp(first.headers()['content-security-policy'], await first.text(), path);
    expectStaticHeaders(first, path);
    const second = await request.get(path);
    const again = expectNonceCsp(second.headers()['content-security-policy'], await second.text(), path);
    expect(again, `${path}: the nonce is not reused`).not.toBe(nonce);
  }
});

test('API answers, assets and redirects carry the static headers too', async ({ request }) => {
  const health = await request.get('/api/health');
  expectStaticHeaders(health, '/api/health');
  const api = await request.post('/api/v1/simulations', { data: '{', headers: { 'content-type': 'application/json' } });
  expect(api.status()).toBe(400);
  expectStaticHeaders(api, 'POST /api/v1/simulations');
  const redirect = await request.get('/comitato', { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expectStaticHeaders(redirect, 'redirect to sign-in');
  const html = await (await request.get('/')).text();
  const asset = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
  expect(asset).toBeTruthy();
  expectStaticHeaders(await request.get(asset!), asset!);
});

for (const path of PAGES) {
  test(`no CSP violation on ${path}, and the page hydrates`, async ({ page }) => {
    const violations = await watchViolations(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    // React hydrated: the language switch is a client form that Next enhances; its hidden action id
    // field exists only in server HTML, but the router marks the document once scripts ran.
    await page.waitForFunction(() => '__next_f' in window && document.readyState === 'complete');
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
  });
}

test('signing in with the form: session cookie HttpOnly and SameSite=Lax, signed-in pages without CSP violations', async ({ page, context }) => {
  const violations = await watchViolations(page);
  await page.goto('/accedi');
  await page.getByLabel('Indirizzo e-mail').fill(DEMO_LOGIN.STAFF.email);
  await page.getByLabel('Password').fill(DEMO_LOGIN.STAFF.password);
  await page.getByRole('button', { name: 'Accedi' }).click();
  await expect(page).toHaveURL('/comitato');
  await page.waitForLoadState('networkidle');

  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name.endsWith('next-auth.session-token'));
  expect(session, 'a session cookie').toBeTruthy();
  expect(session!.httpOnly, 'session cookie HttpOnly').toBe(true);
  expect(session!.sameSite, 'session cookie SameSite').toBe('Lax');
  expect(session!.path).toBe('/');
  // At most the session length (8 h), not a persistent "remember me".
  expect(session!.expires * 1000 - Date.now()).toBeLessThanOrEqual(8 * 3600 * 1000 + 60_000);
  for (const cookie of cookies) {
    expect(cookie.httpOnly, `${cookie.name} HttpOnly`).toBe(true);
    expect(['Lax', 'Strict'], `${cookie.name} SameSite`).toContain(cookie.sameSite);
  }

  const response = await page.goto('/comitato/domande');
  const html = (await response?.text()) ?? '';
  expectNonceCsp(response?.headers()['content-security-policy'], html, '/comitato/domande');
  expectStaticHeaders(response!, '/comitato/domande');
  await page.waitForLoadState('networkidle');
  expect(await violations()).toEqual([]);
});

test('an employer’s signed-in pages (home, company, request list) hydrate without CSP violations', async ({ page, loginAs }) => {
  await loginAs('EMPLOYER');
  const violations = await watchViolations(page);
  await page.goto('/aziende');
  await page.getByRole('link', { name: 'Hotel Dolomiti S.r.l.', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hotel Dolomiti S.r.l.' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  // The company's request list (client-side navigation, then a full load).
  await page.goto('/aziende');
  await page.getByRole('link', { name: 'Tutte le domande di Hotel Dolomiti S.r.l.' }).click();
  await page.waitForLoadState('networkidle');
  await page.reload();
  await page.waitForLoadState('networkidle');
  expect(await violations()).toEqual([]);
});

test('the pages cannot be framed by another site', async ({ page, e2eServer }) => {
  const violations: string[] = [];
  page.on('console', (m) => violations.push(m.text()));
  await page.setContent(`<iframe id="f" src="${e2eServer.baseURL}/accedi"></iframe>`);
  const frame = page.frame({ url: /\/accedi/ });
  // Blocked by frame-ancestors 'none': the frame never gets the sign-in form.
  await page.waitForTimeout(1_000);
  const hasForm = frame ? await frame.locator('input[type="password"]').count().catch(() => 0) : 0;
  expect(hasForm).toBe(0);
});
