// Argon2id (OWASP's first choice) through a prebuilt native binding. No 'server-only' here:
// the seed script and tests hash passwords too.
import { hash, verify } from '@node-rs/argon2';

// OWASP 2024 minimum for Argon2id: m = 19 MiB, t = 2, p = 1.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1, algorithm: 2 /* Argon2id */ } as const;

export function hashPassword(plain: string): Promise<string> {
  return hash(plain, OPTIONS);
}

// Verifying against this when the e-mail is unknown keeps response times equal, so timing
// does not reveal whether an account exists.
const DUMMY_HASH_PROMISE = hash('not-a-real-password-used-for-timing', OPTIONS);

export async function verifyPassword(storedHash: string | null, plain: string): Promise<boolean> {
  if (!storedHash) {
    await verify(await DUMMY_HASH_PROMISE, plain).catch(() => false);
    return false;
  }
  return verify(storedHash, plain).catch(() => false);
}
