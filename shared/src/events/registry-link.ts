// The department → registry hop for case events: the same signed-request scheme as gateway → subgraph,
// so the registry accepts events only from OneDoor's own services.
import express, { type Router } from "express";
import { randomUUID } from "node:crypto";
import { signHop, verifyHop, type ReplayGuard } from "../auth/internal-hop.js";
import type { CaseEvent, EventSource } from "./case-event.js";
import { mayReport } from "./case-event-types.js";
import { isReportedClock } from "./reported-clock.js";
import { attendanceOf } from "./attendance.js";
import { SUBGRAPH_NAMES, type SubgraphName } from "../config.js";

export const EVENTS_PATH = "/internal/events";
/** The registry's name as the audience of the events hop. */
const REGISTRY = "petitions";
const SOURCES: readonly EventSource[] = SUBGRAPH_NAMES;

/** A department that reads the registry (its notices, a dispute's parties, …): every subgraph but the registry. */
export type NoticeReader = Exclude<SubgraphName, "petitions">;

export const isReader = (name: string | undefined): name is NoticeReader =>
  name !== REGISTRY && SUBGRAPH_NAMES.includes(name as SubgraphName);

/** `REGISTRY_URL` (the petitions subgraph's origin); default: petitions on its standard port. */
export function registryOrigin(env: NodeJS.ProcessEnv = process.env): string {
  return env.REGISTRY_URL ?? `http://127.0.0.1:${env.PETITIONS_PORT ?? 4001}`;
}

export function registryDelivery(source: EventSource, secret: string, origin = registryOrigin(), timeoutMs = 10_000) {
  return async (events: CaseEvent[]): Promise<void> => {
    const body = JSON.stringify({ events });
    const headers = signHop(secret, { userId: `service:${source}`, roles: [] }, `events-${randomUUID()}`, {
      audience: REGISTRY,
      body,
    });
    const response = await fetch(`${origin}${EVENTS_PATH}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) throw new Error(`registry answered ${response.status}`);
  };
}

/**
 * Registry side: stores each batch (idempotently) before answering, so an acknowledged event is kept.
 * `replay` is the registry subgraph's guard, shared by its replicas.
 */
export function eventReceiver(
  secret: string,
  apply: (events: CaseEvent[]) => Promise<void>,
  replay: ReplayGuard,
): Router {
  const router = express.Router();
  const json = express.json({
    limit: "5mb",
    verify: (req, _res, buffer) => void ((req as typeof req & { rawBody?: Buffer }).rawBody = buffer),
  });
  router.post(EVENTS_PATH, json, async (req, res, next) => {
    const body = (req as typeof req & { rawBody?: Buffer }).rawBody ?? "";
    const hop = await verifyHop(secret, (name) => req.header(name), { audience: REGISTRY, body }, { replay });
    const source = hop.ok ? hop.identity.userId?.replace(/^service:/, "") : undefined;
    if (!hop.ok || !SOURCES.includes(source as EventSource)) {
      res.status(401).json({ error: "events must come from a OneDoor department" });
      return;
    }
    const events = (req.body as { events?: CaseEvent[] }).events;
    if (
      !Array.isArray(events) ||
      events.some(
        (e) =>
          e.source !== source ||
          typeof e.id !== "string" ||
          typeof e.disputeCode !== "string" ||
          (e.clocks !== undefined && !(Array.isArray(e.clocks) && e.clocks.every(isReportedClock))) ||
          attendanceOf(e) === "malformed",
      )
    ) {
      res.status(400).json({ error: "malformed event batch" });
      return;
    }
    // A type the registry's database would refuse, or another department's: the relay keeps the batch and retries.
    const refused = events.find((e) => !mayReport(source as EventSource, e.type));
    if (refused) {
      res.status(400).json({ error: `${source} may not report an event of type ${String(refused.type)}` });
      return;
    }
    try {
      await apply(events);
      res.status(204).end();
    } catch (error) {
      next(error);
    }
  });
  return router;
}

/**
 * Headers for a service reading `pathAndQuery` (e.g. `/internal/notices?after=12`) from the registry: the hop's
 * signature, the path and query sealed as its body, so a captured signature reads nothing else.
 */
export function signRegistryRead(secret: string, service: string, pathAndQuery: string): Record<string, string> {
  return signHop(secret, { userId: `service:${service}`, roles: [] }, `read-${randomUUID()}`, {
    audience: REGISTRY,
    method: "GET",
    body: pathAndQuery,
  });
}

/** Registry side of `signRegistryRead`: the reading service's name, or undefined for anything not signed so. */
export async function registryReader(
  secret: string,
  req: express.Request,
  replay: ReplayGuard,
): Promise<string | undefined> {
  const hop = await verifyHop(
    secret,
    (name) => req.header(name),
    { audience: REGISTRY, method: "GET", body: req.originalUrl },
    { replay },
  );
  return hop.ok ? hop.identity.userId?.replace(/^service:/, "") : undefined;
}

/** Who a department is, for a signed read of the registry (`registryRead`). */
export interface RegistryReadSettings {
  name: NoticeReader;
  secret: string;
  origin?: string;
  timeoutMs?: number;
}

/**
 * Department side of a signed registry read: `GET path`, signed as the department. The reply's body is checked
 * by `parse` (null for a body of the wrong shape); a 404 answers `missing` where the read has such an answer.
 * No answer, an error status or a malformed body throw `unreachable`: nothing unchecked is taken for the
 * registry's word.
 */
export async function registryRead<T>(
  { name, secret, origin = registryOrigin(), timeoutMs = 5_000 }: RegistryReadSettings,
  path: string,
  parse: (body: unknown) => T | null,
  unreachable: () => Error,
  missing?: T,
): Promise<T> {
  const response = await fetch(`${origin}${path}`, {
    headers: signRegistryRead(secret, name, path),
    signal: AbortSignal.timeout(timeoutMs),
  }).catch(() => null);
  if (response?.status === 404 && missing !== undefined) return missing;
  if (!response?.ok) throw unreachable();
  const parsed = parse(await response.json().catch(() => null));
  if (parsed === null) throw unreachable();
  return parsed;
}

/**
 * Registry side of `registryRead`: a GET route answered only to OneDoor's departments (401 otherwise, naming
 * `what` is read); `answer` writes the reply for the reading department.
 */
export function registryReadRoute(
  path: string,
  what: string,
  secret: string,
  replay: ReplayGuard,
  answer: (reader: NoticeReader, req: express.Request, res: express.Response) => Promise<void>,
): Router {
  const router = express.Router();
  router.get(path, async (req, res, next) => {
    const reader = await registryReader(secret, req, replay);
    if (!isReader(reader)) {
      res.status(401).json({ error: `${what} are read by OneDoor departments only` });
      return;
    }
    try {
      await answer(reader, req, res);
    } catch (error) {
      next(error);
    }
  });
  return router;
}

/** The strings of a reply's list field, or null when it is not a list of strings. */
export function stringList(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((v) => typeof v === "string") ? (value as string[]) : null;
}
