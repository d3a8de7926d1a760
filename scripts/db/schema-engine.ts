// Prisma's own schema engine, compiled to WebAssembly, driven without a database: it diffs two
// datamodels and writes the SQL `prisma migrate dev` would write. The Rust engine binary cannot be
// downloaded here, and the wasm build Prisma 7.10 references is not on the registry, hence the
// pinned @prisma/schema-engine-wasm (docs/decisions/002-migrations-without-schema-engine.md).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

type SchemaFile = { path: string; content: string };
type DiffTarget = { tag: 'empty' } | { tag: 'schemaDatamodel'; files: SchemaFile[] };
type Engine = {
  diff(params: {
    from: DiffTarget;
    to: DiffTarget;
    script: boolean;
    exitCode: boolean | null;
    filters: { externalTables: string[]; externalEnums: string[] };
  }): Promise<{ exitCode: number; stdout: string | null }>;
  free(): void;
};
type Glue = {
  __wbg_set_wasm(exports: WebAssembly.Exports): void;
  SchemaEngine: { new: (options: { datamodels: [string, string][] }, log: (line: string) => void, adapter: object) => Promise<Engine> };
};

// The engine talks to drivers through Prisma's Result wrappers ({ ok, value }).
const ok = <T>(value: T) => ({ ok: true as const, value });

/**
 * A driver adapter that answers only the probe the engine sends at start-up ("does schema public
 * exist, which server version"). Datamodel-to-datamodel diffs never reach the database; any other
 * query is a bug in how we drive the engine, so it fails loudly.
 */
function probeOnlyAdapter() {
  const refuse = async (what: string, query?: unknown) => {
    throw new Error(`schema engine (offline) unexpectedly tried ${what}: ${JSON.stringify(query)}`);
  };
  const adapter = {
    provider: 'postgres',
    adapterName: 'fstn-offline-probe',
    async queryRaw(query: { sql: string }) {
      if (!/FROM pg_namespace/.test(query.sql)) return refuse('a query', query);
      // Schema "public" exists on every PostgreSQL database, so the engine does not emit CREATE SCHEMA.
      return ok({ columnNames: ['exists', 'version', 'numeric_version'], columnTypes: [5, 7, 0], rows: [[true, 'PostgreSQL 15.0', 150000]] });
    },
    executeRaw: (query: unknown) => refuse('a statement', query),
    executeScript: (script: unknown) => refuse('a script', script),
    startTransaction: () => refuse('a transaction'),
    getConnectionInfo: () => ok({ supportsRelationJoins: true }),
    dispose: async () => ok(undefined),
  };
  return {
    provider: 'postgres',
    adapterName: 'fstn-offline-probe',
    connect: async () => ok(adapter),
    connectToShadowDb: async () => ok(adapter),
  };
}

let gluePromise: Promise<Glue> | undefined;

/** Loads the wasm by hand: the package's entry uses a `.wasm` ESM import that Node does not support. */
function loadGlue(): Promise<Glue> {
  gluePromise ??= (async () => {
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const dir = path.dirname(gluePath);
    const glue = (await import(pathToFileURL(gluePath).href)) as Glue;
    const bytes = readFileSync(path.join(dir, 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue as unknown as WebAssembly.ModuleImports });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return gluePromise;
}

/**
 * SQL that migrates a database from the `from` datamodel (null = empty database) to `to`,
 * exactly as Prisma's engine writes it. Returns '' when there is nothing to change.
 */
export async function diffDatamodels(from: string | null, to: string): Promise<string> {
  const glue = await loadGlue();
  const target = (content: string): DiffTarget => ({ tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content }] });
  const logs: string[] = [];
  const engine = await glue.SchemaEngine.new({ datamodels: [['schema.prisma', to]] }, (line) => logs.push(line), probeOnlyAdapter());
  try {
    const result = await engine.diff({
      from: from === null ? { tag: 'empty' } : target(from),
      to: target(to),
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    const sql = result.stdout ?? '';
    // The engine's way of saying "no difference".
    return /^\s*(-- This is an empty migration\.)?\s*$/.test(sql) ? '' : sql;
  } finally {
    engine.free();
  }
}
