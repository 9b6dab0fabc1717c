// Records the cockpit counts that the gateway benchmark's seed (seed.ts) leaves out: visits to the window
// (零跑 / 只跑一次) and mediation agreements with their follow-ups (协议履行率). Derived in SQL from the
// seeded rows, so a million disputes take seconds and every run gets the same records; idempotent (a
// marker table per database).
import pg from "pg";
import type { SubgraphName } from "@onedoor/shared/config";

const MARKER = "_bench_seed_cockpit";
const SEEDED_BY = "bench-seed";

const STATEMENTS: Partial<Record<SubgraphName, string[]>> = {
  petitions: [
    // Walk-ins and petition agents came once on the day of registration; one in three of them came back
    // two days later (two runs). Online, grid-worker and letter disputes have no visit (zero runs).
    `INSERT INTO "Visit" ("id", "disputeId", "visitedAt", "place", "purpose", "recordedBy", "createdAt")
     SELECT gen_random_uuid(), d."id", d."registeredAt", '综合受理窗口', '登记', '${SEEDED_BY}', d."registeredAt"
       FROM "Dispute" d WHERE d."registeredBy" = '${SEEDED_BY}' AND d."channel" IN ('WALK_IN', 'PETITION_AGENT')`,
    `INSERT INTO "Visit" ("id", "disputeId", "visitedAt", "place", "purpose", "recordedBy", "createdAt")
     SELECT gen_random_uuid(), d."id", d."registeredAt" + interval '2 days', '调解室', '参加调解', '${SEEDED_BY}', d."registeredAt" + interval '2 days'
       FROM "Dispute" d WHERE d."registeredBy" = '${SEEDED_BY}' AND d."channel" IN ('WALK_IN', 'PETITION_AGENT') AND abs(hashtext(d."code")) % 3 = 0`,
  ],
  mediation: [
    `INSERT INTO "MediationAgreement" ("id", "caseId", "terms", "performanceDeadline", "signedAt", "signatories", "recordedBy", "createdAt")
     SELECT gen_random_uuid(), c."id", '被申请人于三十日内支付申请人款项。', c."closedAt" + interval '30 days', c."closedAt", ARRAY['申请人', '被申请人'], '${SEEDED_BY}', c."closedAt"
       FROM "MediationCase" c WHERE c."acceptedBy" = '${SEEDED_BY}' AND c."status" = 'AGREEMENT_REACHED'`,
    // A follow-up 31 days after signing where that day has passed: four in five performed.
    `INSERT INTO "PerformanceFollowUp" ("id", "agreementId", "status", "notes", "at", "recordedBy")
     SELECT gen_random_uuid(), a."id", CASE WHEN abs(hashtext(a."caseId"::text)) % 5 = 0 THEN 'NOT_PERFORMED' ELSE 'PERFORMED' END,
            '回访', a."signedAt" + interval '31 days', '${SEEDED_BY}'
       FROM "MediationAgreement" a WHERE a."recordedBy" = '${SEEDED_BY}' AND a."signedAt" + interval '31 days' < now()`,
  ],
};

/**
 * Adds the records once per database and vacuums it (visibility map and statistics, as autovacuum leaves a
 * settled database); returns the rows written (0 when already there).
 */
export async function seedCockpitRecords(subgraph: SubgraphName, url: string): Promise<number> {
  const statements = STATEMENTS[subgraph] ?? [];
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`create table if not exists ${MARKER} (done boolean not null)`);
    if ((await client.query(`select 1 from ${MARKER}`)).rowCount) return 0;
    await client.query("begin");
    let rows = 0;
    for (const statement of statements) rows += (await client.query(statement)).rowCount ?? 0;
    await client.query(`insert into ${MARKER} (done) values (true)`);
    await client.query("commit");
    await client.query("vacuum analyze");
    return rows;
  } catch (error) {
    await client.query("rollback").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
