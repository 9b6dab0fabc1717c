// Alert records: one detection run gathers every detector's candidates from the registry and stores
// them as alerts (new ones raised, open ones refreshed) in one transaction; staff then work them.
import {
  addDays,
  CN_HOLIDAY_CALENDAR,
  endOfLocalDay,
  startOfLocalDay,
  toLocalDate,
  type LocalDate,
} from "@onedoor/shared/clock/index";
import { sameperiodLastYear } from "@onedoor/shared/cockpit/scope";
import type { AuditActor } from "@onedoor/shared/audit/audit";
import { actorId } from "@onedoor/shared/auth/identity";
import { changeRecord } from "@onedoor/shared/db/write-path";
import { detectSurges, EARLY_WARNING_POLICY, respondentKey, type Surge } from "../domain/early-warning.js";
import {
  ALERT_POLICY,
  alertStep,
  dueSoonAlerts,
  groupDisputeAlerts,
  planAlerts,
  repeatedPetitionAlerts,
  surgeAlerts,
  type AlertAction,
  type AlertCandidate,
} from "../domain/alerts.js";
import { disputeClocks, SERVICE_CLOCKS } from "../domain/clocks.js";
import { departmentClocksOf, type StoredDepartmentClock } from "./department-clocks.js";
import { OPEN_STATUSES } from "../domain/lifecycle.js";
import { Prisma, type Alert } from "../generated/prisma/client.js";
import type { AlertKind, AlertStatus } from "../generated/prisma/enums.js";
import { complaintCounts } from "./early-warning.js";
import type { PetitionsStore } from "./store.js";
import { ALERT } from "./write.js";
import { currentTime } from "@onedoor/shared/clock/now";
import { afterKey, instantCursor, type SortDirection } from "@onedoor/shared/graphql/connection";

const OPEN = { in: [...OPEN_STATUSES] };
/** Most codes kept as an alert's evidence; the count says how many there are. */
const MAX_EVIDENCE_CODES = 200;
/** Open disputes older than this cannot be due soon: the longest service clock plus holiday runs. */
const DUE_SOON_LOOKBACK_DAYS = Math.max(...Object.values(SERVICE_CLOCKS.tiers).map((c) => c.length)) + 40;

async function surgeCandidates(store: PetitionsStore, asOf: LocalDate): Promise<AlertCandidate[]> {
  const from = addDays(asOf, 1 - EARLY_WARNING_POLICY.windowDays);
  const lastYear = sameperiodLastYear({ from, to: asOf, regionCode: null, category: null });
  // Both windows before either query starts: a query left running by a throw here would reject unobserved.
  const window = { start: startOfLocalDay(from), end: endOfLocalDay(asOf) };
  const lastYearWindow = { start: startOfLocalDay(lastYear.from), end: endOfLocalDay(lastYear.to) };
  const [current, before] = await Promise.all([
    complaintCounts(store, window, null),
    complaintCounts(store, lastYearWindow, null),
  ]);
  const surges = detectSurges(current, before);
  const candidates = surgeAlerts(surges, from);
  // Evidence: the complaints behind each surge (one query per surge; surges are few).
  await Promise.all(
    candidates.map(async (candidate, i) => (candidate.disputeCodes = await surgeCodes(store, surges[i]!, window))),
  );
  return candidates;
}

async function surgeCodes(store: PetitionsStore, surge: Surge, window: { start: Date; end: Date }): Promise<string[]> {
  const inWindow = { registeredAt: { gte: window.start, lte: window.end } };
  const where: Prisma.DisputeWhereInput =
    surge.dimension === "CATEGORY"
      ? { ...inWindow, category: surge.key }
      : surge.dimension === "REGION"
        ? { ...inWindow, OR: [{ localityCode: surge.key }, { regionCode: surge.key, localityCode: null }] }
        : {
            ...inWindow,
            parties: {
              some: {
                role: "RESPONDENT",
                kind: "ORGANISATION",
                ...(/^[0-9A-Z]{18}$/.test(surge.key) ? { creditCode: surge.key } : { name: { contains: surge.label } }),
              },
            },
          };
  const rows = await store.dispute.findMany({
    where,
    select: { code: true, parties: { where: { role: "RESPONDENT" }, select: { name: true, creditCode: true } } },
    orderBy: { registeredAt: "asc" },
    take: MAX_EVIDENCE_CODES,
  });
  return rows
    .filter(
      (row) =>
        surge.dimension !== "RESPONDENT" || row.parties.some((p) => respondentKey(p.name, p.creditCode) === surge.key),
    )
    .map((row) => row.code);
}

async function repeatedCandidates(store: PetitionsStore, asOfEnd: Date): Promise<AlertCandidate[]> {
  const since = new Date(asOfEnd.getTime() - ALERT_POLICY.repeated.windowDays * 86_400_000);
  // The people bringing matters (applicants), not the organisations complained about.
  const rows = await store.disputeParty.findMany({
    where: { role: "APPLICANT", partyId: { not: null }, dispute: { registeredAt: { gt: since, lte: asOfEnd } } },
    select: { partyId: true, dispute: { select: { code: true, registeredAt: true } } },
  });
  return repeatedPetitionAlerts(
    rows.map((r) => ({ partyId: r.partyId!, code: r.dispute.code, registeredAt: r.dispute.registeredAt })),
    asOfEnd,
  );
}

async function groupCandidates(store: PetitionsStore, asOfEnd: Date): Promise<AlertCandidate[]> {
  const rows = await store.dispute.findMany({
    where: { status: OPEN, peopleInvolved: { gte: ALERT_POLICY.group.minimumPeople }, registeredAt: { lte: asOfEnd } },
    select: { code: true, title: true, peopleInvolved: true },
  });
  return groupDisputeAlerts(rows);
}

async function dueSoonCandidates(store: PetitionsStore, asOfEnd: Date): Promise<AlertCandidate[]> {
  const rows = await store.dispute.findMany({
    where: {
      status: OPEN,
      registeredAt: { gte: new Date(asOfEnd.getTime() - DUE_SOON_LOOKBACK_DAYS * 86_400_000), lte: asOfEnd },
    },
    select: {
      code: true,
      title: true,
      serviceTier: true,
      registeredAt: true,
      closedAt: true,
    },
  });
  const reported = new Map<string, StoredDepartmentClock[]>();
  for (const r of await departmentClocksOf(
    store,
    rows.map((d) => d.code),
  ))
    reported.set(r.disputeCode, [...(reported.get(r.disputeCode) ?? []), r]);
  const clocks = rows.flatMap((d) =>
    disputeClocks(
      d,
      (reported.get(d.code) ?? []).map((r) => r.clock),
      asOfEnd,
      CN_HOLIDAY_CALENDAR,
    )
      .filter((clock) => clock.status.state === "DUE_SOON")
      .map((clock) => ({
        code: d.code,
        title: d.title,
        clockKind: clock.kind,
        remainingDays: clock.status.remainingDays,
      })),
  );
  return dueSoonAlerts(clocks);
}

export interface DetectionResult {
  asOf: LocalDate;
  raised: number;
  refreshed: number;
}

/** Runs every detector as of the end of `asOf` (China time) and stores the outcome. */
export async function detectAlerts(
  store: PetitionsStore,
  asOf: LocalDate = toLocalDate(currentTime()),
): Promise<DetectionResult> {
  const asOfEnd = endOfLocalDay(asOf);
  const candidates = (
    await Promise.all([
      surgeCandidates(store, asOf),
      repeatedCandidates(store, asOfEnd),
      groupCandidates(store, asOfEnd),
      dueSoonCandidates(store, asOfEnd),
    ])
  ).flat();
  if (candidates.length === 0) return { asOf, raised: 0, refreshed: 0 };
  return store.$transaction(async (tx) => {
    const existing = await tx.alert.findMany({
      where: { key: { in: candidates.map((c) => c.key) } },
      select: { key: true, status: true, count: true },
    });
    const plan = planAlerts(existing, candidates);
    const data = (c: AlertCandidate) => ({
      summary: c.summary,
      count: c.count,
      baseline: c.baseline,
      disputeCodes: c.disputeCodes.slice(0, MAX_EVIDENCE_CODES),
      asOf,
    });
    for (const c of plan.create)
      await tx.alert.create({ data: { kind: c.kind, key: c.key, policyVersion: ALERT_POLICY.version, ...data(c) } });
    for (const c of plan.refresh)
      await tx.alert.updateMany({
        where: { key: c.key, status: { not: "HANDLED" } },
        data: { ...data(c), refreshedAt: currentTime() },
      });
    return { asOf, raised: plan.create.length, refreshed: plan.refresh.length };
  });
}

/**
 * One page of alerts (`size + 1` at most, for `toConnection`), open ones unless `statuses` says otherwise, newest
 * raised first unless "asc"; with `countyPrefix`, only those with a dispute in the counties starting with it
 * (domain/alerts.ts alertInRegion). With the count of all.
 */
export async function alertPage(
  store: PetitionsStore,
  filter: { statuses?: AlertStatus[] | null; kinds?: AlertKind[] | null; ids?: string[] | null; countyPrefix?: string },
  page: { after: string | null | undefined; size: number; direction: SortDirection },
): Promise<{ rows: Alert[]; count: () => Promise<number> }> {
  const statuses: AlertStatus[] = filter.statuses?.length ? filter.statuses : ["NEW", "ACKNOWLEDGED"];
  const where = {
    status: { in: statuses },
    ...(filter.kinds?.length ? { kind: { in: filter.kinds } } : {}),
    ...(filter.ids ? { id: { in: filter.ids } } : {}),
  };
  const orderBy: Prisma.AlertOrderByWithRelationInput[] = [{ raisedAt: page.direction }, { id: page.direction }];
  const after = instantCursor(page.after);
  if (filter.countyPrefix === undefined) {
    const rows = await store.alert.findMany({
      where: { AND: [where, afterKey("raisedAt", after, page.direction)] },
      orderBy,
      take: page.size + 1,
    });
    return { rows, count: () => store.alert.count({ where }) };
  }
  // Prisma cannot match a prefix inside a list: the region's alerts are picked in SQL, then read as above.
  const kinds = filter.kinds?.length
    ? Prisma.sql`AND a."kind" = ANY(${filter.kinds}::text[]::"AlertKind"[])`
    : Prisma.empty;
  const ids = filter.ids ? Prisma.sql`AND a."id" = ANY(${filter.ids}::uuid[])` : Prisma.empty;
  const inRegion = Prisma.sql`a."status" = ANY(${statuses}::text[]::"AlertStatus"[]) ${kinds} ${ids}
      AND EXISTS (SELECT 1 FROM unnest(a."disputeCodes") c WHERE c LIKE ${`${filter.countyPrefix}%`})`;
  const order = page.direction === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const beyond = page.direction === "desc" ? Prisma.sql`<` : Prisma.sql`>`;
  const keyset = after
    ? Prisma.sql`AND (a."raisedAt", a."id") ${beyond} (${after.sort}, ${after.id}::uuid)`
    : Prisma.empty;
  const picked = await store.$queryRaw<{ id: string }[]>`
    SELECT a."id"::text AS "id" FROM "Alert" a WHERE ${inRegion} ${keyset}
    ORDER BY a."raisedAt" ${order}, a."id" ${order} LIMIT ${page.size + 1}`;
  const rows = await store.alert.findMany({ where: { id: { in: picked.map((row) => row.id) } }, orderBy });
  return {
    rows,
    count: async () => {
      const [counted] = await store.$queryRaw<{ count: bigint }[]>`
        SELECT count(*) AS "count" FROM "Alert" a WHERE ${inRegion}`;
      return Number(counted?.count ?? 0);
    },
  };
}

/** Acknowledge or handle an alert: a step of the alert on the write path (with its audit entry). */
export function actOnAlert(
  store: PetitionsStore,
  by: AuditActor,
  id: string,
  action: AlertAction,
  {
    note = null,
    expectedVersion,
    mayActOn,
  }: {
    note?: string | null;
    expectedVersion?: number | null;
    /** The caller's access check on the alert as loaded (throws when they may not act on it). */
    mayActOn?: (alert: Alert) => void;
  } = {},
) {
  const now = currentTime();
  const user = actorId(by.identity);
  return changeRecord(store, by, ALERT, {
    id,
    expectedVersion,
    decide: (alert) => {
      mayActOn?.(alert);
      return alertStep(alert.status, action);
    },
    columns: () =>
      action === "ACKNOWLEDGE"
        ? { acknowledgedAt: now, acknowledgedBy: user }
        : { handledAt: now, handledBy: user, handlingNote: note },
    audit: {
      action: action === "ACKNOWLEDGE" ? "acknowledgeAlert" : "handleAlert",
      input: action === "HANDLE" ? { note } : null,
    },
  });
}
