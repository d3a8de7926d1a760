// @ts-check
import createNextIntlPlugin from 'next-intl/plugin';
import { parseEnv } from './lib/env.js';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native or file-reading packages stay out of the server bundle.
  serverExternalPackages: ['@node-rs/argon2', 'pdfkit', 'pg', 'pg-boss', 'nodemailer', '@electric-sql/pglite'],
  experimental: {
    // forbidden() renders app/forbidden.tsx with HTTP 403 for authenticated users without rights.
    authInterrupts: true,
    // CSV imports post files up to 1 MB (lib/schemas/workers.ts WORKER_CSV_MAX_BYTES) plus the form.
    serverActions: { bodySizeLimit: '2mb' },
  },
  async headers() {
    // Static headers; the CSP with a per-request nonce is set in proxy.ts.
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
          { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
        ],
      },
    ];
  },
};

/**
 * Next calls this with its phase. The environment is validated here, with that phase, so a wrong
 * variable stops `next build`, `next start` and `next dev` with its name, while the build itself
 * needs no runtime secret (NEXTAUTH_SECRET is required when a production server starts).
 * @param {string} phase
 */
export default function config(phase) {
  parseEnv(process.env, { phase });
  return withNextIntl(nextConfig);
}
