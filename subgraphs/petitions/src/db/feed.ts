// The registry's feed for the gateway's live subscriptions: timeline steps (every department's, and the
// registry's own) and raised alerts, read back from the committed rows in the order they were stored.
import {
  FEED_PAGE_LIMIT,
  ZERO_ID,
  compareCursors,
  type FeedCursor,
  type FeedEvent,
  type FeedPage,
} from "@onedoor/shared/events/feed";
import { disputeScope } from "../domain/access.js";
import { partyIdsOfRows } from "../domain/party.js";
import type { PetitionsStore } from "./store.js";

/** Rows stored after `cursor` by (time stored, id). */
const stepsAfter = (cursor: FeedCursor) => ({
  OR: [{ receivedAt: { gt: new Date(cursor.at) } }, { receivedAt: new Date(cursor.at), id: { gt: cursor.id } }],
});
const alertsAfter = (cursor: FeedCursor) => ({
  OR: [{ raisedAt: { gt: new Date(cursor.at) } }, { raisedAt: new Date(cursor.at), id: { gt: cursor.id } }],
});

/**
 * A page of the feed after `cursor` (without one: only the head). Each step carries its dispute's lead
 * department and scope as stored now, so the gateway can drop, before asking the graph, what a
 * subscriber could not see in full. Steps and alerts are read through their (time stored, id) indexes.
 */
export async function readFeed(store: PetitionsStore, cursor: FeedCursor | undefined): Promise<FeedPage> {
  const head = await feedHead(store);
  if (!cursor) return { events: [], head };
  const [steps, alerts] = await Promise.all([
    store.timelineEvent.findMany({
      where: stepsAfter(cursor),
      orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
      take: FEED_PAGE_LIMIT,
      select: { id: true, receivedAt: true, type: true, disputeCode: true, recordId: true, data: true },
    }),
    store.alert.findMany({
      where: alertsAfter(cursor),
      orderBy: [{ raisedAt: "asc" }, { id: "asc" }],
      take: FEED_PAGE_LIMIT,
      select: { id: true, raisedAt: true, kind: true },
    }),
  ]);
  type Row = { at: number; id: string; step?: (typeof steps)[number]; alert?: (typeof alerts)[number] };
  const rows = [
    ...steps.map((s): Row => ({ at: s.receivedAt.getTime(), id: s.id, step: s })),
    ...alerts.map((a): Row => ({ at: a.raisedAt.getTime(), id: a.id, alert: a })),
  ]
    .sort(compareCursors)
    .slice(0, FEED_PAGE_LIMIT);

  const codes = [...new Set(steps.map((s) => s.disputeCode))];
  const disputes = await store.dispute.findMany({
    where: { code: { in: codes } },
    select: {
      code: true,
      leadDepartment: true,
      parties: { select: { partyId: true, residentId: true, creditCode: true } },
    },
  });
  const handOffs = await store.handOff.findMany({
    where: { disputeCode: { in: codes }, status: "PENDING" },
    select: { disputeCode: true, toDepartment: true, status: true },
  });
  const scopes = new Map(
    disputes.map((d) => [
      d.code,
      {
        leadDepartment: d.leadDepartment,
        scope: disputeScope({
          leadDepartment: d.leadDepartment,
          partyIds: partyIdsOfRows(d.parties),
          handOffs: handOffs.filter((h) => h.disputeCode === d.code),
        }),
      },
    ]),
  );

  const events = rows.map(({ at, id, step, alert }): FeedEvent => {
    if (alert) return { id, at, kind: "alert", type: alert.kind, disputeCode: null, recordId: null };
    const s = step!;
    const to = (s.data as { to?: unknown } | null)?.to;
    return {
      id,
      at,
      kind: "step",
      type: s.type,
      disputeCode: s.disputeCode,
      recordId: s.recordId,
      ...(scopes.has(s.disputeCode) ? { dispute: scopes.get(s.disputeCode)! } : {}),
      ...(s.type === "HANDOFF_REQUESTED" && typeof to === "string" ? { handOffTo: to } : {}),
    };
  });
  return { events, head };
}

/** The newest row stored, or the start of time when there is none. */
async function feedHead(store: PetitionsStore): Promise<FeedCursor> {
  const [step, alert] = await Promise.all([
    store.timelineEvent.findFirst({
      orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
      select: { id: true, receivedAt: true },
    }),
    store.alert.findFirst({ orderBy: [{ raisedAt: "desc" }, { id: "desc" }], select: { id: true, raisedAt: true } }),
  ]);
  const candidates: FeedCursor[] = [
    { at: 0, id: ZERO_ID },
    ...(step ? [{ at: step.receivedAt.getTime(), id: step.id }] : []),
    ...(alert ? [{ at: alert.raisedAt.getTime(), id: alert.id }] : []),
  ];
  return candidates.sort(compareCursors).at(-1)!;
}
