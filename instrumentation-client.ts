// Runs in the browser before the application's modules (Next's client instrumentation hook).
// zod 4 probes whether it may compile fast object parsers with `new Function('')`; under the
// Content-Security-Policy (no 'unsafe-eval', proxy.ts) the browser blocks that probe and reports a
// CSP violation on every page with a form. Interpreted parsing is as correct and fast enough for
// forms, so the browser never tries eval (tests/e2e/security-headers.spec.ts watches for reports).
import { config } from 'zod/v4/core';

config({ jitless: true });
