// @ts-check
// The only reader of process.env (t3-style). Imported by next.config.mjs so that a bad
// environment fails `next build` and `next start`, and by server code through `env`.
// Plain ESM + JSDoc because next.config.mjs runs on Node 20 and cannot import TypeScript.
import { z } from 'zod';

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

/**
 * Parses the environment once and explains every wrong variable by name.
 * @param {Record<string, string | undefined>} source
 */
export function parseEnv(source) {
  const cleaned = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === '' ? undefined : v]));
  const result = serverSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Configurazione non valida (variabili d'ambiente):\n${lines.join('\n')}\nVedi .env.example.`);
  }
  const env = result.data;
  if (env.NODE_ENV === 'production' && !env.NEXTAUTH_SECRET && source.NEXT_PHASE !== 'phase-production-build') {
    throw new Error(
      "Configurazione non valida (variabili d'ambiente):\n  - NEXTAUTH_SECRET: obbligatoria in produzione (openssl rand -base64 32)\nVedi .env.example.",
    );
  }
  return env;
}

/** @type {z.infer<typeof serverSchema>} */
export const env = parseEnv(process.env);
