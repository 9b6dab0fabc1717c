// An application named on a dispute joins it, so the center takes it only when the registry sent the dispute
// here (派件 or 移交) and has neither recalled nor closed it since. An application on a pending arbitration or
// court case alone, and a consultation, are not cases on a dispute of the registry and are not asked about.
// In process, the registry's notices handed to the inbox as it would read them.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import type { RegistryNoticeKind } from "@onedoor/shared/events/registry-notices";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { caller, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { demoCountyCentre } from "@onedoor/shared/demo/legal-aid-directory";
import { recordKey } from "@onedoor/shared/graphql/node-id";
import { subgraph } from "../subgraph.js";

const WORKER = { name: "汪建新", residentId: "330122198503142016" };
const OFFICER = caller("legalAidOfficer", { userId: "ye-zhigang", department: "legal-aid" });
const APPLICANT = caller("resident", { userId: "wang", partyId: partyIdOf({ residentId: WORKER.residentId }) });

const APPLY = `mutation ($v: ApplyForLegalAidInput!) { applyForLegalAid(input: $v) { id status disputeCode } }`;
const CONSULT = `mutation ($v: RecordLegalConsultationInput!) { recordLegalConsultation(input: $v) { id disputeCode } }`;

let sequence = 800_000;
const freshCode = () => formatDisputeCode({ region: "330122", year: 2026, sequence: ++sequence });

const application = (disputeCode: string) => ({
  disputeCode,
  matter: "CLAIM_LABOUR_REMUNERATION",
  applicant: { ...WORKER, groups: ["MIGRANT_WORKER"] },
});

describe("applying for legal aid on a dispute only when the registry sent it to the center", () => {
  const { store, run, notify } = useSubgraphKit(subgraph);

  /** A fresh code whose notices, in order, are `kinds`. */
  async function codeWith(...kinds: RegistryNoticeKind[]): Promise<string> {
    const code = freshCode();
    for (const kind of kinds) await notify(code, kind, "桐庐县法律援助中心");
    return code;
  }
  const casesOn = (disputeCode: string) => store().legalAidCase.count({ where: { disputeCode } });

  it.each<{ state: string; kinds: RegistryNoticeKind[]; reason: string }>([
    { state: "never sent here (unregistered, or dispatched elsewhere)", kinds: [], reason: "NOT_SENT_HERE" },
    { state: "closed at the registry since", kinds: ["SENT", "CLOSED"], reason: "CLOSED" },
    { state: "handed over, then refused or expired", kinds: ["HANDED_OVER", "RECALLED"], reason: "RECALLED" },
  ])(
    "refuses a dispute $state: INVALID_STATE $reason, in both languages, and opens nothing",
    async ({ kinds, reason }) => {
      const code = await codeWith(...kinds);
      for (const identity of [OFFICER, APPLICANT]) {
        const { data, codes, errors } = await run(identity, APPLY, { v: application(code) });
        expect(codes).toEqual(["INVALID_STATE"]);
        expect(errors[0]!.extensions).toMatchObject({ reason, disputeCode: code, messageZh: expect.any(String) });
        expect(data?.applyForLegalAid ?? null).toBeNull();
      }
      expect(await casesOn(code)).toBe(0);
      expect(await store().outboxEvent.count({ where: { disputeCode: code } })).toBe(0);
    },
  );

  it.each<{ state: string; kinds: RegistryNoticeKind[] }>([
    { state: "dispatched here", kinds: ["SENT"] },
    { state: "handed over here (a referral to legal aid)", kinds: ["HANDED_OVER"] },
    { state: "sent again after a recall", kinds: ["HANDED_OVER", "RECALLED", "SENT"] },
  ])("takes an application on a dispute $state", async ({ kinds }) => {
    const code = await codeWith(...kinds);
    const { data, codes } = await run(OFFICER, APPLY, { v: application(code) });
    expect(codes).toEqual([]);
    expect(data!.applyForLegalAid).toMatchObject({ status: "SUBMITTED", disputeCode: code });
    expect((await run(APPLICANT, APPLY, { v: application(code) })).codes).toEqual([]);
    expect(await casesOn(code)).toBe(2);
  });

  it("takes an application on a pending arbitration or court case without a dispute code, as before", async () => {
    for (const linked of [{ arbitrationCaseId: randomUUID() }, { courtCaseId: randomUUID() }]) {
      const { data, codes } = await run(APPLICANT, APPLY, {
        v: { ...application(""), disputeCode: null, regionCode: "330122", ...linked },
      });
      expect(codes).toEqual([]);
      expect(data!.applyForLegalAid).toMatchObject({ status: "SUBMITTED", disputeCode: null });
    }
  });

  it("records a consultation on any dispute code: a consultation is not a case", async () => {
    const code = freshCode();
    const { data, codes } = await run(OFFICER, CONSULT, {
      v: { channel: "WINDOW", disputeCode: code, topic: "拖欠工资", question: "能否申请？", answer: "可以申请。" },
    });
    expect(codes).toEqual([]);
    expect(data!.recordLegalConsultation.disputeCode).toBe(code);
  });

  it("answers bad input and an application for others as such before asking the registry", async () => {
    const code = freshCode();
    const bad = await run(OFFICER, APPLY, { v: { ...application(code), applicant: { ...WORKER, name: " " } } });
    expect(bad.codes).toEqual(["BAD_USER_INPUT"]);
    const neighbour = caller("resident", { userId: "chen", partyId: partyIdOf({ residentId: "330122198607153035" }) });
    expect((await run(neighbour, APPLY, { v: application(code) })).codes).toEqual(["FORBIDDEN"]);
  });
});

describe("applying for legal aid at the centre the registry sent the dispute to", () => {
  const { store, run, notify } = useSubgraphKit(subgraph);
  // 普陀区: its centre, a workstation at the labour arbitration institute, and one suspended.
  const PUTUO = demoCountyCentre("330903");
  const STATION = {
    id: "3d5b7c1e-8f2a-4b6c-9d0e-1a2b3c4d5e6f",
    name: "舟山市普陀区法律援助中心驻区劳动人事争议仲裁院工作站",
    kind: "WORKSTATION" as const,
    regionCode: "330903",
    categories: ["劳动争议"],
    coversAllCategories: false,
  };
  const CLOSED = {
    ...STATION,
    id: "7e9f0a1b-2c3d-4e5f-8a6b-7c8d9e0f1a2b",
    name: "舟山市普陀区法律援助中心沈家门街道工作站",
    status: "SUSPENDED" as const,
    statusReason: "人员调整",
    statusChangedAt: new Date(0),
  };
  beforeAll(() => store().legalAidCentre.createMany({ data: [PUTUO, STATION, CLOSED] }));

  let putuoSequence = 800_000;
  /** A fresh 普陀区 code the registry sent to `centre` by id. */
  async function sentTo(centre: { id: string; name: string }): Promise<string> {
    const code = formatDisputeCode({ region: "330903", year: 2026, sequence: ++putuoSequence });
    await notify(code, "SENT", centre);
    return code;
  }
  const putuo = (disputeCode: string, centreId?: string) => ({
    ...application(disputeCode),
    applicant: { ...WORKER, residentId: "330903198503142010" },
    ...(centreId ? { centreId } : {}),
  });
  const centreOf = async (id: string) =>
    (await store().legalAidCase.findUniqueOrThrow({ where: { id: recordKey(id) } })).centreId;
  const APPLY_CENTRE = `mutation ($v: ApplyForLegalAidInput!) { applyForLegalAid(input: $v) { id centreId } }`;

  it("records the county's centre, the registry's default, when the application names none", async () => {
    const { data, codes } = await run(OFFICER, APPLY_CENTRE, { v: putuo(await sentTo(PUTUO)) });
    expect(codes).toEqual([]);
    expect(data!.applyForLegalAid.centreId).toBe(PUTUO.id);
  });

  it("refuses a dispute sent to a workstation at the centre, naming it, and takes it at the workstation", async () => {
    const code = await sentTo(STATION);
    const elsewhere = await run(OFFICER, APPLY_CENTRE, { v: putuo(code) });
    expect(elsewhere.errors[0]!.extensions).toMatchObject({
      code: "INVALID_STATE",
      reason: "SENT_TO_ANOTHER_BODY",
      bodyId: STATION.id,
      messageZh: expect.stringContaining(STATION.name),
    });
    expect(await store().legalAidCase.count({ where: { disputeCode: code } })).toBe(0);
    const { data, codes } = await run(OFFICER, APPLY_CENTRE, { v: putuo(code, STATION.id) });
    expect(codes).toEqual([]);
    expect(await centreOf(data!.applyForLegalAid.id)).toBe(STATION.id);
  });

  it("refuses a centre that is not active or does not exist", async () => {
    const suspended = await run(OFFICER, APPLY_CENTRE, { v: putuo(await sentTo(CLOSED), CLOSED.id) });
    expect(suspended.errors[0]!.extensions).toMatchObject({
      code: "INVALID_STATE",
      reason: "DIRECTORY_ENTRY_SUSPENDED",
      messageZh: `法律援助机构${CLOSED.name}已暂停，不能承接新的事项`,
    });
    for (const centreId of ["00000000-0000-4000-8000-000000000000", "not-an-id"]) {
      const unknown = await run(OFFICER, APPLY_CENTRE, { v: putuo(await sentTo(PUTUO), centreId) });
      expect(unknown.codes).toEqual(["BAD_USER_INPUT"]);
      expect(unknown.errors[0]!.extensions!.problems).toEqual([
        expect.objectContaining({ field: ["input", "centreId"], messageZh: "法律援助机构不存在" }),
      ]);
    }
  });

  it("receives a resident's application without a dispute code at the county's centre", async () => {
    const resident = caller("resident", { partyId: partyIdOf({ residentId: "330903198503142010" }) });
    const { data, codes } = await run(resident, APPLY_CENTRE, {
      v: { ...putuo(""), disputeCode: null, regionCode: "330903", courtCaseId: randomUUID() },
    });
    expect(codes).toEqual([]);
    expect(data!.applyForLegalAid.centreId).toBe(PUTUO.id);
  });
});
