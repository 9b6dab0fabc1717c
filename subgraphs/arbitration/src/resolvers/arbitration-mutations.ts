import { givenFields } from "@onedoor/shared/audit/audit";
import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { isStaffOf } from "@onedoor/shared/auth/policy";
import type { Policy } from "@onedoor/shared/auth/access";
import { isLocalDate, toLocalDate } from "@onedoor/shared/clock/index";
import { parseDisputeCode } from "@onedoor/shared/dispute-code/index";
import { badUserInput, forbidden, InputProblems, invalidState } from "@onedoor/shared/graphql/errors";
import { validateCreditCode, validatePhone, validateResidentId, validateText } from "@onedoor/shared/validators/index";
import { applyEvent, type CaseEvent, type CaseFacts } from "../domain/case-machine.js";
import { MAX_CLAIM_FEN, type ClaimKindKey } from "../domain/claims.js";
import { onlineFilingRefusal } from "../domain/access.js";
import { isCollective, representativesProblem } from "../domain/collective.js";
import { applicationReceived, stepEvents, type StepFacts } from "../domain/case-events.js";
import { commissionFor } from "../domain/commission.js";
import { awardIsFinal, claimFinality } from "../domain/final-award.js";
import { checkLimitation } from "../domain/limitation.js";
import { monthlyMinimumWage } from "../domain/minimum-wage.js";
import { fileCase, updateCaseGuarded } from "../db/cases.js";
import { respondentPartyIdOf, withPartyId } from "../db/parties.js";
import { factsOf, postponementsOf, storedExtensions, type CaseRow } from "../db/rows.js";
import type { Prisma } from "../generated/prisma/client.js";
import { ArbitrationCase } from "../entities/arbitration-case.js";
import { ClaimDecision } from "../entities/enums.js";
import {
  CaseStepInput,
  CloseByMediationInput,
  ComposeTribunalInput,
  ExtendAwardPeriodInput,
  FileArbitrationInput,
  IssueAwardInput,
  PostponeHearingInput,
  RejectInput,
  ScheduleHearingInput,
} from "../entities/inputs.js";
import type { ArbitrationContext } from "./context.js";
import { isUuid, loadCase } from "./load-case.js";
import { visibleCase } from "./case-access.js";
import { currentTime } from "@onedoor/shared/clock/now";

/** Cap on applicants, claims and evidence items in one application (a large collective dispute fits). */
const MAX_LIST_ITEMS = 500;

/** Clocks of staff PCs drift; a step "now" may arrive a little ahead of the server. */
const CLOCK_SKEW_MS = 60_000;

const actorOf = (ctx: ArbitrationContext): string => ctx.identity.userId ?? "anonymous";

/** The input fields a mutation was given, for its audit entry: names only, never the values. */

function notInFuture(problems: InputProblems, field: (string | number)[], value: Date, now: Date): void {
  if (Number.isNaN(value.getTime()) || value.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    problems.add(field, "FUTURE", "时间不能晚于当前时间", "The time cannot be in the future");
  }
}

function text(
  problems: InputProblems,
  field: (string | number)[],
  value: string,
  zh: string,
  en: string,
  max: number,
  multiline = false,
): string {
  return problems.check(field, validateText(value, { field: { zh, en }, min: 1, max, multiline })) ?? "";
}

function toData(patch: Partial<CaseFacts>): Prisma.ArbitrationCaseUpdateManyMutationInput {
  const { awardExtensions, ...rest } = patch;
  return {
    ...rest,
    ...(awardExtensions
      ? { awardExtensions: storedExtensions(awardExtensions) as unknown as Prisma.InputJsonValue }
      : {}),
  };
}

@Resolver()
export class ArbitrationMutations {
  @Authorized<Policy>("departmentStaff", "resident")
  @Mutation(() => ArbitrationCase, {
    description:
      "仲裁申请 (online by a worker who is one of the applicants, or at the commission's window): file an application (e.g. after a failed mediation, in one step). Allocates the 案号 and records limitation warnings.",
  })
  async fileArbitrationApplication(
    @Arg("input", () => FileArbitrationInput) input: FileArbitrationInput,
    @Ctx() ctx: ArbitrationContext,
  ): Promise<ArbitrationCase> {
    const now = currentTime();
    const problems = new InputProblems();
    const code = problems.check(["input", "disputeCode"], parseDisputeCode(input.disputeCode));
    const region = input.commissionRegion ?? (code ? code.slice(0, 6) : "");
    const commission = commissionFor(region);
    if (code && !commission) {
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
        name: text(problems, [...field, "name"], a.name, "姓名", "Name", 50),
        residentId,
        phone: a.phone ? (problems.check([...field, "phone"], validatePhone(a.phone)) ?? null) : null,
        representative: a.representative ?? false,
      };
    });
    const respondentName = text(
      problems,
      ["input", "respondent", "name"],
      input.respondent.name,
      "用人单位名称",
      "Employer name",
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
      if (c.amountFen !== null && c.amountFen !== undefined && (c.amountFen <= 0 || c.amountFen > MAX_CLAIM_FEN)) {
        problems.add(
          [...field, "amountFen"],
          "RANGE",
          "请求金额须大于0且不超过2000万元",
          "Amount must be above 0 and at most 20 million yuan",
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
        kind: c.kind as ClaimKindKey,
        description: text(problems, [...field, "description"], c.description, "请求内容", "Claim", 500, true),
        applicantPosition: c.applicantPosition ?? null,
        amountFen: c.amountFen ?? null,
        knewOfInfringementOn: c.knewOfInfringementOn,
        employmentEndedOn: c.employmentEndedOn ?? null,
      };
    });
    const evidence = (input.evidence ?? []).map((e, i) => ({
      title: text(problems, ["input", "evidence", i, "title"], e.title, "证据名称", "Evidence title", 100),
      description: e.description
        ? text(problems, ["input", "evidence", i, "description"], e.description, "证明内容", "Description", 500, true)
        : null,
      submittedBy: text(problems, ["input", "evidence", i, "submittedBy"], e.submittedBy, "提交人", "Submitted by", 50),
    }));
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
    }

    // Limitation is checked now and kept with each claim: a warning for the tribunal, never a rejection.
    const claimRows = claims.map((c) => {
      const limitation = checkLimitation(c, receivedAt);
      return {
        ...c,
        limitationDeadline: limitation.running ? limitation.deadlineDate : null,
        limitationExpired: limitation.running && limitation.expired,
      };
    });
    const actor = actorOf(ctx);
    const claimedFen = claimRows.reduce((sum, c) => sum + (c.amountFen ?? 0), 0);
    const row = await fileCase(
      ctx.store,
      commission!,
      {
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
        steps: {
          create: {
            type: "FILE",
            occurredAt: receivedAt,
            actor,
            details: { collective, limitationWarnings: claimRows.filter((c) => c.limitationExpired).length },
          },
        },
      },
      receivedAt,
      (created) => [
        applicationReceived({
          commissionName: commission!.name,
          caseNumber: created.caseNumber,
          collective,
          applicantCount: applicants.length,
          claimedFen,
        }),
      ],
      { by: ctx, action: "fileArbitrationApplication", fields: givenFields(input) },
    );
    ctx.log.info({ caseId: row.id, caseNumber: row.caseNumber, collective }, "arbitration application filed");
    return visibleCase(ctx, row);
  }

  /** One step of the state machine: validate the time, apply the event, write it guarded by version. */
  private async step(
    ctx: ArbitrationContext,
    action: string,
    input: CaseStepInput,
    event: (at: Date, row: CaseRow) => CaseEvent,
    extra: (row: CaseRow, at: Date) => Prisma.ArbitrationCaseUpdateManyMutationInput = () => ({}),
    details: Prisma.InputJsonValue = {},
    more?: (tx: Prisma.TransactionClient) => Promise<void>,
    reported: Pick<StepFacts, "documentNumber" | "awardedFen"> = {},
  ): Promise<ArbitrationCase> {
    const now = currentTime();
    const problems = new InputProblems();
    const at = input.occurredAt ?? now;
    notInFuture(problems, ["input", "occurredAt"], at, now);
    problems.throwIfAny();
    const row = await loadCase(ctx, input.caseId);
    const ev = event(at, row);
    const result = applyEvent(factsOf(row), ev);
    if (!result.ok) {
      const { code, messageEn, messageZh } = result.error;
      if (code === "INVALID_STATE") throw invalidState(messageEn, messageZh, { status: row.status });
      throw badUserInput([{ field: ["input"], reason: "RULE", messageZh, messageEn }]);
    }
    const updated = await updateCaseGuarded(
      ctx.store,
      row,
      input.expectedVersion,
      { ...toData(result.patch), ...extra(row, at) },
      { type: ev.type, occurredAt: at, actor: actorOf(ctx), details },
      stepEvents(ev, {
        commissionName: commissionFor(row.commissionRegion)?.name ?? "劳动人事争议仲裁委员会",
        caseNumber: row.caseNumber,
        awardFinal: row.awardFinal,
        ...reported,
      }),
      { by: ctx, action, fields: givenFields(input) },
      more,
    );
    return visibleCase(ctx, updated);
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => ArbitrationCase, { description: "受理: accept the application (within 5 days of receipt)." })
  acceptArbitrationCase(
    @Arg("input", () => CaseStepInput) input: CaseStepInput,
    @Ctx() ctx: ArbitrationContext,
  ): Promise<ArbitrationCase> {
    return this.step(ctx, "acceptArbitrationCase", input, (at) => ({ type: "ACCEPT", at }));
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => ArbitrationCase, { description: "不予受理 with a reason; the applicant may then sue." })
  rejectArbitrationCase(
    @Arg("input", () => RejectInput) input: RejectInput,
    @Ctx() ctx: ArbitrationContext,
  ): Promise<ArbitrationCase> {
    return this.step(
      ctx,
      "rejectArbitrationCase",
      input,
      (at) => ({ type: "REJECT", at, reason: input.reason }),
      () => ({ rejectionReason: input.reason.trim() }),
      { reason: input.reason.trim() },
    );
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => ArbitrationCase, {
    description: "申请书副本送达被申请人 (within 5 days of acceptance); starts the 10-day answer clock.",
  })
  recordArbitrationService(
    @Arg("input", () => CaseStepInput) input: CaseStepInput,
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
    @Arg("input", () => CaseStepInput) input: CaseStepInput,
    @Ctx() ctx: ArbitrationContext,
  ): Promise<ArbitrationCase> {
    return this.step(ctx, "recordArbitrationAwardService", input, (at) => ({ type: "SERVE_AWARD", at }));
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => ArbitrationCase, { description: "答辩书: the respondent's answer was received." })
  recordArbitrationAnswer(
    @Arg("input", () => CaseStepInput) input: CaseStepInput,
    @Ctx() ctx: ArbitrationContext,
  ): Promise<ArbitrationCase> {
    return this.step(ctx, "recordArbitrationAnswer", input, (at) => ({ type: "ANSWER", at }));
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => ArbitrationCase, { description: "组庭 and notify the parties (within 5 days of acceptance)." })
  composeArbitrationTribunal(
    @Arg("input", () => ComposeTribunalInput) input: ComposeTribunalInput,
    @Ctx() ctx: ArbitrationContext,
  ): Promise<ArbitrationCase> {
    const arbitrators = input.arbitrators.map((n) => n.trim());
    return this.step(
      ctx,
      "composeArbitrationTribunal",
      input,
      (at) => ({ type: "COMPOSE_TRIBUNAL", at, kind: input.kind, arbitrators, presiding: input.presidingArbitrator }),
      () => ({ tribunalKind: input.kind, arbitrators, presidingArbitrator: input.presidingArbitrator.trim() }),
      { kind: input.kind, arbitrators, presiding: input.presidingArbitrator.trim() },
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
      () => ({ hearingPlace: input.place?.trim() || null }),
      { hearingAt: input.hearingAt.toISOString() },
    );
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => ArbitrationCase, {
    description: "延期开庭 on a party's request made at least 3 days before the hearing; new date with 5 days' notice.",
  })
  postponeArbitrationHearing(
    @Arg("input", () => PostponeHearingInput) input: PostponeHearingInput,
    @Ctx() ctx: ArbitrationContext,
  ): Promise<ArbitrationCase> {
    return this.step(
      ctx,
      "postponeArbitrationHearing",
      input,
      (at) => ({
        type: "POSTPONE_HEARING",
        at,
        newHearingAt: input.newHearingAt,
        requestedBy: input.requestedBy,
        reason: input.reason,
      }),
      (row, at) => ({
        postponements: [
          ...postponementsOf(row),
          {
            requestedBy: input.requestedBy.trim(),
            reason: input.reason.trim(),
            at: at.toISOString(),
            previousHearingAt: row.hearingAt!.toISOString(),
            newHearingAt: input.newHearingAt.toISOString(),
          },
        ] as unknown as Prisma.InputJsonValue,
      }),
      { requestedBy: input.requestedBy.trim(), reason: input.reason.trim() },
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
      undefined,
      {
        days: input.days,
        approvedBy: input.approvedBy.trim(),
      },
    );
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => ArbitrationCase, { description: "仲裁调解: a signed 调解书 closes the case." })
  closeArbitrationByMediationStatement(
    @Arg("input", () => CloseByMediationInput) input: CloseByMediationInput,
    @Ctx() ctx: ArbitrationContext,
  ): Promise<ArbitrationCase> {
    const problems = new InputProblems();
    const documentNumber = text(
      problems,
      ["input", "documentNumber"],
      input.documentNumber,
      "调解书编号",
      "Statement number",
      60,
    );
    const summary = text(problems, ["input", "summary"], input.summary, "调解内容", "Summary", 2000, true);
    problems.throwIfAny();
    return this.step(
      ctx,
      "closeArbitrationByMediationStatement",
      input,
      (at) => ({ type: "CLOSE_BY_MEDIATION", at }),
      () => ({ closingDocumentNumber: documentNumber, closingSummary: summary }),
      { documentNumber },
      undefined,
      { documentNumber },
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
    const documentNumber = text(
      problems,
      ["input", "documentNumber"],
      input.documentNumber,
      "裁决书编号",
      "Award number",
      60,
    );
    const summary = input.summary
      ? text(problems, ["input", "summary"], input.summary, "裁决内容", "Summary", 2000, true)
      : null;
    problems.throwIfAny();
    const row = await loadCase(ctx, input.caseId);
    const at = input.occurredAt ?? currentTime();
    // A closed or unheard case is refused as such before its decisions are examined.
    const servedOnIssue = input.servedOnIssue ?? true;
    const allowed = applyEvent(factsOf(row), { type: "ISSUE_AWARD", at, final: false, servedOnIssue });
    if (!allowed.ok && allowed.error.code === "INVALID_STATE")
      throw invalidState(allowed.error.messageEn, allowed.error.messageZh, { status: row.status });
    const claims = await ctx.loaders.claimsByCase.load(row.id);
    const byId = new Map(input.decisions.map((d, i) => [d.claimId, { ...d, index: i }]));
    if (
      byId.size !== input.decisions.length ||
      claims.some((c) => !byId.has(c.id)) ||
      input.decisions.length !== claims.length
    ) {
      problems.add(
        ["input", "decisions"],
        "COVERAGE",
        "须对每一项仲裁请求分别作出裁决",
        "Decide every claim of the case exactly once",
      );
    }
    for (const claim of claims) {
      const d = byId.get(claim.id);
      if (!d) continue;
      const field = ["input", "decisions", d.index, "awardedAmountFen"];
      const amount = d.awardedAmountFen ?? null;
      if (d.decision === ClaimDecision.DISMISSED) {
        if (amount !== null && amount !== 0)
          problems.add(field, "DISMISSED", "驳回的请求不应有裁决金额", "A dismissed claim has no amount");
      } else if (claim.amountFen !== null && (amount === null || amount <= 0 || amount > claim.amountFen)) {
        problems.add(
          field,
          "RANGE",
          "裁决金额须大于0且不超过请求金额",
          "The amount awarded must be above 0 and at most the amount claimed",
        );
      }
    }
    problems.throwIfAny();

    const minimumWage = monthlyMinimumWage(row.commissionRegion, toLocalDate(at));
    const decided = claims.map((claim) => {
      const d = byId.get(claim.id)!;
      // Each item is judged on the amount the award determines; a dismissed claim on what was claimed.
      const determined = d.decision === ClaimDecision.DISMISSED ? claim.amountFen : (d.awardedAmountFen ?? null);
      return { claim, decision: d, finality: claimFinality(claim.kind as ClaimKindKey, determined, minimumWage) };
    });
    const final = awardIsFinal(decided.map((d) => d.finality));
    const awardedFen = decided.reduce(
      (sum, { decision }) =>
        sum + (decision.decision === ClaimDecision.DISMISSED ? 0 : (decision.awardedAmountFen ?? 0)),
      0,
    );
    return this.step(
      ctx,
      "issueArbitrationAward",
      input,
      (stepAt) => ({ type: "ISSUE_AWARD", at: stepAt, final, servedOnIssue }),
      () => ({ closingDocumentNumber: documentNumber, closingSummary: summary }),
      { documentNumber, final, minimumWageFen: minimumWage?.monthlyFen ?? null },
      async (tx) => {
        for (const { claim, decision, finality } of decided) {
          await tx.claim.update({
            where: { id: claim.id },
            data: {
              decision: decision.decision,
              awardedAmountFen:
                decision.decision === ClaimDecision.DISMISSED ? null : (decision.awardedAmountFen ?? null),
              final: finality.final,
              finalityReason: finality.reason,
              finalityExplanation: finality.explanationZh,
            },
          });
        }
      },
      { documentNumber, awardedFen },
    );
  }
}
