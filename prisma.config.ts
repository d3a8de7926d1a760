// Prisma 7 CLI configuration. `prisma generate` (npm run db:generate) needs only the schema; the
// datasource is for Prisma's migrate/studio commands on machines where its schema engine runs.
// Here migrations are applied by scripts/db/migrate.ts (docs/decisions/002-migrations-without-schema-engine.md).
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations', seed: 'tsx prisma/seed.ts' },
  // Only when set: `env('DATABASE_URL')` would make `prisma generate` fail without a database.
  ...(process.env.DATABASE_URL ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});
