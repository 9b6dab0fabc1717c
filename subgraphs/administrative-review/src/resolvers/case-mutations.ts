// Every change of a review, each a step of the state machine through the shared write path (db/write.ts).
import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { actorId } from "@onedoor/shared/auth/identity";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import { currentTime } from "@onedoor/shared/clock/now";
import { requireSentHere, sentToAnotherBody, sentToBody } from "@onedoor/shared/events/registry-notices";
import { countyOfDisputeCode } from "@onedoor/shared/auth/jurisdiction";
import { refused } from "@onedoor/shared/db/write-path";
import { reportedEventId, voidExplanation } from "@onedoor/shared/events/step-void";
import { parseDisputeCode } from "@onedoor/shared/dispute-code/index";
import { InputProblems } from "@onedoor/shared/graphql/errors";
import { checkInt } from "@onedoor/shared/graphql/input-bounds";
import { validateResidentId } from "@onedoor/shared/validators/index";
import type { AdministrativeReviewCase as CaseRow } from "../generated/prisma/client.js";
import { AdministrativeReviewCase } from "../entities/case.js";
import {
  AcceptAdministrativeReviewCaseInput,
  DecideAdministrativeReviewCaseInput,
  ExtendAdministrativeReviewCaseInput,
  ReceiveAdministrativeReviewCaseInput,
  RejectAdministrativeReviewCaseInput,
  TerminateAdministrativeReviewCaseInput,
  VoidAdministrativeReviewAcceptanceInput,
} from "../entities/inputs.js";
import { changeCase, createCase, insertCase } from "../db/write.js";
import { officesOfCounty } from "../db/directory.js";
import { officeRefusal, receivingOffice } from "../domain/review-office.js";
import { checkAcceptanceVoid, nextStatus } from "../domain/case-machine.js";
import { applicationLate } from "../domain/clocks.js";
import * as events from "../domain/case-events.js";
import type { AdministrativeReviewContext as Context } from "./context.js";
import { assertMayReceiveOn } from "./access.js";

const LABEL = {
  request: { zh: "复议请求", en: "Request" },
  respondentAgency: { zh: "被申请人", en: "Respondent agency" },
  contestedAct: { zh: "被申请复议的行政行为", en: "Contested act" },
  lateReason: { zh: "逾期申请的正当理由", en: "Reason for the late application" },
  reason: { zh: "理由", en: "Reason" },
  summary: { zh: "复议决定要点", en: "Decision summary" },
  days: { zh: "延长天数", en: "Days" },
};

@Resolver(() => AdministrativeReviewCase)
export class AdministrativeReviewCaseMutations {
  @Authorized<Policy>("departmentStaff")
  @Mutation(() => AdministrativeReviewCase, {
    description: "收到行政复议申请: opens a review on a registered dispute.",
  })
  async receiveAdministrativeReviewCase(
    @Arg("input", () => ReceiveAdministrativeReviewCaseInput) input: ReceiveAdministrativeReviewCaseInput,
    @Ctx() ctx: Context,
  ): Promise<CaseRow> {
    const problems = new InputProblems();
    const disputeCode = problems.check(["input", "disputeCode"], parseDisputeCode(input.disputeCode));
    const request = problems.text(["input", "request"], input.request, LABEL.request, 2_000, { multiline: true });
    const respondentAgency = problems.text(
      ["input", "respondentAgency"],
      input.respondentAgency,
      LABEL.respondentAgency,
      100,
    );
    const contestedAct = problems.text(["input", "contestedAct"], input.contestedAct, LABEL.contestedAct, 500);
    const { actKnownOn } = input;
    const residentId =
      input.applicantResidentId == null
        ? undefined
        : problems.check(["input", "applicantResidentId"], validateResidentId(input.applicantResidentId));
    const receivedAt = currentTime();
    if (new Date(`${actKnownOn}T00:00:00+08:00`) > receivedAt)
      problems.add(
        ["input", "actKnownOn"],
        "FUTURE",
        "知道该行政行为的日期不能晚于今天",
        "The date cannot be in the future",
      );
    problems.throwIfAny();
    const offices = await officesOfCounty(ctx.store, countyOfDisputeCode(disputeCode!));
    assertMayReceiveOn(
      ctx,
      disputeCode!,
      offices.map((o) => o.name),
    );
    // Only a dispute the registry sent here (dispatched or handed over) and has not closed, at the office it was
    // sent to, which must be taking new matters. A county whose office is not in the directory still receives an
    // application sent to no office by id, as before offices were records.
    const sent = await requireSentHere(ctx, disputeCode!);
    const office = receivingOffice(offices, sent.bodyId);
    const closed = office && officeRefusal(office);
    if (closed) throw refused(closed, office.status);
    if (office ? !sentToBody(sent, office) : sent.bodyId !== null) throw sentToAnotherBody(sent, disputeCode!);
    return createCase(ctx, {
      create: (tx) =>
        insertCase(tx, {
          disputeCode: disputeCode!,
          officeId: office?.id ?? null,
          request,
          respondentAgency,
          contestedAct,
          actKnownOn: new Date(`${actKnownOn}T00:00:00Z`),
          applicantPartyId: residentId ? partyIdOf({ residentId }) : null,
          receivedAt,
          receivedBy: actorId(ctx.identity),
        }),
      events: () => [events.received(receivedAt)],
      audit: { action: "receiveAdministrativeReviewCase", input },
    });
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => AdministrativeReviewCase, {
    description: "受理, under the ordinary or the simplified procedure; a late application needs its proper reason.",
  })
  acceptAdministrativeReviewCase(
    @Arg("input", () => AcceptAdministrativeReviewCaseInput) input: AcceptAdministrativeReviewCaseInput,
    @Ctx() ctx: Context,
  ): Promise<CaseRow> {
    const problems = new InputProblems();
    const lateReason = problems.optionalText(["input", "lateReason"], input.lateReason, LABEL.lateReason, 500);
    problems.throwIfAny();
    const at = currentTime();
    return changeCase(ctx, {
      id: input.id,
      expectedVersion: input.expectedVersion,
      decide: (row) =>
        nextStatus(row, {
          kind: "accept",
          late: applicationLate(row.actKnownOn, row.receivedAt),
          lateReason: lateReason ?? null,
        }),
      columns: () => ({ acceptedAt: at, procedure: input.procedure, lateReason: lateReason ?? null }),
      events: () => [events.accepted(at, input.procedure)],
      audit: { action: "acceptAdministrativeReviewCase", input },
    });
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => AdministrativeReviewCase, { description: "不予受理, with the reason told to the applicant." })
  rejectAdministrativeReviewCase(
    @Arg("input", () => RejectAdministrativeReviewCaseInput) input: RejectAdministrativeReviewCaseInput,
    @Ctx() ctx: Context,
  ): Promise<CaseRow> {
    const problems = new InputProblems();
    const reason = problems.text(["input", "reason"], input.reason, LABEL.reason, 2_000, { multiline: true });
    problems.throwIfAny();
    const at = currentTime();
    return changeCase(ctx, {
      id: input.id,
      expectedVersion: input.expectedVersion,
      decide: (row) => nextStatus(row, { kind: "reject" }),
      columns: () => ({ closedAt: at, result: reason }),
      events: () => [events.rejected(at)],
      audit: { action: "rejectAdministrativeReviewCase", input },
    });
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => AdministrativeReviewCase, {
    description: "延长复议期限: a complex case under the ordinary procedure, approved, 30 days at most in all.",
  })
  extendAdministrativeReviewCase(
    @Arg("input", () => ExtendAdministrativeReviewCaseInput) input: ExtendAdministrativeReviewCaseInput,
    @Ctx() ctx: Context,
  ): Promise<CaseRow> {
    const problems = new InputProblems();
    const days = problems.check(["input", "days"], checkInt(input.days, LABEL.days, { min: 1, max: 30 }));
    const reason = problems.text(["input", "reason"], input.reason, LABEL.reason, 500);
    problems.throwIfAny();
    const at = currentTime();
    return changeCase(ctx, {
      id: input.id,
      expectedVersion: input.expectedVersion,
      decide: (row) => nextStatus(row, { kind: "extend", days: days! }),
      columns: (row) => ({
        extensionDays: row.extensionDays + days!,
        extensionReason: reason,
        extensionApprovedBy: actorId(ctx.identity),
        extendedAt: at,
      }),
      events: () => [events.extended(at, days!)],
      audit: { action: "extendAdministrativeReviewCase", input },
    });
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => AdministrativeReviewCase, { description: "作出行政复议决定 (or a review mediation statement)." })
  decideAdministrativeReviewCase(
    @Arg("input", () => DecideAdministrativeReviewCaseInput) input: DecideAdministrativeReviewCaseInput,
    @Ctx() ctx: Context,
  ): Promise<CaseRow> {
    const problems = new InputProblems();
    const summary = problems.text(["input", "summary"], input.summary, LABEL.summary, 2_000, { multiline: true });
    problems.throwIfAny();
    const at = currentTime();
    return changeCase(ctx, {
      id: input.id,
      expectedVersion: input.expectedVersion,
      decide: (row) => nextStatus(row, { kind: "decide" }),
      columns: () => ({ closedAt: at, decisionKind: input.decisionKind, result: summary }),
      events: () => [events.decided(at, input.decisionKind)],
      audit: { action: "decideAdministrativeReviewCase", input },
    });
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => AdministrativeReviewCase, {
    description: "终止, e.g. when the applicant withdraws before a decision.",
  })
  terminateAdministrativeReviewCase(
    @Arg("input", () => TerminateAdministrativeReviewCaseInput) input: TerminateAdministrativeReviewCaseInput,
    @Ctx() ctx: Context,
  ): Promise<CaseRow> {
    const problems = new InputProblems();
    const reason = problems.text(["input", "reason"], input.reason, LABEL.reason, 500);
    problems.throwIfAny();
    const at = currentTime();
    return changeCase(ctx, {
      id: input.id,
      expectedVersion: input.expectedVersion,
      decide: (row) => nextStatus(row, { kind: "terminate" }),
      columns: () => ({ closedAt: at, result: reason }),
      events: () => [events.terminated(at)],
      audit: { action: "terminateAdministrativeReviewCase", input },
    });
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => AdministrativeReviewCase, {
    description:
      "撤销受理 (更正): the review office voids its acceptance recorded in error, while nothing else was recorded on the case (no extension). The case ends VOIDED and its decision clock stops; the resident's timeline marks the acceptance voided and shows the correction; the dispute stays with the office.",
  })
  voidAdministrativeReviewAcceptance(
    @Arg("input", () => VoidAdministrativeReviewAcceptanceInput) input: VoidAdministrativeReviewAcceptanceInput,
    @Ctx() ctx: Context,
  ): Promise<CaseRow> {
    const problems = new InputProblems();
    const explanation = voidExplanation(problems, ["input", "explanation"], input.explanation);
    problems.throwIfAny();
    const at = currentTime();
    let acceptance: string | null = null;
    return changeCase(ctx, {
      id: input.id,
      expectedVersion: input.expectedVersion,
      decide: async (row) => {
        const [eventId, later] = await Promise.all([
          reportedEventId(ctx.store, row.id, "ADMINISTRATIVE_REVIEW_ACCEPTED"),
          ctx.store.outboxEvent.count({
            where: {
              recordId: row.id,
              type: { notIn: ["ADMINISTRATIVE_REVIEW_RECEIVED", "ADMINISTRATIVE_REVIEW_ACCEPTED"] },
            },
          }),
        ]);
        acceptance = eventId;
        return checkAcceptanceVoid(row.status, later, eventId);
      },
      columns: () => ({ closedAt: at, voidReason: input.reason, voidExplanation: explanation }),
      events: ({ after }) => [events.acceptanceVoided(at, acceptance!, after.disputeCode, input.reason)],
      audit: { action: "voidAdministrativeReviewAcceptance", input },
    });
  }
}
