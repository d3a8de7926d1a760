// Every SQL statement a page sends, for the query-shape review of issue 8 §6 (N+1s, missing
// indexes): runs `next start` on a kept bench database (npm run bench -- --only=pages --keep),
// switches on log_min_duration_statement for that database only, requests each page once after a
// warm-up, and reads the statements back from PostgreSQL's log file (PGLOG, default the Debian
// cluster's log with its default log_line_prefix `%m [%p] %q%u@%d `; needs read access to it).
//   npx tsx scripts/bench/page-sql.ts --db=<database url> --employer=bench-emp-… --review=<request id> [--port=3216]
import { readFileSync, statSync } from 'node:fs';
import pg from 'pg';
import { arg } from './lib';
import { signIn, startServer } from './server';

const PGLOG = process.env.PGLOG ?? '/var/log/postgresql/postgresql-15-main.log';

async function main() {
  const url = arg('db')!;
  const dbName = new URL(url).pathname.slice(1);
  const employer = arg('employer')!;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`ALTER DATABASE "${dbName}" SET log_min_duration_statement = 0`);
  const { rows: owner } = await admin.query<{ email: string }>(`SELECT u.email FROM "User" u JOIN "EmployerMember" m ON m."userId" = u.id WHERE m."employerId" = $1 LIMIT 1`, [employer]);
  const { rows: review } = await admin.query<{ id: string }>(`SELECT id FROM "Request" WHERE id LIKE 'bf-req-%' ORDER BY id LIMIT 1`);
  const server = await startServer(url, Number(arg('port') ?? 3216));
  try {
    const cookies = {
      staff: await signIn(server.base, 'comitato@bench.fstn.localhost'),
      consultant: await signIn(server.base, 'consulente@bench.fstn.localhost'),
      employer: await signIn(server.base, owner[0]!.email),
    };
    const pages: Array<[string, string, string | undefined]> = [
      ['public /', '/', undefined],
      ['staff queue', '/comitato/domande', cookies.staff],
      ['review page', `/comitato/domande/${arg('review') ?? review[0]!.id}`, cookies.staff],
      ['consultant radar', '/consulente', cookies.consultant],
      ['employer /aziende', '/aziende', cookies.employer],
      ['employer company', `/aziende/${employer}`, cookies.employer],
    ];
    for (const [name, path, cookie] of pages) {
      for (let i = 0; i < 3; i++) await (await fetch(server.base + path, { headers: cookie ? { cookie } : {} })).text();
      await new Promise((r) => setTimeout(r, 300));
      const offset = statSync(PGLOG).size;
      const t = performance.now();
      const res = await fetch(server.base + path, { headers: cookie ? { cookie } : {} });
      await res.text();
      const ms = performance.now() - t;
      await new Promise((r) => setTimeout(r, 500));
      const log = readFileSync(PGLOG).subarray(offset).toString();
      const statements = log
        .split(/\n(?=\d{4}-\d\d-\d\d )/)
        .filter((l) => l.includes(`@${dbName} `) && l.includes('duration:'))
        .map((l) => {
          const m = /duration: ([\d.]+) ms\s+(?:statement|execute [^:]*|parse [^:]*|bind [^:]*): ([\s\S]*)/.exec(l);
          return m ? { ms: Number(m[1]), sql: m[2]!.replace(/\s+/g, ' ').slice(0, 400), kind: /duration: [\d.]+ ms\s+(\w+)/.exec(l)?.[1] } : null;
        })
        .filter((s): s is { ms: number; sql: string; kind: string } => !!s && s.kind !== 'parse' && s.kind !== 'bind');
      const total = statements.reduce((a, s) => a + s.ms, 0);
      console.log(`\n## ${name} ${path} → ${res.status}, ${ms.toFixed(1)} ms, ${statements.length} statements, ${total.toFixed(1)} ms in SQL`);
      for (const s of statements.sort((a, b) => b.ms - a.ms)) console.log(`${s.ms.toFixed(2).padStart(8)}  ${s.sql}`);
    }
  } finally {
    await server.stop();
    await admin.query(`ALTER DATABASE "${dbName}" RESET log_min_duration_statement`);
    await admin.end();
  }
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
