// Runs in every integration worker before the test file is imported: points DATABASE_URL (read
// by lib/env.js and lib/server/db.ts) at this run's database created by global-setup.ts.
import { inject, vi } from 'vitest';

process.env.DATABASE_URL = inject('databaseUrl');
// Each test file gets its own module graph, hence its own pool: keep pools small.
process.env.DATABASE_POOL_SIZE ??= '4';

// `server-only` throws outside React Server Components; integration tests exercise lib/server
// modules directly, as the server would.
vi.mock('server-only', () => ({}));
