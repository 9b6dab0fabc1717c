import { describe, expect, it } from "vitest";
import type { Identity } from "@onedoor/shared/auth/identity";
import { namesFullPersonalField, SharedReads, viewOf } from "./shared-reads.js";

const mediator = (userId: string, organization = "桐庐县联合人民调解委员会"): Identity => ({
  userId,
  roles: ["mediator"],
  department: "mediation",
  organization,
  region: "330122",
});
const QUEUE = "query OneDoorLive { disputes { code } }";

/** A read that answers when told to, counting how many were run. */
function reads() {
  const run: { resolve: (value: string) => void }[] = [];
  return {
    run,
    start: (answer: string) => () =>
      new Promise<string>((resolve) => run.push({ resolve: () => resolve(answer) })).then((v) => v),
  };
}

describe("reads shared among subscribers", () => {
  it("serves subscribers who see alike from one read that began after their event", async () => {
    const shared = new SharedReads<string>();
    const graph = reads();
    const event = shared.now();
    const first = shared.read(mediator("m1"), QUEUE, {}, event, graph.start("a"));
    const second = shared.read(mediator("m2"), QUEUE, {}, event, graph.start("b"));
    expect(graph.run).toHaveLength(1);
    graph.run[0]!.resolve("a");
    expect(await Promise.all([first, second])).toEqual(["a", "a"]);
  });

  it("reads again for an event that arrived after the last read began", async () => {
    const shared = new SharedReads<string>();
    const graph = reads();
    const first = shared.read(mediator("m1"), QUEUE, {}, shared.now(), graph.start("before"));
    const later = shared.now();
    const second = shared.read(mediator("m2"), QUEUE, {}, later, graph.start("after"));
    expect(graph.run).toHaveLength(2);
    for (const r of graph.run) r.resolve("");
    expect(await Promise.all([first, second])).toEqual(["before", "after"]);
  });

  it("does not share between bodies, variables, or reads of full personal values", () => {
    const shared = new SharedReads<string>();
    const graph = reads();
    const event = shared.now();
    void shared.read(mediator("m1"), QUEUE, {}, event, graph.start(""));
    void shared.read(mediator("m2", "桐庐县劳动争议人民调解委员会"), QUEUE, {}, event, graph.start(""));
    void shared.read(mediator("m3"), QUEUE, { first: 5 }, event, graph.start(""));
    const full = "query OneDoorLive { dispute(code: $k) { parties { id: residentIdFull } } }";
    void shared.read(mediator("m4"), full, {}, event, graph.start(""));
    void shared.read(mediator("m5"), full, {}, event, graph.start(""));
    expect(graph.run).toHaveLength(5);
  });

  it("tries again after a failed read instead of handing its failure on", async () => {
    const shared = new SharedReads<string>();
    const event = shared.now();
    await expect(
      shared.read(mediator("m1"), QUEUE, {}, event, () => Promise.reject(new Error("down"))),
    ).rejects.toThrow("down");
    expect(await shared.read(mediator("m2"), QUEUE, {}, event, () => Promise.resolve("up"))).toBe("up");
  });

  it("keeps at most its capacity of reads", () => {
    const shared = new SharedReads<string>(2);
    const graph = reads();
    const event = shared.now();
    for (const q of ["q1", "q2", "q3", "q1"]) void shared.read(mediator("m"), q, {}, event, graph.start(""));
    expect(graph.run).toHaveLength(4);
  });
});

describe("what an answer depends on", () => {
  it("is the identity without its user id", () => {
    expect(viewOf(mediator("m1"))).toBe(viewOf(mediator("m2")));
    expect(viewOf({ roles: ["resident"], partyId: "P1" })).not.toBe(viewOf({ roles: ["resident"], partyId: "P2" }));
  });

  it("finds a full personal value under an alias or in a fragment", () => {
    expect(namesFullPersonalField("{ a { phone: phoneFull } }")).toBe(true);
    expect(namesFullPersonalField("{ a { ...F } } fragment F on P { residentIdFull }")).toBe(true);
    expect(namesFullPersonalField("{ a { phone Fullness } }")).toBe(false);
  });
});
