import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { visibilityOf } from "@onedoor/shared/auth/policy";
import { pageSize, toConnection } from "@onedoor/shared/graphql/connection";
import { ClockView, clockView } from "@onedoor/shared/graphql/clock-type";
import { badUserInput } from "@onedoor/shared/graphql/errors";
import { LocalDateScalar, formatMoney } from "@onedoor/shared/graphql/scalars";
import { DisputeStub } from "@onedoor/shared/federation/dispute-stub";
import { toLocalDate, type LocalDate } from "@onedoor/shared/clock/index";
import { currentTime } from "@onedoor/shared/clock/now";
import { parseCaseNumber } from "../domain/case-number.js";
import {
  CAUSE_OF_ACTION_LISTS,
  causeListByVersion,
  causeListOn,
  findCause,
  type CauseOfActionList,
} from "../domain/causes-of-action.js";
import { courtClockStatus } from "../domain/clocks.js";
import { confirmedPerformance, isEnforceable, isJoint } from "../domain/judicial-confirmation.js";
import {
  caseByNumber,
  caseQueuePage,
  confirmationGroups,
  performedPerCommitteeCount,
} from "../db/court-case-queries.js";
import { clockRecord } from "../db/court-cases.js";
import type {
  CourtBody as CourtBodyRow,
  CourtCase as CourtCaseRow,
  CourtCaseClock,
} from "../generated/prisma/client.js";
import { CourtBody } from "../entities/court-body.js";
import {
  CauseOfAction,
  CourtCase,
  CourtCaseClaim,
  CourtCaseConnection,
  CourtCaseParty,
  Enforcement,
  JudicialConfirmation,
  JudicialConfirmationStatistics,
  PreFilingMediation,
} from "../entities/court-case.js";
import { CourtCaseSort } from "../entities/enums.js";
import { CourtCaseFilter } from "../entities/inputs.js";
import type { LitigationContext } from "./context.js";
import {
  assertCaseVisible,
  caseListScope,
  caseScope,
  caseVisibility,
  isSummaryReader,
  loadVisibleCase,
  visibleCases,
} from "./access.js";

const causeView = (list: CauseOfActionList, code: string): CauseOfAction | null => {
  const cause = findCause(list, code);
  return cause
    ? {
        code: cause.code,
        name: cause.name,
        part: cause.part,
        listVersion: list.version,
        listEffectiveFrom: list.effectiveFrom,
        excludedFromConfirmation: cause.excludedRelation !== undefined,
      }
    : null;
};

/** The case's parties as this caller may see them (names and identifiers resolved per caller). */
async function partyViews(ctx: LitigationContext, row: CourtCaseRow): Promise<CourtCaseParty[]> {
  const [parties, consents, scope] = await Promise.all([
    ctx.loaders.partiesByCase.load(row.id),
    ctx.loaders.consentsByCase.load(row.id),
    caseScope(ctx, row),
  ]);
  const summary = visibilityOf(ctx.identity, scope) !== "full";
  return parties.map((p) => ({
    id: p.id,
    role: p.role,
    kind: p.kind,
    joinsApplication: consents.some((c) => c.casePartyId === p.id),
    fullName: p.name,
    idNumberValue: p.idNumber,
    partyIdValue: p.partyId,
    summary,
    owner: { scope, partyId: p.partyId, entity: "CourtCase", entityId: row.id },
  }));
}

function clockViews(clocks: CourtCaseClock[], now: Date): ClockView[] {
  return clocks.map((c) => clockView(c.kind, c.startedAt, courtClockStatus(c.kind, clockRecord(c), now)));
}

@Resolver(() => CourtCase)
export class CourtCaseResolver {
  @Authorized<Policy>("signedIn")
  @Query(() => CourtCase, {
    nullable: true,
    description:
      "A court case by id: in full for its parties, the court and the commander; a summary for other departments' staff.",
  })
  courtCase(@Arg("id", () => ID) id: string, @Ctx() ctx: LitigationContext): Promise<CourtCaseRow | null> {
    return loadVisibleCase(ctx, id);
  }

  @Authorized<Policy>("signedIn")
  @Query(() => CourtCase, {
    nullable: true,
    description: "A court case by its 案号; full-width or ASCII parentheses. Same visibility as courtCase.",
  })
  async courtCaseByNumber(
    @Arg("caseNumber", () => String) caseNumber: string,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtCaseRow | null> {
    const parsed = parseCaseNumber(caseNumber);
    if (!parsed.ok)
      throw badUserInput([
        { field: ["caseNumber"], reason: parsed.reason, messageZh: parsed.messageZh, messageEn: parsed.messageEn },
      ]);
    const row = await caseByNumber(ctx.store, parsed.value);
    return row && assertCaseVisible(ctx, row);
  }

  // The court's own queue, narrowed in the query to the caller's county (and court): what remains its staff
  // and the commander see in full, so no per-row check.
  @Authorized<Policy>("departmentStaff", "commander")
  @Query(() => CourtCaseConnection, { description: "诉讼服务中心 queue, newest filing first unless sorted otherwise." })
  async courtCases(
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Arg("filter", () => CourtCaseFilter, { nullable: true }) filter: CourtCaseFilter | null,
    @Arg("sort", () => CourtCaseSort, { nullable: true }) sort: CourtCaseSort | null,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtCaseConnection> {
    const size = pageSize(first);
    const { rows, count } = await caseQueuePage(ctx.store, {
      filter,
      after,
      size,
      direction: sort === CourtCaseSort.FILED_AT_ASC ? "asc" : "desc",
      now: currentTime(),
      ...caseListScope(ctx),
    });
    return toConnection(rows, size, (row) => row.filedAt.toISOString(), { hasPreviousPage: Boolean(after), count });
  }

  @Authorized<Policy>("signedIn")
  @Query(() => [CauseOfAction], { description: "案由 list in force on a date (default today), or a given version." })
  causesOfAction(
    @Arg("onDate", () => LocalDateScalar, { nullable: true }) onDate: LocalDate | null,
    @Arg("version", () => String, { nullable: true }) version: string | null,
  ): CauseOfAction[] {
    const list = version ? causeListByVersion(version) : causeListOn(onDate ?? toLocalDate(currentTime()));
    if (!list) {
      const known = CAUSE_OF_ACTION_LISTS.map((l) => `${l.version} (${l.effectiveFrom})`).join(", ");
      throw badUserInput([
        {
          field: [version ? "version" : "onDate"],
          reason: "UNKNOWN",
          messageZh: `没有该案由规定版本；现有：${known}`,
          messageEn: `No such list; known: ${known}`,
        },
      ]);
    }
    return list.causes.flatMap((c) => causeView(list, c.code) ?? []);
  }

  @Authorized<Policy>("courtClerk", "commander", "cockpitViewer")
  @Query(() => JudicialConfirmationStatistics, {
    description: "司法确认 counts: confirmed, performed, enforced (by filing date).",
  })
  async judicialConfirmationStatistics(
    @Arg("courtCode", () => String, { nullable: true }) courtCode: string | null,
    @Arg("from", () => LocalDateScalar, { nullable: true, description: "Filed on or after this day (China time)." })
    from: LocalDate | null,
    @Arg("to", () => LocalDateScalar, { nullable: true, description: "Filed on or before this day (China time)." })
    to: LocalDate | null,
    @Ctx() ctx: LitigationContext,
  ): Promise<JudicialConfirmationStatistics> {
    const scope = { courtCode, from, to };
    const [groups, performedPerCommittee] = await Promise.all([
      confirmationGroups(ctx.store, scope),
      performedPerCommitteeCount(ctx.store, scope),
    ]);
    const count = (match: (g: (typeof groups)[number]) => boolean) =>
      groups.filter(match).reduce((sum, g) => sum + g._count._all, 0);
    // Performance the committee recorded counts once, as performed, whichever body recorded it.
    return {
      applied: count(() => true),
      confirmed: count((g) => g.status === "CONFIRMED"),
      performed: count((g) => g.status === "CONFIRMED" && g.performance === "PERFORMED") + performedPerCommittee,
      enforced: count((g) => g.status === "CONFIRMED" && g.performance === "ENFORCEMENT_APPLIED"),
      pendingPerformance: count((g) => g.status === "CONFIRMED" && g.performance === "PENDING") - performedPerCommittee,
      refused: count((g) => g.status === "NOT_ACCEPTED" || g.status === "REJECTED"),
    };
  }

  @FieldResolver(() => DisputeStub, { nullable: true, description: "The registry's dispute (解纷码)." })
  dispute(@Root() row: CourtCaseRow): DisputeStub {
    return { code: row.disputeCode };
  }

  @FieldResolver(() => CourtBody, { description: "The court body handling the case (诉讼服务中心 or 人民法庭)." })
  async body(@Root() row: CourtCaseRow, @Ctx() ctx: LitigationContext): Promise<CourtBodyRow> {
    // Every case has its body: the database keeps it so.
    return (await ctx.loaders.bodyById.load(row.bodyId))!;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "撤销立案: the court's account of the error; null for summary readers",
  })
  async voidExplanation(@Root() row: CourtCaseRow, @Ctx() ctx: LitigationContext): Promise<string | null> {
    return row.voidExplanation && !(await isSummaryReader(ctx, row)) ? row.voidExplanation : null;
  }

  @FieldResolver(() => Int, { description: "最多跑一次: trips to court the record needed (0 when handled online)." })
  runs(@Root() row: CourtCaseRow): number {
    return row.online ? 0 : 1;
  }

  @FieldResolver(() => CauseOfAction, {
    nullable: true,
    description: "案由, in the list version the case was filed under.",
  })
  causeOfAction(@Root() row: CourtCaseRow): CauseOfAction | null {
    const list = row.causeListVersion ? causeListByVersion(row.causeListVersion) : undefined;
    return list && row.causeCode ? causeView(list, row.causeCode) : null;
  }

  @FieldResolver(() => [CourtCaseParty])
  parties(@Root() row: CourtCaseRow, @Ctx() ctx: LitigationContext): Promise<CourtCaseParty[]> {
    return partyViews(ctx, row);
  }

  @FieldResolver(() => [CourtCaseClaim])
  async claims(@Root() row: CourtCaseRow, @Ctx() ctx: LitigationContext): Promise<CourtCaseClaim[]> {
    const [claims, summary] = await Promise.all([ctx.loaders.claimsByCase.load(row.id), isSummaryReader(ctx, row)]);
    return claims.map((c) => ({
      id: c.id,
      description: summary ? null : c.description,
      amount: c.amount && formatMoney(c.amount),
    }));
  }

  @FieldResolver(() => [ClockView], { description: "Legal clocks of the case, computed now from their events." })
  async clocks(@Root() row: CourtCaseRow, @Ctx() ctx: LitigationContext): Promise<ClockView[]> {
    return clockViews(await ctx.loaders.clocksByCase.load(row.id), currentTime());
  }

  @FieldResolver(() => CourtCase, {
    nullable: true,
    description: "Where this case came from: the failed pre-filing mediation, or the ruling enforced.",
  })
  async origin(@Root() row: CourtCaseRow, @Ctx() ctx: LitigationContext): Promise<CourtCaseRow | null> {
    const origin = row.originCaseId ? await ctx.loaders.caseById.load(row.originCaseId) : null;
    return origin && (await caseVisibility(ctx, origin)) !== "none" ? origin : null;
  }

  @FieldResolver(() => [CourtCase], {
    description: "Cases that followed from this one: the case filed after mediation failed, enforcements.",
  })
  async followUps(@Root() row: CourtCaseRow, @Ctx() ctx: LitigationContext): Promise<CourtCaseRow[]> {
    return visibleCases(ctx, await ctx.loaders.followUpsByOrigin.load(row.id));
  }

  @FieldResolver(() => PreFilingMediation, { nullable: true })
  preFilingMediation(@Root() row: CourtCaseRow): PreFilingMediation | null {
    if (row.procedure !== "PRE_FILING_MEDIATION" || !row.mediatorKind) return null;
    return {
      mediatorKind: row.mediatorKind,
      mediatorBody: row.mediatorBody ?? "",
      mediatorName: row.mediatorName ?? "",
      success: row.status === "RESOLVED" ? row.preFilingSuccess : null,
      agreement: row.agreementId ? { id: row.agreementId } : null,
      concludedAt: row.concludedAt,
    };
  }

  @FieldResolver(() => JudicialConfirmation, { nullable: true })
  async judicialConfirmation(
    @Root() row: CourtCaseRow,
    @Ctx() ctx: LitigationContext,
  ): Promise<JudicialConfirmation | null> {
    if (row.procedure !== "JUDICIAL_CONFIRMATION" || !row.agreementId || !row.agreementEffectiveAt) return null;
    const [summary, parties, consents] = await Promise.all([
      isSummaryReader(ctx, row),
      partyViews(ctx, row),
      ctx.loaders.consentsByCase.load(row.id),
    ]);
    return {
      agreement: { id: row.agreementId },
      agreementEffectiveAt: row.agreementEffectiveAt,
      consents: consents.map((c) => ({
        id: c.id,
        party: parties.find((p) => p.id === c.casePartyId)!,
        channel: c.channel,
        recorder: c.recorder,
        representativeName: summary ? null : c.representativeName,
        at: c.consentedAt,
      })),
      joint: isJoint(parties.map((p) => ({ consented: p.joinsApplication }))),
      acceptedAt: row.acceptedAt,
      decidedAt: row.concludedAt,
      reason: summary ? null : row.outcomeReason,
      enforceable: isEnforceable(row.status),
      performance: confirmedPerformance(
        row.performance,
        (await ctx.loaders.performedPerCommitteeByAgreement.load(row.agreementId)) !== null,
      ),
    };
  }

  @FieldResolver(() => Enforcement, { nullable: true })
  async enforcement(@Root() row: CourtCaseRow, @Ctx() ctx: LitigationContext): Promise<Enforcement | null> {
    if (row.procedure !== "ENFORCEMENT") return null;
    const summary = await isSummaryReader(ctx, row);
    return {
      outcome: row.enforcementOutcome,
      note: summary ? null : row.outcomeReason,
      concludedAt: row.concludedAt,
    };
  }
}

/** A case fetched by key (e.g. from another subgraph's reference) obeys the same record check as `courtCase`. */
export const courtCaseReference = {
  __resolveReference: (reference: { id: string }, ctx: LitigationContext): Promise<CourtCaseRow | null> => {
    return loadVisibleCase(ctx, reference.id);
  },
};
