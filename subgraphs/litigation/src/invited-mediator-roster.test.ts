// The court's roster of invited mediators (特邀调解员名册) is kept by the department's directory administrator,
// within their county: only they add mediators and suspend, reinstate or retire them; a pre-filing mediation is
// delegated only to an active invited mediator of the court's roster; the roster shows status and filters by it.
import { beforeAll, describe, expect, it } from "vitest";
import { DEMO_COURT_BODIES } from "@onedoor/shared/demo/court-directory";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { recordKey } from "@onedoor/shared/graphql/node-id";
import { caller, refusalOf, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { subgraph } from "./subgraph.js";

const ADMINISTRATOR = caller("directoryAdministrator", { userId: "lou-jing", department: "litigation" });
const CLERK = caller("courtClerk", { department: "litigation" });
const REFUSED = {
  "arbitration's directory administrator": caller("directoryAdministrator", { department: "arbitration" }),
  "court clerk": CLERK,
  commander: caller("commander"),
  resident: caller("resident", { partyId: partyIdOf({ residentId: "330122198203142516" }) }),
  anonymous: caller(null),
};
const OTHER_COUNTY_ADMINISTRATOR = caller("directoryAdministrator", { department: "litigation", region: "330903" });

const REGISTER = `mutation ($v: RegisterCourtInvitedMediatorInput!) {
  r: registerCourtInvitedMediator(input: $v) { id status version } }`;
const CHANGE = `mutation ($v: ChangeCourtInvitedMediatorStatusInput!) {
  r: changeCourtInvitedMediatorStatus(input: $v) { status statusReason version } }`;
const ROSTER = `query ($f: CourtInvitedMediatorFilter) { courtInvitedMediators(filter: $f) { name status } }`;
const DELEGATE = `mutation ($v: DelegatePreFilingMediationInput!) {
  r: delegatePreFilingMediation(input: $v) { id status preFilingMediation { mediatorName } } }`;

let sequence = 860_000;
const mediator = (name: string, courtCode = "浙0122") => ({
  courtCode,
  name,
  organisation: "桐庐县律师协会特邀调解工作室",
});

describe("the court's roster of invited mediators and its keeper", () => {
  const kit = useSubgraphKit(subgraph);
  // The courts' bodies as the court seeds them: a case opens in one of them.
  beforeAll(() => kit.store().courtBody.createMany({ data: DEMO_COURT_BODIES }));

  async function ok(identity: ReturnType<typeof caller>, source: string, variables: Record<string, unknown>) {
    const result = await kit.run(identity, source, variables);
    expect(result.errors, JSON.stringify(result.errors)).toEqual([]);
    return result.data!.r as Record<string, any>;
  }

  /** A lease dispute sent to the court, delegated to `name` as its invited mediator. */
  async function delegation(name: string) {
    const disputeCode = formatDisputeCode({ region: "330122", year: 2026, sequence: ++sequence });
    await kit.notify(disputeCode);
    return {
      disputeCode,
      causeOfActionCode: "PREMISES_LEASE",
      parties: [
        { role: "PLAINTIFF", kind: "ORGANISATION", name: "桐庐某纺织有限公司" },
        { role: "DEFENDANT", kind: "PERSON", name: "徐建明" },
      ],
      claims: [{ description: "支付拖欠厂房租金", amount: "186000.50" }],
      mediatorKind: "INVITED_MEDIATOR",
      mediatorBody: "桐庐县律师协会特邀调解工作室",
      mediatorName: name,
    };
  }

  it("lets only the department's directory administrator keep the roster, within their county", async () => {
    for (const [who, identity] of Object.entries(REFUSED))
      expect((await kit.run(identity, REGISTER, { v: mediator("邱建华") })).codes, who).toEqual([refusalOf(identity)]);
    expect((await kit.run(OTHER_COUNTY_ADMINISTRATOR, REGISTER, { v: mediator("邱建华") })).codes).toEqual([
      "FORBIDDEN",
    ]);
    const added = await ok(ADMINISTRATOR, REGISTER, { v: mediator("邱建华") });
    expect(added).toMatchObject({ status: "ACTIVE", version: 1 });
    const suspend = { mediatorId: added.id, status: "SUSPENDED", reason: "当事人投诉核查中" };
    for (const [who, identity] of Object.entries(REFUSED))
      expect((await kit.run(identity, CHANGE, { v: suspend })).codes, who).toEqual([refusalOf(identity)]);
    expect((await kit.run(OTHER_COUNTY_ADMINISTRATOR, CHANGE, { v: suspend })).codes).toEqual(["FORBIDDEN"]);

    const bad = await kit.run(ADMINISTRATOR, REGISTER, { v: { courtCode: "浙01", name: "", organisation: "x" } });
    expect(bad.codes).toEqual(["BAD_USER_INPUT"]);
  });

  it("delegates only to an active invited mediator of the court's roster; the audit log keeps each change", async () => {
    const refusedUnknown = await kit.run(CLERK, DELEGATE, { v: await delegation("王海军") });
    expect(refusedUnknown.errors[0]!.extensions).toMatchObject({
      code: "INVALID_STATE",
      reason: "INVITED_MEDIATOR_NOT_ON_ROSTER",
    });
    const added = await ok(ADMINISTRATOR, REGISTER, { v: mediator("章美玲") });
    await ok(ADMINISTRATOR, CHANGE, { v: { mediatorId: added.id, status: "SUSPENDED", reason: "当事人投诉核查中" } });
    const suspended = await kit.run(CLERK, DELEGATE, { v: await delegation("章美玲") });
    expect(suspended.errors[0]!.extensions).toMatchObject({
      code: "INVALID_STATE",
      reason: "DIRECTORY_ENTRY_SUSPENDED",
      messageZh: "特邀调解员章美玲已暂停，不能承接新的事项",
    });
    expect(
      await ok(ADMINISTRATOR, CHANGE, { v: { mediatorId: added.id, status: "ACTIVE", reason: "核查结束" } }),
    ).toEqual({ status: "ACTIVE", statusReason: "核查结束", version: 3 });
    expect(await ok(CLERK, DELEGATE, { v: await delegation("章美玲") })).toMatchObject({
      status: "IN_MEDIATION",
      preFilingMediation: { mediatorName: "章美玲" },
    });
    const audit = await kit.store().auditEntry.findMany({
      where: { entityId: recordKey(added.id) },
      orderBy: { at: "asc" },
    });
    expect(audit.map((entry) => [entry.action, entry.actor])).toEqual([
      ["registerCourtInvitedMediator", "lou-jing"],
      ["changeCourtInvitedMediatorStatus", "lou-jing"],
      ["changeCourtInvitedMediatorStatus", "lou-jing"],
    ]);
  });

  it("lists the active roster by default and any statuses asked for", async () => {
    await ok(ADMINISTRATOR, REGISTER, { v: mediator("乐海波", "浙0903") });
    const gone = await ok(ADMINISTRATOR, REGISTER, { v: mediator("贺亚萍", "浙0903") });
    await ok(ADMINISTRATOR, CHANGE, { v: { mediatorId: gone.id, status: "RETIRED", reason: "聘期届满" } });
    const roster = async (filter: Record<string, unknown>) =>
      (await kit.run(CLERK, ROSTER, { f: { courtCode: "浙0903", ...filter } })).data!.courtInvitedMediators;
    expect(await roster({})).toEqual([{ name: "乐海波", status: "ACTIVE" }]);
    expect(await roster({ statuses: ["ACTIVE", "RETIRED"] })).toEqual([
      { name: "乐海波", status: "ACTIVE" },
      { name: "贺亚萍", status: "RETIRED" },
    ]);
  });
});
