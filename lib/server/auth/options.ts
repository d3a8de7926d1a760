import 'server-only';
import { randomUUID } from 'node:crypto';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { env } from '@/lib/env.js';
import { signInSchema } from '@/lib/schemas/auth';
import { clientIp } from '@/lib/server/client-ip';
import { authenticate } from './authenticate';
import { acceptedUntil, revokeSession } from './revocation';
import './types';

// Sessions are signed JWTs in an HttpOnly cookie: no server-side session store, so any app
// instance behind the load balancer can serve any request (docs/decisions/003-auth-sessions.md).
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

// Behind HTTPS the cookie gets the __Secure- prefix and the Secure flag, as next-auth decides
// by default. Spelt out here because the sign-in form (lib/server/auth/session-cookie.ts) writes
// the same cookie that next-auth reads.
const useSecureCookies = (env.NEXTAUTH_URL ?? '').startsWith('https://');
export const SESSION_COOKIE = {
  name: `${useSecureCookies ? '__Secure-' : ''}next-auth.session-token`,
  options: { httpOnly: true, sameSite: 'lax' as const, path: '/', secure: useSecureCookies },
};

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  useSecureCookies,
  cookies: { sessionToken: SESSION_COOKIE },
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/accedi', signOut: '/esci', error: '/accedi' },
  providers: [
    CredentialsProvider({
      name: 'E-mail e password',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) return null;
        // The same address the other per-IP limits use (the hop the load balancer wrote, not the
        // first one, which the client chooses).
        const headers = new Headers();
        for (const [name, value] of Object.entries(req?.headers ?? {})) if (typeof value === 'string') headers.set(name, value);
        const outcome = await authenticate(parsed.data, clientIp(headers));
        // next-auth turns a thrown error into `error=<message>` for the sign-in page.
        if (outcome.status === 'rate-limited') throw new Error(`RATE_LIMITED:${outcome.retryAfterSeconds}`);
        if (outcome.status !== 'ok') return null;
        return outcome.user;
      },
    }),
  ],
  events: {
    // next-auth's own sign-out route (POST /api/auth/signout) ends the session like "Esci" does.
    async signOut({ token }) {
      if (typeof token?.sid === 'string' && typeof token.uid === 'string' && typeof token.exp === 'number') await revokeSession({ sid: token.sid, uid: token.uid, expiresAt: acceptedUntil(token.exp) });
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        // A new id per sign-in: "Esci" revokes this session only, not the user's other devices.
        token.sid = randomUUID();
        token.role = user.role;
        token.locale = user.locale;
      }
      return token;
    },
    session({ session, token }) {
      session.user = { ...session.user, id: token.uid, role: token.role, locale: token.locale };
      return session;
    },
  },
};
