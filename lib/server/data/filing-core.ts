import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { RULES_VERSION } from '@/lib/rules';
import { prisma } from '@/lib/server/db';
import { advisoryKeySql, lockChain, withLockingStatement, type Tx } from '@/lib/server/db-transaction';
import { DomainError } from '@/lib/server/errors';
import { draftKey, evaluateDraftWith, type RequestStatus } from './evaluation';
import { draftWorkerIdsSql, factsJson, factsOf, factsParameters, type FactsDocument, type FilingSnapshot } from './scenario';
import { LEDGER_LOCK } from './timeline';

// Filing a request (issue 4, "Invia"): in ONE transaction the draft is re-evaluated with lib/rules
// from the database, refused if ineligible, numbered (FSTN-YYYY-NNNNNN), frozen in an immutable
// snapshot (inputs, rules version, results, trace), its granted weeks reserved in the ledger, its
// status history and the audit written. The transaction holds the request's lock and the
// production unit's ledger lock (docs/decisions/005-filing-concurrency.md): two filings at the
// same moment can never together exceed a limit, and a double "Invia" files once.
// No access check here: lib/server/data/filing.ts checks, then calls fileRequestAs.

export const REQUEST_LOCK = 'request';


export type FilingOutcome = {
  requestId: string;
  protocolNumber: string;
  weeksRequested: string;
  weeksGranted: string;
  grantedStart: string;
  grantedEnd: string;
  trimmed: boolean;
  /** True when this call found the request already filed with the same key (a double "Invia"). */
  repeated: boolean;
};

type FiledRow = {
  id: string;
  status: RequestStatus;
  protocolNumber: string | null;
  idempotencyKey: string | null;
  weeksRequested: string | null;
  weeksGranted: string | null;
  snapshot: unknown;
  productionUnitId: string | null;
};

function outcomeOf(row: FiledRow, repeated: boolean): FilingOutcome {
  const snapshot = row.snapshot as FilingSnapshot;
  const granted = snapshot.result.grantedPeriod!;
  return {
    requestId: row.id,
    protocolNumber: row.protocolNumber!,
    weeksRequested: row.weeksRequested ?? snapshot.result.weeksRequested,
    weeksGranted: row.weeksGranted ?? snapshot.result.weeksGranted,
    grantedStart: granted.start,
    grantedEnd: granted.end,
    trimmed: snapshot.result.windows?.outcome === 'trim',
    repeated,
  };
}

// The request as the filing reads it, in SQL (through the ORM each read cost ~0.5 ms of CPU): the
// weeks as exact decimal strings (trim_scale(x)::text is decimal.js's toFixed()).
const FILED_COLUMNS = `r."id", r."status"::text AS "status", r."protocolNumber", r."idempotencyKey", trim_scale(r."weeksRequested")::text AS "weeksRequested",
       trim_scale(r."weeksGranted")::text AS "weeksGranted", r."snapshot", r."productionUnitId"`;

/**
 * The transaction's first statement ($1 the request, $2 the employer): the request as it is, and
 * the advisory locks of the request and of its production unit, in ascending key order (LEAST,
 * GREATEST; advisoryKeySql is advisoryKey computed by PostgreSQL, so every other writer of the
 * unit's ledger takes the same keys). What it reads is as of before the locks: the pre-check.
 * A draft without a unit yet: GREATEST and LEAST of a key and NULL are the key, taken twice.
 */
export const FILING_LOCK_SQL = `SELECT ${lockChain(['LEAST(k."requestKey", k."unitKey")', 'GREATEST(k."requestKey", k."unitKey")'])} AS "isolation",
       k."id", k."status", k."protocolNumber", k."idempotencyKey", k."weeksRequested", k."weeksGranted", k."snapshot", k."productionUnitId"
  FROM (SELECT ${FILED_COLUMNS}, ${advisoryKeySql(REQUEST_LOCK, 'r."id"')} AS "requestKey", ${advisoryKeySql(LEDGER_LOCK, 'r."productionUnitId"')} AS "unitKey"
          FROM "Request" r WHERE r."id" = $1 AND r."employerId" = $2) AS k`;

/**
 * Under the locks, ONE statement: the request again, with its draft, and the employer's facts with
 * the workers of that draft (factsJson: $1 the employer, $2 the register's keys; $3 the request).
 * A statement of its own after the locks: at READ COMMITTED its snapshot is taken when it starts,
 * i.e. once the locks are held.
 */
export const FILING_READ_SQL = `SELECT ${FILED_COLUMNS}, r."draft", ${factsJson(draftWorkerIdsSql('r."draft"'))} AS "facts"
  FROM "Request" r WHERE r."id" = $3 AND r."employerId" = $1`;

/** A timestamp as Prisma writes DateTime columns: UTC, in a column without time zone. */
const utcTimestamp = (at: Date) => Prisma.sql`(${at.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;

/**
 * Numbers the filed request and records it, as the LAST statement of the filing transaction: the
 * next protocol number of `year` (no gaps: a rollback undoes it), set on the request, in the status
 * history and in the audit event (recordAudit's row, with the number added by the database).
 * Every filing in the province updates the same ProtocolCounter row, whose lock is held until
 * COMMIT: doing everything that needs the number in this one statement keeps that global
 * critical section to one round trip (docs/performance.md, "Filing throughput").
 */
async function numberAndRecord(
  tx: Tx,
  year: number,
  filing: { requestId: string; actorUserId: string; employerId: string; at: Date; auditAfter: Record<string, unknown> },
): Promise<string> {
  const at = utcTimestamp(filing.at);
  const [row] = await tx.$queryRaw<Array<{ protocolNumber: string }>>`
    WITH counter AS (
      INSERT INTO "ProtocolCounter" ("year", "last") VALUES (${year}, 1)
      ON CONFLICT ("year") DO UPDATE SET "last" = "ProtocolCounter"."last" + 1
      RETURNING "last"
    ), numbered AS (
      SELECT 'FSTN-' || ${String(year)}::text || '-' || lpad("last"::text, GREATEST(6, length("last"::text)), '0') AS "protocolNumber" FROM counter
    ), request AS (
      UPDATE "Request" SET "protocolNumber" = numbered."protocolNumber" FROM numbered WHERE "Request"."id" = ${filing.requestId} RETURNING "Request"."id"
    ), history AS (
      INSERT INTO "RequestStatusChange" ("id", "requestId", "fromStatus", "toStatus", "byUserId", "note", "at")
      SELECT gen_random_uuid()::text, ${filing.requestId}, 'DRAFT'::"RequestStatus", 'FILED'::"RequestStatus", ${filing.actorUserId}, numbered."protocolNumber", ${at} FROM numbered
    ), audit AS (
      INSERT INTO "AuditEvent" ("at", "actorUserId", "onBehalfOfEmployerId", "action", "entityType", "entityId", "before", "after")
      SELECT ${at}, ${filing.actorUserId}, ${filing.employerId}, 'request.file', 'Request', ${filing.requestId}, ${JSON.stringify({ status: 'DRAFT' })}::jsonb,
             jsonb_set(${JSON.stringify(filing.auditAfter)}::jsonb, '{protocolNumber}', to_jsonb(numbered."protocolNumber")) FROM numbered
    )
    SELECT "protocolNumber" FROM numbered`;
  return row!.protocolNumber;
}

/**
 * The filing itself, for a caller whose right to write the employer is already established
 * (fileRequest above; the demo seed, acting as the demo employer). Nothing else may call it.
 */
export async function fileRequestAs(
  actor: { userId: string; delegationId: string | null },
  employerId: string,
  requestId: string,
  input: { idempotencyKey: string; acceptTrim: boolean },
  today: string,
): Promise<FilingOutcome> {
  // One round trip takes the locks and reads the request as it was (the pre-check), the next one
  // reads it again with everything the rules need (docs/performance.md, "Filing throughput").
  return withLockingStatement<FiledRow & { isolation: string | null }, FilingOutcome>(
    prisma,
    { sql: FILING_LOCK_SQL, values: [requestId, employerId] },
    async (tx, pre) => {
      if (!pre) throw new DomainError('request.notFound');
      if (pre.status !== 'DRAFT') {
        if (pre.protocolNumber && pre.idempotencyKey === input.idempotencyKey) return outcomeOf(pre, true);
        throw new DomainError('request.filing.alreadyFiled');
      }
      if (!pre.productionUnitId) throw new DomainError('request.filing.incomplete');
      const unitId = pre.productionUnitId;

      const [read] = await tx.$queryRawUnsafe<Array<FiledRow & { draft: unknown; facts: FactsDocument }>>(FILING_READ_SQL, ...factsParameters(employerId), requestId);
      if (!read) throw new DomainError('request.notFound');
      const { facts: document, ...row } = read;
      if (row.status !== 'DRAFT') {
        // The other click of a double "Invia" got here first: same draft, same answer.
        if (row.protocolNumber && row.idempotencyKey === input.idempotencyKey) return outcomeOf(row, true);
        throw new DomainError('request.filing.alreadyFiled');
      }
      if (row.productionUnitId !== unitId || draftKey(requestId, row.draft) !== input.idempotencyKey) throw new DomainError('request.filing.stale');

      // Re-evaluate from the database as it is now, under the unit's lock.
      const evaluation = await evaluateDraftWith(tx, employerId, requestId, today, { known: row, timeline: false, loaded: factsOf(employerId, document) });
      const { draft, result, scenario } = evaluation;
      if (!draft.causePeriod || !draft.workers || !draft.procedure || draft.unreadable.length) throw new DomainError('request.filing.incomplete');
      if (!result || !scenario) throw new DomainError('request.filing.missingData');
      if (!result.eligible || evaluation.problems.length || !result.grantedPeriod || !result.windows) throw new DomainError('request.filing.ineligible');
      if (result.windows.outcome === 'trim' && !input.acceptTrim) throw new DomainError('request.filing.trimRequired', 'acceptTrim');

      const filedAt = new Date();
      const snapshot: FilingSnapshot = {
        version: 1,
        filedAt: filedAt.toISOString(),
        applicationDate: today,
        rulesVersion: result.rulesVersion,
        draft: { causePeriod: draft.causePeriod, workers: draft.workers, procedure: draft.procedure },
        scenario,
        result,
      };
      const granted = result.grantedPeriod;
      const byWorker = new Map(result.workers.map((w) => [w.id, w]));
      const lines = draft.workers.lines.map((line) => {
        const w = byWorker.get(line.workerId);
        return { line, eligible: w?.eligible ?? false, totals: w?.eligible ? w.totals : null };
      });
      // One statement for the request, its worker lines and its reservation, in SQL: through the
      // ORM the same writes cost about 4 ms of CPU per filing (the 25 kB snapshot walked as a Json
      // input, createMany planned on every call) — docs/performance.md, "Filing throughput".
      const at = utcTimestamp(filedAt);
      const [filed] = await tx.$queryRaw<Array<{ weeksRequested: string | null; weeksGranted: string | null }>>`
        WITH request AS (
          UPDATE "Request"
             SET "status" = 'FILED'::"RequestStatus", "idempotencyKey" = ${input.idempotencyKey}, "filedAt" = ${at},
                 "snapshot" = ${JSON.stringify(snapshot)}::jsonb, "rulesVersion" = ${RULES_VERSION}, "sizeClass" = ${result.sizeClass?.class ?? null},
                 "weeksRequested" = ${result.weeksRequested}::numeric, "weeksGranted" = ${result.weeksGranted}::numeric,
                 "totalGross" = ${result.totals.gross}::numeric, "version" = "version" + 1, "updatedAt" = ${at}
           WHERE "id" = ${requestId}
          RETURNING "weeksRequested"::text AS "weeksRequested", "weeksGranted"::text AS "weeksGranted"
        ), lines AS (
          INSERT INTO "RequestWorker" ("id", "requestId", "workerId", "hoursLost", "daysAffected", "eligible", "grossAmount", "netAmount", "hoursGranted")
          SELECT gen_random_uuid()::text, ${requestId}, l."workerId", l."hoursLost", l."daysAffected", l."eligible", l."gross", l."net", l."hoursGranted"
            FROM unnest(${lines.map((l) => l.line.workerId)}::text[], ${lines.map((l) => l.line.hoursLost)}::numeric[], ${lines.map((l) => l.line.daysAffected ?? 0)}::int[],
                        ${lines.map((l) => l.eligible)}::boolean[], ${lines.map((l) => l.totals?.gross ?? '0')}::numeric[], ${lines.map((l) => l.totals?.net ?? '0')}::numeric[],
                        ${lines.map((l) => l.totals?.hoursLost ?? '0')}::numeric[])
              AS l("workerId", "hoursLost", "daysAffected", "eligible", "gross", "net", "hoursGranted")
        ), reservation AS (
          INSERT INTO "WindowEntry" ("id", "employerId", "productionUnitId", "requestId", "kind", "cause", "periodStart", "periodEnd", "weeks", "neutralised", "createdAt")
          VALUES (gen_random_uuid()::text, ${employerId}, ${unitId}, ${requestId}, 'RESERVED'::"WindowEntryKind", ${draft.causePeriod.cause}::"Cause",
                  ${granted.start}::date, ${granted.end}::date, ${result.weeksGranted}::numeric, false, ${at})
        )
        SELECT "weeksRequested", "weeksGranted" FROM request`;
      const protocolNumber = await numberAndRecord(tx, Number(today.slice(0, 4)), {
        requestId,
        actorUserId: actor.userId,
        employerId,
        at: filedAt,
        auditAfter: {
          status: 'FILED',
          protocolNumber: null,
          rulesVersion: RULES_VERSION,
          weeksRequested: result.weeksRequested,
          weeksGranted: result.weeksGranted,
          reserved: { productionUnitId: unitId, start: granted.start, end: granted.end, weeks: result.weeksGranted },
          viaDelegation: actor.delegationId,
        },
      });
      return {
        requestId,
        protocolNumber,
        weeksRequested: filed?.weeksRequested ? new Prisma.Decimal(filed.weeksRequested).toFixed() : result.weeksRequested,
        weeksGranted: filed?.weeksGranted ? new Prisma.Decimal(filed.weeksGranted).toFixed() : result.weeksGranted,
        grantedStart: granted.start,
        grantedEnd: granted.end,
        trimmed: result.windows.outcome === 'trim',
        repeated: false,
      };
    },
    { timeout: 30_000, maxWait: 30_000 },
  );
}

