import { describe, expect, it } from 'vitest';
import { BUILD_PHASE, parseEnv } from './env.js';

const SECRET = 'a'.repeat(32);

describe('parseEnv', () => {
  it('refuses a malformed variable and names it', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://db/fstn' })).toThrow(/DATABASE_URL: deve essere un URL PostgreSQL/);
    expect(() => parseEnv({ DATABASE_POOL_SIZE: 'tanti' })).toThrow(/DATABASE_POOL_SIZE/);
    expect(() => parseEnv({ NEXTAUTH_SECRET: 'corto' })).toThrow(/NEXTAUTH_SECRET: deve avere almeno 32 caratteri/);
  });

  it('lists every wrong variable at once', () => {
    expect(() => parseEnv({ LOG_LEVEL: 'loud', NEXTAUTH_URL: 'non-un-url' })).toThrow(/LOG_LEVEL[\s\S]*NEXTAUTH_URL|NEXTAUTH_URL[\s\S]*LOG_LEVEL/);
  });

  it('refuses a production server without NEXTAUTH_SECRET, naming the variable', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' }, { phase: 'phase-production-server' })).toThrow(/NEXTAUTH_SECRET: obbligatoria in produzione/);
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/NEXTAUTH_SECRET/);
  });

  it('lets the production build run without runtime secrets, whether the phase is passed or in NEXT_PHASE', () => {
    expect(parseEnv({ NODE_ENV: 'production' }, { phase: BUILD_PHASE }).NEXTAUTH_SECRET).toBeUndefined();
    expect(parseEnv({ NODE_ENV: 'production', NEXT_PHASE: BUILD_PHASE }).NODE_ENV).toBe('production');
  });

  it('accepts a complete production environment', () => {
    const env = parseEnv({ NODE_ENV: 'production', NEXTAUTH_SECRET: SECRET, DATABASE_URL: 'postgres://app@db:5432/fstn', DATABASE_POOL_SIZE: '20' });
    expect(env).toMatchObject({ NEXTAUTH_SECRET: SECRET, DATABASE_POOL_SIZE: 20 });
  });

  it('gives development a fixed secret so that `next dev` needs no configuration', () => {
    expect(parseEnv({ NODE_ENV: 'development' }).NEXTAUTH_SECRET).toMatch(/^development-only-/);
    expect(parseEnv({ NODE_ENV: 'development', NEXTAUTH_SECRET: SECRET }).NEXTAUTH_SECRET).toBe(SECRET);
  });

  it('treats empty strings as unset, as .env files write them', () => {
    expect(parseEnv({ DATABASE_URL: '', SMTP_URL: '' })).toMatchObject({ DATABASE_URL: undefined, SMTP_URL: undefined });
  });
});
