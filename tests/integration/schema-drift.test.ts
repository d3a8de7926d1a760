// Guards the hand-applied migrations against drift from prisma/schema.prisma: the freshly migrated
// database must hold every model and field exactly as the generated client expects. Data-driven
// from the schema file (cross-checked against the client and the database catalog), so a new
// model, field or enum value is covered, or fails here, without editing this test.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Prisma, type PrismaClient } from '@/lib/generated/prisma/client';
import * as generatedEnums from '@/lib/generated/prisma/enums';
import { createPrismaClient } from '@/lib/server/db-client';
import { diffDatamodels } from '../../scripts/db/schema-engine';

const root = path.resolve(import.meta.dirname, '../..');
const schemaText = readFileSync(path.join(root, 'prisma/schema.prisma'), 'utf8');

// ---------------------------------------------------------------------------------------------
// The schema, read from prisma/schema.prisma (the generated client keeps only names and kinds).

type Field = { name: string; type: string; optional: boolean; list: boolean; attrs: string; index: number };
type Relation = { model: string; fields: string[]; references: string[] };
type Model = { name: string; fields: Field[]; scalars: Field[]; idFields: string[]; relations: Relation[] };

const SCALARS = new Set(['String', 'Int', 'BigInt', 'Float', 'Decimal', 'Boolean', 'DateTime', 'Json', 'Bytes']);

function blocks(kind: 'model' | 'enum'): Array<{ name: string; lines: string[] }> {
  return [...schemaText.matchAll(new RegExp(`^${kind} (\\w+) \\{\\n([\\s\\S]*?)^\\}`, 'gm'))].map((m) => ({
    name: m[1]!,
    lines: m[2]!
      .split('\n')
      .map((l) => l.replace(/\s\/\/.*$|^\s*\/\/.*$/, '').trim())
      .filter(Boolean),
  }));
}

const enums = new Map(blocks('enum').map((b) => [b.name, b.lines.map((l) => l.split(/\s+/)[0]!)]));

const models: Model[] = blocks('model').map(({ name, lines }) => {
  const fields: Field[] = lines
    .filter((l) => !l.startsWith('@@'))
    .map((line, index) => {
      const m = /^(\w+)\s+(\w+)(\[\])?(\?)?\s*(.*)$/.exec(line);
      if (!m) throw new Error(`Unparsed line in model ${name}: ${line}`);
      return { name: m[1]!, type: m[2]!, list: Boolean(m[3]), optional: Boolean(m[4]), attrs: m[5]!, index };
    });
  const compoundId = lines.find((l) => l.startsWith('@@id('));
  const idFields = compoundId ? /\[([^\]]+)\]/.exec(compoundId)![1]!.split(',').map((s) => s.trim()) : fields.filter((f) => /@id\b/.test(f.attrs)).map((f) => f.name);
  const relations = fields
    .filter((f) => /@relation\([^)]*fields:/.test(f.attrs))
    .map((f) => ({
      model: f.type,
      fields: /fields:\s*\[([^\]]+)\]/.exec(f.attrs)![1]!.split(',').map((s) => s.trim()),
      references: /references:\s*\[([^\]]+)\]/.exec(f.attrs)![1]!.split(',').map((s) => s.trim()),
    }));
  return { name, fields, scalars: fields.filter((f) => SCALARS.has(f.type) || enums.has(f.type)), idFields, relations };
});
const modelByName = new Map(models.map((m) => [m.name, m]));

/** Parents before children, so foreign keys always point at rows that exist. */
function creationOrder(): Model[] {
  const ordered: Model[] = [];
  const visiting = new Set<string>();
  const visit = (model: Model) => {
    if (ordered.includes(model)) return;
    if (visiting.has(model.name)) throw new Error(`Relation cycle through ${model.name}: teach this test how to break it.`);
    visiting.add(model.name);
    for (const r of model.relations) if (r.model !== model.name) visit(modelByName.get(r.model)!);
    visiting.delete(model.name);
    ordered.push(model);
  };
  models.forEach(visit);
  return ordered;
}

// ---------------------------------------------------------------------------------------------
// Values: never a column default, distinct per field and row, at the edges of each type.

const defaultOf = (f: Field) => /@default\(([^()]*(?:\([^()]*\))?)\)/.exec(f.attrs)?.[1];
const decimalScale = (f: Field) => /@db\.Decimal\((\d+),\s*(\d+)\)/.exec(f.attrs)?.slice(1).map(Number) as [number, number] | undefined;
const isDateOnly = (f: Field) => /@db\.Date\b/.test(f.attrs);

/** All digits of the declared precision used, with a non-zero last decimal (a lost scale shows). */
function decimalValue(f: Field): string {
  const [precision, scale] = decimalScale(f) ?? [20, 10];
  const integer = '9876543210987654321'.repeat(4).slice(0, precision - scale) || '0';
  const fraction = '1234567891'.repeat(4).slice(0, scale);
  return scale > 0 ? `${integer}.${fraction}` : integer;
}

/** Row r of a model: enum fields walk through every value; the first row never uses a default. */
function valueFor(model: Model, f: Field, row: number): unknown {
  const one = (r: number): unknown => {
    if (enums.has(f.type)) {
      const values = enums.get(f.type)!;
      const start = values.indexOf(defaultOf(f) ?? '') + 1; // 0 when there is no default
      return values[(start + r) % values.length];
    }
    switch (f.type) {
      case 'String':
        return `${model.name}.${f.name} #${r} àèéìòù € “Trento”`;
      case 'Int':
        return 1_000 + f.index * 37 + r;
      case 'BigInt':
        return 9_007_199_254_740_993n + BigInt(f.index * 100 + r); // beyond 2^53: no float on the way
      case 'Float':
        return 1.5 + f.index + r / 4;
      case 'Decimal':
        return decimalValue(f);
      case 'Boolean':
        return defaultOf(f) === 'true' ? r % 2 === 1 : r % 2 === 0;
      case 'DateTime': {
        if (isDateOnly(f)) {
          // First of a month (HeadcountMonth's CHECK), later for later fields (periods end after they start).
          const dateFields = model.scalars.filter((s) => s.type === 'DateTime' && isDateOnly(s));
          return new Date(Date.UTC(2031 + r, dateFields.indexOf(f), 1));
        }
        return new Date(Date.UTC(2030, 5, 15, 10, 20, 30, 456) + f.index * 60_000 + r * 1_000);
      }
      case 'Json':
        return { field: f.name, row: r, text: 'àè €', nested: { list: [1, 'due', true, null], n: 1.5 }, big: '12345678901234567890' };
      case 'Bytes':
        return Uint8Array.from([0, 1, 127, 128, 255, r]);
      default:
        throw new Error(`No test value for ${model.name}.${f.name}: ${f.type}`);
    }
  };
  return f.list ? [one(row), one(row + 1), one(row + 2)] : one(row);
}

/** Enough rows that every enum field takes every one of its values. */
const rowCount = (model: Model) => Math.max(1, ...model.scalars.filter((f) => enums.has(f.type)).map((f) => enums.get(f.type)!.length));

function expectSameValue(model: Model, f: Field, actual: unknown, expected: unknown) {
  const where = `${model.name}.${f.name}`;
  if (f.list) {
    expect(actual, where).toHaveLength((expected as unknown[]).length);
    (expected as unknown[]).forEach((e, i) => expectSameValue(model, { ...f, list: false }, (actual as unknown[])[i], e));
    return;
  }
  if (f.type === 'Decimal') {
    expect(Prisma.Decimal.isDecimal(actual), where).toBe(true);
    expect((actual as Prisma.Decimal).toFixed(decimalScale(f)?.[1] ?? 10), where).toBe(expected);
  } else if (f.type === 'DateTime' && isDateOnly(f)) {
    // A calendar date comes back as UTC midnight of the same day: no time-zone shift.
    expect((actual as Date).toISOString(), where).toBe((expected as Date).toISOString());
  } else if (f.type === 'Bytes') {
    expect(Buffer.from(actual as Uint8Array).equals(Buffer.from(expected as Uint8Array)), where).toBe(true);
  } else {
    expect(actual, where).toEqual(expected);
  }
}

// ---------------------------------------------------------------------------------------------

let prisma: PrismaClient;
let catalog: pg.Client;
beforeAll(async () => {
  prisma = createPrismaClient(inject('databaseUrl'), { poolSize: 2 });
  catalog = new pg.Client(inject('databaseUrl'));
  await catalog.connect();
});
afterAll(async () => {
  await prisma?.$disconnect();
  await catalog?.end();
});

const delegate = (tx: Prisma.TransactionClient, model: string) =>
  (tx as unknown as Record<string, { create(a: unknown): Promise<Record<string, unknown>>; findFirstOrThrow(a: unknown): Promise<Record<string, unknown>> }>)[
    model[0]!.toLowerCase() + model.slice(1)
  ]!;

class Rollback extends Error {}

describe('schema.prisma, the migrations and the generated client agree', () => {
  it('the committed migrations capture every change of prisma/schema.prisma', async () => {
    const snapshot = readFileSync(path.join(root, 'prisma/migrations/schema.snapshot'), 'utf8');
    expect(await diffDatamodels(snapshot, schemaText), 'run: npm run db:migration:new -- <name>').toBe('');
  });

  it('this test reads the same models and enums from the schema as the generated client has', () => {
    expect(models.map((m) => m.name).sort()).toEqual(Object.values(Prisma.ModelName).sort());
    const clientEnums = Object.fromEntries(Object.entries(generatedEnums).map(([name, values]) => [name, Object.values(values as object)]));
    expect(Object.fromEntries(enums)).toEqual(clientEnums);
  });

  it('every model is a table and every scalar field a column of the matching type; nothing else exists', async () => {
    const { rows } = await catalog.query<{
      table_name: string;
      column_name: string;
      data_type: string;
      udt_name: string;
      is_nullable: 'YES' | 'NO';
      numeric_precision: number | null;
      numeric_scale: number | null;
      datetime_precision: number | null;
    }>(`SELECT table_name, column_name, data_type, udt_name, is_nullable, numeric_precision, numeric_scale, datetime_precision
        FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`);

    const base: Record<string, string> = { String: 'text', Int: 'int4', BigInt: 'int8', Float: 'float8', Boolean: 'bool', Json: 'jsonb', Bytes: 'bytea', Decimal: 'numeric' };
    const expected = models.flatMap((m) =>
      m.scalars.map((f) => {
        const udt = enums.has(f.type) ? f.type : f.type === 'DateTime' ? (isDateOnly(f) ? 'date' : 'timestamp') : base[f.type]!;
        const [precision, scale] = f.type === 'Decimal' ? (decimalScale(f) ?? [65, 30]) : [null, null];
        return {
          column: `${m.name}.${f.name}`,
          udt: f.list ? `_${udt}` : udt,
          nullable: f.optional || f.list,
          decimal: f.type === 'Decimal' ? `${precision},${scale}` : null,
          timestampPrecision: f.type === 'DateTime' && !isDateOnly(f) ? 3 : null,
        };
      }),
    );
    const actual = rows.map((c) => ({
      column: `${c.table_name}.${c.column_name}`,
      udt: c.udt_name,
      nullable: c.is_nullable === 'YES',
      decimal: c.udt_name === 'numeric' ? `${c.numeric_precision},${c.numeric_scale}` : null,
      timestampPrecision: c.udt_name === 'timestamp' ? c.datetime_precision : null,
    }));
    const byColumn = (a: { column: string }, b: { column: string }) => a.column.localeCompare(b.column);
    expect(actual.sort(byColumn)).toEqual(expected.sort(byColumn));
  });

  it('every enum exists in the database with the schema’s values in the schema’s order', async () => {
    const { rows } = await catalog.query<{ name: string; labels: string[] }>(
      `SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS labels
       FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
       WHERE n.nspname = 'public' GROUP BY t.typname`,
    );
    expect(Object.fromEntries(rows.map((r) => [r.name, r.labels]))).toEqual(Object.fromEntries(enums));
  });

  it('a row of every model, with every scalar field set to a non-default value and every enum value used, reads back unchanged', async () => {
    const checked: string[] = [];
    // One transaction, rolled back at the end: the rows are really written and read back, and
    // other test files sharing this database never see them.
    const outcome = await prisma
      .$transaction(
        async (tx) => {
          const created = new Map<string, Array<Record<string, unknown>>>();
          for (const model of creationOrder()) {
            const rows: Array<Record<string, unknown>> = [];
            for (let r = 0; r < rowCount(model); r++) {
              const data: Record<string, unknown> = {};
              for (const f of model.scalars) data[f.name] = valueFor(model, f, r);
              for (const rel of model.relations) {
                const parents = created.get(rel.model)!;
                const parent = parents[r % parents.length]!;
                rel.fields.forEach((field, i) => (data[field] = parent[rel.references[i]!]));
              }
              await delegate(tx, model.name).create({ data });
              const where = Object.fromEntries(model.idFields.map((id) => [id, data[id]]));
              const back = await delegate(tx, model.name).findFirstOrThrow({ where });
              // The client returns exactly the scalar fields this test found in the schema.
              expect(Object.keys(back).sort(), model.name).toEqual(model.scalars.map((f) => f.name).sort());
              for (const f of model.scalars) expectSameValue(model, f, back[f.name], data[f.name]);
              rows.push(data);
            }
            created.set(model.name, rows);
            checked.push(model.name);
          }
          throw new Rollback();
        },
        { timeout: 60_000, maxWait: 10_000 },
      )
      .catch((error: unknown) => error);
    // Anything but our own rollback (a failed expectation, a database error) is the test's result.
    if (!(outcome instanceof Rollback)) throw outcome;
    expect(checked.sort()).toEqual(Object.values(Prisma.ModelName).sort());
  });
});

describe('AuditEvent is append-only', () => {
  it('refuses UPDATE, DELETE and TRUNCATE of recorded events, which stay as they were', async () => {
    const event = await prisma.auditEvent.create({
      data: { action: 'drift-test.append-only', entityType: 'SchemaDriftTest', entityId: `append-only-${Date.now()}`, after: { ok: true } },
    });
    await expect(prisma.auditEvent.update({ where: { id: event.id }, data: { action: 'tampered' } })).rejects.toThrow(/AuditEvent is append-only: UPDATE is not allowed/);
    await expect(prisma.auditEvent.updateMany({ where: { id: event.id }, data: { action: 'tampered' } })).rejects.toThrow(/append-only: UPDATE/);
    await expect(prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/AuditEvent is append-only: DELETE is not allowed/);
    await expect(prisma.auditEvent.deleteMany({ where: { id: event.id } })).rejects.toThrow(/append-only: DELETE/);
    await expect(prisma.$executeRaw`TRUNCATE "AuditEvent"`).rejects.toThrow(/append-only: TRUNCATE/);
    expect(await prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
  });
});
