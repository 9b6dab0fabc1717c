// The department → registry hop for directories (名录发布): a department that keeps bodies of its own (mediation's
// committees) publishes them to the registry, so routing and dispatch name only bodies that exist, take new
// matters and have someone to handle them.
//
// Each publication is the department's whole directory, stamped with when it was read: the registry replaces
// what it held for that department unless it already holds a later one. A lost or late publication is healed by
// the next (after every mutation, and periodically), and while the department is down the registry keeps
// routing on the last directory it was sent. docs/architecture.md explains the choice.
import express, { type Router } from "express";
import { randomUUID } from "node:crypto";
import { signHop, verifyHop, type ReplayGuard } from "../auth/internal-hop.js";
import { SUBGRAPH_NAMES, type SubgraphName } from "../config.js";
import { registryOrigin } from "../events/registry-link.js";
import type { Logger } from "../logger.js";
import type { DirectoryStatus } from "../graphql/directory-status.js";
import { DIRECTORY_STATUSES } from "./lifecycle.js";

export const DIRECTORY_PATH = "/internal/directory";
const REGISTRY = "petitions";
const NAME_MAX = 60;

/** One body as its department publishes it. */
export interface PublishedBody {
  /** The department's own id of the body (a committee's id). */
  id: string;
  name: string;
  /** The department's kind of body (a committee's type: MEDICAL, TRAFFIC…). */
  kind: string;
  /** GB/T 2260 code of the area it serves (a county, a town, a village). */
  regionCode: string;
  /** Dispute categories it takes; see `coversAllCategories`. */
  categories: string[];
  /** A catch-all body (联合人民调解委员会) takes any category. */
  coversAllCategories: boolean;
  status: DirectoryStatus;
  /** How many people of the body can take a case now (active mediators). */
  staffed: number;
}

export interface DirectoryPublication {
  /** Subgraph name of the publishing department. */
  source: SubgraphName;
  /** When the directory was read: the registry keeps the latest. */
  publishedAt: string;
  bodies: PublishedBody[];
}

const isText = (value: unknown, max: number): value is string =>
  typeof value === "string" && value.length > 0 && value.length <= max;

/** A body as the registry accepts it: every field present and well-formed. */
export function isPublishedBody(value: unknown): value is PublishedBody {
  if (typeof value !== "object" || value === null) return false;
  const b = value as Record<string, unknown>;
  return (
    isText(b.id, 64) &&
    isText(b.name, NAME_MAX) &&
    isText(b.kind, 40) &&
    typeof b.regionCode === "string" &&
    /^\d{6}(\d{3}(\d{3})?)?$/.test(b.regionCode) &&
    Array.isArray(b.categories) &&
    b.categories.every((c) => isText(c, 40)) &&
    typeof b.coversAllCategories === "boolean" &&
    DIRECTORY_STATUSES.includes(b.status as DirectoryStatus) &&
    Number.isInteger(b.staffed) &&
    (b.staffed as number) >= 0
  );
}

/** Department side: sends one publication, signed like the events hop. */
export function directoryDelivery(source: SubgraphName, secret: string, origin = registryOrigin(), timeoutMs = 10_000) {
  return async (bodies: PublishedBody[]): Promise<void> => {
    const publication: DirectoryPublication = { source, publishedAt: new Date().toISOString(), bodies };
    const body = JSON.stringify(publication);
    const headers = signHop(secret, { userId: `service:${source}`, roles: [] }, `directory-${randomUUID()}`, {
      audience: REGISTRY,
      body,
    });
    const response = await fetch(`${origin}${DIRECTORY_PATH}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) throw new Error(`registry answered ${response.status}`);
  };
}

/** Registry side: stores a department's publication before answering; a malformed one is refused whole (400). */
export function directoryReceiver(
  secret: string,
  apply: (publication: DirectoryPublication) => Promise<void>,
  replay: ReplayGuard,
): Router {
  const router = express.Router();
  const json = express.json({
    limit: "2mb",
    verify: (req, _res, buffer) => void ((req as typeof req & { rawBody?: Buffer }).rawBody = buffer),
  });
  router.post(DIRECTORY_PATH, json, async (req, res, next) => {
    const raw = (req as typeof req & { rawBody?: Buffer }).rawBody ?? "";
    const hop = await verifyHop(secret, (name) => req.header(name), { audience: REGISTRY, body: raw }, { replay });
    const signer = hop.ok ? hop.identity.userId?.replace(/^service:/, "") : undefined;
    const publication = req.body as Partial<DirectoryPublication>;
    if (!hop.ok || signer === REGISTRY || !SUBGRAPH_NAMES.includes(signer as SubgraphName)) {
      res.status(401).json({ error: "directories are published by OneDoor departments only" });
      return;
    }
    if (
      publication.source !== signer ||
      typeof publication.publishedAt !== "string" ||
      Number.isNaN(Date.parse(publication.publishedAt)) ||
      !Array.isArray(publication.bodies) ||
      !publication.bodies.every(isPublishedBody) ||
      new Set(publication.bodies.map((b) => b.id)).size !== publication.bodies.length
    ) {
      res.status(400).json({ error: "malformed directory publication" });
      return;
    }
    try {
      await apply(publication as DirectoryPublication);
      res.status(204).end();
    } catch (error) {
      next(error);
    }
  });
  return router;
}

export interface DirectoryPublisher {
  /** Publish soon (after a mutation that may have changed the directory); repeated nudges coalesce. */
  nudge(): void;
  stop(): Promise<void>;
}

/**
 * Publishes the department's directory at start, when nudged, and every `intervalMs` (which heals a publication
 * the registry missed while it was down). Only one publication runs at a time; a nudge during one runs another.
 */
export function startDirectoryPublisher(options: {
  read: () => Promise<PublishedBody[]>;
  deliver: (bodies: PublishedBody[]) => Promise<void>;
  log: Logger;
  intervalMs: number;
}): DirectoryPublisher {
  const { read, deliver, log, intervalMs } = options;
  let stopped = false;
  let running: Promise<void> | undefined;
  let again = false;
  let timer: NodeJS.Timeout | undefined;

  const publish = async (): Promise<void> => {
    try {
      const bodies = await read();
      await deliver(bodies);
      log.debug({ bodies: bodies.length }, "directory published to the registry");
    } catch (error) {
      log.warn({ err: error }, "directory not published; the next publication carries it");
    }
  };
  const run = (): void => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = publish().finally(() => {
      running = undefined;
      if (again) {
        again = false;
        run();
      }
    });
  };
  const schedule = () => {
    timer = setTimeout(() => {
      run();
      schedule();
    }, intervalMs);
    timer.unref();
  };
  run();
  schedule();
  return {
    nudge: run,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
