import 'server-only';

/**
 * The caller's address for per-IP limits. Behind the load balancer the app sees its
 * `X-Real-IP`, or the LAST `X-Forwarded-For` hop (the one the balancer appended: earlier hops are
 * whatever the client sent, so they cannot be trusted for a limit). Never logged with personal data.
 */
export function clientIp(headers: Headers): string {
  const real = headers.get('x-real-ip')?.trim();
  if (real) return real;
  const hops = headers.get('x-forwarded-for')?.split(',').map((h) => h.trim()).filter(Boolean) ?? [];
  return hops.at(-1) ?? 'unknown';
}
