// The registry → department direction (派件): the registry records what it sends each department (a dispatch,
// a hand-off, a court's delegation, a recall, a closure) and every department reads its own feed into its own
// inbox. A department opens a case only on a dispute its inbox says was sent to it and is still open.
//
// Departments pull rather than the registry pushing: a department already knows where the registry is, any
// number of its replicas can read the same feed (the inbox keeps each notice once), and while the registry is
// down a department still knows everything it was sent before. docs/architecture.md explains the choice.
//
// The same feed relays facts one department established that another acts on (an agreement reached, told to
// the court that may confirm it): the fact arrives by itself, and the acting department decides from its inbox.
import type { Router } from "express";
import type { ReplayGuard } from "../auth/internal-hop.js";
import { invalidState } from "../graphql/errors.js";
import type { Logger } from "../logger.js";
import { registryRead, registryReadRoute, type NoticeReader } from "./registry-link.js";
import { rowLoader } from "../graphql/loaders.js";
import { isReportedClock, type ReportedClock } from "./reported-clock.js";

export const NOTICES_PATH = "/internal/notices";
const PAGE = 500;

/** RegistryNoticeKind in shared/prisma/registry-notice-kind.prisma. */
export type RegistryNoticeKind = HoldingKind | FactKind;
/** Notices that say who holds a dispute. */
export type HoldingKind = "SENT" | "HANDED_OVER" | "DELEGATED" | "RECALLED" | "CLOSED";
/** Notices that relay another department's fact about a record of its own. */
export type FactKind = "AGREEMENT_REACHED" | "CONFIRMATION_APPLIED" | "AGREEMENT_PERFORMED" | "COURT_CLOCK_CHANGED";
const FACT_KINDS: readonly RegistryNoticeKind[] = [
  "AGREEMENT_REACHED",
  "CONFIRMATION_APPLIED",
  "AGREEMENT_PERFORMED",
  "COURT_CLOCK_CHANGED",
] satisfies FactKind[];
const isHolding = (kind: RegistryNoticeKind): kind is HoldingKind => !FACT_KINDS.includes(kind);

/** One notice as the feed carries it. */
export interface RegistryNotice {
  id: string;
  /** The registry's order of notices; a department reads on from the last one it holds. */
  sequence: number;
  disputeCode: string;
  kind: RegistryNoticeKind;
  body: string | null;
  /** The body's id in this department's published directory, when the registry named one: only it takes the case. */
  bodyId?: string | null;
  /** Bodies named to handle it beside the body (协办单位), each of which may take the case too. */
  coHandlers?: string[];
  /** The same co-handlers by id (the registry's member units, or published directory bodies), in the same order. */
  coHandlerIds?: string[];
  /** For a fact: the other department's record it is about (a mediation agreement's id). */
  recordId: string | null;
  /**
   * For a court's delegation (DELEGATED): the court's pre-filing clock, which the delegated mediation runs; for
   * COURT_CLOCK_CHANGED, that clock as the court runs it now (extended), naming the court's case as its record.
   */
  clock?: ReportedClock | null;
  occurredAt: string;
}

/** Registry side: `GET /internal/notices?after=N`, each department its own notices only (from its signature). */
export function noticeFeed(
  secret: string,
  read: (department: NoticeReader, after: bigint, limit: number) => Promise<RegistryNotice[]>,
  replay: ReplayGuard,
): Router {
  return registryReadRoute(NOTICES_PATH, "notices", secret, replay, async (reader, req, res) => {
    const after = typeof req.query.after === "string" && /^\d{1,18}$/.test(req.query.after) ? req.query.after : "0";
    res.json({ notices: await read(reader, BigInt(after), PAGE) });
  });
}

/** The department's `RegistryNotice` table (shared/prisma/registry-notice.prisma); every generated client fits. */
export interface InboxStore {
  registryNotice: {
    findFirst(args: {
      orderBy: { sequence: "desc" };
      select: { sequence: true };
    }): Promise<{ sequence: bigint } | null>;
    findMany(args: { where: { disputeCode: string }; orderBy: { sequence: "asc" } }): Promise<
      {
        kind: RegistryNoticeKind;
        body: string | null;
        bodyId?: string | null;
        coHandlers?: string[];
        coHandlerIds?: string[];
        recordId: string | null;
        clock: unknown;
        occurredAt: Date;
        sequence: bigint;
      }[]
    >;
    createMany(args: {
      data: {
        id: string;
        sequence: bigint;
        disputeCode: string;
        kind: RegistryNoticeKind;
        body: string | null;
        bodyId?: string | null;
        coHandlers?: string[];
        coHandlerIds?: string[];
        recordId: string | null;
        clock?: object;
        occurredAt: Date;
      }[];
      skipDuplicates: true;
    }): Promise<unknown>;
  };
}

/** Where a dispute stands for this department, by the notices it holds. */
export type Standing =
  | {
      open: true;
      kind: "SENT" | "HANDED_OVER" | "DELEGATED";
      body: string | null;
      /** The body named by id (directory departments): only that body takes the case, beside its co-handlers. */
      bodyId: string | null;
      /** Bodies named to handle it beside the body (协办单位). */
      coHandlers: string[];
      /** Their ids, in the same order, where the registry named them by id (none on older notices). */
      coHandlerIds: string[];
      /** A court's delegation: the court's pre-filing clock as relayed. */
      courtClock: ReportedClock | null;
    }
  | { open: false; reason: "NOT_SENT_HERE" | "RECALLED" | "CLOSED" };

type HeldNotice = {
  kind: RegistryNoticeKind;
  body: string | null;
  bodyId?: string | null;
  coHandlers?: string[];
  coHandlerIds?: string[];
  clock?: unknown;
};

/**
 * The latest holding notice decides: a dispute sent here stays open until it is recalled or closed. A court's
 * delegation carries the court's clock as the court last changed it since (COURT_CLOCK_CHANGED).
 */
export function standing(notices: readonly HeldNotice[]): Standing {
  const at = notices.findLastIndex((n) => isHolding(n.kind));
  const last = notices[at] as (HeldNotice & { kind: HoldingKind }) | undefined;
  if (!last) return { open: false, reason: "NOT_SENT_HERE" };
  if (last.kind === "RECALLED" || last.kind === "CLOSED") return { open: false, reason: last.kind };
  const courtClock =
    last.kind === "DELEGATED" && isReportedClock(last.clock)
      ? latestCourtClock(last.clock, notices.slice(at + 1))
      : null;
  return {
    open: true,
    kind: last.kind,
    body: last.body,
    bodyId: last.bodyId ?? null,
    coHandlers: last.coHandlers ?? [],
    coHandlerIds: last.coHandlerIds ?? [],
    courtClock,
  };
}

/**
 * Whether the registry sent the dispute to this body: the body it named by id (a directory department's), else by
 * name, or a co-handler it named beside it (联合调解); a notice naming no body sends it to the whole department.
 */
export function sentToBody(sent: Extract<Standing, { open: true }>, body: { id: string; name: string }): boolean {
  if (sent.coHandlers.includes(body.name)) return true;
  if (sent.bodyId !== null) return sent.bodyId === body.id;
  return sent.body === null || sent.body === body.name;
}

/**
 * 联合办理: the other bodies the registry named to handle the dispute together with `body` — the lead body and
 * the co-handlers, less `body` itself — so a joint dispatch reaches the case as it was sent, not retyped.
 */
export function jointHandlers(sent: Extract<Standing, { open: true }>, body: { name: string }): string[] {
  const named = [...(sent.body === null ? [] : [sent.body]), ...sent.coHandlers];
  return [...new Set(named)].filter((name) => name !== body.name);
}

/** A unit at the table by reference: its id (a member unit's, or a published body's) and its name. */
export interface JointUnit {
  unitId: string;
  name: string;
}

/**
 * 联合办理 by reference: of `jointHandlers`, those the registry named by id — the lead body named by its directory
 * id, the co-handlers by theirs — less `body` itself.
 */
export function jointUnits(sent: Extract<Standing, { open: true }>, body: { id: string; name: string }): JointUnit[] {
  const lead = sent.bodyId !== null && sent.body !== null ? [{ unitId: sent.bodyId, name: sent.body }] : [];
  const coHandlers = sent.coHandlerIds.flatMap((unitId, i) =>
    sent.coHandlers[i] === undefined ? [] : [{ unitId, name: sent.coHandlers[i] }],
  );
  const seen = new Set<string>();
  return [...lead, ...coHandlers].filter((unit) => {
    if (unit.unitId === body.id || unit.name === body.name || seen.has(unit.unitId)) return false;
    seen.add(unit.unitId);
    return true;
  });
}

/** INVALID_STATE SENT_TO_ANOTHER_BODY: the dispute was sent to another body of this department. */
export function sentToAnotherBody(sent: Extract<Standing, { open: true }>, disputeCode: string) {
  const to = sent.body ?? sent.bodyId ?? "";
  return invalidState(
    `The registry sent this dispute to ${to}, not to this body: ask the registry to dispatch it again`,
    `登记中心已将该纠纷派往${to}，非本单位；如需改由本单位承办，请登记中心重新派单`,
    { reason: "SENT_TO_ANOTHER_BODY", disputeCode, bodyId: sent.bodyId },
  );
}

/** The court's clock as last relayed after `delegated`: the latest change of the same court case's clock. */
export function latestCourtClock(delegated: ReportedClock, later: readonly HeldNotice[]): ReportedClock {
  const changed = later
    .map((n) => (n.kind === "COURT_CLOCK_CHANGED" && isReportedClock(n.clock) ? n.clock : null))
    .filter((clock): clock is ReportedClock => clock !== null && clock.recordId === delegated.recordId);
  return changed.at(-1) ?? delegated;
}

const REFUSALS: Record<Exclude<Standing, { open: true }>["reason"], { en: string; zh: string }> = {
  NOT_SENT_HERE: {
    en: "The registry has not sent this dispute to this department (unregistered, or dispatched elsewhere)",
    zh: "登记中心未将该纠纷派送或移交本部门（未登记，或已派往其他单位）",
  },
  RECALLED: {
    en: "The hand-off of this dispute to this department was refused or expired",
    zh: "该纠纷向本部门的移交已被拒收或超时撤回",
  },
  CLOSED: { en: "The dispute is closed at the registry", zh: "该纠纷已在登记中心办结" },
};

export interface RegistryInbox {
  /** Reads the feed on from the last notice held; false when the registry could not be reached. */
  sync(): Promise<boolean>;
  /**
   * Refuses (INVALID_STATE with reason NOT_SENT_HERE, RECALLED or CLOSED) unless the registry sent the dispute
   * here and has not closed it. The feed is read first, so a case can be opened the moment after its dispatch
   * and not the moment after its closure.
   */
  requireOpen(disputeCode: string): Promise<Extract<Standing, { open: true }>>;
  /** Everything the registry told this department about the dispute (read on first), in the registry's order. */
  notices(disputeCode: string): Promise<InboxNotice[]>;
}

/** A notice as the department's inbox holds it. */
export interface InboxNotice {
  kind: RegistryNoticeKind;
  body: string | null;
  recordId: string | null;
  occurredAt: Date;
}

/** The inbox's rule over a store; `sync` reads the registry's feed (tests hand notices in directly). */
export function inboxOver(store: InboxStore, sync: () => Promise<boolean>): RegistryInbox {
  return {
    sync,
    async requireOpen(disputeCode) {
      // Read on first, so a closure or recall of a moment ago counts; the inbox alone decides while the registry is away.
      await sync();
      const found = standing(
        await store.registryNotice.findMany({ where: { disputeCode }, orderBy: { sequence: "asc" } }),
      );
      if (found.open) return found;
      const refusal = REFUSALS[found.reason];
      throw invalidState(refusal.en, refusal.zh, { reason: found.reason, disputeCode });
    },
    async notices(disputeCode) {
      await sync();
      return store.registryNotice.findMany({ where: { disputeCode }, orderBy: { sequence: "asc" } });
    },
  };
}

/** For a department's resolvers: the dispute must have been sent here and still be open. */
export function requireSentHere(
  ctx: { inbox?: RegistryInbox },
  disputeCode: string,
): Promise<Extract<Standing, { open: true }>> {
  if (!ctx.inbox) throw new Error("only departments keep an inbox of the registry's notices");
  return ctx.inbox.requireOpen(disputeCode);
}

/**
 * For a department's resolvers: what the registry told it about the dispute, other departments' facts about
 * their records included (an agreement reached, told to the court).
 */
export function registryNotices(ctx: { inbox?: RegistryInbox }, disputeCode: string): Promise<InboxNotice[]> {
  if (!ctx.inbox) throw new Error("only departments keep an inbox of the registry's notices");
  return ctx.inbox.notices(disputeCode);
}

/** The department's inbox as a fact loader reads it; every generated client fits. */
export interface FactStore {
  registryNotice: {
    findMany(args: {
      where: { kind: FactKind; recordId: { in: string[] } };
      orderBy: { sequence: "asc" };
      distinct: ["recordId"];
      select: { recordId: true; occurredAt: true };
    }): Promise<{ recordId: string | null; occurredAt: Date }[]>;
  };
}

/** Per request: when the registry relayed a fact of `kind` about each record (the first time), batched. */
export function relayedFactLoader(store: FactStore, kind: FactKind) {
  return rowLoader(
    (recordIds: readonly string[]) =>
      store.registryNotice.findMany({
        where: { kind, recordId: { in: [...recordIds] } },
        orderBy: { sequence: "asc" },
        distinct: ["recordId"],
        select: { recordId: true, occurredAt: true },
      }),
    (row) => row.recordId!,
  );
}

export interface InboxOptions {
  name: NoticeReader;
  store: InboxStore;
  /**
   * What the department does by itself on the notices just read (a fact arriving moves its own case). A page
   * may be read again after a failure, so it must be idempotent; its failure is logged, the notices kept.
   */
  received?: (notices: readonly RegistryNotice[]) => Promise<void>;
  secret: string;
  log: Logger;
  origin?: string;
  timeoutMs?: number;
}

export function registryInbox({
  name,
  store,
  received,
  secret,
  log,
  origin,
  timeoutMs = 5_000,
}: InboxOptions): RegistryInbox & { stop(): void; start(intervalMs: number): void } {
  let running: Promise<boolean> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const page = (after: bigint): Promise<RegistryNotice[]> =>
    registryRead(
      { name, secret, origin, timeoutMs },
      `${NOTICES_PATH}?after=${after}`,
      (body) => {
        const notices = (body as { notices?: unknown } | null)?.notices;
        return Array.isArray(notices) ? (notices as RegistryNotice[]) : null;
      },
      () => new Error("the registry gave no page of notices"),
    );

  const readOn = async (): Promise<boolean> => {
    try {
      for (;;) {
        const last = await store.registryNotice.findFirst({
          orderBy: { sequence: "desc" },
          select: { sequence: true },
        });
        const notices = await page(last?.sequence ?? 0n);
        if (notices.length === 0) return true;
        await store.registryNotice.createMany({
          data: notices.map((n) => ({
            id: n.id,
            sequence: BigInt(n.sequence),
            disputeCode: n.disputeCode,
            kind: n.kind,
            body: n.body,
            bodyId: n.bodyId ?? null,
            coHandlers: n.coHandlers ?? [],
            coHandlerIds: n.coHandlerIds ?? [],
            recordId: n.recordId,
            ...(n.clock ? { clock: n.clock } : {}),
            occurredAt: new Date(n.occurredAt),
          })),
          skipDuplicates: true,
        });
        log.info(
          { notices: notices.length, codes: [...new Set(notices.map((n) => n.disputeCode))] },
          "registry notices received",
        );
        await received?.(notices).catch((error: unknown) =>
          log.error({ err: error }, "acting on the registry's notices failed; they stay in the inbox"),
        );
        if (notices.length < PAGE) return true;
      }
    } catch (error) {
      log.warn({ err: error }, "registry unreachable; the inbox keeps what it has");
      return false;
    }
  };

  // One reading at a time; a caller arriving during one waits for the next, which sees everything committed.
  const sync = async (): Promise<boolean> => {
    while (running) await running;
    running = readOn().finally(() => (running = undefined));
    return running;
  };

  return {
    ...inboxOver(store, sync),
    start(intervalMs) {
      const tick = () => {
        if (stopped) return;
        timer = setTimeout(() => void sync().finally(tick), intervalMs);
        timer.unref();
      };
      tick();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
