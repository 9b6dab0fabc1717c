// 分流规则: the routing rule sets the registry has saved, each version whole and never changed. The first is the
// configuration's (ROUTING_RULES), stored when the registry first needs rules; later ones come from the routing
// administrator (saveRoutingRuleSet). Every process keeps them in memory: a save refreshes its own copy, and
// another replica's copy is read again after RULES_REFRESH_MS.
import type { AuditActor } from "@onedoor/shared/audit/audit";
import { actorId } from "@onedoor/shared/auth/identity";
import { toLocalDate, type LocalDate } from "@onedoor/shared/clock/index";
import { currentTime } from "@onedoor/shared/clock/now";
import { createRecord } from "@onedoor/shared/db/write-path";
import { conflict } from "@onedoor/shared/graphql/errors";
import { Prisma, type RoutingRule as RuleRow, type RoutingRuleSet as RuleSetRow } from "../generated/prisma/client.js";
import { ROUTING_RULES, ruleSetInForce, type RoutingRule, type RoutingRuleSet } from "../domain/routing.js";
import type { PetitionsStore } from "./store.js";
import type { Tx } from "./write.js";

/** A saved rule set, as routing and the routing administrator read it. */
export interface StoredRuleSet extends RoutingRuleSet {
  id: string;
  savedBy: string;
  savedAt: Date;
}

/** How long a process routes on its copy before reading the saved sets again (another replica may have saved). */
export const RULES_REFRESH_MS = 30_000;

/** Who stored the configuration's rule set. */
const SEEDED_BY = "routing-configuration";

const NEWEST_FIRST = [
  { effectiveFrom: "desc" },
  { savedAt: "desc" },
] satisfies Prisma.RoutingRuleSetOrderByWithRelationInput[];
const WITH_RULES = { rules: { orderBy: { position: "asc" } } } satisfies Prisma.RoutingRuleSetInclude;

const toDate = (day: LocalDate) => new Date(`${day}T00:00:00.000Z`);
const toDay = (date: Date): LocalDate => date.toISOString().slice(0, 10);
const list = <T>(values: readonly T[]) => (values.length > 0 ? values : undefined);

function fromRule(row: RuleRow): RoutingRule {
  const rule: RoutingRule = {
    id: row.ruleId,
    description: row.description,
    categories: list(row.categories),
    minAmountYuan: row.minAmountYuan?.toNumber(),
    maxAmountYuan: row.maxAmountYuan?.toNumber(),
    regionPrefixes: list(row.regionPrefixes),
    flags: list(row.flags),
    withoutFlags: list(row.withoutFlags),
    department: row.department,
    body: row.body,
    bodyKind: row.bodyKind ?? undefined,
    bodyId: row.bodyId ?? undefined,
  };
  // Absent conditions stay absent, as in the configuration, so a stored set equals the one saved.
  return Object.fromEntries(Object.entries(rule).filter(([, v]) => v !== undefined)) as unknown as RoutingRule;
}

function fromRows(row: RuleSetRow & { rules: RuleRow[] }): StoredRuleSet {
  return {
    id: row.id,
    version: row.version,
    effectiveFrom: toDay(row.effectiveFrom),
    savedBy: row.savedBy,
    savedAt: row.savedAt,
    rules: row.rules.map(fromRule),
  };
}

function toRule(rule: RoutingRule, position: number): Prisma.RoutingRuleCreateWithoutRuleSetInput {
  return {
    position,
    ruleId: rule.id,
    description: rule.description,
    categories: [...(rule.categories ?? [])],
    minAmountYuan: rule.minAmountYuan ?? null,
    maxAmountYuan: rule.maxAmountYuan ?? null,
    regionPrefixes: [...(rule.regionPrefixes ?? [])],
    flags: [...(rule.flags ?? [])],
    withoutFlags: [...(rule.withoutFlags ?? [])],
    department: rule.department,
    body: rule.body,
    bodyKind: rule.bodyKind ?? null,
    bodyId: rule.bodyId ?? null,
  };
}

const createSet = (tx: Pick<PetitionsStore, "routingRuleSet">, set: RoutingRuleSet, savedBy: string) =>
  tx.routingRuleSet.create({
    data: {
      version: set.version,
      effectiveFrom: toDate(set.effectiveFrom),
      savedBy,
      rules: { create: set.rules.map(toRule) },
    },
    include: WITH_RULES,
  });

const isUniqueViolation = (error: unknown): boolean =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/** Stores the configuration's rule set as the first version, unless one is stored (another replica may race). */
export async function seedRuleSet(store: Pick<PetitionsStore, "routingRuleSet">): Promise<void> {
  if ((await store.routingRuleSet.count()) > 0) return;
  try {
    await createSet(store, ROUTING_RULES, SEEDED_BY);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
}

async function readRuleSets(store: PetitionsStore): Promise<StoredRuleSet[]> {
  await seedRuleSet(store);
  const rows = await store.routingRuleSet.findMany({ include: WITH_RULES, orderBy: NEWEST_FIRST });
  return rows.map(fromRows);
}

const held = new WeakMap<PetitionsStore, { readAt: number; sets: Promise<StoredRuleSet[]> }>();

function reread(store: PetitionsStore): Promise<StoredRuleSet[]> {
  const sets = readRuleSets(store);
  held.set(store, { readAt: Date.now(), sets });
  // A failed read is not kept: the next caller reads again.
  sets.catch(() => held.delete(store));
  return sets;
}

/** Every saved rule set, newest effective first (the process's copy). */
export function savedRuleSets(store: PetitionsStore): Promise<StoredRuleSet[]> {
  const copy = held.get(store);
  return copy && Date.now() - copy.readAt < RULES_REFRESH_MS ? copy.sets : reread(store);
}

/** The rule set routing uses on `today`. */
export async function ruleSetOn(store: PetitionsStore, today: LocalDate): Promise<StoredRuleSet> {
  const set = ruleSetInForce(await savedRuleSets(store), today);
  if (!set) throw new Error("the registry has no routing rule set");
  return set;
}

/** The rule set routing uses now (the request's clock: simulated time in a drill). */
export const rulesInForce = (store: PetitionsStore): Promise<StoredRuleSet> =>
  ruleSetOn(store, toLocalDate(currentTime()));

/** The latest saved rule sets, newest effective first, at most `limit` (the history the administrator reads). */
export async function ruleSetHistory(store: PetitionsStore, limit: number): Promise<StoredRuleSet[]> {
  return (await savedRuleSets(store)).slice(0, limit);
}

/**
 * Saves a new version (the caller has checked it: domain/routing-rules.ts), audited in its transaction, and
 * refreshes the process's copy. A version label saved meanwhile by someone else is a CONFLICT.
 */
export async function saveRuleSet(
  store: PetitionsStore,
  by: AuditActor,
  set: RoutingRuleSet,
  given: object,
): Promise<StoredRuleSet> {
  try {
    const row = await createRecord<RuleSetRow & { rules: RuleRow[] }, Tx>(
      store,
      by,
      { entity: "RoutingRuleSet", audit: (tx) => tx },
      {
        create: (tx) => createSet(tx, set, actorId(by.identity)),
        audit: { action: "saveRoutingRuleSet", input: given, nested: true, entityId: set.version },
      },
    );
    return fromRows(row);
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict(`Version ${set.version} is already saved`, `版本 ${set.version} 已保存`, { version: set.version });
    throw error;
  } finally {
    await reread(store);
  }
}
