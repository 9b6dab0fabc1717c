// The review body's mutations in process (shared resolver test kit): who may call them, the state machine
// with its legal clocks, and the write path's version guard, on a migrated in-memory database.
import { beforeAll, describe, expect, it } from "vitest";
import { caller, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { addDays, toLocalDate } from "@onedoor/shared/clock/index";
import { subgraph } from "../subgraph.js";
import { recordKey } from "@onedoor/shared/graphql/node-id";
import { reportedReviewClocks } from "../domain/clocks.js";

const OFFICER = caller("reviewOfficer", { department: "administrative-review" });
const MEDIATOR = caller("mediator", { department: "mediation" });
const COMMANDER = caller("commander");
const DISPUTE = "330122260000069";
// Dates of the story relative to the real clock, so the test holds on any day of any year.
const chinaDaysAgo = (days: number) => addDays(toLocalDate(new Date()), -days);

const CASE = "id status version procedure extensionDays decisionKind request result clocks { kind state }";
const RECEIVE = `mutation ($input: ReceiveAdministrativeReviewCaseInput!) { receiveAdministrativeReviewCase(input: $input) { ${CASE} } }`;
const ACCEPT = `mutation ($input: AcceptAdministrativeReviewCaseInput!) { acceptAdministrativeReviewCase(input: $input) { ${CASE} } }`;
const EXTEND = `mutation ($input: ExtendAdministrativeReviewCaseInput!) { extendAdministrativeReviewCase(input: $input) { ${CASE} } }`;
const DECIDE = `mutation ($input: DecideAdministrativeReviewCaseInput!) { decideAdministrativeReviewCase(input: $input) { ${CASE} } }`;
const VOID = `mutation ($input: VoidAdministrativeReviewAcceptanceInput!) { voidAdministrativeReviewAcceptance(input: $input) { ${CASE} voidReason voidExplanation closedAt } }`;
const READ = `query ($id: ID!) { administrativeReviewCase(id: $id) { ${CASE} } }`;

describe("the administrative review body's mutations", () => {
  const kit = useSubgraphKit(subgraph);
  // The registry dispatched the dispute to the review body (registry-gate.test.ts covers the other cases).
  beforeAll(() => kit.notify(DISPUTE, "SENT", "桐庐县人民政府行政复议办公室"));
  const receive = async (knownDaysAgo = 10) => {
    const { data, errors } = await kit.run(OFFICER, RECEIVE, {
      input: {
        disputeCode: DISPUTE,
        request: "请求撤销桐自然资罚〔2026〕18号行政处罚决定",
        respondentAgency: "桐庐县自然资源和规划局",
        contestedAct: "桐自然资罚〔2026〕18号行政处罚决定",
        actKnownOn: chinaDaysAgo(knownDaysAgo),
        applicantResidentId: "330122196703152113",
      },
    });
    expect(errors).toEqual([]);
    return data!.receiveAdministrativeReviewCase as { id: string; version: number };
  };

  it("lets only the review body's staff receive an application, with bilingual input errors", async () => {
    const input = {
      disputeCode: "330122260000068",
      request: "",
      respondentAgency: "县自然资源和规划局",
      contestedAct: "行政处罚决定",
      actKnownOn: chinaDaysAgo(-1),
    };
    expect((await kit.run(MEDIATOR, RECEIVE, { input })).codes).toEqual(["FORBIDDEN"]);
    const bad = await kit.run(OFFICER, RECEIVE, { input });
    expect(bad.codes).toEqual(["BAD_USER_INPUT"]);
    const problems = bad.errors[0]!.extensions!.problems as { field: string[] }[];
    expect(problems.map((p) => p.field.join("."))).toEqual(["input.disputeCode", "input.request", "input.actKnownOn"]);
    // A day that does not exist is refused by the LocalDate scalar before the resolver runs.
    const noSuchDay = await kit.run(OFFICER, RECEIVE, { input: { ...input, actKnownOn: "2026-02-30" } });
    expect(noSuchDay.codes).toEqual(["BAD_USER_INPUT"]);
  });

  it("runs the acceptance clock on receipt, then the 60-day decision clock, extended once approved", async () => {
    const received = await receive();
    const read = await kit.run(OFFICER, READ, { id: received.id });
    expect(read.data!.administrativeReviewCase.clocks.map((c: { kind: string }) => c.kind)).toEqual([
      "ADMINISTRATIVE_REVIEW_APPLICATION",
      "ADMINISTRATIVE_REVIEW_ACCEPTANCE",
    ]);
    const accepted = await kit.run(OFFICER, ACCEPT, {
      input: { id: received.id, expectedVersion: received.version, procedure: "ORDINARY" },
    });
    expect(accepted.data!.acceptAdministrativeReviewCase).toMatchObject({ status: "ACCEPTED", procedure: "ORDINARY" });
    expect(accepted.data!.acceptAdministrativeReviewCase.clocks[2]).toEqual({
      kind: "ADMINISTRATIVE_REVIEW_DECISION",
      state: "RUNNING",
    });
    const extended = await kit.run(OFFICER, EXTEND, {
      input: { id: received.id, days: 30, reason: "案情复杂，需现场勘验" },
    });
    expect(extended.data!.extendAdministrativeReviewCase).toMatchObject({ status: "ACCEPTED", extensionDays: 30 });
    const more = await kit.run(OFFICER, EXTEND, { input: { id: received.id, days: 1, reason: "再次延长" } });
    expect(more.errors[0]!.extensions).toMatchObject({ code: "INVALID_STATE", reason: "EXTENSION_TOO_LONG" });
    const decided = await kit.run(OFFICER, DECIDE, {
      input: { id: received.id, decisionKind: "REVOKE", summary: "农机棚属设施农业用地，原处罚认定事实不清，予以撤销" },
    });
    expect(decided.data!.decideAdministrativeReviewCase).toMatchObject({ status: "DECIDED", decisionKind: "REVOKE" });
    expect(decided.data!.decideAdministrativeReviewCase.clocks[2].state).toBe("STOPPED");
  });

  it("reports the case's clocks after each step with its events, as the case computes them (期限上报)", async () => {
    const received = await receive();
    await kit.run(OFFICER, ACCEPT, { input: { id: received.id, procedure: "ORDINARY" } });
    await kit.run(OFFICER, EXTEND, { input: { id: received.id, days: 30, reason: "案情复杂，需现场勘验" } });
    const id = recordKey(received.id);
    const events = await kit.store().outboxEvent.findMany({ where: { recordId: id }, orderBy: { sequence: "asc" } });
    const kinds = events.map((e) => (e.clocks as { spec: { kind: string } }[]).map((c) => c.spec.kind));
    expect(kinds).toEqual([
      ["administrativeReviewApplication", "administrativeReviewAcceptance"],
      ["administrativeReviewApplication", "administrativeReviewAcceptance", "administrativeReviewDecision"],
      ["administrativeReviewApplication", "administrativeReviewAcceptance", "administrativeReviewDecision"],
    ]);
    // The last report is the case's clocks as they stand: the decision clock with its approved extension.
    const row = await kit.store().administrativeReviewCase.findUniqueOrThrow({ where: { id } });
    expect(events.at(-1)!.clocks).toEqual(reportedReviewClocks(row));
    expect(events.at(-1)!.clocks).toContainEqual(
      expect.objectContaining({
        recordId: id,
        spec: expect.objectContaining({ kind: "administrativeReviewDecision" }),
        extensions: [expect.objectContaining({ days: 30, reason: "案情复杂，需现场勘验" })],
      }),
    );
  });

  it("voids an acceptance recorded in error as a correction naming it, refused once a later step stands (更正)", async () => {
    const received = await receive();
    await kit.run(OFFICER, ACCEPT, { input: { id: received.id, procedure: "ORDINARY" } });
    const input = {
      id: received.id,
      reason: "ACCEPTED_IN_ERROR",
      explanation: "该行政行为应由市级复议机构管辖，误受理。",
    };
    expect((await kit.run(MEDIATOR, VOID, { input })).codes).toEqual(["FORBIDDEN"]);
    const blank = await kit.run(OFFICER, VOID, { input: { ...input, explanation: " " } });
    expect(blank.errors[0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "explanation"] });
    const voided = await kit.run(OFFICER, VOID, { input });
    expect(voided.errors).toEqual([]);
    expect(voided.data!.voidAdministrativeReviewAcceptance).toMatchObject({
      status: "VOIDED",
      voidReason: "ACCEPTED_IN_ERROR",
      voidExplanation: input.explanation,
      closedAt: expect.any(String),
    });
    expect(voided.data!.voidAdministrativeReviewAcceptance.clocks[2]).toEqual({
      kind: "ADMINISTRATIVE_REVIEW_DECISION",
      state: "STOPPED",
    });
    const events = await kit.store().outboxEvent.findMany({
      where: { recordId: recordKey(received.id) },
      orderBy: { sequence: "asc" },
    });
    expect(events.map((e) => e.type)).toEqual([
      "ADMINISTRATIVE_REVIEW_RECEIVED",
      "ADMINISTRATIVE_REVIEW_ACCEPTED",
      "STEP_VOIDED",
    ]);
    expect(events[2]!.summary).toBe("更正：桐庐县人民政府行政复议办公室撤销此前的受理登记（误受理）");
    expect(events[2]!.data).toEqual({
      voidedEventId: events[1]!.id,
      voidedType: "ADMINISTRATIVE_REVIEW_ACCEPTED",
      reason: "ACCEPTED_IN_ERROR",
      body: "桐庐县人民政府行政复议办公室",
    });
    expect(JSON.stringify(events.map((e) => [e.summary, e.data]))).not.toContain("市级复议机构");
    expect((await kit.run(OFFICER, VOID, { input })).errors[0]!.extensions).toMatchObject({
      code: "INVALID_STATE",
      reason: "NOT_VOIDABLE",
      status: "VOIDED",
    });
    // Another review, extended after its acceptance: the extension is its last step now.
    const extended = await receive();
    await kit.run(OFFICER, ACCEPT, { input: { id: extended.id, procedure: "ORDINARY" } });
    await kit.run(OFFICER, EXTEND, { input: { id: extended.id, days: 10, reason: "案情复杂" } });
    const late = await kit.run(OFFICER, VOID, { input: { ...input, id: extended.id } });
    expect(late.errors[0]!.extensions).toMatchObject({ code: "INVALID_STATE", reason: "LATER_STEPS" });
    expect(late.errors[0]!.extensions!.messageZh).toContain("受理之后已有其他办理记录");
  });

  it("accepts a late application only with its proper reason", async () => {
    const late = await receive(90);
    const refused = await kit.run(OFFICER, ACCEPT, { input: { id: late.id, procedure: "ORDINARY" } });
    expect(refused.errors[0]!.extensions).toMatchObject({
      code: "INVALID_STATE",
      reason: "APPLICATION_LATE",
      status: "RECEIVED",
    });
    const accepted = await kit.run(OFFICER, ACCEPT, {
      input: { id: late.id, procedure: "SIMPLIFIED", lateReason: "申请人因病住院，出院后即申请" },
    });
    expect(accepted.data!.acceptAdministrativeReviewCase.status).toBe("ACCEPTED");
  });

  it("refuses a stale expectedVersion with CONFLICT and leaves the case as it was", async () => {
    const received = await receive();
    const stale = await kit.run(OFFICER, ACCEPT, {
      input: { id: received.id, expectedVersion: received.version - 1, procedure: "ORDINARY" },
    });
    expect(stale.codes).toEqual(["CONFLICT"]);
    const row = await kit.store().administrativeReviewCase.findUniqueOrThrow({ where: { id: recordKey(received.id) } });
    expect([row.status, row.version]).toEqual(["RECEIVED", received.version]);
  });

  it("shows other departments' staff a summary without the request, and the commander everything", async () => {
    const { id } = await receive();
    expect((await kit.run(MEDIATOR, READ, { id })).data!.administrativeReviewCase).toMatchObject({ request: null });
    expect((await kit.run(COMMANDER, READ, { id })).data!.administrativeReviewCase.request).toContain("撤销");
  });

  it("reports each step to the registry and the audit log in its transaction, and the database enforces statuses", async () => {
    const { id } = await receive();
    const events = await kit.store().outboxEvent.findMany({ where: { recordId: recordKey(id) } });
    expect(events.map((e) => [e.type, e.summary])).toEqual([
      ["ADMINISTRATIVE_REVIEW_RECEIVED", "行政复议机构收到行政复议申请"],
    ]);
    expect(
      (await kit.store().auditEntry.findMany({ where: { entityId: recordKey(id) } })).map((a) => a.action),
    ).toEqual(["receiveAdministrativeReviewCase"]);
    await expect(
      kit
        .store()
        .$executeRawUnsafe(
          `UPDATE "AdministrativeReviewCase" SET "status" = 'NO_SUCH_STATUS' WHERE "id" = '${id}'::uuid`,
        ),
    ).rejects.toThrow();
    await expect(kit.store().$executeRawUnsafe(`DELETE FROM "AuditEntry"`)).rejects.toThrow(/append-only/);
  });
});
