import { PartyKind } from "@onedoor/shared/graphql/party-kind";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { readPersonalData, maskedPhone, maskedResidentId, visibleName, type Policy } from "@onedoor/shared/auth/access";
import { DisputeStub } from "@onedoor/shared/federation/dispute-stub";
import { PartyStub } from "@onedoor/shared/federation/party-stub";
import { CN_HOLIDAY_CALENDAR, daysBetween } from "@onedoor/shared/clock/index";
import { ClockView } from "@onedoor/shared/graphql/clock-type";
import { pageSize, toConnection, type ConnectionShape } from "@onedoor/shared/graphql/connection";
import { InputProblems } from "@onedoor/shared/graphql/errors";
import { isDueSoon, isOverdue } from "../domain/case-machine.js";
import { calendarPage, queuePage } from "../db/queues.js";
import { factsOf, type CaseRow } from "../db/rows.js";
import {
  Applicant,
  ArbitrationCase,
  ArbitrationCaseConnection,
  Claim,
  FollowOnOption,
  LitigationReason,
} from "../entities/arbitration-case.js";
import { ArbitrationCalendarSort, caseSortDirection } from "../entities/enums.js";
import { ArbitrationCasesArgs, ArbitratorCalendarArgs } from "../entities/inputs.js";
import { CaseStepRecord } from "../entities/case-step.js";
import type { ArbitrationContext } from "./context.js";
import { clocksOf, followOnOptionsOf, litigationReasonsOf, toClaim } from "./mapping.js";
import { caseListCounties, findVisibleCase, visibleCase } from "./access.js";
import { currentTime } from "@onedoor/shared/clock/now";

/** Most days one calendar request may span. */
const MAX_CALENDAR_DAYS = 366;

/**
 * A page of the queue or calendar: read by the commission and the commander, narrowed to their jurisdiction in
 * the query (caseListCounties), each case checked all the same.
 */
async function casePage(
  ctx: ArbitrationContext,
  rows: CaseRow[],
  size: number,
  sortValue: (row: CaseRow) => string,
  hasPreviousPage: boolean,
  count?: () => Promise<number>,
): Promise<ConnectionShape<ArbitrationCase>> {
  const nodes = new Map(
    (await Promise.all(rows.slice(0, size).map((row) => visibleCase(ctx, row)))).map((c) => [c.id, c]),
  );
  return toConnection(rows, size, sortValue, { hasPreviousPage, toNode: (row) => nodes.get(row.id)!, count });
}

@Resolver(() => ArbitrationCase)
export class ArbitrationCaseResolver {
  @Authorized<Policy>("signedIn")
  @Query(() => ArbitrationCase, {
    nullable: true,
    description:
      "One arbitration case by id: in full for the commission, the commander and its parties; a summary for other departments' staff.",
  })
  arbitrationCase(@Arg("id", () => ID) id: string, @Ctx() ctx: ArbitrationContext): Promise<ArbitrationCase | null> {
    return findVisibleCase(ctx, id);
  }

  @Authorized<Policy>("departmentStaff", "commander")
  @Query(() => ArbitrationCaseConnection, {
    description: "The commission's queue, newest received first unless sorted otherwise, keyset-paged.",
  })
  async arbitrationCases(
    @Args(() => ArbitrationCasesArgs) { filter, sort, first, after }: ArbitrationCasesArgs,
    @Ctx() ctx: ArbitrationContext,
  ): Promise<ArbitrationCaseConnection> {
    const size = pageSize(first);
    const counties = caseListCounties(ctx);
    const now = currentTime();
    const wantOverdue = filter?.overdue ?? null;
    const wantDueSoon = filter?.dueSoon ?? null;
    const clocksOnly = wantOverdue === true || wantDueSoon === true;
    const keep =
      wantOverdue === null && wantDueSoon === null
        ? null
        : (row: CaseRow) =>
            (wantOverdue === null || isOverdue(factsOf(row), now, CN_HOLIDAY_CALENDAR) === wantOverdue) &&
            (wantDueSoon === null || isDueSoon(factsOf(row), now, CN_HOLIDAY_CALENDAR) === wantDueSoon);
    const page = { after, size, direction: caseSortDirection(sort) };
    const { rows, count } = await queuePage(ctx.store, { ...filter, clocksOnly }, page, keep, counties);
    return casePage(ctx, rows, size, (row) => row.receivedAt.toISOString(), Boolean(after), count);
  }

  @Authorized<Policy>("departmentStaff", "commander")
  @Query(() => ArbitrationCaseConnection, {
    description:
      "An arbitrator's calendar: hearings (scheduled, or held and awarded) on the filter's days, earliest first unless sorted otherwise.",
  })
  async arbitratorCalendar(
    @Args(() => ArbitratorCalendarArgs) { filter, sort, first, after }: ArbitratorCalendarArgs,
    @Ctx() ctx: ArbitrationContext,
  ): Promise<ArbitrationCaseConnection> {
    const size = pageSize(first);
    const problems = new InputProblems();
    const arbitrator = problems.text(
      ["filter", "arbitrator"],
      filter.arbitrator,
      { zh: "仲裁员", en: "Arbitrator" },
      50,
    );
    const days = daysBetween(filter.from, filter.to) + 1;
    if (days < 1 || days > MAX_CALENDAR_DAYS)
      problems.add(
        ["filter", "to"],
        "RANGE",
        `日期范围须在1至${MAX_CALENDAR_DAYS}日之间`,
        `The range must span 1 to ${MAX_CALENDAR_DAYS} days`,
      );
    problems.throwIfAny();
    const page = { after, size, direction: sort === ArbitrationCalendarSort.LATEST_FIRST ? "desc" : "asc" } as const;
    const rows = await calendarPage(
      ctx.store,
      { arbitrator, from: filter.from, to: filter.to },
      page,
      caseListCounties(ctx),
    );
    return casePage(ctx, rows, size, (row) => row.hearingAt!.toISOString(), Boolean(after));
  }

  @FieldResolver(() => DisputeStub, { nullable: true, description: "The registry's dispute (解纷码)." })
  dispute(@Root() root: ArbitrationCase): DisputeStub {
    return { code: root.disputeCode };
  }

  @FieldResolver(() => [Applicant], { description: "申请人, in application order." })
  async applicants(@Root() root: ArbitrationCase, @Ctx() ctx: ArbitrationContext): Promise<Applicant[]> {
    return (await ctx.loaders.applicantsByCase.load(root.id)).map((row) => ({
      id: row.id,
      position: row.position,
      representative: row.representative,
      partyId: row.partyId,
      row,
      owner: { scope: root.scope, partyId: row.partyId, entity: "ArbitrationApplicant", entityId: row.id },
    }));
  }

  @FieldResolver(() => [Claim], { description: "仲裁请求, in application order." })
  async claims(@Root() root: ArbitrationCase, @Ctx() ctx: ArbitrationContext): Promise<Claim[]> {
    const now = currentTime();
    return (await ctx.loaders.claimsByCase.load(root.id)).map((claim) =>
      toClaim(claim, root.row, root.visibility, now),
    );
  }

  @FieldResolver(() => [String], {
    description: "Limitation warnings recorded at filing (仲裁时效), one per claim concerned.",
  })
  async limitationWarnings(@Root() root: ArbitrationCase, @Ctx() ctx: ArbitrationContext): Promise<string[]> {
    const claims = await this.claims(root, ctx);
    return claims.flatMap((c) => (c.limitation.warningZh ? [`请求${c.position + 1}：${c.limitation.warningZh}`] : []));
  }

  @FieldResolver(() => [ClockView], { description: "Statutory clocks of the case, computed now from its events." })
  clocks(@Root() root: ArbitrationCase): ClockView[] {
    return clocksOf(root.row, currentTime());
  }

  @FieldResolver(() => Boolean, {
    description: "A commission clock (acceptance, service, answer, tribunal notice, award) is past its deadline.",
  })
  overdue(@Root() root: ArbitrationCase): boolean {
    return isOverdue(factsOf(root.row), currentTime(), CN_HOLIDAY_CALENDAR);
  }

  @FieldResolver(() => Boolean, { description: "The party may now sue without an award (see litigationReasons)." })
  mayLitigate(@Root() root: ArbitrationCase): boolean {
    return litigationReasonsOf(root.row, currentTime()).length > 0;
  }

  @FieldResolver(() => [LitigationReason])
  litigationReasons(@Root() root: ArbitrationCase): LitigationReason[] {
    return litigationReasonsOf(root.row, currentTime());
  }

  @FieldResolver(() => [FollowOnOption], {
    description: "After an award: who may sue or apply to revoke, and until when.",
  })
  followOnOptions(@Root() root: ArbitrationCase): FollowOnOption[] {
    return followOnOptionsOf(root.row, currentTime());
  }

  @FieldResolver(() => [CaseStepRecord], { description: "办案记录: every step, who took it and when." })
  history(@Root() root: ArbitrationCase, @Ctx() ctx: ArbitrationContext): Promise<CaseStepRecord[]> {
    return ctx.loaders.stepsByCase.load(root.id);
  }
}

/** 申请人's personal data: masked by default; the full values are separate fields, refused or audited. */
@Resolver(() => Applicant)
export class ApplicantResolver {
  @FieldResolver(() => PartyKind, { description: "Always PERSON: the applicant is the worker (劳动者)." })
  kind(): PartyKind {
    return PartyKind.PERSON;
  }

  @FieldResolver(() => String, {
    description: "姓名: in full for the commission, the commander and the worker themself; 张* for others.",
  })
  name(@Root() applicant: Applicant, @Ctx() ctx: ArbitrationContext): string {
    return visibleName(ctx, applicant.owner, applicant.row.name);
  }

  @FieldResolver(() => String, {
    description: "居民身份证号码, masked (330122********123X). The full number is residentIdFull.",
  })
  residentId(@Root() applicant: Applicant): string {
    return maskedResidentId(applicant.row.residentId)!;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "居民身份证号码 in full (validated, GB 11643): FORBIDDEN unless the caller handles the case or is the worker; every read is audited.",
  })
  residentIdFull(@Root() applicant: Applicant, @Ctx() ctx: ArbitrationContext): Promise<string | null> {
    return readPersonalData(ctx, ctx.store, applicant.owner, "residentId", applicant.row.residentId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Phone, masked (138****5678). The full number is phoneFull.",
  })
  phone(@Root() applicant: Applicant): string | null {
    return maskedPhone(applicant.row.phone);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Phone in full: FORBIDDEN unless the caller handles the case or is the worker; every read is audited.",
  })
  phoneFull(@Root() applicant: Applicant, @Ctx() ctx: ArbitrationContext): Promise<string | null> {
    return readPersonalData(ctx, ctx.store, applicant.owner, "phone", applicant.row.phone);
  }

  @FieldResolver(() => PartyStub, {
    nullable: true,
    description: "The worker as a party of the center (records of other departments).",
  })
  party(@Root() applicant: Applicant): PartyStub | null {
    return applicant.partyId ? { id: applicant.partyId } : null;
  }
}
