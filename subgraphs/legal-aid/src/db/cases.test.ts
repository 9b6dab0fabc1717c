// The outbox contract on a real (in-memory PGlite) database with this department's migrations: a change and
// its case events are committed together, and a refused or failed change leaves no event behind.
import { describe, expect, it } from "vitest";
import { pino } from "pino";
import { useMigratedStore } from "@onedoor/shared/testing/migrated-store";
import { applicationEvents, consultationEvent, decisionEvent, materialsRequestedEvent } from "../domain/case-events.js";
import { LegalAidMatter } from "../domain/matters.js";
import { LegalAidStatus } from "../domain/workflow.js";
import { ConsultationChannel } from "../domain/vocabulary.js";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import { insertCase, insertConsultation, updateCase, type AuditedAct } from "./cases.js";
import { seedDemoData } from "./demo-data.js";
import { subgraph } from "../subgraph.js";

const DISPUTE = "330122260512345";

const store = useMigratedStore(subgraph);

const application = (disputeCode: string | null) => ({
  disputeCode,
  matter: LegalAidMatter.CLAIM_LABOUR_REMUNERATION,
  status: LegalAidStatus.SUBMITTED,
  applicantName: "汪建新",
  applicantResidentId: "330122198503142016",
  applicantPhone: "13567123408",
  applicantGroups: ["MIGRANT_WORKER"],
  regionCode: "330122",
  appliedAt: new Date("2026-11-20T02:00:00.000Z"),
  receivedBy: "clerk",
});

const by = {
  identity: { roles: ["legalAidOfficer" as const], department: "legal-aid", userId: "ye-zhigang" },
  requestId: "req-cases-test",
};
const act = (action: string, fields: string[] = []): AuditedAct => ({ by, action, fields });
const APPLY = act("applyForLegalAid", [
  "disputeCode",
  "matter",
  "applicant.name",
  "applicant.residentId",
  "applicant.phone",
]);
const auditOf = (entityId: string) =>
  store().auditEntry.findMany({ where: { entityId }, orderBy: [{ at: "asc" }, { id: "asc" }] });

const applied = (row: { matter: string; status: string; appliedAt: Date }) =>
  applicationEvents({
    matter: row.matter as LegalAidMatter,
    status: row.status as LegalAidStatus,
    appliedAt: row.appliedAt,
  });

const outboxOf = (recordId: string) =>
  store().outboxEvent.findMany({ where: { recordId }, orderBy: { sequence: "asc" } });

describe("legal aid writes and their case events", () => {
  it("writes an application and its LEGAL_AID_APPLIED event, free of the applicant's personal data", async () => {
    const row = await insertCase(store(), APPLY, application(DISPUTE), applied);
    expect(await store().legalAidCase.count({ where: { id: row.id } })).toBe(1);
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

  it("stores the applicant's party id and audits the application in the same transaction, without the values", async () => {
    const row = await insertCase(store(), APPLY, application(DISPUTE), applied);
    expect(row.applicantPartyId).toBe(partyIdOf({ residentId: "330122198503142016" }));
    const entries = await auditOf(row.id);
    expect(entries).toEqual([
      expect.objectContaining({
        action: "applyForLegalAid",
        entity: "LegalAidCase",
        actor: "ye-zhigang",
        roles: ["legalAidOfficer"],
        requestId: "req-cases-test",
        fields: APPLY.fields,
      }),
    ]);
    expect(JSON.stringify(entries)).not.toMatch(/汪建新|330122198503142016|13567123408/);
  });

  it("commits a decision with its event, and a stale second decision neither changes the case nor writes an event", async () => {
    const row = await insertCase(store(), APPLY, application(DISPUTE), applied);
    const decidedAt = new Date("2026-11-21T01:00:00.000Z");
    const grant = () => [
      decisionEvent({
        granted: true,
        status: LegalAidStatus.GRANTED,
        matter: LegalAidMatter.CLAIM_LABOUR_REMUNERATION,
        basis: "EXEMPT_GROUP",
        article: "第四十二条",
        ruleVersion: "test",
        meansTestApplied: false,
        at: decidedAt,
      }),
    ];
    const granted = await updateCase(
      store(),
      act("decideLegalAid"),
      row,
      { status: LegalAidStatus.GRANTED, decidedAt, decidedBy: "clerk" },
      { events: grant },
    );
    expect(granted.status).toBe(LegalAidStatus.GRANTED);
    expect((await outboxOf(row.id)).map((e) => e.type)).toEqual(["LEGAL_AID_APPLIED", "LEGAL_AID_GRANTED"]);

    // `row` is the case as read before the grant: another clerk's write in between.
    await expect(
      updateCase(store(), act("decideLegalAid"), row, { status: LegalAidStatus.REFUSED }, { events: grant }),
    ).rejects.toMatchObject({ extensions: { code: "CONFLICT" } });
    expect((await store().legalAidCase.findUniqueOrThrow({ where: { id: row.id } })).status).toBe(
      LegalAidStatus.GRANTED,
    );
    expect((await outboxOf(row.id)).map((e) => e.type)).toEqual(["LEGAL_AID_APPLIED", "LEGAL_AID_GRANTED"]);
    expect((await auditOf(row.id)).map((e) => e.action)).toEqual(["applyForLegalAid", "decideLegalAid"]);
  });

  it("rolls the event back with the change when a dependent write fails", async () => {
    const row = await insertCase(store(), APPLY, application(DISPUTE), applied);
    const at = new Date();
    await expect(
      updateCase(
        store(),
        act("requestLegalAidMaterials", ["items"]),
        row,
        { status: LegalAidStatus.MATERIALS_REQUESTED },
        {
          also: async () => {
            throw new Error("material request could not be stored");
          },
          events: () => [materialsRequestedEvent({ status: LegalAidStatus.MATERIALS_REQUESTED, at })],
        },
      ),
    ).rejects.toThrow("material request could not be stored");
    expect((await store().legalAidCase.findUniqueOrThrow({ where: { id: row.id } })).status).toBe(
      LegalAidStatus.SUBMITTED,
    );
    expect((await outboxOf(row.id)).map((e) => e.type)).toEqual(["LEGAL_AID_APPLIED"]);
    expect((await auditOf(row.id)).map((e) => e.action)).toEqual(["applyForLegalAid"]);
  });

  it("reports nothing for records not linked to a dispute (the registry keys timelines by 解纷码)", async () => {
    const before = await store().outboxEvent.count();
    const row = await insertCase(
      store(),
      APPLY,
      { ...application(null), arbitrationCaseId: "0b7c5e1a-3f4e-4d2b-9a6c-1e2f3a4b5c6d" },
      applied,
    );
    const consultation = await insertConsultation(
      store(),
      act("recordLegalConsultation", ["channel", "topic", "question", "answer", "answeredBy"]),
      {
        channel: ConsultationChannel.PHONE,
        topic: "赡养费",
        question: "能否申请法律援助？",
        answer: "可以申请。",
        answeredBy: "叶志刚",
        consultedAt: new Date(),
      },
      (c) => [consultationEvent({ channel: c.channel as ConsultationChannel, at: c.consultedAt })],
    );
    expect(row.id).toBeTruthy();
    expect(consultation.id).toBeTruthy();
    expect(await store().outboxEvent.count()).toBe(before);
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
    // Seeded applicants reach their own cases like any other: the party id is stored.
    const seeded = await store().legalAidCase.findMany();
    expect(seeded.length).toBeGreaterThan(0);
    for (const c of seeded) expect(c.applicantPartyId).toBe(partyIdOf({ residentId: c.applicantResidentId! }));
  });
});
