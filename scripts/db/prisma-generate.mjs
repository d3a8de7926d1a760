// Runs `prisma generate` offline. Prisma 7's CLI wants a schema engine binary even though
// `generate` never uses it; on machines without internet it cannot download one (see
// docs/decisions/002-migrations-without-schema-engine.md). We point it at a placeholder only
// when no engine is available, so a machine with internet keeps Prisma's normal behaviour.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const placeholder = path.join(root, 'scripts/db/schema-engine-placeholder.sh');
/** @type {NodeJS.ProcessEnv} */
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY && existsSync(placeholder)) env.PRISMA_SCHEMA_ENGINE_BINARY = placeholder;

const cli = path.join(root, 'node_modules/prisma/build/index.js');
const result = spawnSync(process.execPath, [cli, 'generate'], { cwd: root, env, stdio: 'inherit' });
process.exit(result.status ?? 1);
