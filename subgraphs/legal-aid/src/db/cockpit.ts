// Aggregates for the legal aid cockpit section: one SQL statement per scope, counting with FILTER clauses
// over the period's rows (range on the appliedAt / consultedAt indexes). Only counts leave this file.
import { scopeInstants, type CockpitScope } from "@onedoor/shared/cockpit/scope";
import type { RegionMatch } from "../domain/cockpit.js";
import { Prisma } from "../generated/prisma/client.js";
import { LegalAidStatus } from "../generated/prisma/enums.js";
import type { LegalAidStore } from "./store.js";

export interface LegalAidCounts {
  applications: number;
  decided: number;
  granted: number;
  /** Σ (decidedAt − appliedAt) over the decided applications, in seconds. */
  decisionSeconds: number;
  provisionalStarts: number;
  consultations: number;
}

/**
 * The columns are `timestamp(3)` holding UTC; the bounds go in as UTC text cast to timestamp, so the
 * session time zone never shifts them.
 */
const utc = (instant: Date) => Prisma.sql`${instant.toISOString().slice(0, 23)}::timestamp(3)`;

export async function legalAidCounts(
  { store }: { store: LegalAidStore },
  scope: CockpitScope,
  region: RegionMatch | null,
): Promise<LegalAidCounts> {
  const { start, end } = scopeInstants(scope);
  const caseRegion = region
    ? Prisma.sql`AND ("regionCode" LIKE ${`${region.prefix}%`}
                     OR (length("regionCode") < ${region.prefix.length} AND "regionCode" LIKE ${`${region.countyPrefix}%`}))`
    : Prisma.empty;
  const consultationRegion = region ? Prisma.sql`AND "disputeCode" LIKE ${`${region.countyPrefix}%`}` : Prisma.empty;
  const [row] = await store.$queryRaw<LegalAidCounts[]>`
    SELECT
      count(*)::int AS "applications",
      count(*) FILTER (WHERE "decidedAt" IS NOT NULL)::int AS "decided",
      count(*) FILTER (WHERE "decidedAt" IS NOT NULL AND "status" <> ${LegalAidStatus.REFUSED}::"LegalAidStatus")::int AS "granted",
      coalesce(sum(extract(epoch FROM ("decidedAt" - "appliedAt"))) FILTER (WHERE "decidedAt" IS NOT NULL), 0)::float8 AS "decisionSeconds",
      count(*) FILTER (WHERE "provisionalAidStartedAt" IS NOT NULL)::int AS "provisionalStarts",
      (SELECT count(*)::int FROM "LegalConsultation"
        WHERE "consultedAt" >= ${utc(start)} AND "consultedAt" <= ${utc(end)} ${consultationRegion}) AS "consultations"
    FROM "LegalAidCase"
    WHERE "appliedAt" >= ${utc(start)} AND "appliedAt" <= ${utc(end)} ${caseRegion}
      -- An application received in error and voided (更正) was never one.
      AND "status" <> ${LegalAidStatus.VOIDED}::"LegalAidStatus"`;
  return row!;
}
