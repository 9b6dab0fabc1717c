// A committee accepts a case only on a dispute the registry sent to mediation (派件): dispatched, or handed over
// (a court's delegation 诉前委派 included), and neither recalled nor closed since. In process, the registry's
// notices handed to the inbox as it would read them.
import { beforeAll, describe, expect, it } from "vitest";
import type { RegistryNoticeKind } from "@onedoor/shared/events/registry-notices";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { caller, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { subgraph } from "../subgraph.js";

const MEDIATOR = caller("mediator", { userId: "mediator-1", department: "mediation" });
const COMMITTEE = "桐庐县商事人民调解委员会";
const ACCEPT = `mutation ($input: AcceptMediationCaseInput!) { acceptMediationCase(input: $input) { id status disputeCode source } }`;

let sequence = 900_000;
const freshCode = () => formatDisputeCode({ region: "330122", year: 2026, sequence: ++sequence });

describe("accepting a mediation case only on a dispute the registry sent to mediation", () => {
  const { store, run, notify } = useSubgraphKit(subgraph, { seed: true });
  let committeeId: string;
  beforeAll(async () => {
    committeeId = (await store().committee.findUniqueOrThrow({ where: { name: COMMITTEE } })).id;
  });

  /** A fresh code whose notices, in order, are `kinds`. */
  async function codeWith(...kinds: RegistryNoticeKind[]): Promise<string> {
    const code = freshCode();
    for (const kind of kinds) await notify(code, kind, COMMITTEE);
    return code;
  }
  const dispatched = (disputeCode: string) => ({ disputeCode, committeeId, source: "DISPATCH" });
  const delegated = (disputeCode: string) => ({
    disputeCode,
    committeeId,
    source: "COURT_DELEGATION",
    sourceReference: "(2026)浙0122民诉前调1024号",
  });
  const written = async (disputeCode: string) => ({
    cases: await store().mediationCase.count({ where: { disputeCode } }),
    events: await store().outboxEvent.count({ where: { disputeCode } }),
    audit: await store().auditEntry.count({ where: { action: "acceptMediationCase" } }),
  });

  it.each<{ state: string; kinds: RegistryNoticeKind[]; reason: string }>([
    { state: "never sent here (unregistered, or dispatched elsewhere)", kinds: [], reason: "NOT_SENT_HERE" },
    { state: "closed at the registry since", kinds: ["SENT", "CLOSED"], reason: "CLOSED" },
    { state: "handed over, then refused or expired", kinds: ["HANDED_OVER", "RECALLED"], reason: "RECALLED" },
  ])(
    "refuses a dispute $state: INVALID_STATE $reason, in both languages, and writes nothing",
    async ({ kinds, reason }) => {
      const code = await codeWith(...kinds);
      const before = await written(code);
      for (const input of [dispatched(code), delegated(code)]) {
        const { data, codes, errors } = await run(MEDIATOR, ACCEPT, { input });
        expect(codes).toEqual(["INVALID_STATE"]);
        expect(errors[0]!.extensions).toMatchObject({ reason, disputeCode: code, messageZh: expect.any(String) });
        expect(data).toBeNull();
      }
      expect(await written(code)).toEqual({ ...before, cases: 0, events: 0 });
    },
  );

  it.each<{ state: string; kinds: RegistryNoticeKind[]; input: typeof dispatched }>([
    { state: "dispatched here", kinds: ["SENT"], input: dispatched },
    { state: "handed over here by a court's delegation (诉前委派)", kinds: ["HANDED_OVER"], input: delegated },
    { state: "sent again after a recall", kinds: ["HANDED_OVER", "RECALLED", "SENT"], input: dispatched },
  ])("accepts a dispute $state", async ({ kinds, input }) => {
    const code = await codeWith(...kinds);
    const { data, codes } = await run(MEDIATOR, ACCEPT, { input: input(code) });
    expect(codes).toEqual([]);
    expect(data!.acceptMediationCase).toMatchObject({ status: "ACCEPTED", disputeCode: code });
    expect(await store().mediationCase.count({ where: { disputeCode: code } })).toBe(1);
  });

  it("answers bad input as such before asking the registry", async () => {
    const { codes, errors } = await run(MEDIATOR, ACCEPT, {
      input: { ...delegated(freshCode()), sourceReference: "" },
    });
    expect(codes).toEqual(["BAD_USER_INPUT"]);
    expect(errors[0]!.extensions).toMatchObject({ field: ["input", "sourceReference"] });
  });

  it("accepts only in the committee the registry named, by id (or by name, or any when none was named)", async () => {
    const other = await store().committee.findUniqueOrThrow({ where: { name: "桐庐县联合人民调解委员会" } });
    const cases = [
      { body: { name: COMMITTEE, id: committeeId }, accepted: true },
      { body: { name: other.name, id: other.id }, accepted: false },
      // By id, even if a name was copied wrongly: the id decides.
      { body: { name: COMMITTEE, id: other.id }, accepted: false },
      { body: other.name, accepted: false },
      { body: undefined, accepted: true },
    ];
    for (const { body, accepted } of cases) {
      const code = freshCode();
      await notify(code, "SENT", body);
      const { data, codes, errors } = await run(MEDIATOR, ACCEPT, { input: dispatched(code) });
      if (accepted) expect(data!.acceptMediationCase).toMatchObject({ status: "ACCEPTED", disputeCode: code });
      else {
        expect(codes).toEqual(["INVALID_STATE"]);
        expect(errors[0]!.extensions).toMatchObject({
          reason: "SENT_TO_ANOTHER_BODY",
          messageZh: expect.stringContaining("非本单位"),
        });
        expect(await store().mediationCase.count({ where: { disputeCode: code } })).toBe(0);
      }
    }
  });
});
