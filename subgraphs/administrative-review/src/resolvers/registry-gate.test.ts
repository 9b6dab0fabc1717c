// The review body receives an application only on a dispute the registry sent it (派件): dispatched or handed
// over, and neither recalled nor closed since. In process, the registry's notices handed to the inbox as it
// would read them.
import { describe, expect, it } from "vitest";
import type { RegistryNoticeKind } from "@onedoor/shared/events/registry-notices";
import { addDays, toLocalDate } from "@onedoor/shared/clock/index";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { caller, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { subgraph } from "../subgraph.js";

const OFFICER = caller("reviewOfficer", { department: "administrative-review" });
const BODY = "桐庐县人民政府行政复议办公室";
const RECEIVE = `mutation ($input: ReceiveAdministrativeReviewCaseInput!) { receiveAdministrativeReviewCase(input: $input) { id status } }`;

let sequence = 900_000;
const freshCode = () => formatDisputeCode({ region: "330122", year: 2026, sequence: ++sequence });

const application = (disputeCode: string) => ({
  disputeCode,
  request: "请求撤销桐市监罚〔2026〕42号行政处罚决定",
  respondentAgency: "桐庐县市场监督管理局",
  contestedAct: "桐市监罚〔2026〕42号行政处罚决定",
  // Relative to the real clock, so the application is in time on any day.
  actKnownOn: addDays(toLocalDate(new Date()), -10),
});

describe("receiving an application only on a dispute the registry sent to the review body", () => {
  const { store, run, notify } = useSubgraphKit(subgraph);

  /** A fresh code whose notices, in order, are `kinds`. */
  async function codeWith(...kinds: RegistryNoticeKind[]): Promise<string> {
    const code = freshCode();
    for (const kind of kinds) await notify(code, kind, BODY);
    return code;
  }
  const written = async (disputeCode: string) => [
    await store().administrativeReviewCase.count({ where: { disputeCode } }),
    await store().outboxEvent.count({ where: { disputeCode } }),
  ];

  it.each<{ state: string; kinds: RegistryNoticeKind[]; reason: string }>([
    { state: "never sent here (unregistered, or dispatched elsewhere)", kinds: [], reason: "NOT_SENT_HERE" },
    { state: "closed at the registry since", kinds: ["SENT", "CLOSED"], reason: "CLOSED" },
    { state: "handed over, then refused or expired", kinds: ["HANDED_OVER", "RECALLED"], reason: "RECALLED" },
  ])(
    "refuses a dispute $state: INVALID_STATE $reason, in both languages, and writes nothing",
    async ({ kinds, reason }) => {
      const code = await codeWith(...kinds);
      const audit = await store().auditEntry.count();
      const { data, codes, errors } = await run(OFFICER, RECEIVE, { input: application(code) });
      expect(codes).toEqual(["INVALID_STATE"]);
      expect(errors[0]!.extensions).toMatchObject({ reason, disputeCode: code, messageZh: expect.any(String) });
      expect(data).toBeNull();
      expect(await written(code)).toEqual([0, 0]);
      expect(await store().auditEntry.count()).toBe(audit);
    },
  );

  it.each<{ state: string; kinds: RegistryNoticeKind[] }>([
    { state: "dispatched here", kinds: ["SENT"] },
    { state: "handed over here", kinds: ["HANDED_OVER"] },
    { state: "sent again after a recall", kinds: ["HANDED_OVER", "RECALLED", "SENT"] },
  ])("receives an application on a dispute $state", async ({ kinds }) => {
    const code = await codeWith(...kinds);
    const { data, codes } = await run(OFFICER, RECEIVE, { input: application(code) });
    expect(codes).toEqual([]);
    expect(data!.receiveAdministrativeReviewCase).toMatchObject({ status: "RECEIVED" });
    expect(await written(code)).toEqual([1, 1]);
  });

  it("answers bad input and another department's caller as such before asking the registry", async () => {
    const code = freshCode();
    expect((await run(OFFICER, RECEIVE, { input: { ...application(code), request: "" } })).codes).toEqual([
      "BAD_USER_INPUT",
    ]);
    const mediator = caller("mediator", { department: "mediation" });
    expect((await run(mediator, RECEIVE, { input: application(code) })).codes).toEqual(["FORBIDDEN"]);
  });
});
