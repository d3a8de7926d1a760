// proxy.ts: the per-request CSP and the refusal of NUL in addresses (a NUL would reach PostgreSQL
// through a page's lookup and end as a 500; found by the fuzz suite on the export routes).
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { proxy } from '@/proxy';

describe('proxy', () => {
  it.each(['/aziende/abc%00/domande', '/comitato/domande?q=Rossi%00', '/allegati/%00'])('refuses %s with 400', (path) => {
    const response = proxy(new NextRequest(`http://localhost:3000${path}`, { headers: { cookie: 'next-auth.session-token=x' } }));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('text/plain');
  });

  it('lets an ordinary address through with a fresh nonce CSP each time', () => {
    const first = proxy(new NextRequest('http://localhost:3000/simulatore?x=%20a'));
    const second = proxy(new NextRequest('http://localhost:3000/simulatore?x=%20a'));
    expect(first.status).toBe(200);
    const nonce = (r: Response) => /'nonce-([^']+)'/.exec(r.headers.get('content-security-policy') ?? '')?.[1];
    expect(nonce(first)).toBeTruthy();
    expect(nonce(first)).not.toBe(nonce(second));
  });
});
