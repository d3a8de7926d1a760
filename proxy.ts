import { NextResponse, type NextRequest } from 'next/server';

// Next 16 proxy: a per-request CSP nonce, and an optimistic redirect to sign-in for reserved
// areas when there is no session cookie at all. It is NOT the auth boundary: every page,
// action, route handler and DAL function re-checks the session and the employer (style.md §6).

const RESERVED = ['/aziende', '/consulente', '/comitato', '/admin', '/promemoria'];
const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'];

export function contentSecurityPolicy(nonce: string, opts: { dev: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}'`,
    // React renders style="" attributes (e.g. chart widths); attributes cannot run code.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(opts.https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  // A NUL in the address is never part of a real link, and PostgreSQL refuses it in any text
  // value, so a page looking up `/aziende/x%00` would end in a 500: refuse it here, once.
  if (/%00|\u0000/.test(request.url)) {
    return new NextResponse('Richiesta non valida: l’indirizzo contiene caratteri non ammessi.', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
  const reserved = RESERVED.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  if (reserved && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const signIn = new URL('/accedi', request.url);
    signIn.searchParams.set('callbackUrl', `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce, {
    dev: process.env.NODE_ENV === 'development',
    https: request.nextUrl.protocol === 'https:' || (process.env.NEXTAUTH_URL ?? '').startsWith('https:'),
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

export const config = {
  matcher: [
    {
      source: '/((?!api|_next/static|_next/image|favicon.ico|fonts/).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
