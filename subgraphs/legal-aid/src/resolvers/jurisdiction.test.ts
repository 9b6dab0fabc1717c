// A legal aid center's jurisdiction, run on the schema in process: a case of 普陀区 is read, listed, changed and
// filed only by 普陀区's center (and commander); 桐庐县's, a token naming a body of another kind and a
// province-level token are refused, and lists are narrowed in the query, before paging.
import { describe, expect, it } from "vitest";
import type { Identity } from "@onedoor/shared/auth/identity";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { caller, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { subgraph } from "../subgraph.js";
import { recordKey } from "@onedoor/shared/graphql/node-id";

const PUTUO = "330903"; // 舟山市普陀区
const TONGLU = "330122"; // 杭州市桐庐县

const officer = (region: string, organization: string): Identity =>
  caller("legalAidOfficer", { userId: `officer@${organization}`, department: "legal-aid", region, organization });
const PUTUO_CENTER = officer(PUTUO, "普陀区法律援助中心");
const TONGLU_CENTER = officer(TONGLU, "桐庐县法律援助中心");
const WRONG_BODY = officer(PUTUO, "普陀区联合人民调解委员会");
const PUTUO_COMMANDER = caller("commander", { region: PUTUO });
const TONGLU_COMMANDER = caller("commander", { region: TONGLU });
const PROVINCE_COMMANDER = caller("commander", { region: "330000" });

const APPLY = `mutation ($v: ApplyForLegalAidInput!) { applyForLegalAid(input: $v) { id version } }`;
const CASE = `query ($id: ID!) { legalAidCase(id: $id) { id } }`;
const ENTITY = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on LegalAidCase { id } } }`;
const QUEUE = `query ($first: Int) { legalAidCases(first: $first) { edges { node { id } } } }`;
const REQUEST = `mutation ($id: ID!) { requestLegalAidMaterials(input: { caseId: $id, items: "工资条" }) { id version } }`;
const CONSULT = `mutation ($v: RecordLegalConsultationInput!) { recordLegalConsultation(input: $v) { id } }`;
const CONSULTATIONS = `{ legalConsultations { edges { node { id } } } }`;

let sequence = 700_000;
const codeIn = (region: string) => formatDisputeCode({ region, year: 2026, sequence: ++sequence });
const application = (disputeCode: string, regionCode?: string) => ({
  disputeCode,
  ...(regionCode ? { regionCode } : {}),
  matter: "CLAIM_LABOUR_REMUNERATION",
  applicant: { name: "王海军", residentId: "330122198503142016" },
});
const consultation = (disputeCode: string | null) => ({
  channel: "PHONE",
  disputeCode,
  topic: "欠薪",
  question: "能否申请法律援助？",
  answer: "可以申请。",
});

describe("a legal aid center's jurisdiction", () => {
  const { store, run, notify } = useSubgraphKit(subgraph);

  /** A dispute of `region` the registry sent to that county's center. */
  async function sentHere(region: string, center: string): Promise<string> {
    const code = codeIn(region);
    await notify(code, "SENT", center);
    return code;
  }
  const ids = (data: Record<string, any> | null | undefined, field: string): string[] =>
    data?.[field]?.edges.map((e: { node: { id: string } }) => e.node.id) ?? [];

  it("files, reads, lists and changes a case only within the center's own county", async () => {
    const putuoCode = await sentHere(PUTUO, "普陀区法律援助中心");
    // Filing: another county's center, a body of another kind, or the right dispute with another county's region.
    for (const [who, identity, v] of [
      ["another county", TONGLU_CENTER, application(putuoCode)],
      ["another body", WRONG_BODY, application(putuoCode)],
      ["another county's region", PUTUO_CENTER, application(putuoCode, TONGLU)],
    ] as const)
      expect((await run(identity, APPLY, { v })).codes, who).toEqual(["FORBIDDEN"]);
    expect(await store().legalAidCase.count({ where: { disputeCode: putuoCode } })).toBe(0);

    const filed = await run(PUTUO_CENTER, APPLY, { v: application(putuoCode) });
    expect(filed.codes).toEqual([]);
    const putuoCase = filed.data!.applyForLegalAid as { id: string; version: number };
    // A newer case of the other county: the page of one is still the caller's own case (narrowed before paging).
    const tongluCode = await sentHere(TONGLU, "桐庐县法律援助中心");
    const tongluCase = (await run(TONGLU_CENTER, APPLY, { v: application(tongluCode) })).data!.applyForLegalAid;

    for (const identity of [PUTUO_CENTER, PUTUO_COMMANDER]) {
      expect((await run(identity, CASE, { id: putuoCase.id })).data!.legalAidCase).toEqual({ id: putuoCase.id });
      expect(ids((await run(identity, QUEUE, { first: 1 })).data, "legalAidCases")).toEqual([putuoCase.id]);
    }
    for (const identity of [TONGLU_CENTER, TONGLU_COMMANDER, WRONG_BODY]) {
      expect((await run(identity, CASE, { id: putuoCase.id })).codes).toEqual(["FORBIDDEN"]);
      const reps = [{ __typename: "LegalAidCase", id: putuoCase.id }];
      expect((await run(identity, ENTITY, { reps })).codes).toEqual(["FORBIDDEN"]);
      expect(ids((await run(identity, QUEUE, {})).data, "legalAidCases")).not.toContain(putuoCase.id);
    }
    expect(ids((await run(TONGLU_CENTER, QUEUE, {})).data, "legalAidCases")).toEqual([tongluCase.id]);
    expect(ids((await run(WRONG_BODY, QUEUE, {})).data, "legalAidCases")).toEqual([]);
    expect((await run(PROVINCE_COMMANDER, QUEUE, {})).codes).toEqual(["FORBIDDEN"]);

    // Changing it: refused to another county and another body, the case left as it was; the control succeeds.
    for (const identity of [TONGLU_CENTER, WRONG_BODY])
      expect((await run(identity, REQUEST, { id: putuoCase.id })).codes).toEqual(["FORBIDDEN"]);
    expect(await store().legalAidCase.findUniqueOrThrow({ where: { id: recordKey(putuoCase.id) } })).toMatchObject({
      status: "SUBMITTED",
      version: putuoCase.version,
    });
    expect(await store().legalAidMaterialRequest.count({ where: { caseId: recordKey(putuoCase.id) } })).toBe(0);
    const changed = await run(PUTUO_CENTER, REQUEST, { id: putuoCase.id });
    expect(changed.codes).toEqual([]);
    expect(changed.data!.requestLegalAidMaterials).toEqual({ id: putuoCase.id, version: putuoCase.version + 1 });
  });

  it("records and lists consultations about a dispute only within its county; those without one stay the center's", async () => {
    const putuoCode = codeIn(PUTUO);
    expect((await run(TONGLU_CENTER, CONSULT, { v: consultation(putuoCode) })).codes).toEqual(["FORBIDDEN"]);
    const about = await run(PUTUO_CENTER, CONSULT, { v: consultation(putuoCode) });
    expect(about.codes).toEqual([]);
    const aboutId = (about.data!.recordLegalConsultation as { id: string }).id;
    const own = (await run(TONGLU_CENTER, CONSULT, { v: consultation(null) })).data!.recordLegalConsultation;

    expect(ids((await run(PUTUO_CENTER, CONSULTATIONS)).data, "legalConsultations")).toEqual(
      expect.arrayContaining([aboutId, own.id]),
    );
    expect(ids((await run(TONGLU_CENTER, CONSULTATIONS)).data, "legalConsultations")).toEqual([own.id]);
    const BY_ID = `query ($id: ID!) { legalConsultation(id: $id) { id question } }`;
    expect((await run(TONGLU_CENTER, BY_ID, { id: aboutId })).codes).toEqual(["FORBIDDEN"]);
    expect((await run(PUTUO_CENTER, BY_ID, { id: aboutId })).data!.legalConsultation).toMatchObject({ id: aboutId });
    expect((await run(PROVINCE_COMMANDER, CONSULTATIONS)).codes).toEqual(["FORBIDDEN"]);
  });
});
