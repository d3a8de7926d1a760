// Structured logs without personal data: callers pass ids, never names, codici fiscali, pay or
// passwords; errors are reduced to their name, code, first message line and stack frames (no request
// bodies, no query arguments: describeError below).
type Level = 'debug' | 'info' | 'warn' | 'error';
const order: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

function threshold(): number {
  const level = process.env.LOG_LEVEL as Level | undefined;
  return order[level ?? 'info'] ?? order.info;
}

function write(level: Level, message: string, fields?: Record<string, unknown>) {
  if (order[level] < threshold()) return;
  const line = JSON.stringify({ at: new Date().toISOString(), level, message, ...fields });
  (level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(line + '\n');
}

export const log = {
  debug: (m: string, f?: Record<string, unknown>) => write('debug', m, f),
  info: (m: string, f?: Record<string, unknown>) => write('info', m, f),
  warn: (m: string, f?: Record<string, unknown>) => write('warn', m, f),
};

// Defence in depth for error texts, which the code does not choose: a codice fiscale or an e-mail
// address that slipped into one is masked.
const CODICE_FISCALE = /\b[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]\b/gi;
const EMAIL = /[^\s@"'`<>()]+@[^\s@"'`<>()]+\.[a-z]{2,}/gi;

/**
 * What is kept of an error: its name, code, the FIRST line of its message and the stack frames.
 * Database client errors repeat the query and its arguments (names, codici fiscali, pay) in the
 * following lines, and `stack` starts with the whole message again (tests/security/data-protection).
 */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = (error as { code?: unknown }).code;
  const firstLine = error.message.split('\n').find((line) => line.trim()) ?? '';
  return {
    name: error.name,
    ...(typeof code === 'string' ? { code } : {}),
    message: firstLine.trim().slice(0, 300).replace(CODICE_FISCALE, '[codice fiscale]').replace(EMAIL, '[e-mail]'),
    stack: (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line)).join('\n'),
  };
}

export function logError(message: string, error: unknown, fields?: Record<string, unknown>) {
  write('error', message, { ...fields, error: describeError(error) });
}
