import {
  Arg,
  Args,
  Authorized,
  Ctx,
  Directive,
  FieldResolver,
  ID,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { CN_HOLIDAY_CALENDAR } from "@onedoor/shared/clock/index";
import { ClockView, clockView } from "@onedoor/shared/graphql/clock-type";
import { Connection, pageSize, toConnection } from "@onedoor/shared/graphql/connection";
import { formatMoney, MoneyScalar } from "@onedoor/shared/graphql/scalars";
import { TimelineEventConnection } from "../entities/timeline-event.js";
import { Dispute, HotlineOrder } from "../entities/dispute.js";
import { MemberUnit } from "../entities/reference-data.js";
import { Department, DisputeLinkSort, sortDirection, TimelineEventSort, VisitSort } from "../entities/enums.js";
import {
  DisputeLinksArgs,
  DisputesArgs,
  TimelineArgs,
  VisitsArgs,
  type TimelineEventFilter,
} from "../entities/inputs.js";
import { disputePage } from "../db/disputes.js";
import { linkPage, type LinkView } from "../db/links.js";
import { visitPage } from "../db/visits.js";
import { timelinePage, timelineSortKey } from "../db/timeline.js";
import { InputProblems } from "@onedoor/shared/graphql/errors";
import {
  Consultation,
  Dispatch,
  DisputeLink,
  Evaluation,
  FollowUp,
  DisputeParty,
  RoutingSuggestion,
  SuitableBody,
  RunSummary,
  Visit,
} from "../entities/records.js";
import { disputeClocks, type NamedClock } from "../domain/clocks.js";
import { runCount } from "../domain/lifecycle.js";
import { route, routingFacts, suitableBodies } from "../domain/routing.js";
import { rulesInForce } from "../db/routing-rules.js";
import type { PetitionsContext } from "./context.js";
import type { Policy } from "@onedoor/shared/auth/access";
import {
  assertDisputeVisible,
  assertMayListRoutedTo,
  disputeByTypedCode,
  disputeCodeArg,
  disputeListScope,
  disputeVisibility,
  scopeOfDispute,
  visibleDisputes,
} from "./access.js";
import { partyIdOrNull } from "@onedoor/shared/auth/party-id";
import { partyIdsOfRows, partyNamesOfRows } from "../domain/party.js";
import { encodePartyName } from "@onedoor/shared/federation/dispute-stub";
import { sealList } from "@onedoor/shared/federation/representation-seal";
import { currentTime } from "@onedoor/shared/clock/now";
import { expireOverdueHandOffs } from "../db/hand-offs.js";

@ObjectType()
export class DisputeConnection extends Connection(Dispute) {}

/** A page holds an ordinary dispute's whole timeline (a long chain has a few dozen steps). */
const TIMELINE_PAGE = 200;
const MAX_TIMELINE_PAGE = 500;
const MAX_TIMELINE_TYPES = 50;

function checkTimelineFilter(filter: TimelineEventFilter | null | undefined): void {
  if (!filter) return;
  const problems = new InputProblems();
  const types = filter.types ?? [];
  if (types.length > MAX_TIMELINE_TYPES)
    problems.add(
      ["filter", "types"],
      "RANGE",
      `步骤类型最多 ${MAX_TIMELINE_TYPES} 个`,
      `At most ${MAX_TIMELINE_TYPES} types`,
    );
  if (filter.from && filter.to && filter.to < filter.from)
    problems.add(["filter", "to"], "RANGE", "结束日期不能早于开始日期", "to is before from");
  problems.throwIfAny();
}

/** The dispute's clocks, the departments' procedure clocks as they reported them. */
async function clocksOf(dispute: Dispute, ctx: PetitionsContext): Promise<NamedClock[]> {
  const reported = await ctx.loaders.departmentClocksByDispute.load(dispute.code);
  return disputeClocks(
    dispute,
    reported.map((r) => r.clock),
    currentTime(),
    CN_HOLIDAY_CALENDAR,
  );
}

/** The center's service clock, always the first one. */
export async function serviceClock(dispute: Dispute, ctx: PetitionsContext): Promise<ClockView> {
  const clock = (await clocksOf(dispute, ctx))[0]!;
  return clockView(clock.kind, clock.startedAt, clock.status);
}

/** A dispute by a code the caller gave, as `dispute(code:)` and `node(id:)` read it. */
export async function disputeByCode(ctx: PetitionsContext, code: string, path: string[]): Promise<Dispute | null> {
  const compact = disputeCodeArg(code, path);
  return disputeByTypedCode(ctx, await ctx.loaders.disputeByCode.load(compact), compact);
}

@Resolver(() => Dispute)
export class DisputeResolver {
  @Authorized<Policy>("signedIn")
  @Query(() => Dispute, {
    nullable: true,
    description:
      "A dispute by its 解纷码, with or without separators. A malformed code or a failed check digit (a mistyped digit) is BAD_USER_INPUT. " +
      "Residents see only their own disputes, other departments' staff a summary (personal data masked, narratives null); anyone else is FORBIDDEN. " +
      "An unused valid code is null to the registry's staff and the commander, and to everyone else the same FORBIDDEN as someone else's dispute.",
  })
  dispute(@Arg("code", () => ID) code: string, @Ctx() ctx: PetitionsContext): Promise<Dispute | null> {
    return disputeByCode(ctx, code, ["code"]);
  }

  @Directive("@inaccessible")
  @FieldResolver(() => [ID], {
    description: "Internal party ids of the dispute's parties (plumbing for departments' `@requires`).",
  })
  async partyIds(@Root() dispute: Dispute, @Ctx() ctx: PetitionsContext): Promise<string[]> {
    return partyIdsOfRows(await ctx.loaders.partiesByDispute.load(dispute.id));
  }

  @Directive("@inaccessible")
  @FieldResolver(() => String, {
    description: "The registry's seal over partyIds: departments believe only party ids it sealed.",
  })
  async partyIdsSeal(@Root() dispute: Dispute, @Ctx() ctx: PetitionsContext): Promise<string> {
    return sealList("dispute-parties", dispute.code, await this.partyIds(dispute, ctx));
  }

  @Directive("@inaccessible")
  @FieldResolver(() => [String], {
    description:
      "The parties' names with their kind and party id, encoded (plumbing for departments' `@requires`: they mask the names on their records as the registry masks its parties).",
  })
  async partyNames(@Root() dispute: Dispute, @Ctx() ctx: PetitionsContext): Promise<string[]> {
    return partyNamesOfRows(await ctx.loaders.partiesByDispute.load(dispute.id)).map(encodePartyName);
  }

  @Directive("@inaccessible")
  @FieldResolver(() => String, {
    description: "The registry's seal over partyNames: departments believe only names it sealed.",
  })
  async partyNamesSeal(@Root() dispute: Dispute, @Ctx() ctx: PetitionsContext): Promise<string> {
    return sealList("dispute-party-names", dispute.code, await this.partyNames(dispute, ctx));
  }

  @FieldResolver(() => TimelineEventConnection, {
    description:
      "Everything that happened to this dispute in every department (统一归集), oldest first unless sorted otherwise, keyset-paged.",
  })
  async timeline(
    @Root() dispute: Dispute,
    @Args(() => TimelineArgs) { filter, sort, first, after }: TimelineArgs,
    @Ctx() ctx: PetitionsContext,
  ): Promise<TimelineEventConnection> {
    const size = pageSize(first, TIMELINE_PAGE, MAX_TIMELINE_PAGE);
    checkTimelineFilter(filter);
    const { rows, count } = await timelinePage(ctx.store, dispute.code, {
      ...filter,
      direction: sort === TimelineEventSort.NEWEST_FIRST ? "desc" : "asc",
      after,
      size,
    });
    return toConnection(rows, size, timelineSortKey, {
      hasPreviousPage: Boolean(after),
      count,
    }) as TimelineEventConnection;
  }

  // The registry's staff and the commander list all; another department's staff only disputes routed to it (checked below).
  @Authorized<Policy>("signedIn")
  @Query(() => DisputeConnection, {
    description:
      "Queue of disputes, newest registration first unless sorted otherwise, keyset-paged. Other departments' staff must filter by their own department.",
  })
  async disputes(
    @Args(() => DisputesArgs) { filter, sort, first, after }: DisputesArgs,
    @Ctx() ctx: PetitionsContext,
  ): Promise<DisputeConnection> {
    assertMayListRoutedTo(ctx, filter?.department);
    const size = pageSize(first);
    const page = { after, size, direction: sortDirection(sort) };
    // A hand-off left unanswered returns its dispute to the window first, so the leadless list is current.
    if (filter?.withoutLeadDepartment) await expireOverdueHandOffs(ctx.store);
    const { rows, count } = await disputePage(ctx.store, filter, currentTime(), page, disputeListScope(ctx));
    return toConnection(rows, size, (row) => row.registeredAt.toISOString(), {
      hasPreviousPage: Boolean(after),
      count,
    }) as DisputeConnection;
  }

  @FieldResolver(() => MoneyScalar, { nullable: true, description: "Amount involved (涉及金额)." })
  amountInvolved(@Root() dispute: Dispute): string | null {
    return dispute.amountInvolved ? formatMoney(dispute.amountInvolved) : null;
  }

  @FieldResolver(() => [DisputeParty], { description: "Applicants (当事人)." })
  parties(@Root() dispute: Dispute, @Ctx() ctx: PetitionsContext): Promise<DisputeParty[]> {
    return this.partiesInRole(dispute, ctx, "APPLICANT");
  }

  @FieldResolver(() => [DisputeParty], { description: "Respondents (被申请人)." })
  respondents(@Root() dispute: Dispute, @Ctx() ctx: PetitionsContext): Promise<DisputeParty[]> {
    return this.partiesInRole(dispute, ctx, "RESPONDENT");
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The facts as the party told them (纠纷事实); null for summary readers.",
  })
  async description(@Root() dispute: Dispute, @Ctx() ctx: PetitionsContext): Promise<string | null> {
    return (await this.isSummary(dispute, ctx)) ? null : dispute.description;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Written result of the closure (办理结果); null for summary readers.",
  })
  async closureResult(@Root() dispute: Dispute, @Ctx() ctx: PetitionsContext): Promise<string | null> {
    return (await this.isSummary(dispute, ctx)) ? null : dispute.closureResult;
  }

  @FieldResolver(() => VisitConnection, {
    description: "In-person visits (来访), oldest first unless sorted otherwise.",
  })
  async visits(
    @Root() dispute: Dispute,
    @Args(() => VisitsArgs) { filter, sort, first, after }: VisitsArgs,
    @Ctx() ctx: PetitionsContext,
  ): Promise<VisitConnection> {
    const size = pageSize(first);
    const direction = sort === VisitSort.NEWEST_FIRST ? "desc" : "asc";
    const { rows, count } = await visitPage(ctx.store, dispute.id, filter, { after, size, direction });
    const visits = await this.withoutNarratives(dispute, ctx, rows, "purpose");
    return toConnection(visits, size, (row) => row.visitedAt.toISOString(), {
      hasPreviousPage: Boolean(after),
      count,
    }) as VisitConnection;
  }

  @FieldResolver(() => Int, { description: "Number of in-person visits (来访次数)." })
  async visitCount(@Root() dispute: Dispute, @Ctx() ctx: PetitionsContext): Promise<number> {
    return (await ctx.loaders.visitsByDispute.load(dispute.id)).length;
  }

  @FieldResolver(() => RunSummary, { description: "Visits and runs (跑动次数: distinct days with a visit)." })
  async runs(@Root() dispute: Dispute, @Ctx() ctx: PetitionsContext): Promise<RunSummary> {
    const visits = await ctx.loaders.visitsByDispute.load(dispute.id);
    return { visits: visits.length, runs: runCount(visits) };
  }

  @FieldResolver(() => Dispatch, {
    nullable: true,
    description: "The latest dispatch: which rule fired, or who overrode it and why.",
  })
  async routing(@Root() dispute: Dispute, @Ctx() ctx: PetitionsContext): Promise<Dispatch | null> {
    return (await this.dispatches(dispute, ctx)).at(-1) ?? null;
  }

  @FieldResolver(() => [Dispatch], { description: "Every dispatch, oldest first." })
  async dispatches(@Root() dispute: Dispute, @Ctx() ctx: PetitionsContext): Promise<Dispatch[]> {
    return this.withoutNarratives(dispute, ctx, await ctx.loaders.dispatchesByDispute.load(dispute.id), "reason");
  }

  @FieldResolver(() => [MemberUnit], {
    description:
      "Co-handling member units of the latest dispatch (协办单位), by reference, in the dispatch's order. A co-handler that is a body a department published (a committee beside another) is not a member unit: `routing.coHandlerIds` and `routing.coHandlers` name every co-handler.",
  })
  async coHandlingUnits(@Root() dispute: Dispute, @Ctx() ctx: PetitionsContext): Promise<MemberUnit[]> {
    const units = await Promise.all(dispute.coHandlerIds.map((id) => ctx.loaders.memberUnitById.load(id)));
    return units.filter((unit) => unit !== null);
  }

  @FieldResolver(() => [String], {
    description: "Co-handling bodies of the latest dispatch (协办单位), by their names as at the dispatch.",
    deprecationReason: "Use `coHandlingUnits`, which gives each member unit by reference.",
  })
  async coHandlers(@Root() dispute: Dispute, @Ctx() ctx: PetitionsContext): Promise<string[]> {
    return (await ctx.loaders.dispatchesByDispute.load(dispute.id)).at(-1)?.coHandlers ?? [];
  }

  @FieldResolver(() => RoutingSuggestion, {
    description:
      "What the routing rules in force suggest (分流建议), naming only a body that exists and can take the dispute now.",
  })
  async suggestedRouting(@Root() dispute: Dispute, @Ctx() ctx: PetitionsContext): Promise<RoutingSuggestion> {
    const [directory, rules] = await Promise.all([
      ctx.loaders.directoryOfCounty.load(dispute.regionCode.slice(0, 6)),
      rulesInForce(ctx.store),
    ]);
    return route(routingFacts(dispute), directory, rules);
  }

  @FieldResolver(() => [SuitableBody], {
    description:
      "推荐承办单位: the department's bodies that can take this dispute now (serve its county, take its category, active, staffed), county-wide bodies first. Empty for a department that publishes no directory.",
  })
  async suitableBodies(
    @Root() dispute: Dispute,
    @Arg("department", () => Department) department: Department,
    @Ctx() ctx: PetitionsContext,
  ): Promise<SuitableBody[]> {
    const directory = await ctx.loaders.directoryOfCounty.load(dispute.regionCode.slice(0, 6));
    return suitableBodies(department, dispute, directory).map((b) => ({
      id: b.id,
      department: b.department,
      name: b.name,
      regionCode: b.regionCode,
      availableStaff: b.staffed,
    }));
  }

  @FieldResolver(() => [Consultation], { description: "Joint consultations (会商研判)." })
  async consultations(@Root() dispute: Dispute, @Ctx() ctx: PetitionsContext): Promise<Consultation[]> {
    return this.withoutNarratives(
      dispute,
      ctx,
      await ctx.loaders.consultationsByDispute.load(dispute.id),
      "conclusion",
    );
  }

  @FieldResolver(() => Evaluation, { nullable: true, description: "The party's evaluation after closure." })
  async evaluation(@Root() dispute: Dispute, @Ctx() ctx: PetitionsContext): Promise<Evaluation | null> {
    if (!dispute.satisfaction || !dispute.evaluatedAt) return null;
    const [evaluation] = await this.withoutNarratives(
      dispute,
      ctx,
      [{ satisfaction: dispute.satisfaction, comment: dispute.satisfactionComment, evaluatedAt: dispute.evaluatedAt }],
      "comment",
    );
    return evaluation!;
  }

  @FieldResolver(() => [FollowUp], { description: "Follow-up visits (回访)." })
  async followUps(@Root() dispute: Dispute, @Ctx() ctx: PetitionsContext): Promise<FollowUp[]> {
    return this.withoutNarratives(dispute, ctx, await ctx.loaders.followUpsByDispute.load(dispute.id), "notes");
  }

  @FieldResolver(() => HotlineOrder, {
    nullable: true,
    description: "The 12345 work order (热线工单) the matter came with; null for other channels.",
  })
  hotlineOrder(@Root() dispute: Dispute): HotlineOrder | null {
    const { hotlineOrderNumber, hotlineCalledAt, hotlineRequestType, urgent } = dispute;
    // The database keeps the three together (a CHECK constraint).
    return hotlineOrderNumber && hotlineCalledAt && hotlineRequestType
      ? { orderNumber: hotlineOrderNumber, calledAt: hotlineCalledAt, requestType: hotlineRequestType, urgent }
      : null;
  }

  @FieldResolver(() => DisputeLinkConnection, {
    description:
      "Possible duplicates flagged at intake (疑似重复诉求), links (关联) and merges (并单), from either end; oldest first unless sorted otherwise.",
  })
  async links(
    @Root() dispute: Dispute,
    @Args(() => DisputeLinksArgs) { filter, sort, first, after }: DisputeLinksArgs,
    @Ctx() ctx: PetitionsContext,
  ): Promise<DisputeLinkConnection> {
    const size = pageSize(first);
    const direction = sort === DisputeLinkSort.NEWEST_FIRST ? "desc" : "asc";
    const { rows, count } = await linkPage(ctx.store, dispute.code, filter, { after, size, direction });
    return toConnection(
      await this.withoutNarratives(dispute, ctx, rows, "reason"),
      size,
      (row) => row.createdAt.toISOString(),
      {
        hasPreviousPage: Boolean(after),
        count,
      },
    ) as DisputeLinkConnection;
  }

  @FieldResolver(() => Dispute, {
    nullable: true,
    description: "The main dispute this one was merged into (并单); null when the caller may not see it.",
  })
  async mergedInto(@Root() dispute: Dispute, @Ctx() ctx: PetitionsContext): Promise<Dispute | null> {
    return dispute.mergedIntoCode ? ((await this.loadDisputes([dispute.mergedIntoCode], ctx))[0] ?? null) : null;
  }

  @FieldResolver(() => [ClockView], {
    description:
      "Clocks on the dispute: the center's service clock (paused while a department's procedure clock is), the first-response clock of a 12345 work order, then every procedure clock of every department's case on it, exactly as that department runs and reported it (期限上报).",
  })
  async clocks(@Root() dispute: Dispute, @Ctx() ctx: PetitionsContext): Promise<ClockView[]> {
    return (await clocksOf(dispute, ctx)).map((c) => clockView(c.kind, c.startedAt, c.status));
  }

  @FieldResolver(() => Date, { description: "Deadline of the center's service clock." })
  async deadline(@Root() dispute: Dispute, @Ctx() ctx: PetitionsContext): Promise<Date> {
    return (await serviceClock(dispute, ctx)).deadline;
  }

  @FieldResolver(() => Int, { description: "Whole days left on the service clock (negative when overdue)." })
  async remainingDays(@Root() dispute: Dispute, @Ctx() ctx: PetitionsContext): Promise<number> {
    return (await serviceClock(dispute, ctx)).remainingDays;
  }

  @FieldResolver(() => Boolean, { description: "Past the service clock (or closed late)." })
  async overdue(@Root() dispute: Dispute, @Ctx() ctx: PetitionsContext): Promise<boolean> {
    return (await serviceClock(dispute, ctx)).overdue;
  }

  private async partiesInRole(
    dispute: Dispute,
    ctx: PetitionsContext,
    role: "APPLICANT" | "RESPONDENT",
  ): Promise<DisputeParty[]> {
    const scope = await scopeOfDispute(ctx, dispute);
    return (await ctx.loaders.partiesByDispute.load(dispute.id))
      .filter((p) => p.role === role)
      .map((row) => {
        const partyId = row.partyId ?? partyIdOrNull(row);
        return { ...row, partyId, owner: { scope, partyId, entity: "DisputeParty", entityId: row.id } };
      });
  }

  /** The rows as the caller may read them: free-text narratives null for summary readers. */
  private async withoutNarratives<T, K extends keyof T>(
    dispute: Dispute,
    ctx: PetitionsContext,
    rows: T[],
    ...narratives: K[]
  ): Promise<T[]> {
    if (!(await this.isSummary(dispute, ctx))) return rows;
    return rows.map((row) => ({ ...row, ...Object.fromEntries(narratives.map((key) => [key, null])) }));
  }

  /** Other departments' staff read a summary: no narratives. */
  private async isSummary(dispute: Dispute, ctx: PetitionsContext): Promise<boolean> {
    return (await disputeVisibility(ctx, dispute)) === "summary";
  }

  /** Related disputes the caller may see (a resident's linked dispute may be someone else's). */
  private async loadDisputes(codes: string[], ctx: PetitionsContext): Promise<Dispute[]> {
    const found = (await ctx.loaders.disputeByCode.loadMany(codes)).flatMap((d) =>
      d === null || d instanceof Error ? [] : [d],
    );
    return visibleDisputes(ctx, found);
  }
}

@ObjectType()
export class DisputeLinkConnection extends Connection(DisputeLink) {}

@ObjectType()
export class VisitConnection extends Connection(Visit) {}

@Resolver(() => DisputeLink)
export class DisputeLinkResolver {
  @FieldResolver(() => Dispute, {
    nullable: true,
    description: "The other dispute; null when the caller may not see it.",
  })
  async other(@Root() link: LinkView, @Ctx() ctx: PetitionsContext): Promise<Dispute | null> {
    const other = await ctx.loaders.disputeByCode.load(link.otherCode);
    return other ? ((await visibleDisputes(ctx, [other]))[0] ?? null) : null;
  }

  // A resident's dispute may be linked to a stranger's (a possible duplicate): she learns a link exists, not
  // the stranger's code, which with a guessed answer would let her track his dispute.
  @FieldResolver(() => String, {
    nullable: true,
    description: "解纷码 of the other dispute; null when the caller may not see it.",
  })
  async otherCode(@Root() link: LinkView, @Ctx() ctx: PetitionsContext): Promise<string | null> {
    return (await this.other(link, ctx))?.code ?? null;
  }
}

/** `_entities` lookups from other subgraphs go through the same loader as root queries. */
export const disputeReference = {
  __resolveReference: async (reference: { code: string }, ctx: PetitionsContext) => {
    const dispute = await ctx.loaders.disputeByCode.load(reference.code);
    if (dispute) await assertDisputeVisible(ctx, dispute);
    return dispute;
  },
};
