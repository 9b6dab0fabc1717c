// Legal aid jurisdiction through the gateway: a county's legal aid center (and its commander) reads, lists,
// changes and files the county's legal aid cases; another county's center and commander are refused, and a
// province-level account gets no list. Each attack has its control: the same request from 普陀区's center works.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { sharedGateway } from "../support/system.js";
import { residentId } from "../support/identities.js";
import { COMMANDER, STAFF, as, within, type Caller } from "../support/callers.js";
import { registeredAndSentTo } from "../support/registration.js";

const gql = sharedGateway(inject("gatewayUrl"));

const PUTUO = "330903"; // 舟山市普陀区
const TONGLU = "330122"; // 杭州市桐庐县

const putuoCenter = within(STAFF["legal-aid"], PUTUO, "普陀区法律援助中心");
const tongluCenter = within(STAFF["legal-aid"], TONGLU, "桐庐县法律援助中心");
const putuoCommander = within(COMMANDER, PUTUO);
const tongluCommander = within(COMMANDER, TONGLU);
const provinceCommander = within(COMMANDER, "330000");

/** A fisherman's unpaid wages (in 普陀区 unless told), to be sent to the county's legal aid center (the default body). */
const unpaidWages = (applicantId = residentId({ region: PUTUO }), region = PUTUO) => ({
  title: "渔船船员追索劳动报酬",
  description: "船员随船出海三个月，船东拖欠工资，申请法律援助。",
  category: "劳动争议",
  region,
  channel: "WALK_IN",
  parties: [{ kind: "PERSON", name: "林阿水", residentId: applicantId, phone: "139 5802 4417" }],
});
const application = (disputeCode: string, applicantId: string) => ({
  disputeCode,
  matter: "CLAIM_LABOUR_REMUNERATION",
  applicant: { name: "林阿水", residentId: applicantId },
});

const APPLY = `mutation ($input: ApplyForLegalAidInput!) { applyForLegalAid(input: $input) { id } }`;
const CASE = `query ($id: ID!) { legalAidCase(id: $id) { id status materialRequests { items } } }`;
const DISPUTE_CASES = `query ($code: ID!) { dispute(code: $code) { code legalAidCases { id } } }`;
const QUEUE = `query ($code: String) { legalAidCases(filter: { disputeCode: $code }) { edges { node { id } } } }`;
const REQUEST = `mutation ($id: ID!) { requestLegalAidMaterials(input: { caseId: $id, items: "船东出具的欠薪证明" }) { id } }`;

const errorCodes = (errors: { extensions?: { code?: string } }[] | undefined) =>
  (errors ?? []).map((e) => e.extensions?.code);

let code: string;
let caseId: string;
let applicantId: string;

beforeAll(async () => {
  const dispute = unpaidWages();
  applicantId = dispute.parties[0]!.residentId;
  code = await registeredAndSentTo(gql, dispute, "LEGAL_AID");
  const { body } = await gql<{ applyForLegalAid: { id: string } }>(
    APPLY,
    { input: application(code, applicantId) },
    await as(putuoCenter),
  );
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  caseId = body.data!.applyForLegalAid.id;
});

async function read(caller: Caller) {
  const [byId, throughDispute, queue] = await Promise.all([
    gql<{ legalAidCase: { id: string } | null }>(CASE, { id: caseId }, await as(caller)),
    gql<{ dispute: { legalAidCases: { id: string }[] } | null }>(DISPUTE_CASES, { code }, await as(caller)),
    gql<{ legalAidCases: { edges: { node: { id: string } }[] } }>(QUEUE, { code }, await as(caller)),
  ]);
  return {
    byId: byId.body.data?.legalAidCase?.id ?? errorCodes(byId.body.errors),
    throughDispute: throughDispute.body.data?.dispute?.legalAidCases.map((c) => c.id) ?? null,
    queue: queue.body.data?.legalAidCases.edges.map((e) => e.node.id) ?? errorCodes(queue.body.errors),
  };
}

describe("a county's legal aid case", () => {
  it("is read by the county's center and commander, by id, through the dispute and in the queue", async () => {
    for (const caller of [putuoCenter, putuoCommander])
      expect(await read(caller)).toEqual({ byId: caseId, throughDispute: [caseId], queue: [caseId] });
  });

  it("is refused to another county's center and commander, and left out of their queue", async () => {
    for (const caller of [tongluCenter, tongluCommander])
      expect(await read(caller)).toEqual({ byId: ["FORBIDDEN"], throughDispute: null, queue: [] });
  });

  it("is left out of the applicant's cases as another county's center reads them through its own dispute", async () => {
    // The same fisherman's dispute in 桐庐县, sent to 桐庐县's center: the party is shared, the case is not.
    const tongluCode = await registeredAndSentTo(gql, unpaidWages(applicantId, TONGLU), "LEGAL_AID");
    const partyCases = async (caller: Caller, disputeCode: string) => {
      const { body } = await gql<{
        dispute: { parties: { party: { legalAidCases: { edges: { node: { id: string } }[] } } | null }[] };
      }>(
        `query ($code: ID!) { dispute(code: $code) { parties { party { legalAidCases(first: 100) { edges { node { id } } } } } } }`,
        { code: disputeCode },
        await as(caller),
      );
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      return body.data!.dispute.parties.flatMap((p) => p.party?.legalAidCases.edges.map((e) => e.node.id) ?? []);
    };
    expect(await partyCases(putuoCenter, code)).toContain(caseId);
    expect(await partyCases(tongluCenter, tongluCode)).not.toContain(caseId);
  });

  it("gives a province-level account no list", async () => {
    expect((await read(provinceCommander)).queue).toEqual(["FORBIDDEN"]);
    const { body } = await gql(`{ legalConsultations { edges { node { id } } } }`, {}, await as(provinceCommander));
    expect(errorCodes(body.errors)).toEqual(["FORBIDDEN"]);
  });

  it("cannot be changed by another county's center, and stays as it was", async () => {
    const { body } = await gql(REQUEST, { id: caseId }, await as(tongluCenter));
    expect(errorCodes(body.errors)).toEqual(["FORBIDDEN"]);
    const { body: seen } = await gql<{ legalAidCase: { status: string; materialRequests: unknown[] } }>(
      CASE,
      { id: caseId },
      await as(putuoCenter),
    );
    expect(seen.data?.legalAidCase).toMatchObject({ status: "SUBMITTED", materialRequests: [] });
  });

  it("is filed only by its own county's center", async () => {
    const dispute = unpaidWages();
    const another = await registeredAndSentTo(gql, dispute, "LEGAL_AID");
    const input = application(another, dispute.parties[0]!.residentId);
    const { body } = await gql(APPLY, { input }, await as(tongluCenter));
    expect(errorCodes(body.errors)).toEqual(["FORBIDDEN"]);
    const { body: queued } = await gql<{ legalAidCases: { edges: unknown[] } }>(
      QUEUE,
      { code: another },
      await as(putuoCenter),
    );
    expect(queued.data?.legalAidCases.edges).toEqual([]);
    const { body: control } = await gql<{ applyForLegalAid: { id: string } }>(APPLY, { input }, await as(putuoCenter));
    expect(control.errors, JSON.stringify(control.errors)).toBeUndefined();
  });
});
