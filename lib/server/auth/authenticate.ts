import 'server-only';
import { prisma } from '@/lib/server/db';
import type { SignInInput } from '@/lib/schemas/auth';
import { RATE_LIMITS, consumeRateLimit, resetRateLimit } from '@/lib/server/rate-limit';
import { verifyPassword } from './password';
import type { AppRole } from './types';

export type AuthenticatedUser = { id: string; email: string; name: string; role: AppRole; locale: string };
export type AuthenticateOutcome =
  | { status: 'ok'; user: AuthenticatedUser }
  | { status: 'invalid' }
  | { status: 'rate-limited'; retryAfterSeconds: number };

/**
 * Checks e-mail and password. The answer never says which of the two was wrong, and an
 * unknown e-mail costs the same time as a wrong password.
 */
export async function authenticate(input: SignInInput, ip: string): Promise<AuthenticateOutcome> {
  const [perAccount, perIp] = await Promise.all([
    consumeRateLimit(RATE_LIMITS.signInPerAccount, input.email),
    consumeRateLimit(RATE_LIMITS.signInPerIp, ip),
  ]);
  for (const outcome of [perAccount, perIp]) {
    if (!outcome.allowed) return { status: 'rate-limited', retryAfterSeconds: outcome.retryAfterSeconds };
  }
  const user = await prisma.user.findUnique({
    where: { email: input.email },
    select: { id: true, email: true, name: true, role: true, locale: true, passwordHash: true, disabledAt: true },
  });
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !passwordOk || user.disabledAt) return { status: 'invalid' };
  await resetRateLimit(RATE_LIMITS.signInPerAccount, input.email);
  return { status: 'ok', user: { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale } };
}
