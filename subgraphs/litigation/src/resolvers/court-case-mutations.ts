import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { isStaffOf } from "@onedoor/shared/auth/policy";
import { givenFields, recordAudit } from "@onedoor/shared/audit/audit";
import { ClockError } from "@onedoor/shared/clock/index";
import type { NewCaseEvent } from "@onedoor/shared/events/outbox";
import { InputProblems, badUserInput, forbidden, invalidState, notFound } from "@onedoor/shared/graphql/errors";
import { courtPartyId, isOneOfTheParties } from "../domain/access.js";
import { checkEnforcementBasis, type Performance } from "../domain/enforcement.js";
import { checkConfirmationApplication } from "../domain/judicial-confirmation.js";
import {
  CASE_TYPE_OF,
  OPENING,
  TRIAL_CLOCK,
  checkFastTrack,
  nextStep,
  type CaseEvent,
  type CaseStatus,
  type Procedure,
} from "../domain/procedures.js";
import type { CourtClockKind } from "../domain/clocks.js";
import { courtEvents } from "../domain/timeline-events.js";
import {
  applyStep,
  caseCore,
  createCase,
  extendCaseClock,
  type CaseCore,
  type NewCase,
  type Tx,
} from "../db/court-cases.js";
import { recordCourtEvent } from "../db/events.js";
import type { CourtCase as CourtCaseRow } from "../generated/prisma/client.js";
import { CourtCase } from "../entities/court-case.js";
import {
  ApplyForEnforcementInput,
  ApplyForJudicialConfirmationInput,
  ConcludeEnforcementInput,
  CourtDecisionInput,
  DelegatePreFilingMediationInput,
  ExtendCaseClockInput,
  FileAfterFailedMediationInput,
  FileCaseInput,
  PreFilingMediationSuccessInput,
} from "../entities/inputs.js";
import type { TrialProcedure } from "../entities/enums.js";
import type { LitigationContext } from "./context.js";
import { checkCaseBasics, checkText, isUuid, notAllowed, refused, type CaseBasics } from "./validate-input.js";
import { currentTime } from "@onedoor/shared/clock/now";

/** The case's core without the validation-only parts (the cause entry and its list). */
const coreOf = ({ cause: _cause, causeList: _list, ...core }: CaseBasics): CaseCore => core;

const actor = (ctx: LitigationContext): string => ctx.identity.userId ?? "anonymous";

/** Names of the input fields the caller gave, for the audit entry (never their values). */

/** The mutation's audit entry, written in its transaction: entity is the case the mutation returns. */
const audited = (tx: Tx, ctx: LitigationContext, action: string, row: CourtCaseRow, fields: string[]) =>
  recordAudit(tx, ctx, { action, entity: "CourtCase", entityId: row.id, fields });

async function loadCase(ctx: LitigationContext, id: string): Promise<CourtCaseRow> {
  const row = isUuid(id) ? await ctx.loaders.caseById.load(id) : null;
  if (!row) throw notFound("CourtCase", id, `未找到案件 ${id}`);
  return row;
}

/** Takes `event` on the case or refuses with INVALID_STATE; returns the step for the transaction. */
function stepFor(row: CourtCaseRow, event: CaseEvent) {
  const step = nextStep({ procedure: row.procedure as Procedure, status: row.status as CaseStatus }, event);
  if (!step.ok) notAllowed(step.refusals);
  return step.value;
}

function trialFiling(
  core: CaseCore,
  trialProcedure: TrialProcedure,
  fastTrack: boolean,
  filedAt: Date,
  createdBy: string,
  originCaseId: string | null,
): NewCase {
  return {
    ...core,
    procedure: "FIRST_INSTANCE",
    caseType: CASE_TYPE_OF.FIRST_INSTANCE,
    status: OPENING.FIRST_INSTANCE.status,
    filedAt,
    createdBy,
    clocks: [{ kind: TRIAL_CLOCK[trialProcedure], startedAt: filedAt }],
    details: { trialProcedure, fastTrack, originCaseId },
  };
}

async function extend(
  ctx: LitigationContext,
  action: string,
  input: ExtendCaseClockInput,
  procedure: Procedure,
  status: CaseStatus,
  kind: CourtClockKind,
  report: (row: CourtCaseRow, days: number, at: Date) => NewCaseEvent,
): Promise<CourtCaseRow> {
  const row = await loadCase(ctx, input.caseId);
  if (row.procedure !== procedure || row.status !== status) {
    throw invalidState(
      `Only a ${procedure} case in ${status} can have its ${kind} clock extended`,
      "案件当前状态不能延长该期限",
      { reason: "WRONG_STATUS" },
    );
  }
  try {
    // The actor approves (the judge records the parties' consent, or the president's approval) and is named.
    const now = currentTime();
    await extendCaseClock(
      ctx.store,
      row.id,
      kind,
      { days: input.days, reason: input.reason, approvedBy: actor(ctx), at: now },
      report(row, input.days, now),
      {
        actor: ctx,
        fact: { action, entity: "CourtCase", entityId: row.id, fields: givenFields(input) },
      },
    );
  } catch (error) {
    if (error instanceof ClockError) {
      throw badUserInput([
        {
          field: ["input", error.code === "MISSING_REASON" ? "reason" : "days"],
          reason: error.code,
          messageZh: error.messageZh,
          messageEn: error.message,
        },
      ]);
    }
    throw error;
  }
  return row;
}

/**
 * 诉讼服务中心 steps. Each mutation checks input, asks the domain, and writes in one transaction that also
 * records the step's case event for the registry's timeline (统一归集).
 */
@Resolver(() => CourtCase)
export class CourtCaseMutations {
  @Authorized<Policy>("courtClerk")
  @Mutation(() => CourtCase, {
    description: "诉前调解: delegate a dispute to a mediation committee or invited mediator (30 days).",
  })
  async delegatePreFilingMediation(
    @Arg("input", () => DelegatePreFilingMediationInput) input: DelegatePreFilingMediationInput,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtCaseRow> {
    const now = currentTime();
    const problems = new InputProblems();
    const basics = checkCaseBasics(input, now, problems);
    const mediatorBody = checkText(problems, ["input", "mediatorBody"], input.mediatorBody, {
      zh: "调解组织",
      en: "Mediation body",
    });
    const mediatorName = checkText(
      problems,
      ["input", "mediatorName"],
      input.mediatorName,
      { zh: "调解员", en: "Mediator" },
      50,
    );
    problems.throwIfAny();
    return ctx.store.$transaction(async (tx) => {
      const created = await createCase(tx, {
        procedure: "PRE_FILING_MEDIATION",
        caseType: CASE_TYPE_OF.PRE_FILING_MEDIATION,
        status: OPENING.PRE_FILING_MEDIATION.status,
        ...coreOf(basics!),
        filedAt: now,
        createdBy: actor(ctx),
        clocks: OPENING.PRE_FILING_MEDIATION.start.map((kind) => ({ kind, startedAt: now })),
        details: { mediatorKind: input.mediatorKind, mediatorBody: mediatorBody!, mediatorName: mediatorName! },
      });
      await recordCourtEvent(
        tx,
        courtEvents.preFilingMediationDelegated(created, input.mediatorKind, mediatorBody!, now),
      );
      await audited(tx, ctx, "delegatePreFilingMediation", created, givenFields(input));
      return created;
    });
  }

  @Authorized<Policy>("courtClerk")
  @Mutation(() => CourtCase, {
    description: "Extend a pre-filing mediation by the parties' consent (state it in the reason).",
  })
  async extendPreFilingMediation(
    @Arg("input", () => ExtendCaseClockInput) input: ExtendCaseClockInput,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtCaseRow> {
    return extend(
      ctx,
      "extendPreFilingMediation",
      input,
      "PRE_FILING_MEDIATION",
      "IN_MEDIATION",
      "preFilingMediation",
      courtEvents.preFilingMediationExtended,
    );
  }

  @Authorized<Policy>("courtClerk")
  @Mutation(() => CourtCase, { description: "诉前调解成功: ends with an agreement or a mediation statement." })
  async recordPreFilingMediationSuccess(
    @Arg("input", () => PreFilingMediationSuccessInput) input: PreFilingMediationSuccessInput,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtCaseRow> {
    const row = await loadCase(ctx, input.caseId);
    const step = stepFor(row, "MEDIATION_SUCCEEDED");
    const now = currentTime();
    return ctx.store.$transaction(async (tx) => {
      const resolved = await applyStep(tx, row, step, now, { outcome: input.success, concludedAt: now });
      await recordCourtEvent(tx, courtEvents.preFilingMediationResolved(resolved, input.success, now));
      await audited(tx, ctx, "recordPreFilingMediationSuccess", resolved, givenFields(input));
      return resolved;
    });
  }

  @Authorized<Policy>("courtClerk")
  @Mutation(() => CourtCase, {
    description: "诉前调解不成: files the case at once (民初) and returns it, linked to the mediation.",
  })
  async fileAfterFailedPreFilingMediation(
    @Arg("input", () => FileAfterFailedMediationInput) input: FileAfterFailedMediationInput,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtCaseRow> {
    const row = await loadCase(ctx, input.caseId);
    const step = stepFor(row, "MEDIATION_FAILED");
    const fastTrack = checkFastTrack(input.trialProcedure, input.fastTrack ?? false);
    if (!fastTrack.ok) refused(fastTrack.refusals);
    const now = currentTime();
    const filed = await ctx.store.$transaction(async (tx: Tx) => {
      const failed = await applyStep(tx, row, step, now, { concludedAt: now });
      await recordCourtEvent(tx, courtEvents.preFilingMediationFailed(failed, now));
      const created = await createCase(
        tx,
        trialFiling(await caseCore(tx, row), input.trialProcedure, input.fastTrack ?? false, now, actor(ctx), row.id),
      );
      await recordCourtEvent(tx, courtEvents.caseFiled(created, input.trialProcedure, input.fastTrack ?? false, now));
      await audited(tx, ctx, "fileAfterFailedPreFilingMediation", created, givenFields(input));
      return created;
    });
    ctx.loaders.caseById.clear(row.id); // the answer may show the mediation as its origin: read it as it is now
    return filed;
  }

  @Authorized<Policy>("courtClerk")
  @Mutation(() => CourtCase, {
    description: "立案登记: file a first-instance civil case (民初) with its trial procedure and clock.",
  })
  async fileCase(
    @Arg("input", () => FileCaseInput) input: FileCaseInput,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtCaseRow> {
    const now = currentTime();
    const problems = new InputProblems();
    const basics = checkCaseBasics(input, now, problems);
    const fastTrack = checkFastTrack(input.trialProcedure, input.fastTrack ?? false);
    if (!fastTrack.ok)
      for (const r of fastTrack.refusals) problems.add(r.field ?? ["input"], r.code, r.messageZh, r.messageEn);
    problems.throwIfAny();
    return ctx.store.$transaction(async (tx) => {
      const created = await createCase(
        tx,
        trialFiling(coreOf(basics!), input.trialProcedure, input.fastTrack ?? false, now, actor(ctx), null),
      );
      await recordCourtEvent(tx, courtEvents.caseFiled(created, input.trialProcedure, input.fastTrack ?? false, now));
      await audited(tx, ctx, "fileCase", created, givenFields(input));
      return created;
    });
  }

  @Authorized<Policy>("courtClerk")
  @Mutation(() => CourtCase, {
    description: "判决: the first-instance judgment; stops the trial clock and awaits performance.",
  })
  async recordJudgment(@Arg("caseId", () => ID) caseId: string, @Ctx() ctx: LitigationContext): Promise<CourtCaseRow> {
    const row = await loadCase(ctx, caseId);
    const step = stepFor(row, "JUDGMENT_RENDERED");
    const now = currentTime();
    return ctx.store.$transaction(async (tx) => {
      const judged = await applyStep(tx, row, step, now, {
        concludedAt: now,
        performance: "PENDING" satisfies Performance,
      });
      await recordCourtEvent(tx, courtEvents.judgmentRecorded(judged, now));
      await audited(tx, ctx, "recordJudgment", judged, ["caseId"]);
      return judged;
    });
  }

  @Authorized<Policy>("courtClerk", "resident")
  @Mutation(() => CourtCase, {
    description:
      "司法确认申请: both parties jointly, within 30 days of the agreement taking effect; not for marriage, adoption or identity relations.",
  })
  async applyForJudicialConfirmation(
    @Arg("input", () => ApplyForJudicialConfirmationInput) input: ApplyForJudicialConfirmationInput,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtCaseRow> {
    const now = currentTime();
    const problems = new InputProblems();
    const basics = checkCaseBasics(input, now, problems);
    if (!isUuid(input.agreementId)) {
      problems.add(
        ["input", "agreementId"],
        "FORMAT",
        "调解协议编号无效",
        "agreementId must be a MediationAgreement id (UUID)",
      );
    }
    problems.throwIfAny();
    // The parties may apply themselves (e.g. through the mobile court): a resident only as one of them.
    if (
      !isStaffOf(ctx.identity, "litigation") &&
      !isOneOfTheParties(
        ctx.identity.partyId,
        basics!.parties.map((p) => courtPartyId(p.kind, p.idNumber)),
      )
    ) {
      throw forbidden(
        "A resident may apply only as one of the parties named with their ID number",
        "当事人本人申请时，须为申请书所列（填写身份证号码的）当事人之一",
      );
    }
    const check = checkConfirmationApplication({
      agreementEffectiveAt: input.agreementEffectiveAt,
      appliedAt: now,
      parties: basics!.parties,
      cause: basics!.cause,
    });
    if (!check.ok) refused(check.refusals);
    return ctx.store.$transaction(async (tx) => {
      const created = await createCase(tx, {
        procedure: "JUDICIAL_CONFIRMATION",
        caseType: CASE_TYPE_OF.JUDICIAL_CONFIRMATION,
        status: OPENING.JUDICIAL_CONFIRMATION.status,
        ...coreOf(basics!),
        filedAt: now,
        createdBy: actor(ctx),
        clocks: [
          { kind: "judicialConfirmationApplication", startedAt: input.agreementEffectiveAt, stoppedAt: now },
          ...OPENING.JUDICIAL_CONFIRMATION.start.map((kind) => ({ kind, startedAt: now })),
        ],
        details: { agreementId: input.agreementId.toLowerCase(), agreementEffectiveAt: input.agreementEffectiveAt },
      });
      await recordCourtEvent(tx, courtEvents.judicialConfirmationApplied(created, created.online, now));
      await audited(tx, ctx, "applyForJudicialConfirmation", created, givenFields(input));
      return created;
    });
  }

  @Authorized<Policy>("courtClerk")
  @Mutation(() => CourtCase, { description: "受理决定 (within 3 days): accept, or refuse with a reason (不予受理)." })
  async decideJudicialConfirmationAcceptance(
    @Arg("input", () => CourtDecisionInput) input: CourtDecisionInput,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtCaseRow> {
    const row = await loadCase(ctx, input.caseId);
    const step = stepFor(row, input.granted ? "APPLICATION_ACCEPTED" : "APPLICATION_NOT_ACCEPTED");
    const reason = requireReasonWhenRefused(input);
    const now = currentTime();
    return ctx.store.$transaction(async (tx) => {
      const decided = await applyStep(
        tx,
        row,
        step,
        now,
        input.granted ? { acceptedAt: now } : { concludedAt: now, outcomeReason: reason },
      );
      await recordCourtEvent(tx, courtEvents.judicialConfirmationAcceptanceDecided(decided, input.granted, now));
      await audited(tx, ctx, "decideJudicialConfirmationAcceptance", decided, givenFields(input));
      return decided;
    });
  }

  @Authorized<Policy>("courtClerk")
  @Mutation(() => CourtCase, {
    description: "Extend the 15-day ruling period by up to 10 days with the president's approval.",
  })
  async extendJudicialConfirmationRuling(
    @Arg("input", () => ExtendCaseClockInput) input: ExtendCaseClockInput,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtCaseRow> {
    return extend(
      ctx,
      "extendJudicialConfirmationRuling",
      input,
      "JUDICIAL_CONFIRMATION",
      "ACCEPTED",
      "judicialConfirmationRuling",
      courtEvents.judicialConfirmationRulingExtended,
    );
  }

  @Authorized<Policy>("courtClerk")
  @Mutation(() => CourtCase, {
    description: "裁定: confirm the agreement (it becomes enforceable) or reject the application with a reason.",
  })
  async ruleOnJudicialConfirmation(
    @Arg("input", () => CourtDecisionInput) input: CourtDecisionInput,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtCaseRow> {
    const row = await loadCase(ctx, input.caseId);
    const step = stepFor(row, input.granted ? "AGREEMENT_CONFIRMED" : "APPLICATION_REJECTED");
    const reason = requireReasonWhenRefused(input);
    const now = currentTime();
    return ctx.store.$transaction(async (tx) => {
      const ruled = await applyStep(
        tx,
        row,
        step,
        now,
        input.granted
          ? { concludedAt: now, performance: "PENDING" satisfies Performance }
          : { concludedAt: now, outcomeReason: reason },
      );
      await recordCourtEvent(tx, courtEvents.judicialConfirmationRuled(ruled, input.granted, now));
      await audited(tx, ctx, "ruleOnJudicialConfirmation", ruled, givenFields(input));
      return ruled;
    });
  }

  @Authorized<Policy>("courtClerk")
  @Mutation(() => CourtCase, {
    description: "履行: the obligor performed a confirmed agreement or a judgment (e.g. found on a follow-up visit).",
  })
  async recordPerformance(
    @Arg("caseId", () => ID) caseId: string,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtCaseRow> {
    const row = await loadCase(ctx, caseId);
    const check = checkEnforcementBasis({
      procedure: row.procedure as Procedure,
      status: row.status as CaseStatus,
      performance: row.performance as Performance | null,
    });
    if (!check.ok) notAllowed(check.refusals);
    const now = currentTime();
    return ctx.store.$transaction(async (tx) => {
      const { count } = await tx.courtCase.updateMany({
        where: { id: row.id, performance: "PENDING" },
        data: { performance: "PERFORMED" },
      });
      if (count === 0)
        notAllowed([
          {
            code: "WRONG_STATUS",
            messageZh: "履行情况已被他人更新，请刷新",
            messageEn: "Performance changed meanwhile; reload",
          },
        ]);
      const performed = await tx.courtCase.findUniqueOrThrow({ where: { id: row.id } });
      await recordCourtEvent(tx, courtEvents.performanceRecorded(performed, now));
      await audited(tx, ctx, "recordPerformance", performed, ["caseId"]);
      return performed;
    });
  }

  @Authorized<Policy>("courtClerk")
  @Mutation(() => CourtCase, {
    description: "执行立案: enforcement of a confirmed agreement or judgment that was not performed (案号 执).",
  })
  async applyForEnforcement(
    @Arg("input", () => ApplyForEnforcementInput) input: ApplyForEnforcementInput,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtCaseRow> {
    const basis = await loadCase(ctx, input.basisCaseId);
    const check = checkEnforcementBasis({
      procedure: basis.procedure as Procedure,
      status: basis.status as CaseStatus,
      performance: basis.performance as Performance | null,
    });
    if (!check.ok) notAllowed(check.refusals);
    const now = currentTime();
    const enforcement = await ctx.store.$transaction(async (tx) => {
      // Guarded: the same title cannot be sent to enforcement twice, even by concurrent requests.
      const { count } = await tx.courtCase.updateMany({
        where: { id: basis.id, performance: "PENDING" },
        data: { performance: "ENFORCEMENT_APPLIED" },
      });
      if (count === 0)
        notAllowed([
          {
            code: "ALREADY_IN_ENFORCEMENT",
            messageZh: "已就该文书申请执行",
            messageEn: "Enforcement has already been applied for",
          },
        ]);
      const created = await createCase(tx, {
        ...(await caseCore(tx, basis)),
        online: input.online ?? false,
        procedure: "ENFORCEMENT",
        caseType: CASE_TYPE_OF.ENFORCEMENT,
        status: OPENING.ENFORCEMENT.status,
        filedAt: now,
        createdBy: actor(ctx),
        clocks: OPENING.ENFORCEMENT.start.map((kind) => ({ kind, startedAt: now })),
        details: { originCaseId: basis.id },
      });
      await recordCourtEvent(tx, courtEvents.enforcementApplied(created, basis, now));
      await audited(tx, ctx, "applyForEnforcement", created, givenFields(input));
      return created;
    });
    ctx.loaders.caseById.clear(basis.id); // its performance changed: the answer's origin must show it
    return enforcement;
  }

  @Authorized<Policy>("courtClerk")
  @Mutation(() => CourtCase, { description: "执行结案: record how the enforcement ended." })
  async concludeEnforcement(
    @Arg("input", () => ConcludeEnforcementInput) input: ConcludeEnforcementInput,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtCaseRow> {
    const row = await loadCase(ctx, input.caseId);
    const step = stepFor(row, "ENFORCEMENT_CONCLUDED");
    const problems = new InputProblems();
    const note = input.note?.trim()
      ? checkText(problems, ["input", "note"], input.note, { zh: "结案说明", en: "Note" }, 1000)
      : null;
    problems.throwIfAny();
    const now = currentTime();
    return ctx.store.$transaction(async (tx) => {
      const concluded = await applyStep(tx, row, step, now, {
        outcome: input.outcome,
        outcomeReason: note,
        concludedAt: now,
      });
      await recordCourtEvent(tx, courtEvents.enforcementConcluded(concluded, input.outcome, now));
      await audited(tx, ctx, "concludeEnforcement", concluded, givenFields(input));
      return concluded;
    });
  }
}

function requireReasonWhenRefused(input: CourtDecisionInput): string | null {
  if (input.granted) return input.reason?.trim() || null;
  const problems = new InputProblems();
  const reason = checkText(
    problems,
    ["input", "reason"],
    input.reason ?? "",
    { zh: "不予受理或驳回的理由", en: "Reason for refusing" },
    1000,
  );
  problems.throwIfAny();
  return reason!;
}
