// The registry's feed of stored steps and alerts, read by every gateway replica for live subscriptions.
// Served from rows already committed (never from a request in flight), signed like the events hop:
// audience "petitions", identity service:gateway, the path and query sealed as the signed "body".
import express, { type Router } from "express";
import type { RecordScope } from "../auth/policy.js";
import type { ReplayGuard } from "../auth/internal-hop.js";
import { registryReader, signRegistryRead } from "./registry-link.js";

export const FEED_PATH = "/internal/feed";
/** The one service allowed to read the feed. */
export const FEED_READER = "service:gateway";
/** The most events one page holds. */
export const FEED_PAGE_LIMIT = 500;

/** A position in the feed: rows are ordered by (at, id), `at` being when the registry stored them. */
export interface FeedCursor {
  at: number;
  id: string;
}

/** Before every row: the zero uuid sorts first among rows stored at the same millisecond. */
export const ZERO_ID = "00000000-0000-0000-0000-000000000000";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const formatCursor = (cursor: FeedCursor): string => `${cursor.at}:${cursor.id}`;

export function parseCursor(text: unknown): FeedCursor | undefined {
  if (typeof text !== "string") return undefined;
  const [at, id] = text.split(":");
  const ms = Number(at);
  return Number.isSafeInteger(ms) && ms >= 0 && id && UUID.test(id) ? { at: ms, id } : undefined;
}

export const compareCursors = (a: FeedCursor, b: FeedCursor): number =>
  a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** One stored row, with what the gateway needs to route it; everything else is read through the graph. */
export interface FeedEvent {
  /** The row's id (a timeline step or an alert): the same id on every read, for de-duplication. */
  id: string;
  /** When the registry stored it (ms since the epoch). */
  at: number;
  kind: "step" | "alert";
  /** The step's type (DISPUTE_DISPATCHED, HANDOFF_REQUESTED, ...) or the alert's kind. */
  type: string;
  disputeCode: string | null;
  /** The step's record (a hand-off's id for hand-off steps). */
  recordId: string | null;
  /** For steps: the dispute's lead department and who may see it in full, as stored when the feed was read. */
  dispute?: { leadDepartment: string | null; scope: RecordScope };
  /** For HANDOFF_REQUESTED: the receiving department. */
  handOffTo?: string;
}

export interface FeedPage {
  events: FeedEvent[];
  /** The newest row stored (a start for a reader that wants only what comes next). */
  head: FeedCursor;
}

/** Headers for reading `pathAndQuery` (e.g. `/internal/feed?after=...`) as the gateway. */
export function signFeedRequest(secret: string, pathAndQuery: string): Record<string, string> {
  return signRegistryRead(secret, FEED_READER.replace(/^service:/, ""), pathAndQuery);
}

/**
 * Registry side: `GET /internal/feed?after=<cursor>` answers the rows stored after the cursor, oldest first
 * (at most FEED_PAGE_LIMIT); without a cursor only the head. Only the gateway, signing this exact path and
 * query, is answered. `replay` is the registry subgraph's guard, shared by its replicas.
 */
export function feedRoute(
  secret: string,
  read: (after: FeedCursor | undefined) => Promise<FeedPage>,
  replay: ReplayGuard,
): Router {
  const router = express.Router();
  router.get(FEED_PATH, async (req, res, next) => {
    if (`service:${await registryReader(secret, req, replay)}` !== FEED_READER) {
      res.status(401).json({ error: "the feed is read by the gateway only" });
      return;
    }
    const after = parseCursor(req.query.after);
    if (req.query.after !== undefined && !after) {
      res.status(400).json({ error: "malformed cursor" });
      return;
    }
    try {
      res.json(await read(after));
    } catch (error) {
      next(error);
    }
  });
  return router;
}
