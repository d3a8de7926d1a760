import 'server-only';
import { cache } from 'react';
import { getServerSession } from 'next-auth';
import { prisma } from '@/lib/server/db';
import { authOptions } from './options';
import type { AppRole } from './types';

export type CurrentUser = { id: string; email: string; name: string; role: AppRole; locale: string };

/**
 * The signed-in user, re-read from the database once per request: a disabled account or a
 * changed role takes effect at once, not when the JWT expires.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  const user = await prisma.user.findUnique({
    where: { id },
    select: { id: true, email: true, name: true, role: true, locale: true, disabledAt: true },
  });
  if (!user || user.disabledAt) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale };
});
