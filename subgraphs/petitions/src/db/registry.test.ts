// Registration under concurrency: 解纷码 stay gapless per county while the counter row is held only at the
// end of each registration, and the duplicate search still sees every registration of the same applicant.
// On a real PostgreSQL (TEST_DATABASE_URL) the registrations run on a pool of connections, truly at once
// (fewer of them than the pool holds, so none waits for a connection).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations, prismaProject } from "@onedoor/shared/db/schema-engine";
import { caller } from "@onedoor/shared/testing/subgraph-kit";
import { replicaDatabases, type ReplicaDatabases } from "@onedoor/shared/testing/replica-databases";
import { residentId } from "../../../../test/support/identities.js";
import { subgraph } from "../subgraph.js";
import { checkRegistration, registrationHash } from "../domain/registration.js";
import type { PetitionsStore } from "./store.js";
import { registerDispute } from "./registry.js";

// Simulated time: the code's year comes from it, not from the machine's calendar.
const NOW = new Date("2026-03-02T10:00:00+08:00");
const BY = { identity: caller("intakeClerk", { department: "petitions" }), requestId: "test" };

function input(applicantId: string) {
  const checked = checkRegistration(
    {
      title: "楼上漏水致天花板受损",
      description: "楼上住户卫生间漏水，楼下天花板和墙面受损，双方就维修和赔偿协商不成。",
      category: "损害赔偿",
      region: "330122",
      channel: "WALK_IN",
      parties: [{ kind: "PERSON", name: "周秀英", phone: "13857123456", residentId: applicantId }],
      respondents: [{ kind: "PERSON", name: "楼上住户" }],
    },
    NOW,
  );
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return checked.value;
}

const register = (store: PetitionsStore, applicantId: string) => {
  const value = input(applicantId);
  return registerDispute(store, value, {
    idempotencyKey: null,
    inputHash: registrationHash(value),
    by: BY,
    given: {},
    now: NOW,
  });
};

/** The store, except that the registration's audit entry fails: after the code was taken. */
function failingAfterTheCode(store: PetitionsStore): PetitionsStore {
  const bound = (target: object, name: string | symbol) => {
    const value: unknown = Reflect.get(target, name);
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
  };
  return new Proxy(store, {
    get(target, name) {
      if (name !== "$transaction") return bound(target, name);
      return (work: (tx: object) => Promise<unknown>) =>
        target.$transaction((tx) =>
          work(
            new Proxy(tx, {
              get: (inner, key) =>
                key === "auditEntry"
                  ? { create: () => Promise.reject(new Error("audit log unavailable")) }
                  : bound(inner, key),
            }),
          ),
        );
    },
  });
}

const sequenceOf = (code: string) => Number(code.slice(8, 14));

describe("registration codes and duplicate search under concurrency", () => {
  let databases: ReplicaDatabases;
  let store: PetitionsStore;
  beforeAll(async () => {
    databases = await replicaDatabases();
    await applyMigrations(prismaProject(subgraph.prismaDir), databases.first);
    store = subgraph.openStore(databases.first.adapterFactory);
  }, 120_000);
  afterAll(async () => {
    await store?.$disconnect();
    await databases?.close();
  });

  it("gives concurrent registrations of one county consecutive codes, and a failed one leaves no hole", async () => {
    const first = await Promise.all(Array.from({ length: 8 }, () => register(store, residentId())));
    const sequences = first.map((r) => sequenceOf(r.dispute.code)).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 8 }, (_, i) => i + 1));
    // Each code is the one stored, with its timeline step under it (not the placeholder it was written with).
    for (const { dispute } of first) {
      expect((await store.dispute.findUniqueOrThrow({ where: { id: dispute.id } })).code).toBe(dispute.code);
      expect(await store.timelineEvent.count({ where: { disputeCode: dispute.code } })).toBe(1);
    }

    await expect(register(failingAfterTheCode(store), residentId())).rejects.toThrow("audit log unavailable");
    const next = await register(store, residentId());
    expect(sequenceOf(next.dispute.code)).toBe(9);
    expect(await store.dispute.count({ where: { code: { startsWith: "registering:" } } })).toBe(0);
    expect(await store.timelineEvent.count({ where: { disputeCode: { startsWith: "registering:" } } })).toBe(0);
  });

  it("flags each of several concurrent registrations of one applicant against all the earlier ones", async () => {
    const applicant = residentId();
    const results = await Promise.all(Array.from({ length: 5 }, () => register(store, applicant)));
    const codes = results.map((r) => r.dispute.code).sort();
    const links = await store.disputeLink.findMany({
      where: { kind: "POSSIBLE_DUPLICATE", fromCode: { in: codes } },
    });
    // Codes follow commit order, so each registration is flagged against every lower code.
    expect(links.map((l) => `${l.fromCode}>${l.toCode}`).sort()).toEqual(
      codes.flatMap((from, i) => codes.slice(0, i).map((to) => `${from}>${to}`)).sort(),
    );
  });
});
