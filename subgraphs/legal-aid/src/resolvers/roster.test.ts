// The roster of lawyers and legal aid workers (承办人员名册) is kept by the center's directory administrator:
// only they add providers and suspend, reinstate or retire them, within their county; a provider who is not
// active is assigned no new case; the roster shows each provider's status and filters by it.
import { describe, expect, it } from "vitest";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { recordKey } from "@onedoor/shared/graphql/node-id";
import { caller, refusalOf, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { DIRECTORY_STATUSES } from "@onedoor/shared/directory/lifecycle";
import { DirectoryStatus } from "../generated/prisma/enums.js";
import { subgraph } from "../subgraph.js";

const ADMINISTRATOR = caller("directoryAdministrator", { userId: "xu-lan", department: "legal-aid" });
const OFFICER = caller("legalAidOfficer", { userId: "ye-zhigang", department: "legal-aid" });
const REFUSED = {
  "mediation's directory administrator": caller("directoryAdministrator", { department: "mediation" }),
  "legal aid officer": OFFICER,
  mediator: caller("mediator", { department: "mediation" }),
  commander: caller("commander"),
  resident: caller("resident", { partyId: partyIdOf({ residentId: "330122198503142016" }) }),
  anonymous: caller(null),
};
const OTHER_COUNTY_ADMINISTRATOR = caller("directoryAdministrator", { department: "legal-aid", region: "330903" });

const REGISTER = `mutation ($v: RegisterLegalAidProviderInput!) { r: registerLegalAidProvider(input: $v) { id status version } }`;
const CHANGE = `mutation ($v: ChangeLegalAidProviderStatusInput!) {
  r: changeLegalAidProviderStatus(input: $v) { id status statusReason statusChangedAt version active } }`;
const ROSTER = `query ($f: LegalAidProviderFilter) { legalAidProviders(filter: $f, first: 100) { edges { node { name status } } } }`;
const APPLY = `mutation ($v: ApplyForLegalAidInput!) { r: applyForLegalAid(input: $v) { id } }`;
const DECIDE = `mutation ($id: ID!) { r: decideLegalAid(input: { caseId: $id }) { id status } }`;
const ASSIGN = `mutation ($id: ID!, $p: ID) { r: assignLegalAidCase(input: { caseId: $id, providerId: $p }) { id assignment { provider { name } } } }`;

let sequence = 800_000;
const lawyer = (name: string, regionCode = "330122") => ({
  name,
  kind: "LAWYER",
  organisation: "浙江桐君律师事务所",
  regionCode,
  specialties: ["LABOUR"],
  maxOpenCases: 3,
});

describe("the legal aid roster and its keeper", () => {
  const kit = useSubgraphKit(subgraph);

  async function ok(identity: ReturnType<typeof caller>, source: string, variables: Record<string, unknown>) {
    const result = await kit.run(identity, source, variables);
    expect(result.errors, JSON.stringify(result.errors)).toEqual([]);
    return result.data!.r as Record<string, any>;
  }

  /** A migrant worker's wage claim on a dispute sent here, granted and waiting for a lawyer. */
  async function grantedCase(): Promise<string> {
    const disputeCode = formatDisputeCode({ region: "330122", year: 2026, sequence: ++sequence });
    await kit.notify(disputeCode);
    const applied = await ok(OFFICER, APPLY, {
      v: {
        disputeCode,
        matter: "CLAIM_LABOUR_REMUNERATION",
        applicant: { name: "汪建新", residentId: "330122198503142016", groups: ["MIGRANT_WORKER"] },
      },
    });
    await ok(OFFICER, DECIDE, { id: applied.id });
    return applied.id;
  }

  it("declares the shared directory statuses in the database", () => {
    expect(Object.values(DirectoryStatus)).toEqual(DIRECTORY_STATUSES);
  });

  it("lets only the center's directory administrator keep the roster, within their county", async () => {
    for (const [who, identity] of Object.entries(REFUSED))
      expect((await kit.run(identity, REGISTER, { v: lawyer("冯晓燕") })).codes, who).toEqual([refusalOf(identity)]);
    expect((await kit.run(OTHER_COUNTY_ADMINISTRATOR, REGISTER, { v: lawyer("冯晓燕") })).codes).toEqual(["FORBIDDEN"]);
    const added = await ok(ADMINISTRATOR, REGISTER, { v: lawyer("冯晓燕") });
    expect(added).toMatchObject({ status: "ACTIVE", version: 1 });

    const suspend = { providerId: added.id, status: "SUSPENDED", reason: "执业证暂扣" };
    for (const [who, identity] of Object.entries(REFUSED))
      expect((await kit.run(identity, CHANGE, { v: suspend })).codes, who).toEqual([refusalOf(identity)]);
    expect((await kit.run(OTHER_COUNTY_ADMINISTRATOR, CHANGE, { v: suspend })).codes).toEqual(["FORBIDDEN"]);
    const row = await kit.store().legalAidProvider.findUniqueOrThrow({ where: { id: recordKey(added.id) } });
    expect(row).toMatchObject({ status: "ACTIVE", version: 1 });
  });

  it("checks the reason at the edge and refuses an unknown provider", async () => {
    const added = await ok(ADMINISTRATOR, REGISTER, { v: lawyer("孙国强") });
    const blank = await kit.run(ADMINISTRATOR, CHANGE, {
      v: { providerId: added.id, status: "SUSPENDED", reason: " " },
    });
    expect(blank.codes).toEqual(["BAD_USER_INPUT"]);
    expect(blank.errors[0]!.extensions!.problems).toEqual([
      expect.objectContaining({ field: ["input", "reason"], messageZh: expect.stringContaining("理由") }),
    ]);
    const unknown = await kit.run(ADMINISTRATOR, CHANGE, {
      v: { providerId: "00000000-0000-4000-8000-000000000000", status: "SUSPENDED", reason: "调离" },
    });
    expect(unknown.codes).toEqual(["NOT_FOUND"]);
  });

  it("suspends, reinstates and retires a provider: only an active one is assigned, the audit log keeps each change", async () => {
    const added = await ok(ADMINISTRATOR, REGISTER, { v: lawyer("柳青") });
    const suspended = await ok(ADMINISTRATOR, CHANGE, {
      v: { providerId: added.id, status: "SUSPENDED", reason: "执业证暂扣", expectedVersion: 1 },
    });
    expect(suspended).toMatchObject({
      status: "SUSPENDED",
      statusReason: "执业证暂扣",
      statusChangedAt: expect.any(String),
      version: 2,
      active: false,
    });

    const caseId = await grantedCase();
    const refused = await kit.run(OFFICER, ASSIGN, { id: caseId, p: added.id });
    expect(refused.codes).toEqual(["INVALID_STATE"]);
    expect(refused.errors[0]!.extensions).toMatchObject({
      reason: "DIRECTORY_ENTRY_SUSPENDED",
      messageZh: "承办人员柳青已暂停，不能承接新的事项",
      messageEn: "柳青 is suspended and takes no new matters",
    });

    const stale = await kit.run(ADMINISTRATOR, CHANGE, {
      v: { providerId: added.id, status: "ACTIVE", reason: "恢复执业", expectedVersion: 1 },
    });
    expect(stale.codes).toEqual(["CONFLICT"]);
    await ok(ADMINISTRATOR, CHANGE, { v: { providerId: added.id, status: "ACTIVE", reason: "恢复执业" } });
    expect(await ok(OFFICER, ASSIGN, { id: caseId, p: added.id })).toMatchObject({
      assignment: { provider: { name: "柳青" } },
    });

    // Retiring keeps the case already assigned, and nothing brings the provider back.
    await ok(ADMINISTRATOR, CHANGE, { v: { providerId: added.id, status: "RETIRED", reason: "调离本县" } });
    const again = await kit.run(ADMINISTRATOR, CHANGE, {
      v: { providerId: added.id, status: "ACTIVE", reason: "返回" },
    });
    expect(again.errors[0]!.extensions).toMatchObject({
      code: "INVALID_STATE",
      reason: "DIRECTORY_ENTRY_RETIRED",
      status: "RETIRED",
    });
    const next = await kit.run(OFFICER, ASSIGN, { id: await grantedCase(), p: added.id });
    expect(next.errors[0]!.extensions).toMatchObject({ code: "INVALID_STATE", reason: "DIRECTORY_ENTRY_RETIRED" });
    expect(await kit.store().legalAidCase.findUniqueOrThrow({ where: { id: recordKey(caseId) } })).toMatchObject({
      assigneeId: recordKey(added.id),
    });

    const audit = await kit.store().auditEntry.findMany({
      where: { entityId: recordKey(added.id) },
      orderBy: { at: "asc" },
    });
    expect(audit.map((entry) => [entry.action, entry.actor, entry.fields])).toEqual([
      ["registerLegalAidProvider", "xu-lan", expect.arrayContaining(["name", "regionCode"])],
      ["changeLegalAidProviderStatus", "xu-lan", ["providerId", "status", "reason", "expectedVersion"]],
      ["changeLegalAidProviderStatus", "xu-lan", ["providerId", "status", "reason"]],
      ["changeLegalAidProviderStatus", "xu-lan", ["providerId", "status", "reason"]],
    ]);
  });

  it("lists the active roster by default and any statuses asked for", async () => {
    const kept = await ok(ADMINISTRATOR, REGISTER, { v: lawyer("钱文杰", "330111") });
    const gone = await ok(ADMINISTRATOR, REGISTER, { v: lawyer("蒋丽华", "330111") });
    await ok(ADMINISTRATOR, CHANGE, { v: { providerId: gone.id, status: "RETIRED", reason: "退休" } });
    const names = async (filter: Record<string, unknown>) =>
      (await kit.run(OFFICER, ROSTER, { f: { regionCode: "330111", ...filter } })).data!.legalAidProviders.edges.map(
        (edge: { node: { name: string; status: string } }) => `${edge.node.name} ${edge.node.status}`,
      );
    expect(kept.status).toBe("ACTIVE");
    expect(await names({})).toEqual(["钱文杰 ACTIVE"]);
    expect(await names({ statuses: ["RETIRED"] })).toEqual(["蒋丽华 RETIRED"]);
    expect(await names({ statuses: ["ACTIVE", "RETIRED"] })).toEqual(["蒋丽华 RETIRED", "钱文杰 ACTIVE"]);
    expect(await names({ activeOnly: false })).toEqual(["蒋丽华 RETIRED", "钱文杰 ACTIVE"]);
  });
});
