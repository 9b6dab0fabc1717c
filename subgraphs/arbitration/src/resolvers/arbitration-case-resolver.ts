import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { CN_HOLIDAY_CALENDAR } from "@onedoor/shared/clock/index";
import { ClockView } from "@onedoor/shared/graphql/clock-type";
import { decodeCursor, pageSize, toConnection } from "@onedoor/shared/graphql/connection";
import { badUserInput } from "@onedoor/shared/graphql/errors";
import { isDueSoon, isOverdue, type CaseStatus } from "../domain/case-machine.js";
import { calendarPage, queuePage } from "../db/cases.js";
import { factsOf, type CaseRow } from "../db/rows.js";
import {
  Applicant,
  ArbitrationCase,
  ArbitrationCaseConnection,
  Claim,
  FollowOnOption,
  LitigationReason,
} from "../entities/arbitration-case.js";
import { ArbitrationCaseFilter } from "../entities/inputs.js";
import { CaseStepRecord } from "../entities/case-step.js";
import type { ArbitrationContext } from "./context.js";
import { clocksOf, followOnOptionsOf, litigationReasonsOf, toCase, toClaim } from "./mapping.js";
import { isUuid } from "./load-case.js";

/** Longest calendar range one request may ask for. */
const MAX_CALENDAR_DAYS = 366;

@Resolver(() => ArbitrationCase)
export class ArbitrationCaseResolver {
  @Query(() => ArbitrationCase, { nullable: true, description: "One arbitration case by id." })
  async arbitrationCase(@Arg("id", () => ID) id: string, @Ctx() ctx: ArbitrationContext): Promise<ArbitrationCase | null> {
    const row = isUuid(id) ? await ctx.loaders.caseById.load(id) : null;
    return row ? toCase(row) : null;
  }

  @Query(() => ArbitrationCaseConnection, { description: "The commission's queue, newest first (Relay connection)." })
  async arbitrationCases(
    @Ctx() ctx: ArbitrationContext,
    @Arg("filter", () => ArbitrationCaseFilter, { nullable: true }) filter?: ArbitrationCaseFilter | null,
    @Arg("first", () => Int, { nullable: true }) first?: number | null,
    @Arg("after", () => String, { nullable: true }) after?: string | null,
  ): Promise<ArbitrationCaseConnection> {
    const size = pageSize(first);
    const now = new Date();
    const wantOverdue = filter?.overdue ?? null;
    const wantDueSoon = filter?.dueSoon ?? null;
    const clocksOnly = wantOverdue === true || wantDueSoon === true;
    const keep =
      wantOverdue === null && wantDueSoon === null
        ? null
        : (row: CaseRow) =>
            (wantOverdue === null || isOverdue(factsOf(row), now, CN_HOLIDAY_CALENDAR) === wantOverdue) &&
            (wantDueSoon === null || isDueSoon(factsOf(row), now, CN_HOLIDAY_CALENDAR) === wantDueSoon);
    const rows = await queuePage(
      ctx.store,
      { ...filter, status: (filter?.status ?? null) as CaseStatus[] | null, clocksOnly },
      size,
      after,
      keep,
    );
    return toConnection(rows, size, (row) => row.receivedAt.toISOString(), { hasPreviousPage: Boolean(after), toNode: toCase });
  }

  @Query(() => ArbitrationCaseConnection, { description: "An arbitrator's calendar: hearings (scheduled, or held and awarded) in [from, to), earliest first." })
  async arbitratorCalendar(
    @Ctx() ctx: ArbitrationContext,
    @Arg("arbitrator", () => String) arbitrator: string,
    @Arg("from", () => Date) from: Date,
    @Arg("to", () => Date) to: Date,
    @Arg("first", () => Int, { nullable: true }) first?: number | null,
    @Arg("after", () => String, { nullable: true }) after?: string | null,
  ): Promise<ArbitrationCaseConnection> {
    const size = pageSize(first);
    if (!(to > from) || to.getTime() - from.getTime() > MAX_CALENDAR_DAYS * 86_400_000) {
      throw badUserInput([
        { field: ["to"], reason: "RANGE", messageZh: `日期范围须在1至${MAX_CALENDAR_DAYS}日之间`, messageEn: `The range must span 1 to ${MAX_CALENDAR_DAYS} days` },
      ]);
    }
    const rows = await calendarPage(ctx.store, arbitrator.trim(), from, to, size, after ? decodeCursor(after) : null);
    return toConnection(rows, size, (row) => row.hearingAt!.toISOString(), { hasPreviousPage: Boolean(after), toNode: toCase });
  }

  @FieldResolver(() => [Applicant], { description: "申请人, in application order." })
  applicants(@Root() root: ArbitrationCase, @Ctx() ctx: ArbitrationContext): Promise<Applicant[]> {
    return ctx.loaders.applicantsByCase.load(root.id);
  }

  @FieldResolver(() => [Claim], { description: "仲裁请求, in application order." })
  async claims(@Root() root: ArbitrationCase, @Ctx() ctx: ArbitrationContext): Promise<Claim[]> {
    const now = new Date();
    return (await ctx.loaders.claimsByCase.load(root.id)).map((claim) => toClaim(claim, root.row, now));
  }

  @FieldResolver(() => [String], { description: "Limitation warnings recorded at filing (仲裁时效), one per claim concerned." })
  async limitationWarnings(@Root() root: ArbitrationCase, @Ctx() ctx: ArbitrationContext): Promise<string[]> {
    const claims = await this.claims(root, ctx);
    return claims.flatMap((c) => (c.limitation.warningZh ? [`请求${c.position + 1}：${c.limitation.warningZh}`] : []));
  }

  @FieldResolver(() => [ClockView], { description: "Statutory clocks of the case, computed now from its events." })
  clocks(@Root() root: ArbitrationCase): ClockView[] {
    return clocksOf(root.row, new Date());
  }

  @FieldResolver(() => Boolean, { description: "A commission clock (acceptance, service, answer, tribunal notice, award) is past its deadline." })
  overdue(@Root() root: ArbitrationCase): boolean {
    return isOverdue(factsOf(root.row), new Date(), CN_HOLIDAY_CALENDAR);
  }

  @FieldResolver(() => Boolean, { description: "The party may now sue without an award (see litigationReasons)." })
  mayLitigate(@Root() root: ArbitrationCase): boolean {
    return litigationReasonsOf(root.row, new Date()).length > 0;
  }

  @FieldResolver(() => [LitigationReason])
  litigationReasons(@Root() root: ArbitrationCase): LitigationReason[] {
    return litigationReasonsOf(root.row, new Date());
  }

  @FieldResolver(() => [FollowOnOption], { description: "After an award: who may sue or apply to revoke, and until when." })
  followOnOptions(@Root() root: ArbitrationCase): FollowOnOption[] {
    return followOnOptionsOf(root.row, new Date());
  }

  @FieldResolver(() => [CaseStepRecord], { description: "办案记录: every step, who took it and when." })
  history(@Root() root: ArbitrationCase, @Ctx() ctx: ArbitrationContext): Promise<CaseStepRecord[]> {
    return ctx.loaders.stepsByCase.load(root.id);
  }
}
