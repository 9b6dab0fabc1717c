import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { isStaffOf } from "@onedoor/shared/auth/policy";
import type { Policy } from "@onedoor/shared/auth/access";
import { isLocalDate, toLocalDate } from "@onedoor/shared/clock/index";
import { currentTime } from "@onedoor/shared/clock/now";
import { refused } from "@onedoor/shared/db/write-path";
import { requireSentHere, sentToAnotherBody, sentToBody } from "@onedoor/shared/events/registry-notices";
import { reportedEventId, voidExplanation } from "@onedoor/shared/events/step-void";
import { ATTENDANCE_PLACE_MAX } from "@onedoor/shared/events/attendance";
import { parseDisputeCode } from "@onedoor/shared/dispute-code/index";
import { badUserInput, forbidden, InputProblems } from "@onedoor/shared/graphql/errors";
import { isUuid } from "@onedoor/shared/graphql/input-bounds";
import { validateCreditCode, validatePhone, validateResidentId } from "@onedoor/shared/validators/index";
import { applyEvent, MAX_POSTPONEMENTS, type CaseEvent } from "../domain/case-machine.js";
import { MAX_CLAIM_FEN } from "../domain/claims.js";
import { onlineFilingRefusal } from "../domain/access.js";
import { isCollective, representativesProblem } from "../domain/collective.js";
import { applicationReceived } from "../domain/case-events.js";
import { commissionRefusal } from "../domain/commission.js";
import { tribunalRosterProblem } from "../domain/arbitrators.js";
import { decideAward } from "../domain/final-award.js";
import { checkLimitation } from "../domain/limitation.js";
import { monthlyMinimumWage } from "../domain/minimum-wage.js";
import { fileCase, stepCase, type CaseStepChange } from "../db/write.js";
import { receivingCommission } from "../db/directory.js";
import { respondentPartyIdOf, withPartyId } from "../db/parties.js";
import { factsOf, postponementsOf } from "../db/rows.js";
import { ArbitrationCase } from "../entities/arbitration-case.js";
import { fenOf, storedFen, yuanOf } from "../domain/money.js";
import {
  AcceptArbitrationCaseInput,
  CaseStepInput,
  CloseByMediationInput,
  ComposeTribunalInput,
  ExtendAwardPeriodInput,
  FileArbitrationApplicationInput,
  IssueAwardInput,
  PostponeHearingInput,
  RecordArbitrationAnswerInput,
  RecordArbitrationAwardServiceInput,
  RecordArbitrationHearingHeldInput,
  RecordArbitrationServiceInput,
  RejectInput,
  ScheduleHearingInput,
  VoidArbitrationAcceptanceInput,
} from "../entities/inputs.js";
import type { ArbitrationContext } from "./context.js";
import { assertMayFileAt, loadCase, visibleCase } from "./access.js";

/** Cap on applicants, claims and evidence items in one application (a large collective dispute fits). */
const MAX_LIST_ITEMS = 500;

/** Clocks of staff PCs drift; a step "now" may arrive a little ahead of the server. */
const CLOCK_SKEW_MS = 60_000;

function notInFuture(problems: InputProblems, field: (string | number)[], value: Date, now: Date): void {
  if (Number.isNaN(value.getTime()) || value.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    problems.add(field, "FUTURE", "时间不能晚于当前时间", "The time cannot be in the future");
  }
}

/** When a step was taken: as entered after the fact (never in the future), or now. */
function stepTime(problems: InputProblems, input: CaseStepInput): Date {
  const now = currentTime();
  const at = input.occurredAt ?? now;
  notInFuture(problems, ["input", "occurredAt"], at, now);
  return at;
}

/** What a step writes besides the machine's own columns. */
type StepRecord = Pick<CaseStepChange, "columns" | "details" | "reported" | "vet">;

@Resolver()
export class ArbitrationMutations {
  @Authorized<Policy>("departmentStaff", "resident")
  @Mutation(() => ArbitrationCase, {
    description:
      "仲裁申请 (online by a worker who is one of the applicants, or at the commission's window): file an application (e.g. after a failed mediation, in one step). Allocates the 案号 and records limitation warnings.",
  })
  async fileArbitrationApplication(
    @Arg("input", () => FileArbitrationApplicationInput) input: FileArbitrationApplicationInput,
    @Ctx() ctx: ArbitrationContext,
  ): Promise<ArbitrationCase> {
    const now = currentTime();
    const problems = new InputProblems();
    const code = problems.check(["input", "disputeCode"], parseDisputeCode(input.disputeCode));
    const region = input.commissionRegion ?? (code ? code.slice(0, 6) : "");
    const commissionId = input.commissionId ?? null;
    const commission =
      commissionId !== null && !isUuid(commissionId)
        ? null
        : await receivingCommission(ctx.store, commissionId, region);
    if (code && !commission) {
      if (commissionId !== null)
        problems.add(["input", "commissionId"], "UNKNOWN", "仲裁委员会不存在", "No such arbitration commission");
      else
        problems.add(
          ["input", "commissionRegion"],
          "UNKNOWN",
          `区划 ${region} 没有劳动人事争议仲裁委员会入驻`,
          `No arbitration commission for region ${region}`,
        );
    }
    const receivedAt = input.receivedAt ?? now;
    notInFuture(problems, ["input", "receivedAt"], receivedAt, now);
    const receivedDay = Number.isNaN(receivedAt.getTime()) ? toLocalDate(now) : toLocalDate(receivedAt);
    if (input.failedMediationId && !isUuid(input.failedMediationId)) {
      problems.add(["input", "failedMediationId"], "FORMAT", "调解案件编号格式不正确", "Not a mediation case id");
    }

    if (input.applicants.length === 0)
      problems.add(["input", "applicants"], "EMPTY", "至少需要一名申请人", "At least one applicant is required");
    for (const [list, items] of [
      ["applicants", input.applicants],
      ["claims", input.claims],
      ["evidence", input.evidence ?? []],
    ] as const) {
      if (items.length > MAX_LIST_ITEMS)
        problems.add(
          ["input", list],
          "TOO_MANY",
          `一次申请最多${MAX_LIST_ITEMS}项`,
          `At most ${MAX_LIST_ITEMS} items per application`,
        );
    }
    const seenIds = new Set<string>();
    const applicants = input.applicants.map((a, i) => {
      const field = ["input", "applicants", i];
      const residentId = problems.check([...field, "residentId"], validateResidentId(a.residentId, { now })) ?? "";
      if (residentId && seenIds.has(residentId))
        problems.add([...field, "residentId"], "DUPLICATE", "申请人身份证号码重复", "Applicant listed twice");
      seenIds.add(residentId);
      return {
        position: i,
        name: problems.text([...field, "name"], a.name, { zh: "姓名", en: "Name" }, 50),
        residentId,
        phone: a.phone ? (problems.check([...field, "phone"], validatePhone(a.phone)) ?? null) : null,
        representative: a.representative ?? false,
      };
    });
    const respondentName = problems.text(
      ["input", "respondent", "name"],
      input.respondent.name,
      { zh: "用人单位名称", en: "Employer name" },
      100,
    );
    const creditCode =
      problems.check(["input", "respondent", "creditCode"], validateCreditCode(input.respondent.creditCode)) ?? "";

    if (input.claims.length === 0)
      problems.add(["input", "claims"], "EMPTY", "至少需要一项仲裁请求", "At least one claim is required");
    const claims = input.claims.map((c, i) => {
      const field = ["input", "claims", i];
      if (
        c.applicantPosition !== null &&
        c.applicantPosition !== undefined &&
        (c.applicantPosition < 0 || c.applicantPosition >= input.applicants.length)
      ) {
        problems.add([...field, "applicantPosition"], "RANGE", "请求所属申请人不存在", "No applicant at that position");
      }
      const amountFen = c.amount === null || c.amount === undefined ? null : fenOf(c.amount);
      if (amountFen !== null && (amountFen <= 0n || amountFen > MAX_CLAIM_FEN)) {
        problems.add(
          [...field, "amount"],
          "RANGE",
          `请求金额须大于0且不超过${yuanOf(MAX_CLAIM_FEN)}元`,
          `Amount must be above 0 and at most ${yuanOf(MAX_CLAIM_FEN)} yuan`,
        );
      }
      for (const [name, day, required] of [
        ["knewOfInfringementOn", c.knewOfInfringementOn, true],
        ["employmentEndedOn", c.employmentEndedOn, false],
      ] as const) {
        if ((day === null || day === undefined) && !required) continue;
        if (!day || !isLocalDate(day) || day > receivedDay) {
          problems.add(
            [...field, name],
            "DATE",
            "日期格式应为YYYY-MM-DD且不晚于申请日",
            "Use YYYY-MM-DD, not after the application date",
          );
        }
      }
      return {
        position: i,
        kind: c.kind,
        description: problems.text([...field, "description"], c.description, { zh: "请求内容", en: "Claim" }, 500, {
          multiline: true,
        }),
        applicantPosition: c.applicantPosition ?? null,
        amount: amountFen === null ? null : yuanOf(amountFen),
        amountFen,
        knewOfInfringementOn: c.knewOfInfringementOn,
        employmentEndedOn: c.employmentEndedOn ?? null,
      };
    });
    const evidence = (input.evidence ?? []).map((e, i) => {
      const field = ["input", "evidence", i];
      return {
        title: problems.text([...field, "title"], e.title, { zh: "证据名称", en: "Evidence title" }, 100),
        description:
          problems.optionalText([...field, "description"], e.description, { zh: "证明内容", en: "Description" }, 500, {
            multiline: true,
          }) ?? null,
        submittedBy: problems.text([...field, "submittedBy"], e.submittedBy, { zh: "提交人", en: "Submitted by" }, 50),
      };
    });
    const collective = isCollective(applicants.length, claims);
    const representatives = representativesProblem(collective, applicants.filter((a) => a.representative).length);
    if (representatives)
      problems.add(["input", "applicants"], "REPRESENTATIVES", representatives.messageZh, representatives.messageEn);
    // Filed online by a worker rather than at the commission's window.
    const online = !isStaffOf(ctx.identity, "arbitration");
    if (online && input.receivedAt) {
      problems.add(
        ["input", "receivedAt"],
        "STAFF_ONLY",
        "网上申请的收到时间由系统记录",
        "An online application is received when it is submitted",
      );
    }
    problems.throwIfAny();
    const applicantRows = applicants.map(withPartyId);
    if (online) {
      const refusal = onlineFilingRefusal(ctx.identity.partyId, applicantRows);
      if (refusal) throw forbidden(refusal.messageEn, refusal.messageZh);
    } else {
      assertMayFileAt(ctx, code!, commission!.regionCode);
    }
    const closed = commissionRefusal(commission!);
    if (closed) throw refused(closed, commission!.status);
    // A new case, at the window or online (after a failed mediation too): only on a dispute the registry
    // dispatched or handed over to this commission and has not closed.
    const sent = await requireSentHere(ctx, code!);
    if (!sentToBody(sent, commission!)) throw sentToAnotherBody(sent, code!);

    // Limitation is checked now and kept with each claim: a warning for the tribunal, never a rejection.
    const claimRows = claims.map(({ amountFen: _fen, ...c }) => {
      const limitation = checkLimitation(c, receivedAt);
      return {
        ...c,
        limitationDeadline: limitation.running ? limitation.deadlineDate : null,
        limitationExpired: limitation.running && limitation.expired,
      };
    });
    const claimedFen = claims.reduce((sum, c) => sum + (c.amountFen ?? 0n), 0n);
    const row = await fileCase(ctx, {
      commission: commission!,
      receivedAt,
      data: {
        disputeCode: code!,
        status: "RECEIVED",
        collective,
        failedMediationId: input.failedMediationId ?? null,
        respondentName,
        respondentCreditCode: creditCode,
        respondentPartyId: respondentPartyIdOf(creditCode),
        respondentLegalRep: input.respondent.legalRepresentative?.trim() || null,
        respondentAddress: input.respondent.address?.trim() || null,
        evidence,
        applicants: { create: applicantRows },
        claims: { create: claimRows },
      },
      details: { collective, limitationWarnings: claimRows.filter((c) => c.limitationExpired).length },
      report: (filed) => [
        applicationReceived({
          commissionName: commission!.name,
          caseNumber: filed.caseNumber,
          collective,
          applicantCount: applicants.length,
          claimedFen,
        }),
      ],
      audit: { action: "fileArbitrationApplication", input },
    });
    ctx.log.info({ caseId: row.id, caseNumber: row.caseNumber, collective }, "arbitration application filed");
    return visibleCase(ctx, row);
  }

  /** One step of the state machine on the input's case, through the write path; `problems` are the mutation's own. */
  private async step(
    ctx: ArbitrationContext,
    action: string,
    input: CaseStepInput,
    event: (at: Date) => CaseEvent,
    record: StepRecord = {},
    problems = new InputProblems(),
  ): Promise<ArbitrationCase> {
    const at = stepTime(problems, input);
    problems.throwIfAny();
    const row = await stepCase(ctx, {
      ...record,
      caseId: input.caseId,
      expectedVersion: input.expectedVersion,
      event: event(at),
      audit: { action, input },
    });
    return visibleCase(ctx, row);
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => ArbitrationCase, { description: "受理: accept the application (within 5 days of receipt)." })
  acceptArbitrationCase(
    @Arg("input", () => AcceptArbitrationCaseInput) input: AcceptArbitrationCaseInput,
    @Ctx() ctx: ArbitrationContext,
  ): Promise<ArbitrationCase> {
    return this.step(ctx, "acceptArbitrationCase", input, (at) => ({ type: "ACCEPT", at }));
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => ArbitrationCase, {
    description:
      "撤销受理 (更正): the commission voids its acceptance recorded in error, while nothing else was recorded on the case (not served, answered or extended; no tribunal). The case ends VOIDED, its clocks stop and it leaves the queues and the cockpit; the resident's timeline marks the acceptance voided and shows the correction; the dispute stays with the commission.",
  })
  async voidArbitrationAcceptance(
    @Arg("input", () => VoidArbitrationAcceptanceInput) input: VoidArbitrationAcceptanceInput,
    @Ctx() ctx: ArbitrationContext,
  ): Promise<ArbitrationCase> {
    const problems = new InputProblems();
    const explanation = voidExplanation(problems, ["input", "explanation"], input.explanation);
    problems.throwIfAny();
    const current = await loadCase(ctx, input.caseId);
    // Reported once, when the case was accepted: the void names it.
    const acceptanceEventId = await reportedEventId(ctx.store, current.id, "ARBITRATION_ACCEPTED");
    const row = await stepCase(ctx, {
      caseId: current.id,
      expectedVersion: input.expectedVersion,
      event: { type: "VOID_ACCEPTANCE", at: currentTime(), acceptanceEventId, reason: input.reason },
      columns: () => ({ voidReason: input.reason, voidExplanation: explanation }),
      details: { reason: input.reason },
      audit: { action: "voidArbitrationAcceptance", input },
    });
    return visibleCase(ctx, row);
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => ArbitrationCase, { description: "不予受理 with a reason; the applicant may then sue." })
  rejectArbitrationCase(
    @Arg("input", () => RejectInput) input: RejectInput,
    @Ctx() ctx: ArbitrationContext,
  ): Promise<ArbitrationCase> {
    const reason = input.reason.trim();
    return this.step(ctx, "rejectArbitrationCase", input, (at) => ({ type: "REJECT", at, reason }), {
      columns: () => ({ rejectionReason: reason }),
      details: { reason },
    });
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => ArbitrationCase, {
    description: "申请书副本送达被申请人 (within 5 days of acceptance); starts the 10-day answer clock.",
  })
  recordArbitrationService(
    @Arg("input", () => RecordArbitrationServiceInput) input: RecordArbitrationServiceInput,
    @Ctx() ctx: ArbitrationContext,
  ): Promise<ArbitrationCase> {
    return this.step(ctx, "recordArbitrationService", input, (at) => ({ type: "SERVE", at }));
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => ArbitrationCase, {
    description:
      "裁决书送达: the parties received an award not handed over on issue; starts the windows to sue or revoke.",
  })
  recordArbitrationAwardService(
    @Arg("input", () => RecordArbitrationAwardServiceInput) input: RecordArbitrationAwardServiceInput,
    @Ctx() ctx: ArbitrationContext,
  ): Promise<ArbitrationCase> {
    return this.step(ctx, "recordArbitrationAwardService", input, (at) => ({ type: "SERVE_AWARD", at }));
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => ArbitrationCase, { description: "答辩书: the respondent's answer was received." })
  recordArbitrationAnswer(
    @Arg("input", () => RecordArbitrationAnswerInput) input: RecordArbitrationAnswerInput,
    @Ctx() ctx: ArbitrationContext,
  ): Promise<ArbitrationCase> {
    return this.step(ctx, "recordArbitrationAnswer", input, (at) => ({ type: "ANSWER", at }));
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => ArbitrationCase, {
    description:
      "组庭 and notify the parties (within 5 days of acceptance): active arbitrators of the commission's roster only.",
  })
  composeArbitrationTribunal(
    @Arg("input", () => ComposeTribunalInput) input: ComposeTribunalInput,
    @Ctx() ctx: ArbitrationContext,
  ): Promise<ArbitrationCase> {
    const arbitrators = input.arbitrators.map((n) => n.trim());
    const presiding = input.presidingArbitrator.trim();
    return this.step(
      ctx,
      "composeArbitrationTribunal",
      input,
      (at) => ({ type: "COMPOSE_TRIBUNAL", at, kind: input.kind, arbitrators, presiding }),
      {
        columns: () => ({ tribunalKind: input.kind, arbitrators, presidingArbitrator: presiding }),
        details: { kind: input.kind, arbitrators, presiding },
        // Only active arbitrators of the case's commission's roster are appointed.
        vet: async (row) =>
          tribunalRosterProblem(
            arbitrators,
            await ctx.store.arbitrator.findMany({
              where: { commissionId: row.commissionId, name: { in: arbitrators } },
            }),
            (await ctx.loaders.commissionById.load(row.commissionId))!.name,
          ),
      },
    );
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => ArbitrationCase, {
    description: "排期开庭: the parties must be notified at least 5 days before the hearing.",
  })
  scheduleArbitrationHearing(
    @Arg("input", () => ScheduleHearingInput) input: ScheduleHearingInput,
    @Ctx() ctx: ArbitrationContext,
  ): Promise<ArbitrationCase> {
    return this.step(
      ctx,
      "scheduleArbitrationHearing",
      input,
      (at) => ({ type: "SCHEDULE_HEARING", at, hearingAt: input.hearingAt }),
      {
        // A further hearing starts without the last one's appearances (the 办案记录 keeps them).
        columns: () => ({
          hearingPlace: input.place?.trim() || null,
          applicantAppearance: null,
          respondentAppearance: null,
        }),
        details: { hearingAt: input.hearingAt.toISOString() },
      },
    );
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => ArbitrationCase, {
    description:
      "开庭审理: the scheduled hearing was held (on or after its day), where, and how each side appeared (到庭、线上、缺席). A side in person is a visit to the center (到场) that the registry counts toward the dispute's runs. The case then goes on to a mediation statement, an award or a further hearing.",
  })
  async recordArbitrationHearingHeld(
    @Arg("input", () => RecordArbitrationHearingHeldInput) input: RecordArbitrationHearingHeldInput,
    @Ctx() ctx: ArbitrationContext,
  ): Promise<ArbitrationCase> {
    const problems = new InputProblems();
    const place = problems.text(["input", "place"], input.place, { zh: "开庭地点", en: "Place" }, ATTENDANCE_PLACE_MAX);
    notInFuture(problems, ["input", "heldAt"], input.heldAt, currentTime());
    problems.throwIfAny();
    const { applicantAppearance, respondentAppearance } = input;
    const row = await stepCase(ctx, {
      caseId: input.caseId,
      expectedVersion: input.expectedVersion,
      event: { type: "HOLD_HEARING", at: input.heldAt, applicantAppearance, respondentAppearance },
      columns: () => ({ hearingPlace: place, applicantAppearance, respondentAppearance }),
      details: { place, applicantAppearance, respondentAppearance },
      reported: { hearingPlace: place },
      audit: { action: "recordArbitrationHearingHeld", input },
    });
    return visibleCase(ctx, row);
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => ArbitrationCase, {
    description:
      "延期开庭 on a party's request made at least 3 days before the hearing; new date with 5 days' notice; " +
      `at most ${MAX_POSTPONEMENTS} times per case.`,
  })
  postponeArbitrationHearing(
    @Arg("input", () => PostponeHearingInput) input: PostponeHearingInput,
    @Ctx() ctx: ArbitrationContext,
  ): Promise<ArbitrationCase> {
    const requestedBy = input.requestedBy.trim();
    const reason = input.reason.trim();
    return this.step(
      ctx,
      "postponeArbitrationHearing",
      input,
      (at) => ({ type: "POSTPONE_HEARING", at, newHearingAt: input.newHearingAt, requestedBy, reason }),
      {
        // The machine refuses a case without a hearing before the columns are asked for.
        columns: (row, at) => ({
          postponements: [
            ...postponementsOf(row),
            {
              requestedBy,
              reason,
              at: at.toISOString(),
              previousHearingAt: row.hearingAt!.toISOString(),
              newHearingAt: input.newHearingAt.toISOString(),
            },
          ],
        }),
        details: { requestedBy, reason },
      },
    );
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => ArbitrationCase, {
    description: "延长审理期限: at most 15 days in all, approved by the commission's chair.",
  })
  extendArbitrationAwardPeriod(
    @Arg("input", () => ExtendAwardPeriodInput) input: ExtendAwardPeriodInput,
    @Ctx() ctx: ArbitrationContext,
  ): Promise<ArbitrationCase> {
    return this.step(
      ctx,
      "extendArbitrationAwardPeriod",
      input,
      (at) => ({ type: "EXTEND_AWARD", at, days: input.days, approvedBy: input.approvedBy, reason: input.reason }),
      { details: { days: input.days, approvedBy: input.approvedBy.trim() } },
    );
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => ArbitrationCase, { description: "仲裁调解: a signed 调解书 closes the case." })
  closeArbitrationByMediationStatement(
    @Arg("input", () => CloseByMediationInput) input: CloseByMediationInput,
    @Ctx() ctx: ArbitrationContext,
  ): Promise<ArbitrationCase> {
    const problems = new InputProblems();
    const documentNumber = problems.text(
      ["input", "documentNumber"],
      input.documentNumber,
      { zh: "调解书编号", en: "Statement number" },
      60,
    );
    const summary = problems.text(["input", "summary"], input.summary, { zh: "调解内容", en: "Summary" }, 2000, {
      multiline: true,
    });
    return this.step(
      ctx,
      "closeArbitrationByMediationStatement",
      input,
      (at) => ({ type: "CLOSE_BY_MEDIATION", at }),
      {
        columns: () => ({ closingDocumentNumber: documentNumber, closingSummary: summary }),
        details: { documentNumber },
        reported: { documentNumber },
      },
      problems,
    );
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => ArbitrationCase, {
    description:
      "裁决书: decide every claim; the system records which claims are final (一裁终局) and why, and opens the follow-on windows.",
  })
  async issueArbitrationAward(
    @Arg("input", () => IssueAwardInput) input: IssueAwardInput,
    @Ctx() ctx: ArbitrationContext,
  ): Promise<ArbitrationCase> {
    const problems = new InputProblems();
    const documentNumber = problems.text(
      ["input", "documentNumber"],
      input.documentNumber,
      { zh: "裁决书编号", en: "Award number" },
      60,
    );
    const summary =
      problems.optionalText(["input", "summary"], input.summary, { zh: "裁决内容", en: "Summary" }, 2000, {
        multiline: true,
      }) ?? null;
    const at = stepTime(problems, input);
    problems.throwIfAny();
    const row = await loadCase(ctx, input.caseId);
    const servedOnIssue = input.servedOnIssue ?? true;
    // A closed or unheard case is refused as such before its decisions are examined.
    const allowed = applyEvent(factsOf(row), { type: "ISSUE_AWARD", at, final: false, servedOnIssue });
    if (!allowed.ok && !allowed.inputRule) throw refused(allowed, row.status);
    const minimumWage = monthlyMinimumWage(row.commissionRegion, toLocalDate(at));
    const claims = (await ctx.loaders.claimsByCase.load(row.id)).map((claim) => ({
      id: claim.id,
      kind: claim.kind,
      amountFen: storedFen(claim.amount),
    }));
    const decisions = input.decisions.map((d) => ({
      claimId: d.claimId,
      decision: d.decision,
      awardedAmountFen: d.awardedAmount === null || d.awardedAmount === undefined ? null : fenOf(d.awardedAmount),
    }));
    const award = decideAward(claims, decisions, minimumWage);
    if (!award.ok) throw badUserInput(award.problems.map((p) => ({ ...p, field: ["input", ...p.field] })));
    const issued = await stepCase(ctx, {
      caseId: input.caseId,
      expectedVersion: input.expectedVersion,
      event: { type: "ISSUE_AWARD", at, final: award.final, servedOnIssue },
      columns: () => ({ closingDocumentNumber: documentNumber, closingSummary: summary }),
      details: { documentNumber, final: award.final, minimumWageFen: minimumWage?.monthlyFen ?? null },
      claimDecisions: award.claims.map(({ finality, awardedAmountFen, ...decided }) => ({
        ...decided,
        awardedAmount: awardedAmountFen === null ? null : yuanOf(awardedAmountFen),
        final: finality.final,
        finalityReason: finality.reason,
        finalityExplanation: finality.explanationZh,
      })),
      reported: { documentNumber, awardedFen: award.awardedFen },
      audit: { action: "issueArbitrationAward", input },
    });
    return visibleCase(ctx, issued);
  }
}
