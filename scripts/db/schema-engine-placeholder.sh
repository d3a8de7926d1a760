#!/bin/sh
# Placeholder for Prisma's schema engine: `prisma generate` only checks that the file exists.
# Migrations are applied by scripts/db/migrate.ts instead (docs/decisions/002-migrations-without-schema-engine.md).
echo "schema engine not available offline: use npm run db:migrate" >&2
exit 1
