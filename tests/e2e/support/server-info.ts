import path from 'node:path';

/** What tests/e2e/support/serve.ts started for this run. */
export type E2eServer = {
  /** The run's own database: fixtures create rows here with tests/fixtures/factories.ts. */
  databaseUrl: string;
  baseURL: string;
  /** A second app instance on the same database and secret (E2E_PORT + 1000). */
  secondBaseURL: string;
  /** Everything each instance wrote to stdout and stderr (first and second instance). */
  logFiles: string[];
};

export const e2eServerFile = (root: string) => path.join(root, '.data/e2e.json');
