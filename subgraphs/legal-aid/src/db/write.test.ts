// The write path on a real (in-memory PGlite) database with this department's migrations: a change, its case
// events and its audit entry are committed together, and a refused, stale or failed change leaves nothing.
import { describe, expect, it } from "vitest";
import { pino } from "pino";
import { useMigratedStore } from "@onedoor/shared/testing/migrated-store";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import {
  applicationEvents,
  consultationEvent,
  decisionEvent,
  materialsRequestedEvent,
  materialsSuppliedEvent,
} from "../domain/case-events.js";
import {
  caseClockFacts,
  decideStep,
  reportedCaseClocks,
  requestMaterialsStep,
  supplyMaterialsStep,
} from "../domain/workflow.js";
import { ConsultationChannel, LegalAidMatter, LegalAidStatus } from "../generated/prisma/enums.js";
import type { LegalAidContext } from "../resolvers/context.js";
import { subgraph } from "../subgraph.js";
import { seedDemoData } from "./demo-data.js";
import { addMaterialRequest, changeCase, createCase, createConsultation, markMaterialsSupplied } from "./write.js";

const DISPUTE = "330122260512345";

const store = useMigratedStore(subgraph);

/** A request of the legal aid officer, with its own loaders. */
const officer = (): LegalAidContext => ({
  subgraph: "legal-aid",
  identity: { roles: ["legalAidOfficer"], department: "legal-aid", userId: "ye-zhigang" },
  requestId: "req-write-test",
  log: pino({ level: "silent" }),
  store: store(),
  loaders: subgraph.createLoaders(store()),
});

const APPLICATION_INPUT = {
  disputeCode: DISPUTE,
  matter: LegalAidMatter.CLAIM_LABOUR_REMUNERATION,
  applicant: { name: "汪建新", residentId: "330122198503142016", phone: "13567123408" },
};

const apply = (disputeCode: string | null, more: { arbitrationCaseId?: string } = {}) =>
  createCase(
    officer(),
    {
      disputeCode,
      ...more,
      matter: LegalAidMatter.CLAIM_LABOUR_REMUNERATION,
      status: LegalAidStatus.SUBMITTED,
      applicantName: "汪建新",
      applicantResidentId: "330122198503142016",
      applicantPhone: "13567123408",
      applicantGroups: ["MIGRANT_WORKER"],
      regionCode: "330122",
      appliedAt: new Date("2026-11-20T02:00:00.000Z"),
      receivedBy: "clerk",
    },
    (row) => applicationEvents(row),
    { action: "applyForLegalAid", input: APPLICATION_INPUT, nested: true },
  );

const auditOf = (entityId: string) =>
  store().auditEntry.findMany({ where: { entityId }, orderBy: [{ at: "asc" }, { id: "asc" }] });
const outboxOf = (recordId: string) =>
  store().outboxEvent.findMany({ where: { recordId }, orderBy: { sequence: "asc" } });
const caseOf = (id: string) => store().legalAidCase.findUniqueOrThrow({ where: { id } });

const grant = (id: string, expectedVersion?: number) => {
  const at = new Date("2026-11-21T01:00:00.000Z");
  return changeCase(officer(), {
    id,
    expectedVersion,
    decide: (row) => decideStep(row, [], true),
    columns: () => ({ decidedAt: at, decidedBy: "ye-zhigang" }),
    events: ({ after }) => [
      decisionEvent({
        granted: true,
        status: after.status,
        matter: after.matter,
        basis: "MEANS_CHECK_EXEMPT",
        article: "第四十二条",
        ruleVersion: "test",
        meansTestApplied: false,
        at,
      }),
    ],
    audit: { action: "decideLegalAid", input: { expectedVersion } },
  });
};

describe("legal aid writes and their case events", () => {
  it("writes an application and its LEGAL_AID_APPLIED event, free of the applicant's personal data", async () => {
    const row = await apply(DISPUTE);
    expect(row).toMatchObject({ version: 1, status: LegalAidStatus.SUBMITTED });
    const events = await outboxOf(row.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      disputeCode: DISPUTE,
      type: "LEGAL_AID_APPLIED",
      recordId: row.id,
      occurredAt: new Date("2026-11-20T02:00:00.000Z"),
      deliveredAt: null,
      attempts: 0,
      data: { matter: "CLAIM_LABOUR_REMUNERATION", status: "SUBMITTED" },
    });
    expect(events[0]!.summary).toContain("追索劳动报酬");
    expect(events[0]!.summary).not.toMatch(/汪建新|330122198503142016|13567123408/);
  });

  it("stores the applicant's party id and audits the application with the nested field names, never the values", async () => {
    const row = await apply(DISPUTE);
    expect(row.applicantPartyId).toBe(partyIdOf({ residentId: "330122198503142016" }));
    const entries = await auditOf(row.id);
    expect(entries).toEqual([
      expect.objectContaining({
        action: "applyForLegalAid",
        entity: "LegalAidCase",
        actor: "ye-zhigang",
        roles: ["legalAidOfficer"],
        requestId: "req-write-test",
        fields: ["disputeCode", "matter", "applicant.name", "applicant.residentId", "applicant.phone"],
      }),
    ]);
    expect(JSON.stringify(entries)).not.toMatch(/汪建新|330122198503142016|13567123408/);
  });

  it("commits a decision with its event and a new version; a stale second decision changes nothing", async () => {
    const row = await apply(DISPUTE);
    const granted = await grant(row.id, 1);
    expect(granted).toMatchObject({ status: LegalAidStatus.GRANTED, version: 2 });
    expect((await outboxOf(row.id)).map((e) => e.type)).toEqual(["LEGAL_AID_APPLIED", "LEGAL_AID_GRANTED"]);

    // Version 1 is the case as read before the grant: another clerk's write in between.
    await expect(grant(row.id, 1)).rejects.toMatchObject({
      extensions: { code: "CONFLICT", entity: "LegalAidCase", currentVersion: 2 },
    });
    expect(await caseOf(row.id)).toMatchObject({ status: LegalAidStatus.GRANTED, version: 2 });
    expect((await outboxOf(row.id)).map((e) => e.type)).toEqual(["LEGAL_AID_APPLIED", "LEGAL_AID_GRANTED"]);
    expect((await auditOf(row.id)).map((e) => e.action)).toEqual(["applyForLegalAid", "decideLegalAid"]);
  });

  it("reports the case's clocks after each step with its events, as the case shows them (期限上报)", async () => {
    const row = await apply(DISPUTE);
    const requestedAt = new Date("2026-11-20T06:00:00.000Z");
    await changeCase(officer(), {
      id: row.id,
      decide: (kase) => requestMaterialsStep(kase, []),
      write: (tx) =>
        addMaterialRequest(tx, { caseId: row.id, items: "收入证明", requestedAt, requestedBy: "ye-zhigang" }),
      events: ({ after }) => [materialsRequestedEvent({ status: after.status, at: requestedAt })],
      audit: { action: "requestLegalAidMaterials", input: { items: "收入证明" } },
    });
    const suppliedAt = new Date("2026-11-20T08:00:00.000Z");
    await changeCase(officer(), {
      id: row.id,
      decide: (kase) => supplyMaterialsStep(kase, [{ requestedAt, items: "收入证明" }]),
      write: (tx) => markMaterialsSupplied(tx, row.id, suppliedAt),
      events: ({ after }) => [materialsSuppliedEvent({ status: after.status, at: suppliedAt })],
      audit: { action: "supplyLegalAidMaterials", input: {} },
    });
    await grant(row.id);
    const [applied, requested, supplied, granted] = await outboxOf(row.id);
    expect(applied!.clocks).toEqual([
      {
        recordId: row.id,
        spec: expect.objectContaining({ kind: "legalAidDecision" }),
        startedAt: "2026-11-20T02:00:00.000Z",
        pauses: [],
        extensions: [],
      },
    ]);
    // The open material request pauses the decision clock in the report as on the case.
    expect(requested!.clocks).toEqual([
      expect.objectContaining({
        spec: expect.objectContaining({ kind: "legalAidDecision" }),
        pauses: [{ from: requestedAt.toISOString(), reason: "补充材料：收入证明" }],
      }),
    ]);
    expect(supplied!.clocks).toEqual([
      expect.objectContaining({
        pauses: [{ from: requestedAt.toISOString(), to: suppliedAt.toISOString(), reason: "补充材料：收入证明" }],
      }),
    ]);
    // The grant stops the decision clock and starts the assignment clock, each reported as computed on the case.
    const requests = await store().legalAidMaterialRequest.findMany({ where: { caseId: row.id } });
    expect(granted!.clocks).toEqual(reportedCaseClocks(row.id, caseClockFacts(await caseOf(row.id), requests)));
    expect(
      (granted!.clocks as { spec: { kind: string }; stoppedAt?: string }[]).map((c) => [c.spec.kind, c.stoppedAt]),
    ).toEqual([
      ["legalAidDecision", "2026-11-21T01:00:00.000Z"],
      ["legalAidAssignment", undefined],
    ]);
  });

  it("refuses a step the status does not allow with INVALID_STATE, its reason and the status", async () => {
    const row = await apply(DISPUTE);
    await grant(row.id);
    await expect(grant(row.id)).rejects.toMatchObject({
      extensions: { code: "INVALID_STATE", reason: "NOT_ALLOWED_IN_STATUS", status: "GRANTED" },
    });
    expect((await caseOf(row.id)).version).toBe(2);
  });

  it("rolls the change, its event and its audit entry back when a dependent write fails", async () => {
    const row = await apply(DISPUTE);
    const at = new Date();
    await expect(
      changeCase(officer(), {
        id: row.id,
        decide: (kase) => requestMaterialsStep(kase, []),
        write: async () => {
          throw new Error("material request could not be stored");
        },
        events: ({ after }) => [materialsRequestedEvent({ status: after.status, at })],
        audit: { action: "requestLegalAidMaterials", input: { items: "收入证明" } },
      }),
    ).rejects.toThrow("material request could not be stored");
    expect(await caseOf(row.id)).toMatchObject({ status: LegalAidStatus.SUBMITTED, version: 1 });
    expect((await outboxOf(row.id)).map((e) => e.type)).toEqual(["LEGAL_AID_APPLIED"]);
    expect((await auditOf(row.id)).map((e) => e.action)).toEqual(["applyForLegalAid"]);
  });

  it("reports nothing for records not linked to a dispute (the registry keys timelines by 解纷码)", async () => {
    const before = await store().outboxEvent.count();
    const row = await apply(null, { arbitrationCaseId: "0b7c5e1a-3f4e-4d2b-9a6c-1e2f3a4b5c6d" });
    await grant(row.id);
    const consultation = await createConsultation(
      officer(),
      {
        channel: ConsultationChannel.PHONE,
        topic: "赡养费",
        question: "能否申请法律援助？",
        answer: "可以申请。",
        answeredBy: "叶志刚",
        consultedAt: new Date(),
      },
      (c) => [consultationEvent({ channel: c.channel, at: c.consultedAt, disputeCode: c.disputeCode })],
      { action: "recordLegalConsultation", input: { channel: "PHONE", topic: "赡养费" } },
    );
    expect(await store().outboxEvent.count()).toBe(before);
    expect((await auditOf(consultation.id)).map((e) => [e.action, e.entity, e.fields])).toEqual([
      ["recordLegalConsultation", "LegalConsultation", ["channel", "topic"]],
    ]);
  });
});

describe("demo data", () => {
  it("records the story's timeline in the order it happened, without personal data", async () => {
    await store().$transaction([
      store().outboxEvent.deleteMany(),
      store().legalAidWorkEntry.deleteMany(),
      store().legalAidMaterialRequest.deleteMany(),
      store().legalAidCase.deleteMany(),
    ]);
    await seedDemoData(store(), pino({ level: "silent" }));
    const events = await store().outboxEvent.findMany({
      where: { disputeCode: "330122260000027" },
      orderBy: { sequence: "asc" },
    });
    expect(events.map((e) => e.type)).toEqual([
      "LEGAL_CONSULTATION_RECORDED",
      "LEGAL_AID_APPLIED",
      "LEGAL_AID_GRANTED",
      "LEGAL_AID_ASSIGNED",
      "LEGAL_AID_WORK_RECORDED",
      "LEGAL_AID_WORK_RECORDED",
      "LEGAL_AID_WORK_RECORDED",
      "LEGAL_AID_WORK_RECORDED",
    ]);
    const times = events.map((e) => e.occurredAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(events.find((e) => e.type === "LEGAL_AID_ASSIGNED")?.summary).toBe(
      "法律援助中心指派浙江桐君律师事务所律师承办",
    );
    for (const e of events) expect(e.summary).not.toMatch(/汪建新|章立群|叶志刚|\d{11}/);
    // The story's last step reports the case's clocks as they stand: decided on time, lawyer assigned.
    const clocks = events.at(-1)!.clocks as { spec: { kind: string }; stoppedAt?: string }[];
    expect(clocks.map((c) => [c.spec.kind, typeof c.stoppedAt])).toEqual([
      ["legalAidDecision", "string"],
      ["legalAidAssignment", "string"],
    ]);
    // Seeded applicants reach their own cases like any other: the party id is stored.
    const seeded = await store().legalAidCase.findMany();
    expect(seeded.length).toBeGreaterThan(0);
    for (const c of seeded) expect(c.applicantPartyId).toBe(partyIdOf({ residentId: c.applicantResidentId! }));
  });
});
