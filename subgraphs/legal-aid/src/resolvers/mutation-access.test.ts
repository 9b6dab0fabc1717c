// Who may take the legal aid center's steps, run on the schema in process: the center's officers for every
// step; a resident only to apply in their own name and to supply material for their own case; everyone else
// (other departments, the commander, leaders, a legal aid role claimed by another department) FORBIDDEN,
// anonymous callers UNAUTHENTICATED.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import { caller, refusalOf, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { subgraph } from "../subgraph.js";
import { recordKey } from "@onedoor/shared/graphql/node-id";

const WORKER = { name: "汪建新", residentId: "330122198503142016" };
const NEIGHBOUR_ID = "330122198607153035";

const OFFICER = caller("legalAidOfficer", { userId: "ye-zhigang", department: "legal-aid" });
const APPLICANT = caller("resident", { userId: "wang", partyId: partyIdOf({ residentId: WORKER.residentId }) });
const NEIGHBOUR = caller("resident", { userId: "chen", partyId: partyIdOf({ residentId: NEIGHBOUR_ID }) });
const REFUSED = {
  mediator: caller("mediator", { department: "mediation" }),
  "legal aid role of another department": caller("legalAidOfficer", { department: "mediation" }),
  commander: caller("commander"),
  cockpitViewer: caller("cockpitViewer"),
  auditor: caller("auditor"),
  anonymous: caller(null),
};

const UNKNOWN_CASE = randomUUID();

/** The center's own steps on a case: an unknown case reaches NOT_FOUND for an officer, FORBIDDEN for the rest. */
const CASE_STEPS = [
  {
    name: "requestLegalAidMaterials",
    family: "material",
    source: `mutation ($id: ID!) { requestLegalAidMaterials(input: { caseId: $id, items: "收入证明" }) { id } }`,
  },
  {
    name: "startProvisionalLegalAid",
    family: "provisional aid",
    source: `mutation ($id: ID!) { startProvisionalLegalAid(input: { caseId: $id, legalDeadline: "2026-12-01T00:00:00.000Z" }) { id } }`,
  },
  {
    name: "decideLegalAid",
    family: "decision",
    source: `mutation ($id: ID!) { decideLegalAid(input: { caseId: $id }) { id } }`,
  },
  {
    name: "assignLegalAidCase",
    family: "assignment",
    source: `mutation ($id: ID!) { assignLegalAidCase(input: { caseId: $id }) { id } }`,
  },
  {
    name: "recordLegalAidWork",
    family: "work log",
    source: `mutation ($id: ID!) { recordLegalAidWork(input: { caseId: $id, activity: MEETING, description: "会见" }) { id } }`,
  },
  {
    name: "closeLegalAidCase",
    family: "closure",
    source: `mutation ($id: ID!) { closeLegalAidCase(input: { caseId: $id, outcome: WITHDRAWN, summary: "撤回" }) { id } }`,
  },
  {
    name: "voidLegalAidApplication",
    family: "correction",
    source: `mutation ($id: ID!) { voidLegalAidApplication(input: { caseId: $id, reason: RECORDED_IN_ERROR, explanation: "误录入" }) { id } }`,
  },
  {
    name: "reviewLegalAidCase",
    family: "review",
    source: `mutation ($id: ID!) { reviewLegalAidCase(input: { caseId: $id, rating: GOOD, reviewer: "周敏" }) { id } }`,
  },
];

const APPLY = `mutation ($v: ApplyForLegalAidInput!) { applyForLegalAid(input: $v) { id status } }`;
const SUPPLY = `mutation ($id: ID!) { supplyLegalAidMaterials(input: { caseId: $id }) { id status version } }`;
const REQUEST = `mutation ($id: ID!) { requestLegalAidMaterials(input: { caseId: $id, items: "工资条" }) { id } }`;
const application = (residentId: string) => ({
  courtCaseId: randomUUID(),
  regionCode: "330122",
  matter: "CLAIM_LABOUR_REMUNERATION",
  applicant: { name: WORKER.name, residentId },
});

describe("who may take the legal aid center's steps", () => {
  const kit = useSubgraphKit(subgraph);

  it.each(CASE_STEPS)("$name ($family): the center's officers only", async ({ source }) => {
    expect((await kit.run(OFFICER, source, { id: UNKNOWN_CASE })).codes).toEqual(["NOT_FOUND"]);
    for (const [who, identity] of Object.entries({ ...REFUSED, applicant: APPLICANT }))
      expect((await kit.run(identity, source, { id: UNKNOWN_CASE })).codes, who).toEqual([refusalOf(identity)]);
  });

  it("records consultations for the center's officers only", async () => {
    const CONSULT = `mutation { recordLegalConsultation(input: { channel: PHONE, topic: "赡养费", question: "能否申请？",
      answer: "可以申请。" }) { id answeredBy } }`;
    for (const [who, identity] of Object.entries({ ...REFUSED, resident: APPLICANT }))
      expect((await kit.run(identity, CONSULT)).codes, who).toEqual([refusalOf(identity)]);
    expect((await kit.run(OFFICER, CONSULT)).codes).toEqual([]);
    expect(await kit.store().legalConsultation.findFirstOrThrow({ where: { topic: "赡养费" } })).toMatchObject({
      answeredBy: "ye-zhigang",
    });
  });

  it("lets a resident apply only in their own name, and the center for anyone", async () => {
    const forWorker = application(WORKER.residentId);
    for (const [who, identity] of Object.entries({ ...REFUSED, neighbour: NEIGHBOUR }))
      expect((await kit.run(identity, APPLY, { v: forWorker })).codes, who).toEqual([refusalOf(identity)]);
    expect(await kit.store().legalAidCase.count({ where: { courtCaseId: forWorker.courtCaseId } })).toBe(0);

    const own = await kit.run(APPLICANT, APPLY, { v: forWorker });
    expect(own.codes).toEqual([]);
    expect((await kit.run(OFFICER, APPLY, { v: application(NEIGHBOUR_ID) })).codes).toEqual([]);
    const audit = await kit
      .store()
      .auditEntry.findFirstOrThrow({ where: { entityId: recordKey(own.data!.applyForLegalAid.id) } });
    expect(audit).toMatchObject({ actor: "wang", action: "applyForLegalAid", roles: ["resident"] });
  });

  it("lets the applicant and the center supply material for the case, and nobody else", async () => {
    const kase = (await kit.run(APPLICANT, APPLY, { v: application(WORKER.residentId) })).data!.applyForLegalAid;
    expect((await kit.run(OFFICER, REQUEST, { id: kase.id })).codes).toEqual([]);
    for (const [who, identity] of Object.entries({ ...REFUSED, neighbour: NEIGHBOUR }))
      expect((await kit.run(identity, SUPPLY, { id: kase.id })).codes, who).toEqual([refusalOf(identity)]);
    const supplied = await kit.run(APPLICANT, SUPPLY, { id: kase.id });
    expect(supplied.codes).toEqual([]);
    expect(supplied.data!.supplyLegalAidMaterials).toMatchObject({ status: "SUBMITTED", version: 3 });

    expect((await kit.run(OFFICER, REQUEST, { id: kase.id })).codes).toEqual([]);
    expect((await kit.run(OFFICER, SUPPLY, { id: kase.id })).codes).toEqual([]);
    // A resident reaching for an unknown case learns nothing more than an officer would.
    expect((await kit.run(APPLICANT, SUPPLY, { id: UNKNOWN_CASE })).codes).toEqual(["NOT_FOUND"]);
  });
});
