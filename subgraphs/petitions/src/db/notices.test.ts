// 派件: each registry step that gives a department a dispute, takes it back or ends it leaves a notice for that
// department, in the step's transaction, numbered in commit order; the feed gives each department its own.
import { beforeAll, describe, expect, it } from "vitest";
import { demoId, demoMediationDirectory } from "@onedoor/shared/demo/mediation-directory";
import { demoCourtDirectory } from "@onedoor/shared/demo/court-directory";
import { useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { subgraph } from "../subgraph.js";
import { APPLICANT, CLERK, COMMANDER, registerDispute } from "../testing/callers.js";
import { STATUTORY_CLOCKS } from "@onedoor/shared/clock/index";
import type { CaseEvent } from "@onedoor/shared/events/case-event";
import { reportClock } from "@onedoor/shared/events/reported-clock";
import { disputePartiesFor, noticesFor } from "./notices.js";
import { applyDirectoryPublication } from "./directory.js";
import { seedMemberUnits } from "./member-units.js";
import { demoMemberUnitId, demoMemberUnits } from "@onedoor/shared/demo/member-units";
import { applyCaseEvents } from "./timeline.js";

const TRAFFIC_POLICE = "桐庐县公安局交通警察大队";
const DISPATCH = `mutation ($code: ID!) { dispatchDispute(input: { code: $code, to: MEDIATION, body: "桐庐县道路交通事故人民调解委员会", coHandlerIds: ["${demoMemberUnitId(TRAFFIC_POLICE)}"], reason: "当事人申请人民调解" }) { code } }`;
const HAND_OFF = `mutation ($code: ID!) { handOffDispute(input: { code: $code, to: ARBITRATION, reason: "调解不成，申请劳动仲裁" }) { id } }`;
const TO_COURT = `mutation ($code: ID!) { dispatchDispute(input: { code: $code, to: LITIGATION, reason: "当事人起诉，法院诉前调解" }) { code } }`;
const CLOSE = `mutation ($code: ID!) { closeDispute(input: { code: $code, outcome: RESOLVED_BY_AGREEMENT, result: "双方达成和解", openMatters: "仲裁移交待接收，当事人已和解" }) { status } }`;

describe("the registry's notices to departments", () => {
  const kit = useSubgraphKit(subgraph);
  beforeAll(async () => {
    await applyDirectoryPublication(kit.store(), {
      source: "mediation",
      publishedAt: new Date().toISOString(),
      bodies: demoMediationDirectory(),
    });
    // The court publishes its bodies too: a dispute is sent to the court's service centre by id.
    await applyDirectoryPublication(kit.store(), {
      source: "litigation",
      publishedAt: new Date().toISOString(),
      bodies: demoCourtDirectory(),
    });
    await seedMemberUnits(kit.store(), demoMemberUnits());
  });
  const noticesOf = async (code: string) =>
    (await kit.store().departmentNotice.findMany({ where: { disputeCode: code }, orderBy: { sequence: "asc" } })).map(
      (n) => `${n.department} ${n.kind}${n.body ? ` ${n.body}` : ""}`,
    );

  it("sends on dispatch and hand-off, and tells every department it sent to of the closure", async () => {
    const { code } = await registerDispute(kit);
    expect(await noticesOf(code)).toEqual([]);
    expect((await kit.run(CLERK, DISPATCH, { code })).codes).toEqual([]);
    expect((await kit.run(CLERK, HAND_OFF, { code })).codes).toEqual([]);
    expect((await kit.run(COMMANDER, CLOSE, { code })).codes).toEqual([]);
    const notices = await noticesOf(code);
    expect(notices.slice(0, 2)).toEqual([
      "MEDIATION SENT 桐庐县道路交通事故人民调解委员会",
      expect.stringMatching(/^ARBITRATION HANDED_OVER /),
    ]);
    expect(notices.slice(2).sort()).toEqual(["ARBITRATION CLOSED", "MEDIATION CLOSED"]);
  });

  it("names co-handlers by id, refusing each that is unknown, of another county, retired or named twice", async () => {
    const { code } = await registerDispute(kit);
    const retired = await kit.store().memberUnit.create({
      data: { name: "桐庐县原城南工商所", regionCode: "330122", kind: "MARKET_REGULATION", status: "RETIRED" },
    });
    const police = demoMemberUnitId(TRAFFIC_POLICE);
    const ids = ["no-such-unit", demoMemberUnitId("普陀区综合行政执法局"), retired.id, police, police];
    const refused = await kit.run(
      CLERK,
      `mutation ($code: ID!, $ids: [ID!]) { dispatchDispute(input: { code: $code, to: MEDIATION, coHandlerIds: $ids }) { code } }`,
      { code, ids },
    );
    expect(refused.codes).toEqual(["BAD_USER_INPUT"]);
    const problems = refused.errors[0]!.extensions!.problems as {
      field: unknown[];
      reason: string;
      messageZh: string;
    }[];
    expect(problems.map((p) => [p.field.join("."), p.reason])).toEqual([
      ["input.coHandlerIds.0", "UNKNOWN"],
      ["input.coHandlerIds.1", "NOT_IN_COUNTY"],
      ["input.coHandlerIds.2", "NOT_ACTIVE"],
      ["input.coHandlerIds.4", "DUPLICATE"],
    ]);
    expect(problems[1]!.messageZh).toContain("普陀区综合行政执法局");
    expect(await noticesOf(code)).toEqual([]);
    // A committee of mediation's directory co-handles by its id too: the dispatch names both, and the dispute reads
    // back the member unit among them.
    const traffic = demoId("桐庐县道路交通事故人民调解委员会");
    const sent = await kit.run(
      CLERK,
      `mutation ($code: ID!, $ids: [ID!]) { dispatchDispute(input: { code: $code, to: MEDIATION, coHandlerIds: $ids }) { coHandlingUnits { id name kind } routing { coHandlers coHandlerIds } } }`,
      { code, ids: [police, traffic] },
    );
    expect(sent.codes).toEqual([]);
    expect(sent.data!.dispatchDispute).toEqual({
      coHandlingUnits: [{ id: police, name: TRAFFIC_POLICE, kind: "POLICE" }],
      routing: { coHandlers: [TRAFFIC_POLICE, "桐庐县道路交通事故人民调解委员会"], coHandlerIds: [police, traffic] },
    });
  });

  it("tells a department the parties of a dispute it was sent, and no other department", async () => {
    const { code } = await registerDispute(kit);
    expect(await disputePartiesFor(kit.store(), "mediation", code)).toBeNull();
    await kit.run(CLERK, DISPATCH, { code });
    // The ids say who may act as a party; the names, with who each is, let the department mask as the registry does.
    expect(await disputePartiesFor(kit.store(), "mediation", code)).toEqual({
      partyIds: [APPLICANT.partyId],
      partyNames: [
        { kind: "PERSON", partyId: APPLICANT.partyId, name: "周秀英" },
        { kind: "PERSON", partyId: null, name: "楼上住户" },
      ],
    });
    expect(await disputePartiesFor(kit.store(), "arbitration", code)).toBeNull();
  });

  it("gives each department only its own notices, after the position it asks from", async () => {
    const { code } = await registerDispute(kit);
    await kit.run(CLERK, DISPATCH, { code });
    const all = await noticesFor(kit.store(), "mediation", 0n, 1000);
    expect(all.length).toBeGreaterThan(0);
    expect(all.map((n) => n.sequence)).toEqual([...all.map((n) => n.sequence)].sort((a, b) => a - b));
    const last = all.at(-1)!;
    // The committee by its id in mediation's directory, and the co-handlers named beside it.
    expect(last).toMatchObject({
      disputeCode: code,
      kind: "SENT",
      bodyId: demoId("桐庐县道路交通事故人民调解委员会"),
      coHandlers: [TRAFFIC_POLICE],
      coHandlerIds: [demoMemberUnitId(TRAFFIC_POLICE)],
    });
    expect(await noticesFor(kit.store(), "mediation", BigInt(last.sequence), 1000)).toEqual([]);
    expect((await noticesFor(kit.store(), "arbitration", 0n, 1000)).some((n) => n.disputeCode === code)).toBe(false);
  });

  it("tells the committee a court delegated to of each extension of the court's clock, and no one else", async () => {
    const courtCaseId = "5b0d7c1e-2f3a-4d6b-8e9c-0a1b2c3d4e5f";
    const clock = (extended: number[]) =>
      reportClock(courtCaseId, STATUTORY_CLOCKS.clocks.preFilingMediation, {
        startedAt: new Date("2026-11-02T02:00:00.000Z"),
        pauses: [],
        extensions: extended.map((days, i) => ({
          days,
          approvedBy: "桐庐县人民法院",
          reason: "双方同意延长",
          at: new Date(`2026-11-2${i}T02:00:00.000Z`),
        })),
      });
    let sequence = 9_000;
    const courtEvent = (code: string, type: string, clocks: ReturnType<typeof clock>[], data = {}): CaseEvent => ({
      id: `court-${code}-${++sequence}`,
      source: "litigation",
      sequence,
      disputeCode: code,
      type: type as CaseEvent["type"],
      occurredAt: new Date(Date.UTC(2026, 10, 2) + sequence * 60_000).toISOString(),
      summary: "法院诉前调解",
      recordId: courtCaseId,
      data,
      clocks,
    });
    const delegated = (await registerDispute(kit)).code;
    const kept = (await registerDispute(kit)).code;
    for (const code of [delegated, kept]) expect((await kit.run(CLERK, TO_COURT, { code })).codes).toEqual([]);
    await applyCaseEvents(kit.store(), [
      courtEvent(delegated, "PRE_FILING_MEDIATION_DELEGATED", [clock([])], {
        caseNumber: "(2026)浙0122民诉前调5号",
        mediatorKind: "MEDIATION_COMMITTEE",
        mediatorBody: "桐庐县城南街道人民调解委员会",
      }),
      courtEvent(delegated, "PRE_FILING_MEDIATION_EXTENDED", [clock([10])]),
      courtEvent(delegated, "PRE_FILING_MEDIATION_EXTENDED", [clock([10, 5])]),
      // The court mediates this one itself: its extension concerns no committee.
      courtEvent(kept, "PRE_FILING_MEDIATION_EXTENDED", [clock([10])]),
    ]);
    const told = (await noticesFor(kit.store(), "mediation", 0n, 1000)).filter((n) =>
      [delegated, kept].includes(n.disputeCode),
    );
    expect(told.map((n) => [n.disputeCode, n.kind, n.recordId, n.clock?.extensions.map((e) => e.days)])).toEqual([
      [delegated, "DELEGATED", null, []],
      [delegated, "COURT_CLOCK_CHANGED", courtCaseId, [10]],
      [delegated, "COURT_CLOCK_CHANGED", courtCaseId, [10, 5]],
    ]);
  });
});
