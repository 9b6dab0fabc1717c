// 法律援助案件: the case's fields as the caller may see them, one case and the queue. Mutations are in
// legal-aid-case-mutations.ts.
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { DisputeStub } from "@onedoor/shared/federation/dispute-stub";
import { InputProblems } from "@onedoor/shared/graphql/errors";
import { formatMoney } from "@onedoor/shared/graphql/scalars";
import { maskedPhone, maskedResidentId, visibleName, type Policy } from "@onedoor/shared/auth/access";
import { MAX_PAGE_SIZE, pageSize, toConnection, type ConnectionShape } from "@onedoor/shared/graphql/connection";
import { checkUuid } from "@onedoor/shared/graphql/input-bounds";
import { ClockView, clockView } from "@onedoor/shared/graphql/clock-type";
import { CN_HOLIDAY_CALENDAR } from "@onedoor/shared/clock/index";
import { currentTime } from "@onedoor/shared/clock/now";
import {
  ArbitrationCaseRef,
  CourtCaseRef,
  LegalAidApplicant,
  LegalAidAssignment,
  LegalAidCase,
  LegalAidCaseConnection,
  LegalAidClosure,
  LegalAidDecision,
  LegalAidFinancialSituation,
  LegalAidQualityReview,
  MaterialRequest,
  ProvisionalAid,
} from "../entities/legal-aid-case.js";
import { LegalAidCasesArgs, WorkEntryFilter } from "../entities/inputs.js";
import { LegalAidWorkEntryConnection } from "../entities/provider.js";
import { EligibilityBasis, LegalAidCaseSort, WorkEntrySort } from "../entities/enums.js";
import { MATTERS } from "../domain/matters.js";
import { URGENT_RULE_ARTICLE, caseClockFacts, clockStatuses, isOverdue } from "../domain/workflow.js";
import { applicantPartyIdOf } from "../domain/access.js";
import { optionalDisputeCode } from "../domain/input-rules.js";
import { caseQueue, workLogPage, type QueuedCase } from "../db/cases.js";
import { isoSort } from "../db/paging.js";
import type { ApplicantSource, CaseRow, ProviderRow, WorkEntryView } from "./mapping.js";
import { applicantOwner, listScope, seesCaseInFull, visibleCase } from "./access.js";
import type { LegalAidContext } from "./context.js";

@Resolver(() => LegalAidCase)
export class LegalAidCaseResolver {
  @FieldResolver(() => String, { description: "Window label of the matter (事项名称), e.g. 追索劳动报酬." })
  matterLabel(@Root() row: CaseRow): string {
    return MATTERS[row.matter].label;
  }

  @FieldResolver(() => String, {
    description: "Window label of the matter, e.g. 追索劳动报酬.",
    deprecationReason: "A label, not a type: use matterLabel (or matter for the closed set).",
  })
  matterType(@Root() row: CaseRow): string {
    return MATTERS[row.matter].label;
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
      groups: seesCaseInFull(ctx, row) ? row.applicantGroups : null,
      partyId: applicantPartyIdOf(row),
    };
  }

  @FieldResolver(() => LegalAidFinancialSituation, {
    nullable: true,
    description: "Household size and income (hardship material): null for summary readers.",
  })
  financialSituation(@Root() row: CaseRow, @Ctx() ctx: LegalAidContext): LegalAidFinancialSituation | null {
    if (!seesCaseInFull(ctx, row)) return null;
    return {
      householdSize: row.householdSize,
      monthlyIncomePerHead: row.monthlyIncomePerHead && formatMoney(row.monthlyIncomePerHead),
    };
  }

  @FieldResolver(() => DisputeStub, {
    nullable: true,
    description: "The registry's dispute (解纷码), when the case has one.",
  })
  dispute(@Root() row: CaseRow): DisputeStub | null {
    return row.disputeCode ? { code: row.disputeCode } : null;
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
      basis: full ? row.eligibilityBasis : null,
      article: full ? row.eligibilityArticle! : null,
      ruleVersion: row.eligibilityRuleVersion!,
      meansTestApplied: row.meansTestApplied ?? false,
      hardshipStandard: row.hardshipStandard && formatMoney(row.hardshipStandard),
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

  @FieldResolver(() => LegalAidWorkEntryConnection, {
    description:
      "办案记录 of the assigned provider over the months of the case, oldest first unless sorted otherwise, keyset-paged.",
  })
  async workLog(
    @Root() row: CaseRow,
    @Ctx() ctx: LegalAidContext,
    @Arg("first", () => Int, { nullable: true, description: "Page size, 1–100 (default 100)." }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("filter", () => WorkEntryFilter, { nullable: true }) filter: WorkEntryFilter | null,
    @Arg("sort", () => WorkEntrySort, { nullable: true, defaultValue: WorkEntrySort.OLDEST_FIRST })
    sort: WorkEntrySort | null,
  ): Promise<ConnectionShape<WorkEntryView>> {
    const size = pageSize(first, MAX_PAGE_SIZE);
    if (filter?.from && filter.to && filter.to < filter.from) {
      const problems = new InputProblems();
      problems.add(["filter", "to"], "RANGE", "结束日期不能早于开始日期", "to is before from");
      problems.throwIfAny();
    }
    const { rows, totalCount } = await workLogPage(ctx.store, row.id, {
      ...filter,
      direction: sort === WorkEntrySort.NEWEST_FIRST ? "desc" : "asc",
      after,
      size,
    });
    const full = seesCaseInFull(ctx, row);
    const page = toConnection(rows, size, (entry) => isoSort(entry.occurredAt), {
      hasPreviousPage: Boolean(after),
      toNode: (entry): WorkEntryView => (full ? entry : { ...entry, description: null }),
    });
    return { ...page, totalCount };
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "撤销受理: the center's account of the error; null for summary readers",
  })
  voidExplanation(@Root() row: CaseRow, @Ctx() ctx: LegalAidContext): string | null {
    return seesCaseInFull(ctx, row) ? row.voidExplanation : null;
  }

  @FieldResolver(() => LegalAidClosure, { nullable: true })
  closure(@Root() row: CaseRow, @Ctx() ctx: LegalAidContext): LegalAidClosure | null {
    if (!row.closedAt || !row.closureOutcome) return null;
    return {
      closedAt: row.closedAt,
      outcome: row.closureOutcome,
      summary: seesCaseInFull(ctx, row) ? (row.closureSummary ?? "") : null,
    };
  }

  @FieldResolver(() => LegalAidQualityReview, { nullable: true })
  review(@Root() row: CaseRow, @Ctx() ctx: LegalAidContext): LegalAidQualityReview | null {
    if (!row.reviewedAt || !row.reviewRating) return null;
    return {
      rating: row.reviewRating,
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
    return clockStatuses(caseClockFacts(row, requests), currentTime()).map(({ clock, status }) =>
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
    const valid = problems.check(["id"], checkUuid(id, { zh: "法律援助案件编号", en: "id" }));
    problems.throwIfAny();
    return visibleCase(ctx, await ctx.loaders.caseById.load(valid!));
  }

  @Authorized<Policy>("departmentStaff", "commander")
  @Query(() => LegalAidCaseConnection, {
    description: "法律援助案件队列, newest application first unless sorted otherwise, keyset-paged.",
  })
  async legalAidCases(
    @Args(() => LegalAidCasesArgs) { filter, sort, first, after }: LegalAidCasesArgs,
    @Ctx() ctx: LegalAidContext,
  ): Promise<ConnectionShape<QueuedCase>> {
    const size = pageSize(first);
    const problems = new InputProblems();
    const disputeCode = problems.check(["filter", "disputeCode"], optionalDisputeCode(filter?.disputeCode));
    problems.throwIfAny();
    const now = currentTime();
    const overdue = filter?.overdue ?? null;
    return caseQueue(
      ctx,
      {
        disputeCode: disputeCode ?? null,
        statuses: filter?.statuses,
        matters: filter?.matters,
        from: filter?.from,
        to: filter?.to,
        overdue: overdue === null ? null : { is: overdue, now },
        within: listScope(ctx),
      },
      {
        after,
        size,
        direction: sort === LegalAidCaseSort.OLDEST_APPLIED ? "asc" : "desc",
        // Overdue is the clocks' answer, not a stored column: the queue reads on until the page is full.
        keep:
          overdue === null
            ? null
            : (row) => isOverdue(caseClockFacts(row, row.materialRequests), now, CN_HOLIDAY_CALENDAR) === overdue,
      },
    );
  }
}
