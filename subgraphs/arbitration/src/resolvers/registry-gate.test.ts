// The commission opens a case only on a dispute the registry sent it (派件): dispatched or handed over, and
// neither recalled nor closed since. In process, the registry's notices handed to the inbox as it would read them.
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_COMMISSIONS } from "@onedoor/shared/demo/arbitration-directory";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import type { RegistryNoticeKind } from "@onedoor/shared/events/registry-notices";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { caller, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { subgraph } from "../subgraph.js";

const WORKER_ID = "330122198203142516";
const ARBITRATOR = caller("arbitrator", { userId: "arbitrator-1", department: "arbitration" });
const WORKER = caller("resident", { userId: "resident-1", partyId: partyIdOf({ residentId: WORKER_ID }) });

const FILE = `mutation ($input: FileArbitrationApplicationInput!) { fileArbitrationApplication(input: $input) { id status disputeCode } }`;

let sequence = 800_000;
const freshCode = () => formatDisputeCode({ region: "330122", year: 2026, sequence: ++sequence });

const application = (disputeCode: string) => ({
  disputeCode,
  applicants: [{ name: "吴建军", residentId: WORKER_ID }],
  respondent: { name: "桐庐横村锦绣针织服饰有限公司", creditCode: "91330122MA2H3K7P50" },
  claims: [
    {
      kind: "WAGE_ARREARS",
      description: "支付2026年7月至9月拖欠工资22500元",
      amount: "22500.00",
      knewOfInfringementOn: "2026-09-30",
      employmentEndedOn: "2026-09-30",
    },
  ],
});

describe("filing an application only on a dispute the registry sent to the commission", () => {
  const { store, run, notify } = useSubgraphKit(subgraph);
  beforeAll(() => store().arbitrationCommission.createMany({ data: DEMO_COMMISSIONS }));

  /** A fresh code whose notices, in order, are `kinds`. */
  async function codeWith(...kinds: RegistryNoticeKind[]): Promise<string> {
    const code = freshCode();
    for (const kind of kinds) await notify(code, kind, "桐庐县劳动人事争议仲裁委员会");
    return code;
  }
  const casesOn = (disputeCode: string) => store().arbitrationCase.count({ where: { disputeCode } });

  it.each<{ state: string; kinds: RegistryNoticeKind[]; reason: string }>([
    { state: "never sent here (unregistered, or dispatched elsewhere)", kinds: [], reason: "NOT_SENT_HERE" },
    { state: "closed at the registry since", kinds: ["SENT", "CLOSED"], reason: "CLOSED" },
    { state: "handed over, then refused or expired", kinds: ["HANDED_OVER", "RECALLED"], reason: "RECALLED" },
  ])(
    "refuses a dispute $state: INVALID_STATE $reason, in both languages, and files nothing",
    async ({ kinds, reason }) => {
      const code = await codeWith(...kinds);
      for (const identity of [ARBITRATOR, WORKER]) {
        const { data, codes, errors } = await run(identity, FILE, { input: application(code) });
        expect(codes).toEqual(["INVALID_STATE"]);
        expect(errors[0]!.extensions).toMatchObject({ reason, disputeCode: code, messageZh: expect.any(String) });
        expect(data?.fileArbitrationApplication ?? null).toBeNull();
      }
      expect(await casesOn(code)).toBe(0);
      expect(await store().outboxEvent.count({ where: { disputeCode: code } })).toBe(0);
    },
  );

  it.each<{ state: string; kinds: RegistryNoticeKind[] }>([
    { state: "dispatched here", kinds: ["SENT"] },
    { state: "handed over here (e.g. after a failed mediation)", kinds: ["HANDED_OVER"] },
    { state: "sent again after a recall", kinds: ["HANDED_OVER", "RECALLED", "SENT"] },
  ])("files on a dispute $state", async ({ kinds }) => {
    const code = await codeWith(...kinds);
    const { data, codes } = await run(ARBITRATOR, FILE, { input: application(code) });
    expect(codes).toEqual([]);
    expect(data!.fileArbitrationApplication).toMatchObject({ status: "RECEIVED", disputeCode: code });
    expect((await run(WORKER, FILE, { input: application(code) })).codes).toEqual([]);
    expect(await casesOn(code)).toBe(2);
  });

  it("files only with the commission the registry named by id, and the case records it", async () => {
    const [tonglu, putuo] = ["330122", "330903"].map((r) => DEMO_COMMISSIONS.find((c) => c.regionCode === r)!);
    const elsewhere = freshCode();
    await notify(elsewhere, "SENT", { name: putuo!.name, id: putuo!.id });
    // The Tonglu commission receives the dispute of its county, which the registry sent to another commission.
    const refused = await run(ARBITRATOR, FILE, { input: application(elsewhere) });
    expect(refused.codes).toEqual(["INVALID_STATE"]);
    expect(refused.errors[0]!.extensions).toMatchObject({
      reason: "SENT_TO_ANOTHER_BODY",
      bodyId: putuo!.id,
      messageZh: `登记中心已将该纠纷派往${putuo!.name}，非本单位；如需改由本单位承办，请登记中心重新派单`,
    });
    expect(await casesOn(elsewhere)).toBe(0);

    const here = freshCode();
    await notify(here, "SENT", { name: tonglu!.name, id: tonglu!.id });
    const FILED = `mutation ($input: FileArbitrationApplicationInput!) {
      fileArbitrationApplication(input: $input) { commissionId commission caseNumber } }`;
    const { data, codes } = await run(ARBITRATOR, FILED, { input: { ...application(here), commissionId: tonglu!.id } });
    expect(codes).toEqual([]);
    expect(data!.fileArbitrationApplication).toMatchObject({
      commissionId: tonglu!.id,
      commission: tonglu!.name,
      caseNumber: expect.stringMatching(/^桐劳人仲案字〔\d{4}〕第\d+号$/),
    });
  });

  it("answers bad input and a filing for others as such before asking the registry", async () => {
    const code = freshCode();
    const bad = await run(ARBITRATOR, FILE, { input: { ...application(code), applicants: [] } });
    expect(bad.codes).toEqual(["BAD_USER_INPUT"]);
    const stranger = caller("resident", { userId: "resident-2", partyId: "PSOMEONEELSE000000001" });
    expect((await run(stranger, FILE, { input: application(code) })).codes).toEqual(["FORBIDDEN"]);
  });
});
