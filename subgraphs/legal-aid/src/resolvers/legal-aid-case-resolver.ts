import { givenFields } from "@onedoor/shared/audit/audit";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { InputProblems, forbidden, invalidState, notFound } from "@onedoor/shared/graphql/errors";
import { assertVisible, maskedPhone, maskedResidentId, visibleName, type Policy } from "@onedoor/shared/auth/access";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import {
  afterCursorDesc,
  encodeCursor,
  pageSize,
  toConnection,
  type ConnectionShape,
} from "@onedoor/shared/graphql/connection";
import { ClockView, clockView } from "@onedoor/shared/graphql/clock-type";
import { CN_HOLIDAY_CALENDAR, toLocalDate } from "@onedoor/shared/clock/index";
import { validatePhone, validateRegionCode, validateResidentId } from "@onedoor/shared/validators/index";
import {
  ArbitrationCaseRef,
  CloseLegalAidCaseInput,
  CourtCaseRef,
  LegalAidApplicant,
  LegalAidApplicationInput,
  LegalAidAssignment,
  LegalAidCase,
  LegalAidCaseConnection,
  LegalAidCaseFilter,
  LegalAidClosure,
  LegalAidDecision,
  LegalAidFinancialSituation,
  LegalAidQualityReview,
  MaterialRequest,
  ProvisionalAid,
  ReviewLegalAidCaseInput,
  SupplyMaterialsInput,
} from "../entities/legal-aid-case.js";
import { LegalAidWorkEntry, RecordLegalAidWorkInput } from "../entities/provider.js";
import {
  ApplicantGroup,
  ClosureOutcome,
  EligibilityBasis,
  LegalAidMatter,
  LegalAidStatus,
  QualityRating,
  WorkActivity,
} from "../entities/enums.js";
import { MATTERS } from "../domain/matters.js";
import { evaluateEligibility } from "../domain/eligibility.js";
import { standardFen } from "../domain/hardship-standards.js";
import {
  URGENT_RULE_ARTICLE,
  assessUrgency,
  clockStatuses,
  isOverdue,
  openMaterialRequest,
  transition,
  type LegalAidAction,
} from "../domain/workflow.js";
import { ProviderKind, checkProvider, pickProvider } from "../domain/assignment.js";
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
import { applicantPartyIdOf, caseScope, mayApplyFor, maySupplyMaterials } from "../domain/access.js";
import { insertCase, insertWorkEntry, updateCase, type AuditedAct } from "../db/cases.js";
import type { LegalAidWorkEntry as WorkEntryRow, Prisma } from "../generated/prisma/client.js";
import { UUID, checkDisputeCode, checkIntRange, checkOptionalText, checkText, checkUuid } from "./input-checks.js";
import {
  clockFacts,
  isoSort,
  parseIsoSort,
  providerCandidate,
  type ApplicantSource,
  type CaseRow,
  type ProviderRow,
  type WorkEntryView,
} from "./mapping.js";
import { applicantOwner, seesCaseInFull } from "./access.js";
import type { LegalAidContext } from "./context.js";
import { currentTime } from "@onedoor/shared/clock/now";

const actor = (ctx: LegalAidContext): string => ctx.identity.userId ?? "anonymous";
const DAY_MS = 86_400_000;

async function loadCase(ctx: LegalAidContext, id: string): Promise<CaseRow> {
  // Ids are UUIDs: anything else cannot exist, and must not reach the uuid column as a query error.
  const row = UUID.test(id) ? await ctx.loaders.caseById.load(id.toLowerCase()) : null;
  if (!row) throw notFound("LegalAidCase", id, `法律援助案件 ${id} 不存在`);
  return row;
}

/** The audit entry of a mutation by the caller. */
const act = (ctx: LegalAidContext, action: string, fields: string[]): AuditedAct => ({ by: ctx, action, fields });

/** The status after `action`, or INVALID_STATE with the state machine's reason. */
function next(row: CaseRow, action: LegalAidAction): LegalAidStatus {
  const result = transition(row.status as LegalAidStatus, action);
  if (!result.ok) throw invalidState(result.messageEn, result.messageZh, { status: row.status });
  return result.status;
}

@Resolver(() => LegalAidCase)
export class LegalAidCaseResolver {
  @FieldResolver(() => String, { description: "Window label of the matter, e.g. 追索劳动报酬." })
  matterType(@Root() row: CaseRow): string {
    return MATTERS[row.matter as LegalAidMatter].label;
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: "Internal party id of the applicant (never the ID number); null when there is no resident ID.",
  })
  applicantPartyId(@Root() row: CaseRow): string | null {
    return applicantPartyIdOf(row);
  }

  @FieldResolver(() => LegalAidApplicant)
  applicant(@Root() row: CaseRow, @Ctx() ctx: LegalAidContext): ApplicantSource {
    return {
      row,
      name: visibleName(ctx, applicantOwner(row), row.applicantName),
      residentId: maskedResidentId(row.applicantResidentId),
      phone: maskedPhone(row.applicantPhone),
      groups: seesCaseInFull(ctx, row) ? (row.applicantGroups as ApplicantGroup[]) : null,
      partyId: applicantPartyIdOf(row),
    };
  }

  @FieldResolver(() => LegalAidFinancialSituation, {
    nullable: true,
    description: "Household size and income (hardship material): null for summary readers.",
  })
  financialSituation(@Root() row: CaseRow, @Ctx() ctx: LegalAidContext): LegalAidFinancialSituation | null {
    if (!seesCaseInFull(ctx, row)) return null;
    return { householdSize: row.householdSize, monthlyIncomePerHeadFen: row.monthlyIncomePerHeadFen };
  }

  @FieldResolver(() => ArbitrationCaseRef, {
    nullable: true,
    description: "The pending arbitration case the application is for.",
  })
  arbitrationCase(@Root() row: CaseRow): ArbitrationCaseRef | null {
    return row.arbitrationCaseId ? { id: row.arbitrationCaseId } : null;
  }

  @FieldResolver(() => CourtCaseRef, { nullable: true, description: "The pending court case the application is for." })
  courtCase(@Root() row: CaseRow): CourtCaseRef | null {
    return row.courtCaseId ? { id: row.courtCaseId } : null;
  }

  @FieldResolver(() => LegalAidDecision, { nullable: true, description: "审查决定, once taken." })
  decision(@Root() row: CaseRow, @Ctx() ctx: LegalAidContext): LegalAidDecision | null {
    if (!row.decidedAt) return null;
    const full = seesCaseInFull(ctx, row);
    return {
      granted:
        row.eligibilityBasis !== EligibilityBasis.MEANS_TEST_FAILED &&
        row.eligibilityBasis !== EligibilityBasis.OUT_OF_SCOPE,
      basis: full ? (row.eligibilityBasis as EligibilityBasis) : null,
      article: full ? row.eligibilityArticle! : null,
      ruleVersion: row.eligibilityRuleVersion!,
      meansTestApplied: row.meansTestApplied ?? false,
      hardshipStandardFen: row.hardshipStandardFen,
      hardshipStandardSource: row.hardshipStandardSource,
      explanation: full ? row.decisionExplanation : null,
      refusalReasons: full ? row.refusalReasons : null,
      decidedAt: row.decidedAt,
      decidedBy: row.decidedBy!,
    };
  }

  @FieldResolver(() => ProvisionalAid, {
    nullable: true,
    description: "先行提供法律援助, when the urgent rule applied.",
  })
  provisionalAid(@Root() row: CaseRow): ProvisionalAid | null {
    if (!row.provisionalAidStartedAt || !row.urgentDeadline) return null;
    return {
      startedAt: row.provisionalAidStartedAt,
      legalDeadline: row.urgentDeadline,
      article: URGENT_RULE_ARTICLE,
      note: row.provisionalAidNote ?? "",
    };
  }

  @FieldResolver(() => [MaterialRequest], { description: "补充材料通知, oldest first." })
  async materialRequests(@Root() row: CaseRow, @Ctx() ctx: LegalAidContext): Promise<MaterialRequest[]> {
    const requests = await ctx.loaders.materialRequestsByCase.load(row.id);
    return seesCaseInFull(ctx, row) ? requests : requests.map((r) => ({ ...r, items: null }));
  }

  @FieldResolver(() => LegalAidAssignment, { nullable: true })
  async assignment(
    @Root() row: CaseRow,
    @Ctx() ctx: LegalAidContext,
  ): Promise<(Omit<LegalAidAssignment, "provider"> & { provider: ProviderRow }) | null> {
    if (!row.assigneeId || !row.assignedAt) return null;
    const provider = await ctx.loaders.providerById.load(row.assigneeId);
    return provider ? { provider, assignedAt: row.assignedAt, assignedBy: row.assignedBy ?? "" } : null;
  }

  @FieldResolver(() => [LegalAidWorkEntry], {
    description: "办案记录 of the assigned provider, oldest first (bounded by one case).",
  })
  async workLog(@Root() row: CaseRow, @Ctx() ctx: LegalAidContext): Promise<WorkEntryView[]> {
    const entries = await ctx.loaders.workLogByCase.load(row.id);
    return seesCaseInFull(ctx, row) ? entries : entries.map((e) => ({ ...e, description: null }));
  }

  @FieldResolver(() => LegalAidClosure, { nullable: true })
  closure(@Root() row: CaseRow, @Ctx() ctx: LegalAidContext): LegalAidClosure | null {
    if (!row.closedAt) return null;
    return {
      closedAt: row.closedAt,
      outcome: row.closureOutcome as ClosureOutcome,
      summary: seesCaseInFull(ctx, row) ? (row.closureSummary ?? "") : null,
    };
  }

  @FieldResolver(() => LegalAidQualityReview, { nullable: true })
  review(@Root() row: CaseRow, @Ctx() ctx: LegalAidContext): LegalAidQualityReview | null {
    if (!row.reviewedAt) return null;
    return {
      rating: row.reviewRating as QualityRating,
      reviewer: row.reviewer ?? "",
      comment: seesCaseInFull(ctx, row) ? row.reviewComment : null,
      reviewedAt: row.reviewedAt,
    };
  }

  @FieldResolver(() => [ClockView], {
    description: "legalAidDecision (7 days, paused for material) and legalAidAssignment (3 days).",
  })
  async clocks(@Root() row: CaseRow, @Ctx() ctx: LegalAidContext): Promise<ClockView[]> {
    const requests = await ctx.loaders.materialRequestsByCase.load(row.id);
    return clockStatuses(clockFacts(row, requests), currentTime()).map(({ clock, status }) =>
      clockView(clock.spec.kind, clock.record.startedAt, status),
    );
  }

  @Authorized<Policy>("signedIn")
  @Query(() => LegalAidCase, {
    nullable: true,
    description:
      "One case: in full for the center, the commander and the applicant, a summary for other departments' staff.",
  })
  async legalAidCase(@Arg("id", () => ID) id: string, @Ctx() ctx: LegalAidContext): Promise<CaseRow | null> {
    const problems = new InputProblems();
    const valid = checkUuid(problems, ["id"], id, "法律援助案件");
    problems.throwIfAny();
    const row = await ctx.loaders.caseById.load(valid!);
    if (row) assertVisible(ctx, caseScope(row), "legal aid case");
    return row;
  }

  @Authorized<Policy>("departmentStaff", "commander")
  @Query(() => LegalAidCaseConnection, { description: "法律援助案件队列, newest application first." })
  async legalAidCases(
    @Ctx() ctx: LegalAidContext,
    @Arg("filter", () => LegalAidCaseFilter, { nullable: true }) filter: LegalAidCaseFilter | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ): Promise<ConnectionShape<CaseRow>> {
    const size = pageSize(first);
    const problems = new InputProblems();
    const disputeCode = checkDisputeCode(problems, ["filter", "disputeCode"], filter?.disputeCode);
    problems.throwIfAny();
    const now = currentTime();
    const conditions: Prisma.LegalAidCaseWhereInput[] = [];
    if (disputeCode) conditions.push({ disputeCode });
    if (filter?.status?.length) conditions.push({ status: { in: filter.status } });
    if (filter?.matter?.length) conditions.push({ matter: { in: filter.matter } });
    if (filter?.appliedFrom) conditions.push({ appliedAt: { gte: filter.appliedFrom } });
    if (filter?.appliedTo) conditions.push({ appliedAt: { lt: filter.appliedTo } });
    if (filter?.overdue === true) {
      // Only cases whose clock could have run out: pauses and holidays only move deadlines later.
      conditions.push({
        OR: [
          {
            decidedAt: null,
            status: {
              in: [LegalAidStatus.SUBMITTED, LegalAidStatus.MATERIALS_REQUESTED, LegalAidStatus.PROVISIONAL_AID],
            },
            appliedAt: { lt: new Date(now.getTime() - 7 * DAY_MS) },
          },
          { assignedAt: null, status: LegalAidStatus.GRANTED, decidedAt: { lt: new Date(now.getTime() - 3 * DAY_MS) } },
          {
            assignedAt: null,
            status: LegalAidStatus.PROVISIONAL_AID,
            provisionalAidStartedAt: { lt: new Date(now.getTime() - 3 * DAY_MS) },
          },
        ],
      });
    }
    const orderBy: Prisma.LegalAidCaseOrderByWithRelationInput[] = [{ appliedAt: "desc" }, { id: "desc" }];
    if (filter?.overdue === undefined || filter.overdue === null) {
      const rows = await ctx.store.legalAidCase.findMany({
        where: { AND: [...conditions, afterCursorDesc("appliedAt", after, parseIsoSort)] },
        orderBy,
        take: size + 1,
      });
      return toConnection(rows, size, (r) => isoSort(r.appliedAt));
    }
    // Overdue is computed from the clocks, not stored: page through candidates and keep the matching ones.
    const matches: CaseRow[] = [];
    let cursor = after;
    for (;;) {
      const batch = await ctx.store.legalAidCase.findMany({
        where: { AND: [...conditions, afterCursorDesc("appliedAt", cursor, parseIsoSort)] },
        orderBy,
        take: 100,
      });
      const requests = await ctx.loaders.materialRequestsByCase.loadMany(batch.map((r) => r.id));
      batch.forEach((row, i) => {
        const rowRequests = requests[i];
        if (rowRequests instanceof Error) throw rowRequests;
        if (isOverdue(clockFacts(row, rowRequests ?? []), now, CN_HOLIDAY_CALENDAR) === filter.overdue)
          matches.push(row);
      });
      if (matches.length > size || batch.length < 100) break;
      const last = batch.at(-1)!;
      cursor = encodeCursor({ sort: isoSort(last.appliedAt), id: last.id });
    }
    return toConnection(matches.slice(0, size + 1), size, (r) => isoSort(r.appliedAt));
  }

  @Authorized<Policy>("legalAidOfficer", "resident")
  @Mutation(() => LegalAidCase, {
    description:
      "法律援助申请 at the window, or by a resident in their own name. Starts the 7-day decision clock; with fewer than 7 days to a legal deadline in the linked case, aid starts at once (art. 44).",
  })
  async applyForLegalAid(
    @Arg("input", () => LegalAidApplicationInput) input: LegalAidApplicationInput,
    @Ctx() ctx: LegalAidContext,
  ): Promise<CaseRow> {
    const problems = new InputProblems();
    const disputeCode = checkDisputeCode(problems, ["input", "disputeCode"], input.disputeCode);
    const arbitrationCaseId = checkUuid(problems, ["input", "arbitrationCaseId"], input.arbitrationCaseId, "仲裁案件");
    const courtCaseId = checkUuid(problems, ["input", "courtCaseId"], input.courtCaseId, "法院案件");
    if (!input.disputeCode && !input.arbitrationCaseId && !input.courtCaseId) {
      problems.add(
        ["input", "disputeCode"],
        "EMPTY",
        "请填写解纷码，或所涉仲裁、诉讼案件",
        "Give a dispute code or the pending arbitration or court case",
      );
    }
    const name = checkText(
      problems,
      ["input", "applicant", "name"],
      input.applicant.name,
      "申请人姓名",
      "Applicant name",
      50,
    );
    const resident = problems.check(
      ["input", "applicant", "residentId"],
      validateResidentId(input.applicant.residentId),
    );
    const phone = input.applicant.phone
      ? problems.check(["input", "applicant", "phone"], validatePhone(input.applicant.phone))
      : null;
    const householdSize = checkIntRange(problems, ["input", "householdSize"], input.householdSize, 1, 30, "家庭人口数");
    const income = checkIntRange(
      problems,
      ["input", "monthlyIncomePerHeadFen"],
      input.monthlyIncomePerHeadFen,
      0,
      100_000_000,
      "家庭人均月收入（分）",
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
    if (input.urgentDeadline && Number.isNaN(input.urgentDeadline.getTime())) {
      problems.add(["input", "urgentDeadline"], "FORMAT", "法定期限日期无效", "urgentDeadline is not a valid date");
    }
    problems.throwIfAny();
    if (!mayApplyFor(ctx.identity, partyIdOf({ residentId: resident! }))) {
      throw forbidden("A resident may apply for legal aid only in their own name", "只能以本人名义申请法律援助");
    }

    const now = currentTime();
    const urgency = input.urgentDeadline ? assessUrgency(input.urgentDeadline, now) : undefined;
    return insertCase(
      ctx.store,
      act(ctx, "applyForLegalAid", givenFields(input, { nested: true })),
      {
        disputeCode,
        arbitrationCaseId,
        courtCaseId,
        matter: input.matter,
        status: urgency?.urgent ? LegalAidStatus.PROVISIONAL_AID : LegalAidStatus.SUBMITTED,
        applicantName: name!,
        applicantResidentId: resident!,
        applicantPhone: phone ?? null,
        applicantGroups: [...new Set(input.applicant.groups ?? [])],
        householdSize,
        monthlyIncomePerHeadFen: income,
        regionCode: regionCode!,
        urgentDeadline: input.urgentDeadline ?? null,
        provisionalAidStartedAt: urgency?.urgent ? now : null,
        provisionalAidNote: urgency?.urgent ? urgency.noteZh : null,
        appliedAt: now,
        receivedBy: actor(ctx),
      },
      (row) =>
        applicationEvents({
          matter: row.matter as LegalAidMatter,
          status: row.status as LegalAidStatus,
          appliedAt: row.appliedAt,
          provisional:
            row.provisionalAidStartedAt && row.urgentDeadline
              ? { startedAt: row.provisionalAidStartedAt, legalDeadline: row.urgentDeadline }
              : null,
        }),
    );
  }

  @Authorized<Policy>("legalAidOfficer")
  @Mutation(() => LegalAidCase, {
    description: "要求补充材料: pauses the decision clock until the material is supplied.",
  })
  async requestLegalAidMaterials(
    @Arg("caseId", () => ID) caseId: string,
    @Arg("items", () => String, { description: "What is missing, e.g. 家庭经济状况说明表" }) items: string,
    @Ctx() ctx: LegalAidContext,
  ): Promise<CaseRow> {
    const problems = new InputProblems();
    const text = checkText(problems, ["items"], items, "所需材料", "Requested items", 500, true);
    problems.throwIfAny();
    const row = await loadCase(ctx, caseId);
    const status = next(row, "REQUEST_MATERIALS");
    if (openMaterialRequest(await ctx.loaders.materialRequestsByCase.load(row.id))) {
      throw invalidState("Material is already requested and not yet supplied", "已有尚未补充的材料通知");
    }
    const now = currentTime();
    const updated = await updateCase(
      ctx.store,
      act(ctx, "requestLegalAidMaterials", ["items"]),
      row,
      { status },
      {
        also: (tx) =>
          tx.legalAidMaterialRequest.create({
            data: { caseId: row.id, items: text!, requestedAt: now, requestedBy: actor(ctx) },
          }),
        events: () => [materialsRequestedEvent({ status, at: now })],
      },
    );
    ctx.loaders.materialRequestsByCase.clear(row.id);
    return updated;
  }

  @Authorized<Policy>("legalAidOfficer", "resident")
  @Mutation(() => LegalAidCase, {
    description:
      "补充材料 by the center or the applicant: closes the open request (the decision clock runs again) and updates the facts it brings.",
  })
  async supplyLegalAidMaterials(
    @Arg("caseId", () => ID) caseId: string,
    @Arg("input", () => SupplyMaterialsInput, { nullable: true }) input: SupplyMaterialsInput | null,
    @Ctx() ctx: LegalAidContext,
  ): Promise<CaseRow> {
    const problems = new InputProblems();
    const householdSize = checkIntRange(
      problems,
      ["input", "householdSize"],
      input?.householdSize,
      1,
      30,
      "家庭人口数",
    );
    const income = checkIntRange(
      problems,
      ["input", "monthlyIncomePerHeadFen"],
      input?.monthlyIncomePerHeadFen,
      0,
      100_000_000,
      "家庭人均月收入（分）",
    );
    problems.throwIfAny();
    const row = await loadCase(ctx, caseId);
    if (!maySupplyMaterials(ctx.identity, row))
      throw forbidden(
        "Only the applicant or the legal aid center supplies material for this case",
        "仅申请人本人或法律援助中心可补充本案材料",
      );
    const status = next(row, "SUPPLY_MATERIALS");
    const open = openMaterialRequest(await ctx.loaders.materialRequestsByCase.load(row.id));
    if (!open) throw invalidState("No material request is open", "没有待补充的材料通知");
    const now = currentTime();
    const updated = await updateCase(
      ctx.store,
      act(ctx, "supplyLegalAidMaterials", givenFields(input, { nested: true })),
      row,
      {
        status,
        ...(householdSize !== null ? { householdSize } : {}),
        ...(income !== null ? { monthlyIncomePerHeadFen: income } : {}),
        ...(input?.applicantGroups ? { applicantGroups: [...new Set(input.applicantGroups)] } : {}),
      },
      {
        also: (tx) =>
          tx.legalAidMaterialRequest.updateMany({
            where: { caseId: row.id, suppliedAt: null },
            data: { suppliedAt: now },
          }),
        events: () => [materialsSuppliedEvent({ status, at: now })],
      },
    );
    ctx.loaders.materialRequestsByCase.clear(row.id);
    return updated;
  }

  @Authorized<Policy>("legalAidOfficer")
  @Mutation(() => LegalAidCase, {
    description: "先行提供法律援助 when a legal deadline in the linked case becomes known later (art. 44).",
  })
  async startProvisionalLegalAid(
    @Arg("caseId", () => ID) caseId: string,
    @Arg("legalDeadline", () => Date) legalDeadline: Date,
    @Ctx() ctx: LegalAidContext,
  ): Promise<CaseRow> {
    const row = await loadCase(ctx, caseId);
    const status = next(row, "START_PROVISIONAL_AID");
    const now = currentTime();
    const urgency = assessUrgency(legalDeadline, now);
    if (!urgency.urgent)
      throw invalidState(
        `The deadline is ${urgency.daysLeft} days away; the urgent rule needs fewer than 7`,
        urgency.noteZh,
      );
    return updateCase(
      ctx.store,
      act(ctx, "startProvisionalLegalAid", ["legalDeadline"]),
      row,
      { status, urgentDeadline: legalDeadline, provisionalAidStartedAt: now, provisionalAidNote: urgency.noteZh },
      {
        events: () => [provisionalAidEvent({ status, startedAt: now, legalDeadline })],
      },
    );
  }

  @Authorized<Policy>("legalAidOfficer")
  @Mutation(() => LegalAidCase, {
    description:
      "审查决定 by the eligibility rules in force on the application date; records the article and rule version.",
  })
  async decideLegalAid(@Arg("caseId", () => ID) caseId: string, @Ctx() ctx: LegalAidContext): Promise<CaseRow> {
    const row = await loadCase(ctx, caseId);
    if (openMaterialRequest(await ctx.loaders.materialRequestsByCase.load(row.id))) {
      throw invalidState("Requested material has not been supplied yet", "补充材料尚未提交，暂不能作出决定");
    }
    const result = evaluateEligibility({
      matter: row.matter as LegalAidMatter,
      applicantGroups: row.applicantGroups as ApplicantGroup[],
      householdSize: row.householdSize,
      monthlyIncomePerHeadFen: row.monthlyIncomePerHeadFen,
      regionCode: row.regionCode,
      appliedOn: toLocalDate(row.appliedAt),
    });
    if (result.outcome === "UNDETERMINED") {
      throw invalidState(`Eligibility cannot be decided yet: missing ${result.missing.join(", ")}`, result.messageZh, {
        missing: result.missing,
      });
    }
    const granted = result.outcome === "ELIGIBLE";
    const status = next(row, granted ? "GRANT" : "REFUSE");
    const now = currentTime();
    const decision = {
      status,
      decidedAt: now,
      decidedBy: actor(ctx),
      eligibilityBasis: result.basis,
      eligibilityArticle: result.article,
      eligibilityRuleVersion: result.ruleVersion,
      meansTestApplied: result.meansTestApplied,
      hardshipStandardFen: result.hardshipStandard ? standardFen(result.hardshipStandard) : null,
      hardshipStandardSource: result.hardshipStandard?.source ?? null,
      decisionExplanation: granted ? result.explanationZh : null,
      refusalReasons: granted ? [] : result.reasonsZh,
    };
    return updateCase(ctx.store, act(ctx, "decideLegalAid", []), row, decision, {
      events: () => [
        decisionEvent({
          granted,
          status,
          matter: row.matter as LegalAidMatter,
          basis: result.basis,
          article: result.article,
          ruleVersion: result.ruleVersion,
          meansTestApplied: result.meansTestApplied,
          at: now,
        }),
      ],
    });
  }

  @Authorized<Policy>("legalAidOfficer")
  @Mutation(() => LegalAidCase, {
    description: "指派: the given provider (validated) or the least-loaded one with the matter's specialty.",
  })
  async assignLegalAidCase(
    @Arg("caseId", () => ID) caseId: string,
    @Arg("providerId", () => ID, { nullable: true }) providerId: string | null,
    @Ctx() ctx: LegalAidContext,
  ): Promise<CaseRow> {
    const row = await loadCase(ctx, caseId);
    const status = next(row, "ASSIGN");
    if (row.assigneeId) throw invalidState("The case is already assigned", "案件已指派承办人员");
    const target = { matter: row.matter as LegalAidMatter, regionCode: row.regionCode };
    let chosen: ProviderRow;
    if (providerId) {
      const provider = UUID.test(providerId) ? await ctx.loaders.providerById.load(providerId.toLowerCase()) : null;
      if (!provider) throw notFound("LegalAidProvider", providerId, `承办人员 ${providerId} 不存在`);
      const check = checkProvider(
        providerCandidate(provider, (await ctx.loaders.openCasesByProvider.load(provider.id))?.openCases ?? 0),
        target,
      );
      if (!check.ok) throw invalidState(check.messageEn, check.messageZh);
      chosen = provider;
    } else {
      const providers = await ctx.store.legalAidProvider.findMany({
        where: {
          active: true,
          regionCode: row.regionCode.slice(0, 6),
          specialties: { has: MATTERS[target.matter].specialty },
        },
      });
      const loads = await ctx.loaders.openCasesByProvider.loadMany(providers.map((p) => p.id));
      const pick = pickProvider(
        providers.map((p, i) => {
          const load = loads[i];
          return providerCandidate(p, load && !(load instanceof Error) ? load.openCases : 0);
        }),
        target,
      );
      if (!pick)
        throw invalidState(
          "No provider of this county with this specialty has capacity",
          `本县没有可指派的${MATTERS[target.matter].label}承办人员（专业不符或在办案件已满）`,
        );
      chosen = providers.find((p) => p.id === pick.id)!;
    }
    const now = currentTime();
    const updated = await updateCase(
      ctx.store,
      act(ctx, "assignLegalAidCase", providerId ? ["providerId"] : []),
      row,
      { assigneeId: chosen.id, assignedAt: now, assignedBy: actor(ctx) },
      {
        events: () => [
          assignmentEvent({
            providerKind: chosen.kind as ProviderKind,
            organisation: chosen.organisation,
            status,
            at: now,
          }),
        ],
      },
    );
    // The load read for the check is now one case short.
    ctx.loaders.openCasesByProvider.clear(chosen.id);
    return updated;
  }

  @Authorized<Policy>("legalAidOfficer")
  @Mutation(() => LegalAidWorkEntry, { description: "办案记录 by the assigned provider." })
  async recordLegalAidWork(
    @Arg("caseId", () => ID) caseId: string,
    @Arg("input", () => RecordLegalAidWorkInput) input: RecordLegalAidWorkInput,
    @Ctx() ctx: LegalAidContext,
  ): Promise<WorkEntryRow> {
    const problems = new InputProblems();
    const description = checkText(
      problems,
      ["input", "description"],
      input.description,
      "工作内容",
      "Description",
      2000,
      true,
    );
    const minutes = checkIntRange(problems, ["input", "minutes"], input.minutes, 1, 24 * 60, "用时（分钟）");
    problems.throwIfAny();
    const row = await loadCase(ctx, caseId);
    next(row, "LOG_WORK");
    if (!row.assigneeId) throw invalidState("Assign a provider before recording work", "案件尚未指派承办人员");
    return insertWorkEntry(
      ctx.store,
      act(ctx, "recordLegalAidWork", givenFields(input, { nested: true })),
      row,
      {
        providerId: row.assigneeId,
        activity: input.activity,
        description: description!,
        minutes,
        occurredAt: input.occurredAt ?? currentTime(),
        recordedBy: actor(ctx),
      },
      (entry) => [
        workEvent({ activity: entry.activity as WorkActivity, minutes: entry.minutes, at: entry.occurredAt }),
      ],
    );
  }

  @Authorized<Policy>("legalAidOfficer")
  @Mutation(() => LegalAidCase, { description: "结案" })
  async closeLegalAidCase(
    @Arg("caseId", () => ID) caseId: string,
    @Arg("input", () => CloseLegalAidCaseInput) input: CloseLegalAidCaseInput,
    @Ctx() ctx: LegalAidContext,
  ): Promise<CaseRow> {
    const problems = new InputProblems();
    const summary = checkText(problems, ["input", "summary"], input.summary, "结案情况", "Summary", 2000, true);
    problems.throwIfAny();
    const row = await loadCase(ctx, caseId);
    const status = next(row, "CLOSE");
    // Withdrawal or termination can happen before anyone was assigned; any other outcome was someone's work.
    if (!row.assigneeId && input.outcome !== ClosureOutcome.WITHDRAWN && input.outcome !== ClosureOutcome.TERMINATED) {
      throw invalidState(
        "A case with this outcome must have been assigned",
        "案件未指派承办人员，只能以撤回或终止方式结案",
      );
    }
    const now = currentTime();
    return updateCase(
      ctx.store,
      act(ctx, "closeLegalAidCase", givenFields(input, { nested: true })),
      row,
      { status, closedAt: now, closureOutcome: input.outcome, closureSummary: summary! },
      {
        events: () => [closureEvent({ outcome: input.outcome, at: now })],
      },
    );
  }

  @Authorized<Policy>("legalAidOfficer")
  @Mutation(() => LegalAidCase, { description: "质量评查 of a closed case, once." })
  async reviewLegalAidCase(
    @Arg("caseId", () => ID) caseId: string,
    @Arg("input", () => ReviewLegalAidCaseInput) input: ReviewLegalAidCaseInput,
    @Ctx() ctx: LegalAidContext,
  ): Promise<CaseRow> {
    const problems = new InputProblems();
    const reviewer = checkText(problems, ["input", "reviewer"], input.reviewer, "评查人", "Reviewer", 50);
    const comment = checkOptionalText(problems, ["input", "comment"], input.comment, "评查意见", "Comment", 2000);
    problems.throwIfAny();
    const row = await loadCase(ctx, caseId);
    const status = next(row, "REVIEW");
    if (row.reviewedAt) throw invalidState("The case has already been reviewed", "案件已完成质量评查");
    const now = currentTime();
    return updateCase(
      ctx.store,
      act(ctx, "reviewLegalAidCase", givenFields(input, { nested: true })),
      row,
      { status, reviewRating: input.rating, reviewer: reviewer!, reviewComment: comment, reviewedAt: now },
      {
        events: () => [reviewEvent({ rating: input.rating, at: now })],
      },
    );
  }
}
