// 法律援助案件的办理: application, material, provisional aid, decision, assignment, work log, closure and review.
// Each step goes through the shared write path (db/write.ts): the state machine in domain/workflow.ts decides,
// the case's version guards it, and its case events and audit entry are written with it.
import { randomUUID } from "node:crypto";
import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { actorId } from "@onedoor/shared/auth/identity";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import { countyOfDisputeCode } from "@onedoor/shared/auth/jurisdiction";
import type { Policy } from "@onedoor/shared/auth/access";
import { InputProblems, forbidden, invalidState } from "@onedoor/shared/graphql/errors";
import { requireSentHere, sentToAnotherBody, sentToBody } from "@onedoor/shared/events/registry-notices";
import { reportedEventId, voidEvent, voidExplanation } from "@onedoor/shared/events/step-void";
import { mainBodyIn } from "@onedoor/shared/auth/jurisdiction";
import { checkUuid, isUuid } from "@onedoor/shared/graphql/input-bounds";
import { loadById, refused } from "@onedoor/shared/db/write-path";
import { toLocalDate } from "@onedoor/shared/clock/index";
import { currentTime } from "@onedoor/shared/clock/now";
import { validatePhone, validateRegionCode, validateResidentId } from "@onedoor/shared/validators/index";
import { LegalAidCase } from "../entities/legal-aid-case.js";
import { LegalAidWorkEntry } from "../entities/provider.js";
import {
  ApplyForLegalAidInput,
  AssignLegalAidCaseInput,
  CloseLegalAidCaseInput,
  DecideLegalAidInput,
  RecordLegalAidWorkInput,
  RequestLegalAidMaterialsInput,
  ReviewLegalAidCaseInput,
  VoidLegalAidApplicationInput,
  StartProvisionalLegalAidInput,
  SupplyLegalAidMaterialsInput,
} from "../entities/inputs.js";
import { LegalAidStatus } from "../entities/enums.js";
import { MATTERS } from "../domain/matters.js";
import { evaluateEligibility, type EligibilityResult } from "../domain/eligibility.js";
import { standardFen } from "../domain/hardship-standards.js";
import { storedFen, yuanOf } from "../domain/money.js";
import { checkProvider, pickProvider } from "../domain/assignment.js";
import {
  assessUrgency,
  assignStep,
  closeStep,
  decideStep,
  logWorkStep,
  MAX_MATERIAL_REQUESTS,
  openMaterialRequest,
  refusal,
  requestMaterialsStep,
  reviewStep,
  startProvisionalAidStep,
  supplyMaterialsStep,
  voidApplicationStep,
} from "../domain/workflow.js";
import {
  applicationEvents,
  assignmentEvent,
  closureEvent,
  decisionEvent,
  materialsRequestedEvent,
  materialsSuppliedEvent,
  provisionalAidEvent,
  reviewEvent,
  workEvent,
} from "../domain/case-events.js";
import { mayApplyFor, maySupplyMaterials } from "../domain/access.js";
import { householdSize, incomePerHead, optional, optionalDisputeCode, workMinutes } from "../domain/input-rules.js";
import { addMaterialRequest, addWorkEntry, changeCase, createCase, markMaterialsSupplied } from "../db/write.js";
import { assignableProviders } from "../db/providers.js";
import { receivingCentre } from "../db/directory.js";
import { centreRefusal } from "../domain/centre.js";
import { providerCandidate, type CaseRow, type ProviderRow, type WorkEntryRow } from "./mapping.js";
import { assertMayFileIn, loadCase } from "./access.js";
import type { LegalAidContext } from "./context.js";

/** A provider named for an assignment: NOT_FOUND names it thus. */
const PROVIDER = { entity: "LegalAidProvider", nameZh: "承办人员" };

/** Not decidable yet (facts missing, or no local standard): INVALID_STATE naming what is missing. */
function undetermined(result: Extract<EligibilityResult, { outcome: "UNDETERMINED" }>, status: LegalAidStatus) {
  return invalidState(`Eligibility cannot be decided yet: missing ${result.missing.join(", ")}`, result.messageZh, {
    reason: "ELIGIBILITY_UNDETERMINED",
    status,
    missing: result.missing,
  });
}

@Resolver(() => LegalAidCase)
export class LegalAidCaseMutations {
  @Authorized<Policy>("legalAidOfficer", "resident")
  @Mutation(() => LegalAidCase, {
    description:
      "法律援助申请 at the window, or by a resident in their own name. Starts the 7-day decision clock; with fewer than 7 days to a legal deadline in the linked case, aid starts at once (art. 44).",
  })
  async applyForLegalAid(
    @Arg("input", () => ApplyForLegalAidInput) input: ApplyForLegalAidInput,
    @Ctx() ctx: LegalAidContext,
  ): Promise<CaseRow> {
    const problems = new InputProblems();
    const disputeCode = problems.check(["input", "disputeCode"], optionalDisputeCode(input.disputeCode));
    const arbitrationCaseId = problems.check(
      ["input", "arbitrationCaseId"],
      optional(input.arbitrationCaseId, (id) => checkUuid(id, { zh: "仲裁案件编号", en: "arbitrationCaseId" })),
    );
    const courtCaseId = problems.check(
      ["input", "courtCaseId"],
      optional(input.courtCaseId, (id) => checkUuid(id, { zh: "法院案件编号", en: "courtCaseId" })),
    );
    if (!input.disputeCode && !input.arbitrationCaseId && !input.courtCaseId) {
      problems.add(
        ["input", "disputeCode"],
        "EMPTY",
        "请填写解纷码，或所涉仲裁、诉讼案件",
        "Give a dispute code or the pending arbitration or court case",
      );
    }
    const name = problems.text(
      ["input", "applicant", "name"],
      input.applicant.name,
      { zh: "申请人姓名", en: "Applicant name" },
      50,
    );
    const resident = problems.check(
      ["input", "applicant", "residentId"],
      validateResidentId(input.applicant.residentId),
    );
    const phone = input.applicant.phone
      ? problems.check(["input", "applicant", "phone"], validatePhone(input.applicant.phone))
      : null;
    const household = problems.check(["input", "householdSize"], optional(input.householdSize, householdSize));
    const income = problems.check(
      ["input", "monthlyIncomePerHead"],
      optional(input.monthlyIncomePerHead, incomePerHead),
    );
    const regionInput = input.regionCode ?? (disputeCode ? disputeCode.slice(0, 6) : null);
    let regionCode: string | undefined;
    if (regionInput) regionCode = problems.check(["input", "regionCode"], validateRegionCode(regionInput));
    else
      problems.add(
        ["input", "regionCode"],
        "EMPTY",
        "没有解纷码时请填写行政区划代码",
        "Give a region code when there is no dispute code",
      );
    const centreId = input.centreId ?? null;
    if (centreId !== null && !isUuid(centreId))
      problems.add(["input", "centreId"], "UNKNOWN", "法律援助机构不存在", "No such legal aid centre");
    problems.throwIfAny();
    const centre = await receivingCentre(ctx.store, centreId, regionCode!);
    if (centreId !== null && !centre)
      problems.add(["input", "centreId"], "UNKNOWN", "法律援助机构不存在", "No such legal aid centre");
    problems.throwIfAny();
    if (!mayApplyFor(ctx.identity, partyIdOf({ residentId: resident! }))) {
      throw forbidden("A resident may apply for legal aid only in their own name", "只能以本人名义申请法律援助");
    }
    // At the window: the dispute and the applicant's region both of the center's own county.
    assertMayFileIn(ctx, [
      regionCode!.slice(0, 6),
      ...(disputeCode ? [countyOfDisputeCode(disputeCode)] : []),
      ...(centre ? [centre.regionCode] : []),
    ]);
    // Only a centre taking new matters receives an application. A county whose centre is not in the directory
    // still receives a resident's application without one, as before centres were records.
    const closed = centre && centreRefusal(centre);
    if (closed) throw refused(closed, centre.status);
    // Named on a dispute, the case joins it: only one the registry sent or handed over to this centre and has not
    // closed. An application on a pending arbitration or court case alone concerns no dispute of the registry.
    if (disputeCode) {
      const sent = await requireSentHere(ctx, disputeCode);
      // Without a centre of the county in the directory, only a dispute the registry sent to no centre by id.
      if (centre ? !sentToBody(sent, centre) : sent.bodyId !== null) throw sentToAnotherBody(sent, disputeCode);
    }

    const now = currentTime();
    const urgency = input.urgentDeadline ? assessUrgency(input.urgentDeadline, now) : undefined;
    return createCase(
      ctx,
      {
        disputeCode: disputeCode ?? null,
        arbitrationCaseId: arbitrationCaseId ?? null,
        courtCaseId: courtCaseId ?? null,
        matter: input.matter,
        status: urgency?.urgent ? LegalAidStatus.PROVISIONAL_AID : LegalAidStatus.SUBMITTED,
        applicantName: name,
        applicantResidentId: resident!,
        applicantPhone: phone ?? null,
        applicantGroups: [...new Set(input.applicant.groups ?? [])],
        householdSize: household ?? null,
        monthlyIncomePerHead: income == null ? null : yuanOf(income),
        regionCode: regionCode!,
        centreId: centre?.id ?? null,
        urgentDeadline: input.urgentDeadline ?? null,
        provisionalAidStartedAt: urgency?.urgent ? now : null,
        provisionalAidNote: urgency?.urgent ? urgency.noteZh : null,
        appliedAt: now,
        receivedBy: actorId(ctx.identity),
      },
      (row) =>
        applicationEvents({
          matter: row.matter,
          status: row.status,
          appliedAt: row.appliedAt,
          provisional:
            row.provisionalAidStartedAt && row.urgentDeadline
              ? { startedAt: row.provisionalAidStartedAt, legalDeadline: row.urgentDeadline }
              : null,
        }),
      { action: "applyForLegalAid", input, nested: true },
    );
  }

  @Authorized<Policy>("legalAidOfficer")
  @Mutation(() => LegalAidCase, {
    description:
      "要求补充材料: pauses the decision clock until the material is supplied; " +
      `at most ${MAX_MATERIAL_REQUESTS} requests per application (INVALID_STATE TOO_MANY_MATERIAL_REQUESTS).`,
  })
  async requestLegalAidMaterials(
    @Arg("input", () => RequestLegalAidMaterialsInput) input: RequestLegalAidMaterialsInput,
    @Ctx() ctx: LegalAidContext,
  ): Promise<CaseRow> {
    const problems = new InputProblems();
    const text = problems.text(["input", "items"], input.items, { zh: "所需材料", en: "Requested items" }, 500, {
      multiline: true,
    });
    problems.throwIfAny();
    const now = currentTime();
    return changeCase(ctx, {
      id: input.caseId,
      expectedVersion: input.expectedVersion,
      decide: async (row) => requestMaterialsStep(row, await ctx.loaders.materialRequestsByCase.load(row.id)),
      write: (tx, row) =>
        addMaterialRequest(tx, { caseId: row.id, items: text, requestedAt: now, requestedBy: actorId(ctx.identity) }),
      events: ({ after }) => [materialsRequestedEvent({ status: after.status, at: now })],
      audit: { action: "requestLegalAidMaterials", input },
    });
  }

  @Authorized<Policy>("legalAidOfficer", "resident")
  @Mutation(() => LegalAidCase, {
    description:
      "补充材料 by the center or the applicant: closes the open request (the decision clock runs again) and updates the facts it brings.",
  })
  async supplyLegalAidMaterials(
    @Arg("input", () => SupplyLegalAidMaterialsInput) input: SupplyLegalAidMaterialsInput,
    @Ctx() ctx: LegalAidContext,
  ): Promise<CaseRow> {
    const problems = new InputProblems();
    const household = problems.check(["input", "householdSize"], optional(input.householdSize, householdSize));
    const income = problems.check(
      ["input", "monthlyIncomePerHead"],
      optional(input.monthlyIncomePerHead, incomePerHead),
    );
    problems.throwIfAny();
    const kase = await loadCase(ctx, input.caseId);
    if (!maySupplyMaterials(ctx.identity, kase))
      throw forbidden(
        "Only the applicant or the legal aid center supplies material for this case",
        "仅申请人本人或法律援助中心可补充本案材料",
      );
    const now = currentTime();
    return changeCase(ctx, {
      id: kase.id,
      expectedVersion: input.expectedVersion,
      decide: async (row) => supplyMaterialsStep(row, await ctx.loaders.materialRequestsByCase.load(row.id)),
      columns: () => ({
        ...(household != null ? { householdSize: household } : {}),
        ...(income != null ? { monthlyIncomePerHead: yuanOf(income) } : {}),
        ...(input.applicantGroups ? { applicantGroups: [...new Set(input.applicantGroups)] } : {}),
      }),
      write: (tx, row) => markMaterialsSupplied(tx, row.id, now),
      events: ({ after }) => [materialsSuppliedEvent({ status: after.status, at: now })],
      audit: { action: "supplyLegalAidMaterials", input },
    });
  }

  @Authorized<Policy>("legalAidOfficer")
  @Mutation(() => LegalAidCase, {
    description: "先行提供法律援助 when a legal deadline in the linked case becomes known later (art. 44).",
  })
  async startProvisionalLegalAid(
    @Arg("input", () => StartProvisionalLegalAidInput) input: StartProvisionalLegalAidInput,
    @Ctx() ctx: LegalAidContext,
  ): Promise<CaseRow> {
    const { legalDeadline } = input;
    const now = currentTime();
    const urgency = assessUrgency(legalDeadline, now);
    return changeCase(ctx, {
      id: input.caseId,
      expectedVersion: input.expectedVersion,
      decide: (row) => startProvisionalAidStep(row, urgency),
      columns: () => ({
        urgentDeadline: legalDeadline,
        provisionalAidStartedAt: now,
        provisionalAidNote: urgency.noteZh,
      }),
      events: ({ after }) => [provisionalAidEvent({ status: after.status, startedAt: now, legalDeadline })],
      audit: { action: "startProvisionalLegalAid", input },
    });
  }

  @Authorized<Policy>("legalAidOfficer")
  @Mutation(() => LegalAidCase, {
    description:
      "审查决定 by the eligibility rules in force on the application date; records the article and rule version.",
  })
  async decideLegalAid(
    @Arg("input", () => DecideLegalAidInput) input: DecideLegalAidInput,
    @Ctx() ctx: LegalAidContext,
  ): Promise<CaseRow> {
    const now = currentTime();
    let decided: Exclude<EligibilityResult, { outcome: "UNDETERMINED" }> | undefined;
    return changeCase(ctx, {
      id: input.caseId,
      expectedVersion: input.expectedVersion,
      decide: async (row) => {
        const requests = await ctx.loaders.materialRequestsByCase.load(row.id);
        const result = evaluateEligibility({
          matter: row.matter,
          applicantGroups: row.applicantGroups,
          householdSize: row.householdSize,
          monthlyIncomePerHeadFen: storedFen(row.monthlyIncomePerHead),
          regionCode: row.regionCode,
          appliedOn: toLocalDate(row.appliedAt),
        });
        if (result.outcome === "UNDETERMINED") {
          // Outstanding material comes first: what is missing may be on its way.
          if (openMaterialRequest(requests)) return decideStep(row, requests, false);
          throw undetermined(result, row.status);
        }
        decided = result;
        return decideStep(row, requests, result.outcome === "ELIGIBLE");
      },
      columns: () => {
        const result = decided!;
        return {
          decidedAt: now,
          decidedBy: actorId(ctx.identity),
          eligibilityBasis: result.basis,
          eligibilityArticle: result.article,
          eligibilityRuleVersion: result.ruleVersion,
          meansTestApplied: result.meansTestApplied,
          hardshipStandard: result.hardshipStandard ? yuanOf(standardFen(result.hardshipStandard)) : null,
          hardshipStandardSource: result.hardshipStandard?.source ?? null,
          decisionExplanation: result.outcome === "ELIGIBLE" ? result.explanationZh : null,
          refusalReasons: result.outcome === "ELIGIBLE" ? [] : result.reasonsZh,
        };
      },
      events: ({ after }) => {
        const result = decided!;
        return [
          decisionEvent({
            granted: result.outcome === "ELIGIBLE",
            status: after.status,
            matter: after.matter,
            basis: result.basis,
            article: result.article,
            ruleVersion: result.ruleVersion,
            meansTestApplied: result.meansTestApplied,
            at: now,
          }),
        ];
      },
      audit: { action: "decideLegalAid", input },
    });
  }

  @Authorized<Policy>("legalAidOfficer")
  @Mutation(() => LegalAidCase, {
    description: "指派: the given provider (validated) or the least-loaded one with the matter's specialty.",
  })
  async assignLegalAidCase(
    @Arg("input", () => AssignLegalAidCaseInput) input: AssignLegalAidCaseInput,
    @Ctx() ctx: LegalAidContext,
  ): Promise<CaseRow> {
    const providerId = input.providerId ?? null;
    let chosen: ProviderRow | undefined;
    const openCasesOf = async (provider: ProviderRow) =>
      (await ctx.loaders.openCasesByProvider.load(provider.id))?.openCases ?? 0;
    const now = currentTime();
    return changeCase(ctx, {
      id: input.caseId,
      expectedVersion: input.expectedVersion,
      decide: async (row) => {
        const step = assignStep(row);
        if (!step.ok) return step;
        const target = { matter: row.matter, regionCode: row.regionCode };
        if (providerId) {
          const provider = await loadById(PROVIDER, providerId, (id) =>
            ctx.loaders.providerById.load(id.toLowerCase()),
          );
          const check = checkProvider(providerCandidate(provider, await openCasesOf(provider)), target);
          if (!check.ok) return refusal(check.reason, check.messageEn, check.messageZh);
          chosen = provider;
          return step;
        }
        const specialty = MATTERS[target.matter].specialty;
        const providers = await assignableProviders(ctx, row.regionCode.slice(0, 6), specialty);
        const candidates = await Promise.all(providers.map(async (p) => providerCandidate(p, await openCasesOf(p))));
        const pick = pickProvider(candidates, target);
        chosen = providers.find((p) => p.id === pick?.id);
        if (!chosen)
          return refusal(
            "NO_PROVIDER_AVAILABLE",
            "No provider of this county with this specialty has capacity",
            `本县没有可指派的${MATTERS[target.matter].label}承办人员（专业不符或在办案件已满）`,
          );
        return step;
      },
      columns: () => ({ assigneeId: chosen!.id, assignedAt: now, assignedBy: actorId(ctx.identity) }),
      events: ({ after }) => [
        assignmentEvent({
          providerKind: chosen!.kind,
          organisation: chosen!.organisation,
          status: after.status,
          at: now,
        }),
      ],
      audit: { action: "assignLegalAidCase", input },
    });
  }

  @Authorized<Policy>("legalAidOfficer")
  @Mutation(() => LegalAidWorkEntry, { description: "办案记录 by the assigned provider." })
  async recordLegalAidWork(
    @Arg("input", () => RecordLegalAidWorkInput) input: RecordLegalAidWorkInput,
    @Ctx() ctx: LegalAidContext,
  ): Promise<WorkEntryRow> {
    const problems = new InputProblems();
    const description = problems.text(
      ["input", "description"],
      input.description,
      { zh: "工作内容", en: "Description" },
      2000,
      { multiline: true },
    );
    const minutes = problems.check(["input", "minutes"], optional(input.minutes, workMinutes));
    problems.throwIfAny();
    // A step of the case: the entry is written with it, under an id the audit entry names beforehand.
    const entryId = randomUUID();
    const occurredAt = input.occurredAt ?? currentTime();
    let entry: WorkEntryRow | undefined;
    await changeCase(ctx, {
      id: input.caseId,
      expectedVersion: input.expectedVersion,
      decide: (row) => logWorkStep(row),
      write: async (tx, row) => {
        entry = await addWorkEntry(tx, {
          id: entryId,
          caseId: row.id,
          providerId: row.assigneeId!,
          activity: input.activity,
          description,
          minutes: minutes ?? null,
          occurredAt,
          recordedBy: actorId(ctx.identity),
        });
      },
      events: () => [workEvent({ activity: input.activity, minutes: minutes ?? null, at: occurredAt })],
      audit: { action: "recordLegalAidWork", input, entity: "LegalAidWorkEntry", entityId: entryId },
    });
    return entry!;
  }

  @Authorized<Policy>("legalAidOfficer")
  @Mutation(() => LegalAidCase, { description: "结案" })
  async closeLegalAidCase(
    @Arg("input", () => CloseLegalAidCaseInput) input: CloseLegalAidCaseInput,
    @Ctx() ctx: LegalAidContext,
  ): Promise<CaseRow> {
    const problems = new InputProblems();
    const summary = problems.text(["input", "summary"], input.summary, { zh: "结案情况", en: "Summary" }, 2000, {
      multiline: true,
    });
    problems.throwIfAny();
    const now = currentTime();
    return changeCase(ctx, {
      id: input.caseId,
      expectedVersion: input.expectedVersion,
      decide: (row) => closeStep(row, input.outcome),
      columns: () => ({ closedAt: now, closureOutcome: input.outcome, closureSummary: summary }),
      events: () => [closureEvent({ outcome: input.outcome, at: now })],
      audit: { action: "closeLegalAidCase", input },
    });
  }

  @Authorized<Policy>("legalAidOfficer")
  @Mutation(() => LegalAidCase, { description: "质量评查 of a closed case, once." })
  async reviewLegalAidCase(
    @Arg("input", () => ReviewLegalAidCaseInput) input: ReviewLegalAidCaseInput,
    @Ctx() ctx: LegalAidContext,
  ): Promise<CaseRow> {
    const problems = new InputProblems();
    const reviewer = problems.text(["input", "reviewer"], input.reviewer, { zh: "评查人", en: "Reviewer" }, 50);
    const comment = problems.optionalText(["input", "comment"], input.comment, { zh: "评查意见", en: "Comment" }, 2000);
    problems.throwIfAny();
    const now = currentTime();
    return changeCase(ctx, {
      id: input.caseId,
      expectedVersion: input.expectedVersion,
      decide: (row) => reviewStep(row),
      columns: () => ({ reviewRating: input.rating, reviewer, reviewComment: comment ?? null, reviewedAt: now }),
      events: () => [reviewEvent({ rating: input.rating, at: now })],
      audit: { action: "reviewLegalAidCase", input },
    });
  }

  @Authorized<Policy>("legalAidOfficer")
  @Mutation(() => LegalAidCase, {
    description:
      "撤销受理 (更正): the center voids an application it received in error, while nothing else was recorded on it. The case ends VOIDED and leaves the queues and the cockpit; on a dispute, the resident's timeline marks the application voided and shows the correction.",
  })
  async voidLegalAidApplication(
    @Arg("input", () => VoidLegalAidApplicationInput) input: VoidLegalAidApplicationInput,
    @Ctx() ctx: LegalAidContext,
  ): Promise<CaseRow> {
    const problems = new InputProblems();
    const explanation = voidExplanation(problems, ["input", "explanation"], input.explanation);
    problems.throwIfAny();
    const current = await loadCase(ctx, input.caseId);
    let application: string | null = null;
    return changeCase(ctx, {
      id: current.id,
      expectedVersion: input.expectedVersion,
      decide: async (row) => {
        // Steps since the receipt: those reported, and material requests (a case on no dispute reports none).
        const [eventId, reported, requests] = await Promise.all([
          reportedEventId(ctx.store, row.id, "LEGAL_AID_APPLIED"),
          ctx.store.outboxEvent.count({ where: { recordId: row.id, type: { not: "LEGAL_AID_APPLIED" } } }),
          ctx.store.legalAidMaterialRequest.count({ where: { caseId: row.id } }),
        ]);
        const later = Math.max(reported, requests);
        application = eventId;
        return voidApplicationStep(row.status, later, eventId, row.disputeCode !== null);
      },
      columns: () => ({ voidReason: input.reason, voidExplanation: explanation, closedAt: currentTime() }),
      events: ({ after }) =>
        application
          ? [
              voidEvent(
                { eventId: application, type: "LEGAL_AID_APPLIED", stepZh: "法律援助申请受理" },
                mainBodyIn("legal-aid", after.regionCode.slice(0, 6)) ?? "法律援助中心",
                input.reason,
              ),
            ]
          : [],
      audit: { action: "voidLegalAidApplication", input },
    });
  }
}
