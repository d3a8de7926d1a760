// Vitest globalSetup of the `integration` project: one fresh, migrated database per run (see
// test-database.ts), handed to the test workers with provide/inject and dropped at the end.
// KEEP_TEST_DB=1 keeps it for inspection.
import type { TestProject } from 'vitest/node';
import { createTestDatabase, dropTestDatabase } from './test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of this run's migrated test database. */
    databaseUrl: string;
    /** 'embedded' when PGlite stands in for PostgreSQL: concurrency tests prove nothing there. */
    databaseKind: 'postgres' | 'embedded';
  }
}

export default async function setup(project: TestProject) {
  const database = await createTestDatabase();
  project.provide('databaseUrl', database.url);
  project.provide('databaseKind', database.kind);

  return async function teardown() {
    if (process.env.KEEP_TEST_DB === '1') {
      console.log(`KEEP_TEST_DB=1: test database kept at ${database.url}${database.kind === 'embedded' ? ` (folder ${database.dataDir}, server stopped)` : ''}`);
      if (database.kind === 'embedded') await database.stop();
      return;
    }
    await dropTestDatabase(database);
  };
}
