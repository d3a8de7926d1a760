import type { DefaultSession } from 'next-auth';

export type AppRole = 'EMPLOYER' | 'CONSULTANT' | 'STAFF' | 'ADMIN';

declare module 'next-auth' {
  interface Session {
    user: { id: string; role: AppRole; locale: string } & DefaultSession['user'];
  }
  interface User {
    id: string;
    role: AppRole;
    locale: string;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid: string;
    /** This session's own id, refused once the session is ended (RevokedSession). */
    sid: string;
    role: AppRole;
    locale: string;
  }
}
