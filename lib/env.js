// @ts-check
// The only reader of process.env (t3-style). next.config.mjs validates it with the phase Next
// gives it, so a bad environment stops `next build` / `next start` / `next dev` naming the
// variable; server code reads `env`. Plain ESM + JSDoc because next.config.mjs runs on Node 20
// and cannot import TypeScript.
import { z } from 'zod';

/** Next's build phase (next/constants PHASE_PRODUCTION_BUILD): runtime secrets are not needed yet. */
export const BUILD_PHASE = 'phase-production-build';

// Outside production a missing secret falls back to this fixed value, so `next dev` and the tests
// work without configuration. Production refuses to start without a real one (parseEnv).
const DEVELOPMENT_ONLY_SECRET = 'development-only-secret-never-used-in-production-0000';

const postgresUrl = z
  .string()
  .trim()
  .regex(/^postgres(ql)?:\/\/.+/, 'deve essere un URL PostgreSQL (postgres://utente@host:porta/database)');

const serverSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  // Optional: without it `npm run demo` starts the embedded database and sets it.
  DATABASE_URL: postgresUrl.optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  // Signs the session JWT; several app instances share it, so sessions survive any instance.
  NEXTAUTH_SECRET: z.string().min(32, 'deve avere almeno 32 caratteri (openssl rand -base64 32)').optional(),
  NEXTAUTH_URL: z.url('deve essere un URL assoluto, es. http://localhost:3000').optional(),
  // Outgoing e-mail: an smtp:// or smtps:// URL; without it messages are written to MAIL_DIR.
  SMTP_URL: z.string().regex(/^smtps?:\/\/.+/, 'deve essere un URL smtp:// o smtps://').optional(),
  MAIL_FROM: z.string().min(3).default('Fondo di solidarietà del Trentino <noreply@fstn.localhost>'),
  MAIL_DIR: z.string().min(1).default('.mail'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

/** @typedef {z.infer<typeof serverSchema>} Env */

/** @param {string[]} lines */
function invalid(lines) {
  return new Error(`Configurazione non valida (variabili d'ambiente):\n${lines.join('\n')}\nVedi .env.example.`);
}

/**
 * Parses an environment and explains every wrong variable by name.
 * `phase` is Next's phase when known (next.config.mjs receives it); otherwise NEXT_PHASE, which
 * Next sets only in the build's page-data workers. The production build needs no runtime secret;
 * a production server does.
 * @param {Record<string, string | undefined>} source
 * @param {{ phase?: string }} [options]
 * @returns {Env}
 */
export function parseEnv(source, options = {}) {
  const phase = options.phase ?? source.NEXT_PHASE;
  const cleaned = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === '' ? undefined : v]));
  const result = serverSchema.safeParse(cleaned);
  if (!result.success) throw invalid(result.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`));
  const env = result.data;
  if (env.NODE_ENV !== 'production') return { ...env, NEXTAUTH_SECRET: env.NEXTAUTH_SECRET ?? DEVELOPMENT_ONLY_SECRET };
  if (!env.NEXTAUTH_SECRET && phase !== BUILD_PHASE) {
    throw invalid(['  - NEXTAUTH_SECRET: obbligatoria in produzione (openssl rand -base64 32)']);
  }
  return env;
}

/** @type {Env | undefined} */
let parsed;

/**
 * The validated environment, parsed on first use rather than at import: next.config.mjs imports
 * this module before Next has told it which phase it is in.
 * @type {Env}
 */
export const env = new Proxy(/** @type {Env} */ ({}), {
  get(_target, key) {
    parsed ??= parseEnv(process.env);
    return Reflect.get(parsed, key);
  },
});
