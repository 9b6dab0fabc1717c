import { randomUUID } from "node:crypto";
import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { actorId } from "@onedoor/shared/auth/identity";
import { isStaffOf } from "@onedoor/shared/auth/policy";
import { ClockError } from "@onedoor/shared/clock/index";
import { currentTime } from "@onedoor/shared/clock/now";
import type { NewCaseEvent } from "@onedoor/shared/events/outbox";
import {
  registryNotices,
  requireSentHere,
  sentToAnotherBody,
  sentToBody,
} from "@onedoor/shared/events/registry-notices";
import { InputProblems, badUserInput, forbidden, invalidState } from "@onedoor/shared/graphql/errors";
import { checkUuid } from "@onedoor/shared/graphql/input-bounds";
import { reportedEventId, voidEvent, voidExplanation } from "@onedoor/shared/events/step-void";
import { ATTENDANCE_PLACE_MAX } from "@onedoor/shared/events/attendance";
import { caseJurisdiction, courtPartyId, isOneOfTheParties } from "../domain/access.js";
import { checkCaseBasics, type CaseCore } from "../domain/case-input.js";
import { checkEnforcementBasis } from "../domain/enforcement.js";
import { courtBodyRefusal, receivingBody } from "../domain/court-bodies.js";
import { invitedMediatorRefusal } from "../domain/invited-mediators.js";
import {
  acceptanceStep,
  checkConfirmationApplication,
  consentStep,
  closedDisputeRefusal,
  isJoint,
  relayedAgreement,
  type ApplicationParty,
} from "../domain/judicial-confirmation.js";
import {
  APPLICATION_COMPLETED,
  CASE_TYPE_OF,
  FILING_VOID,
  OPENING,
  STEPS,
  TRIAL_CLOCK,
  checkFastTrack,
  checkFilingVoid,
  clockExtension,
  nextStep,
  type CaseEvent,
  type ExtendableClock,
} from "../domain/procedures.js";
import type { Decision } from "../domain/refusal.js";
import { courtEvents, courtServiceCentre } from "../domain/timeline-events.js";
import { caseCore, createCase, extendCaseClock, moveClocks, recordConsent, type NewCase } from "../db/court-cases.js";
import { bodiesOfCourt } from "../db/directory.js";
import type { Tx } from "../db/store.js";
import { changeCourtCase, createCourtCase, type CourtCaseChange } from "../db/write.js";
import type { CourtBody as CourtBodyRow, CourtCase as CourtCaseRow } from "../generated/prisma/client.js";
import type { CourtProcedure, TrialProcedure } from "../generated/prisma/enums.js";
import { CourtCase } from "../entities/court-case.js";
import {
  ApplyForEnforcementInput,
  ApplyForJudicialConfirmationInput,
  CaseClockExtensionInput,
  ConcludeEnforcementInput,
  ConsentToJudicialConfirmationInput,
  CourtDecisionInput,
  DecideJudicialConfirmationAcceptanceInput,
  DelegatePreFilingMediationInput,
  ExtendJudicialConfirmationRulingInput,
  ExtendPreFilingMediationInput,
  FileAfterFailedPreFilingMediationInput,
  FileCourtCaseInput,
  RecordCourtPerformanceInput,
  RecordJudgmentInput,
  RecordPreFilingMediationSuccessInput,
  RuleOnJudicialConfirmationInput,
  VoidCourtCaseFilingInput,
} from "../entities/inputs.js";
import { assertMayOpenCase } from "./access.js";
import type { LitigationContext } from "./context.js";

/** The court's rules refused the input: BAD_USER_INPUT naming the field of each refusal (with `problems` so far). */
function throwRefusals<T>(decision: Decision<T>, problems = new InputProblems()): T {
  if (decision.ok) {
    problems.throwIfAny();
    return decision.value;
  }
  for (const r of decision.refusals) problems.add(r.field ?? ["input"], r.code, r.messageZh, r.messageEn);
  return problems.throwIfAny() as never;
}

/** A body named on a new case is named by its id (unknown ids are refused once the directory is read). */
function checkBodyId(input: { bodyId?: string | null }, problems: InputProblems): void {
  if (input.bodyId != null)
    problems.check(["input", "bodyId"], checkUuid(input.bodyId, { zh: "法院机构", en: "bodyId" }));
}

/**
 * The court body a new case of `courtCode` opens in: the one named, else `preferredId` when it is one of the
 * court's bodies, else the court's service centre. Refused when the body named is unknown, when it is another
 * court's or is suspended or retired, and when the court has no body in its directory.
 */
async function openingBody(
  ctx: LitigationContext,
  courtCode: string,
  namedId: string | null,
  preferredId: string | null,
): Promise<CourtBodyRow> {
  const body =
    namedId !== null
      ? await ctx.loaders.bodyById.load(namedId.toLowerCase())
      : receivingBody(await bodiesOfCourt(ctx.store, courtCode), preferredId);
  if (!body && namedId !== null)
    throw badUserInput([
      { field: ["input", "bodyId"], reason: "UNKNOWN", messageZh: "法院机构不存在", messageEn: "No such court body" },
    ]);
  if (!body)
    throw invalidState(
      `Court ${courtCode} has no body in the court's directory to open a case in`,
      `${courtCode}法院在法院机构名录中没有可立案的机构`,
      { reason: "NO_COURT_BODY" },
    );
  const refusal = courtBodyRefusal(body, courtCode);
  if (refusal) throw invalidState(refusal.messageEn, refusal.messageZh, { reason: refusal.reason });
  return body;
}

/**
 * The body a case opens in on a dispute the registry sent or handed to the court and has not closed: the body
 * named, else the one the registry named; only a body the dispute was sent to (by id, or as a co-handler) opens
 * it, else SENT_TO_ANOTHER_BODY.
 */
async function bodySentTo(ctx: LitigationContext, core: CaseCore, namedId: string | null): Promise<CourtBodyRow> {
  const sent = await requireSentHere(ctx, core.disputeCode);
  const body = await openingBody(ctx, core.courtCode, namedId, sent.bodyId);
  if (!sentToBody(sent, body)) throw sentToAnotherBody(sent, core.disputeCode);
  return body;
}

/** A case opening under `procedure` now in the court body `bodyId`, with the clocks that start with it. */
function opening(procedure: CourtProcedure, core: CaseCore, bodyId: string, at: Date, ctx: LitigationContext): NewCase {
  return {
    ...core,
    bodyId,
    procedure,
    caseType: CASE_TYPE_OF[procedure],
    status: OPENING[procedure].status,
    filedAt: at,
    createdBy: actorId(ctx.identity),
    clocks: OPENING[procedure].start.map((kind) => ({ kind, startedAt: at })),
  };
}

/** 立案: a first-instance case, whose trial clock depends on its trial procedure. */
function trialFiling(
  core: CaseCore,
  bodyId: string,
  trialProcedure: TrialProcedure,
  fastTrack: boolean,
  at: Date,
  ctx: LitigationContext,
): NewCase {
  return {
    ...opening("FIRST_INSTANCE", core, bodyId, at, ctx),
    clocks: [{ kind: TRIAL_CLOCK[trialProcedure], startedAt: at }],
    details: { trialProcedure, fastTrack },
  };
}

/** Step `event` of the state machine: its decision, and its clocks stopped and started (then `also`) with it. */
function step(
  event: CaseEvent,
  at: Date,
  also?: (tx: Tx, before: CourtCaseRow) => Promise<void>,
): Pick<CourtCaseChange, "decide" | "write"> {
  return {
    decide: (row) => nextStep(row, event),
    write: async (tx, before) => {
      await moveClocks(tx, before.id, STEPS[event], at);
      await also?.(tx, before);
    },
  };
}

/** Extends a running clock of the case: a change of the case that leaves it in its status. */
async function extend(
  ctx: LitigationContext,
  action: string,
  input: CaseClockExtensionInput,
  kind: ExtendableClock,
  report: (row: CourtCaseRow, days: number, at: Date) => NewCaseEvent,
): Promise<CourtCaseRow> {
  const now = currentTime();
  try {
    return await changeCourtCase(ctx, {
      id: input.caseId,
      expectedVersion: input.expectedVersion,
      decide: (row) => clockExtension(row, kind),
      // The actor approves (the judge records the parties' consent, or the president's approval) and is named.
      write: (tx, before) =>
        extendCaseClock(tx, before.id, kind, {
          days: input.days,
          reason: input.reason,
          approvedBy: actorId(ctx.identity),
          at: now,
        }),
      events: ({ after }) => [report(after, input.days, now)],
      audit: { action, input },
    });
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
}

/** The reason a refusal needs (不予受理, 驳回); a granted decision takes none. */
function reasonWhenRefused(input: CourtDecisionInput): string | null {
  if (input.granted) return null;
  const problems = new InputProblems();
  const reason = problems.text(
    ["input", "reason"],
    input.reason ?? "",
    { zh: "不予受理或驳回的理由", en: "Reason for refusing" },
    1000,
  );
  problems.throwIfAny();
  return reason;
}

/** The place a party consented in person, as the clerk names it (到场地点); an online consent has none. */
function consentPlace(problems: InputProblems, input: ConsentToJudicialConfirmationInput): string | undefined {
  const field = ["input", "place"];
  if (input.channel === "ONLINE" && input.place != null)
    problems.add(field, "NOT_FOR_ONLINE", "线上表示同意的，无到场地点", "A consent given online has no place");
  return problems.optionalText(field, input.place, { zh: "到场地点", en: "Place" }, ATTENDANCE_PLACE_MAX);
}

/**
 * 诉讼服务中心 steps. Each mutation checks its input, then takes one step through the write path
 * (src/db/write.ts): the state machine decides, and the change, its case event for the registry's
 * timeline (统一归集) and its audit entry are written in one transaction.
 */
/** Whether a title can be enforced or recorded performed, knowing whether the committee found its agreement performed. */
async function enforcementBasis(ctx: LitigationContext, basis: CourtCaseRow) {
  const performedPerCommittee =
    basis.agreementId !== null && (await ctx.loaders.performedPerCommitteeByAgreement.load(basis.agreementId)) !== null;
  return checkEnforcementBasis(basis, performedPerCommittee);
}

/** The parties of an application and whether each has consented, as the request's loaders read them. */
async function applicationParties(ctx: LitigationContext, row: CourtCaseRow): Promise<ApplicationParty[]> {
  const [parties, consents] = await Promise.all([
    ctx.loaders.partiesByCase.load(row.id),
    ctx.loaders.consentsByCase.load(row.id),
  ]);
  return parties.map((p) => ({ id: p.id, consented: consents.some((c) => c.casePartyId === p.id) }));
}

@Resolver(() => CourtCase)
export class CourtCaseMutations {
  @Authorized<Policy>("courtClerk")
  @Mutation(() => CourtCase, {
    description:
      "诉前调解: delegate a dispute to a mediation committee or an active invited mediator of the court's roster (30 days).",
  })
  async delegatePreFilingMediation(
    @Arg("input", () => DelegatePreFilingMediationInput) input: DelegatePreFilingMediationInput,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtCaseRow> {
    const now = currentTime();
    const problems = new InputProblems();
    const basics = checkCaseBasics(input, now, problems);
    const mediatorBody = problems.text(
      ["input", "mediatorBody"],
      input.mediatorBody,
      { zh: "调解组织", en: "Mediation body" },
      200,
    );
    const mediatorName = problems.text(
      ["input", "mediatorName"],
      input.mediatorName,
      { zh: "调解员", en: "Mediator" },
      50,
    );
    checkBodyId(input, problems);
    problems.throwIfAny();
    assertMayOpenCase(ctx, basics!.core.disputeCode, basics!.core.courtCode);
    // The court delegates only a dispute it holds: the registry sent or handed it here, to this body, and it is
    // still open.
    const body = await bodySentTo(ctx, basics!.core, input.bodyId ?? null);
    if (input.mediatorKind === "INVITED_MEDIATOR") {
      const courtCode = basics!.core.courtCode;
      const entry = await ctx.store.courtInvitedMediator.findUnique({
        where: { courtCode_name: { courtCode, name: mediatorName } },
      });
      const refusal = invitedMediatorRefusal(mediatorName, entry, courtCode);
      if (refusal) throw invalidState(refusal.messageEn, refusal.messageZh, { reason: refusal.reason });
    }
    return createCourtCase(ctx, {
      create: (tx) =>
        createCase(tx, {
          ...opening("PRE_FILING_MEDIATION", basics!.core, body.id, now, ctx),
          details: { mediatorKind: input.mediatorKind, mediatorBody, mediatorName },
        }),
      events: ({ after }) => [courtEvents.preFilingMediationDelegated(after, input.mediatorKind, mediatorBody, now)],
      audit: { action: "delegatePreFilingMediation", input },
    });
  }

  @Authorized<Policy>("courtClerk")
  @Mutation(() => CourtCase, {
    description: "Extend a pre-filing mediation by the parties' consent (state it in the reason).",
  })
  async extendPreFilingMediation(
    @Arg("input", () => ExtendPreFilingMediationInput) input: ExtendPreFilingMediationInput,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtCaseRow> {
    return extend(ctx, "extendPreFilingMediation", input, "preFilingMediation", courtEvents.preFilingMediationExtended);
  }

  @Authorized<Policy>("courtClerk")
  @Mutation(() => CourtCase, { description: "诉前调解成功: ends with an agreement or a mediation statement." })
  async recordPreFilingMediationSuccess(
    @Arg("input", () => RecordPreFilingMediationSuccessInput) input: RecordPreFilingMediationSuccessInput,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtCaseRow> {
    const now = currentTime();
    return changeCourtCase(ctx, {
      id: input.caseId,
      expectedVersion: input.expectedVersion,
      ...step("MEDIATION_SUCCEEDED", now),
      columns: () => ({ preFilingSuccess: input.success, concludedAt: now }),
      events: ({ after }) => [courtEvents.preFilingMediationResolved(after, input.success, now)],
      audit: { action: "recordPreFilingMediationSuccess", input },
    });
  }

  @Authorized<Policy>("courtClerk")
  @Mutation(() => CourtCase, {
    description: "诉前调解不成: files the case at once (民初) and returns it, linked to the mediation.",
  })
  async fileAfterFailedPreFilingMediation(
    @Arg("input", () => FileAfterFailedPreFilingMediationInput) input: FileAfterFailedPreFilingMediationInput,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtCaseRow> {
    const fastTrack = input.fastTrack ?? false;
    throwRefusals(checkFastTrack(input.trialProcedure, fastTrack));
    const now = currentTime();
    // The filed case is the answer and the audited record; the mediation is the case that changes. It follows
    // from the court's own pre-filing mediation, so the registry is not asked again.
    const filedId = randomUUID();
    let filed: CourtCaseRow | undefined;
    await changeCourtCase(ctx, {
      id: input.caseId,
      expectedVersion: input.expectedVersion,
      ...step("MEDIATION_FAILED", now, async (tx, mediation) => {
        const core = await caseCore(tx, mediation);
        const filing = trialFiling(core, mediation.bodyId, input.trialProcedure, fastTrack, now, ctx);
        filed = await createCase(tx, {
          ...filing,
          id: filedId,
          details: { ...filing.details, originCaseId: mediation.id },
        });
      }),
      columns: () => ({ concludedAt: now }),
      events: ({ after }) => [
        courtEvents.preFilingMediationFailed(after, now),
        courtEvents.caseFiled(filed!, input.trialProcedure, fastTrack, now),
      ],
      audit: { action: "fileAfterFailedPreFilingMediation", input, entityId: filedId },
    });
    return filed!;
  }

  @Authorized<Policy>("courtClerk")
  @Mutation(() => CourtCase, {
    description: "立案登记: file a first-instance civil case (民初) with its trial procedure and clock.",
  })
  async fileCourtCase(
    @Arg("input", () => FileCourtCaseInput) input: FileCourtCaseInput,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtCaseRow> {
    const now = currentTime();
    const fastTrack = input.fastTrack ?? false;
    const problems = new InputProblems();
    const basics = checkCaseBasics(input, now, problems);
    checkBodyId(input, problems);
    throwRefusals(checkFastTrack(input.trialProcedure, fastTrack), problems);
    assertMayOpenCase(ctx, basics!.core.disputeCode, basics!.core.courtCode);
    // A fresh filing, like a delegation, needs a dispute the registry sent or handed to this body and has not closed.
    const body = await bodySentTo(ctx, basics!.core, input.bodyId ?? null);
    return createCourtCase(ctx, {
      create: (tx) => createCase(tx, trialFiling(basics!.core, body.id, input.trialProcedure, fastTrack, now, ctx)),
      events: ({ after }) => [courtEvents.caseFiled(after, input.trialProcedure, fastTrack, now)],
      audit: { action: "fileCourtCase", input },
    });
  }

  @Authorized<Policy>("courtClerk")
  @Mutation(() => CourtCase, {
    description:
      "撤销立案 (更正): the court voids a first-instance filing recorded in error, while nothing else was recorded on the case. The case ends VOIDED, its trial clock stops and it leaves the cockpit; the resident's timeline marks the filing voided and shows the correction; the dispute stays with the court.",
  })
  async voidCourtCaseFiling(
    @Arg("input", () => VoidCourtCaseFilingInput) input: VoidCourtCaseFilingInput,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtCaseRow> {
    const problems = new InputProblems();
    const explanation = voidExplanation(problems, ["input", "explanation"], input.explanation);
    problems.throwIfAny();
    const now = currentTime();
    let filing: string | null = null;
    return changeCourtCase(ctx, {
      id: input.caseId,
      expectedVersion: input.expectedVersion,
      decide: async (row) => {
        const [eventId, later] = await Promise.all([
          reportedEventId(ctx.store, row.id, "CASE_FILED"),
          ctx.store.outboxEvent.count({ where: { recordId: row.id, type: { not: "CASE_FILED" } } }),
        ]);
        filing = eventId;
        return checkFilingVoid(row, later, eventId);
      },
      write: (tx, before) => moveClocks(tx, before.id, FILING_VOID, now),
      columns: () => ({ voidReason: input.reason, voidExplanation: explanation, concludedAt: now }),
      events: ({ after }) => [
        {
          ...voidEvent(
            { eventId: filing!, type: "CASE_FILED", stepZh: "立案" },
            caseJurisdiction(after.disputeCode).bodies[0] ?? "人民法院",
            input.reason,
          ),
          occurredAt: now,
        },
      ],
      audit: { action: "voidCourtCaseFiling", input },
    });
  }

  @Authorized<Policy>("courtClerk")
  @Mutation(() => CourtCase, {
    description: "判决: the first-instance judgment; stops the trial clock and awaits performance.",
  })
  async recordJudgment(
    @Arg("input", () => RecordJudgmentInput) input: RecordJudgmentInput,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtCaseRow> {
    const now = currentTime();
    return changeCourtCase(ctx, {
      id: input.caseId,
      expectedVersion: input.expectedVersion,
      ...step("JUDGMENT_RENDERED", now),
      columns: () => ({ concludedAt: now, performance: "PENDING" }),
      events: ({ after }) => [courtEvents.judgmentRecorded(after, now)],
      audit: { action: "recordJudgment", input },
    });
  }

  @Authorized<Policy>("courtClerk", "resident")
  @Mutation(() => CourtCase, {
    description:
      "司法确认申请: registers the application for an agreement reached on this dispute (the court knows it from the registry and takes its effective date from the signing); not for marriage, adoption or identity relations. The application is joint once every party has consented, each by its own act: a party filing while signed in consents by filing; every other party consents with consentToJudicialConfirmation (a clerk filing at the window records each party's consent the same way). The last consent must come within 30 days of the agreement taking effect.",
  })
  async applyForJudicialConfirmation(
    @Arg("input", () => ApplyForJudicialConfirmationInput) input: ApplyForJudicialConfirmationInput,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtCaseRow> {
    const now = currentTime();
    const problems = new InputProblems();
    const basics = checkCaseBasics(input, now, problems);
    const agreementId = problems.check(
      ["input", "agreementId"],
      checkUuid(input.agreementId, { zh: "调解协议编号", en: "agreementId (a MediationAgreement id)" }),
    );
    checkBodyId(input, problems);
    problems.throwIfAny();
    const { core, cause } = basics!;
    // Not dispatched by the registry: the parties bring their mediation agreement to the court. The agreement
    // itself the court takes from the registry, which relayed it when the committee reached it.
    // The parties may apply themselves (e.g. through the mobile court): a resident only as one of them.
    if (
      !isStaffOf(ctx.identity, "litigation") &&
      !isOneOfTheParties(
        ctx.identity.partyId,
        core.parties.map((p) => courtPartyId(p.kind, p.idNumber)),
      )
    ) {
      throw forbidden(
        "A resident may apply only as one of the parties named with their ID number",
        "当事人本人申请时，须为申请书所列（填写身份证号码的）当事人之一",
      );
    }
    assertMayOpenCase(ctx, core.disputeCode, core.courtCode);
    const notices = await registryNotices(ctx, core.disputeCode);
    const { applicationClock } = throwRefusals(
      checkConfirmationApplication({
        agreement: relayedAgreement(notices, agreementId!),
        appliedAt: now,
        parties: core.parties,
        cause,
      }),
    );
    const closed = closedDisputeRefusal(notices, agreementId!);
    if (closed)
      throw invalidState(closed.messageEn, closed.messageZh, { reason: closed.code, disputeCode: core.disputeCode });
    // An agreement reached in this court's pre-filing mediation (诉前调解) is confirmed as its sequel (民诉前调 → 民特):
    // the mediation that agreement ended, else the dispute's latest one.
    const preFilings = (await ctx.loaders.casesByDispute.load(core.disputeCode)).filter(
      (c) => c.procedure === "PRE_FILING_MEDIATION",
    );
    const preFiling = preFilings.find((c) => c.agreementId === agreementId) ?? preFilings.at(-1);
    // Not sent by the registry: the body named, else the body of that mediation (when it is this court's), else the
    // court's service centre.
    const body = await openingBody(ctx, core.courtCode, input.bodyId ?? null, preFiling?.bodyId ?? null);
    const opened = opening("JUDICIAL_CONFIRMATION", core, body.id, now, ctx);
    // A party filing signed in consents by filing, for itself alone; a clerk's filing records no one's consent.
    const filer = isStaffOf(ctx.identity, "litigation") ? undefined : ctx.identity.partyId;
    return createCourtCase(ctx, {
      create: async (tx) => {
        const created = await createCase(tx, {
          ...opened,
          // The 30-day application period, met when the last party consents.
          clocks: [
            { kind: "judicialConfirmationApplication", startedAt: applicationClock.startedAt },
            ...opened.clocks,
          ],
          details: {
            agreementId,
            agreementEffectiveAt: applicationClock.startedAt,
            originCaseId: preFiling?.id ?? null,
          },
        });
        const own = filer && (await tx.courtCaseParty.findFirst({ where: { caseId: created.id, partyId: filer } }));
        if (own) {
          await recordConsent(tx, {
            caseId: created.id,
            casePartyId: own.id,
            channel: "ONLINE",
            recorder: "PARTY",
            recordedBy: actorId(ctx.identity),
            representativeName: null,
            at: now,
          });
        }
        return created;
      },
      events: ({ after }) => [
        courtEvents.judicialConfirmationFiled(after, after.online, now, agreementId!),
        ...(filer ? [courtEvents.judicialConfirmationConsented(after, { channel: "ONLINE" }, false, now)] : []),
      ],
      audit: { action: "applyForJudicialConfirmation", input },
    });
  }

  @Authorized<Policy>("courtClerk", "resident")
  @Mutation(() => CourtCase, {
    description:
      "共同申请: one party consents to a judicial confirmation application awaiting acceptance. A resident consents only for themselves (the party whose ID number is theirs), online; a court clerk records the consent of a party present at the window, or of its representative (named). When the last party consents the application is joint: its 30-day period is met then, and the court's 3 days to decide on acceptance start.",
  })
  async consentToJudicialConfirmation(
    @Arg("input", () => ConsentToJudicialConfirmationInput) input: ConsentToJudicialConfirmationInput,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtCaseRow> {
    const now = currentTime();
    const clerk = isStaffOf(ctx.identity, "litigation");
    const problems = new InputProblems();
    const casePartyId = problems.check(
      ["input", "casePartyId"],
      checkUuid(input.casePartyId, { zh: "当事人编号", en: "casePartyId (a CourtCaseParty id)" }),
    );
    let representativeName: string | null = null;
    if (input.representativeName?.trim()) {
      if (clerk) {
        representativeName = problems.text(
          ["input", "representativeName"],
          input.representativeName,
          { zh: "代理人姓名", en: "Representative's name" },
          50,
        );
      } else {
        problems.add(
          ["input", "representativeName"],
          "NOT_FOR_PARTY",
          "当事人本人表示同意时无须填写代理人",
          "A party consenting itself names no representative",
        );
      }
    }
    // A party signed in consents through the app itself: online, whatever the client says.
    if (!clerk && input.channel !== "ONLINE")
      problems.add(
        ["input", "channel"],
        "PARTY_ONLINE_ONLY",
        "当事人本人登录表示同意的，渠道为线上；到场同意由法院工作人员记录",
        "A party signed in consents online; a consent in person is recorded by a court clerk",
      );
    const place = consentPlace(problems, input);
    problems.throwIfAny();
    let joint = false;
    return changeCourtCase(ctx, {
      id: input.caseId,
      expectedVersion: input.expectedVersion,
      decide: async (row) => {
        if (!clerk) {
          const party = (await ctx.loaders.partiesByCase.load(row.id)).find((p) => p.id === casePartyId);
          if (!party?.partyId || party.partyId !== ctx.identity.partyId)
            throw forbidden(
              "A party consents only for itself: sign in as that party, or consent at the court's window",
              "当事人只能本人表示同意：请以该当事人身份登录，或到法院窗口办理",
            );
        }
        const parties = await applicationParties(ctx, row);
        joint = isJoint(parties.map((p) => (p.id === casePartyId ? { ...p, consented: true } : p)));
        return consentStep(row, parties, casePartyId!, now);
      },
      write: async (tx, before) => {
        await recordConsent(tx, {
          caseId: before.id,
          casePartyId: casePartyId!,
          channel: input.channel,
          recorder: clerk ? "COURT_CLERK" : "PARTY",
          recordedBy: actorId(ctx.identity),
          representativeName,
          at: now,
        });
        if (joint) await moveClocks(tx, before.id, APPLICATION_COMPLETED, now);
      },
      // The last consent makes the application joint: that is when it is applied for (and the committee told).
      events: ({ after }) => [
        courtEvents.judicialConfirmationConsented(
          after,
          input.channel === "IN_PERSON"
            ? { channel: "IN_PERSON", place: place ?? courtServiceCentre(after.disputeCode) }
            : { channel: "ONLINE" },
          joint,
          now,
        ),
        ...(joint && after.agreementId ? [courtEvents.judicialConfirmationApplied(after, now, after.agreementId)] : []),
      ],
      audit: { action: "consentToJudicialConfirmation", input },
    });
  }

  @Authorized<Policy>("courtClerk")
  @Mutation(() => CourtCase, {
    description:
      "受理决定 (within 3 days of the application becoming joint): accept a joint application, or refuse with a reason (不予受理).",
  })
  async decideJudicialConfirmationAcceptance(
    @Arg("input", () => DecideJudicialConfirmationAcceptanceInput) input: DecideJudicialConfirmationAcceptanceInput,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtCaseRow> {
    const reason = reasonWhenRefused(input);
    const now = currentTime();
    return changeCourtCase(ctx, {
      id: input.caseId,
      expectedVersion: input.expectedVersion,
      ...step(input.granted ? "APPLICATION_ACCEPTED" : "APPLICATION_NOT_ACCEPTED", now),
      // Accepted only once every party has consented (共同申请); refused at any time.
      decide: async (row) => acceptanceStep(row, await applicationParties(ctx, row), input.granted),
      columns: () => (input.granted ? { acceptedAt: now } : { concludedAt: now, outcomeReason: reason }),
      events: ({ after }) => [courtEvents.judicialConfirmationAcceptanceDecided(after, input.granted, now)],
      audit: { action: "decideJudicialConfirmationAcceptance", input },
    });
  }

  @Authorized<Policy>("courtClerk")
  @Mutation(() => CourtCase, {
    description: "Extend the 15-day ruling period by up to 10 days with the president's approval.",
  })
  async extendJudicialConfirmationRuling(
    @Arg("input", () => ExtendJudicialConfirmationRulingInput) input: ExtendJudicialConfirmationRulingInput,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtCaseRow> {
    return extend(
      ctx,
      "extendJudicialConfirmationRuling",
      input,
      "judicialConfirmationRuling",
      courtEvents.judicialConfirmationRulingExtended,
    );
  }

  @Authorized<Policy>("courtClerk")
  @Mutation(() => CourtCase, {
    description: "裁定: confirm the agreement (it becomes enforceable) or reject the application with a reason.",
  })
  async ruleOnJudicialConfirmation(
    @Arg("input", () => RuleOnJudicialConfirmationInput) input: RuleOnJudicialConfirmationInput,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtCaseRow> {
    const reason = reasonWhenRefused(input);
    const now = currentTime();
    return changeCourtCase(ctx, {
      id: input.caseId,
      expectedVersion: input.expectedVersion,
      ...step(input.granted ? "AGREEMENT_CONFIRMED" : "APPLICATION_REJECTED", now),
      columns: () =>
        input.granted ? { concludedAt: now, performance: "PENDING" } : { concludedAt: now, outcomeReason: reason },
      events: ({ after }) => [courtEvents.judicialConfirmationRuled(after, input.granted, now)],
      audit: { action: "ruleOnJudicialConfirmation", input },
    });
  }

  @Authorized<Policy>("courtClerk")
  @Mutation(() => CourtCase, {
    description: "履行: the obligor performed a confirmed agreement or a judgment (e.g. found on a follow-up visit).",
  })
  async recordCourtPerformance(
    @Arg("input", () => RecordCourtPerformanceInput) input: RecordCourtPerformanceInput,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtCaseRow> {
    const now = currentTime();
    return changeCourtCase(ctx, {
      id: input.caseId,
      expectedVersion: input.expectedVersion,
      decide: (basis) => enforcementBasis(ctx, basis),
      columns: () => ({ performance: "PERFORMED" }),
      events: ({ after }) => [courtEvents.performanceRecorded(after, now)],
      audit: { action: "recordCourtPerformance", input },
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
    const now = currentTime();
    // The enforcement case is the answer and the audited record; the title enforced is the case that changes,
    // so the same title cannot be sent to enforcement twice, even by concurrent requests. It follows from the
    // court's own case, so the registry is not asked.
    const enforcementId = randomUUID();
    let enforcement: CourtCaseRow | undefined;
    await changeCourtCase(ctx, {
      id: input.basisCaseId,
      expectedVersion: input.expectedVersion,
      decide: (basis) => enforcementBasis(ctx, basis),
      columns: () => ({ performance: "ENFORCEMENT_APPLIED" }),
      write: async (tx, basis) => {
        const core = { ...(await caseCore(tx, basis)), online: input.online ?? false };
        enforcement = await createCase(tx, {
          ...opening("ENFORCEMENT", core, basis.bodyId, now, ctx),
          id: enforcementId,
          details: { originCaseId: basis.id },
        });
      },
      events: ({ after }) => [courtEvents.enforcementApplied(enforcement!, after, now)],
      audit: { action: "applyForEnforcement", input, entityId: enforcementId },
    });
    return enforcement!;
  }

  @Authorized<Policy>("courtClerk")
  @Mutation(() => CourtCase, { description: "执行结案: record how the enforcement ended." })
  async concludeEnforcement(
    @Arg("input", () => ConcludeEnforcementInput) input: ConcludeEnforcementInput,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtCaseRow> {
    const problems = new InputProblems();
    const note = input.note?.trim()
      ? problems.text(["input", "note"], input.note, { zh: "结案说明", en: "Note" }, 1000)
      : null;
    problems.throwIfAny();
    const now = currentTime();
    return changeCourtCase(ctx, {
      id: input.caseId,
      expectedVersion: input.expectedVersion,
      ...step("ENFORCEMENT_CONCLUDED", now),
      columns: () => ({ enforcementOutcome: input.outcome, outcomeReason: note, concludedAt: now }),
      events: ({ after }) => [courtEvents.enforcementConcluded(after, input.outcome, now)],
      audit: { action: "concludeEnforcement", input },
    });
  }
}
