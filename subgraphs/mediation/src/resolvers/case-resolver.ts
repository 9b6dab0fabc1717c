// Mediation cases (调解案件) read: by id, the queue, and every field a caller may see of a case.
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { currentTime } from "@onedoor/shared/clock/now";
import { parseDisputeCode } from "@onedoor/shared/dispute-code/index";
import { DisputeStub } from "@onedoor/shared/federation/dispute-stub";
import { ClockView } from "@onedoor/shared/graphql/clock-type";
import { pageSize, toConnection } from "@onedoor/shared/graphql/connection";
import { InputProblems } from "@onedoor/shared/graphql/errors";
import { isUuid } from "@onedoor/shared/graphql/input-bounds";
import { agreementPerformance } from "../db/store.js";
import { caseClock, caseClockView, isDeemedFailed, mayApplyForArbitration } from "../domain/mediation-clock.js";
import { caseQueue } from "../db/case-queries.js";
import { MediationAgreement } from "../entities/agreement.js";
import { Committee } from "../entities/directory.js";
import { MediationCaseSort } from "../entities/enums.js";
import { MediationCaseFilter } from "../entities/inputs.js";
import {
  CaseMediatorAssignment,
  ExpertPick,
  MediationCase,
  MediationAppraisal,
  MediationCaseConnection,
  MediationClockPause,
  MediationParticipatingUnit,
  MediationSession,
} from "../entities/mediation-case.js";
import { attendingUnitsOf, participatingUnitsOf } from "../domain/joint-handling.js";
import type { MediationCase as CaseRow } from "../generated/prisma/client.js";
import {
  attendeeName,
  caseListScope,
  caseName,
  caseReading,
  disputePartiesOf,
  visibleCase,
  type AgreementView,
  type CaseView,
} from "./access.js";
import type { MediationContext } from "./context.js";

@Resolver(() => MediationCase)
export class MediationCaseResolver {
  @Authorized<Policy>("signedIn")
  @Query(() => MediationCase, {
    nullable: true,
    description:
      "A mediation case by id: in full for the committee's staff, co-handling departments and the commander, a summary for other departments' staff. " +
      "Residents are refused here: they reach their mediation records through their dispute (Dispute.mediationCases) or party (Party.mediationCases).",
  })
  mediationCase(@Arg("id", () => ID) id: string, @Ctx() ctx: MediationContext): Promise<CaseRow | null> {
    return visibleCase(ctx, id);
  }

  @Authorized<Policy>("departmentStaff", "commander")
  @Query(() => MediationCaseConnection, {
    description:
      "Queue of mediation cases, newest accepted first unless sorted otherwise (a committee's queue, a mediator's workload…).",
  })
  async mediationCases(
    @Arg("sort", () => MediationCaseSort, {
      nullable: true,
      defaultValue: MediationCaseSort.NEWEST_ACCEPTED,
      description: "Newest accepted first when absent",
    })
    sort: MediationCaseSort,
    @Arg("filter", () => MediationCaseFilter, { nullable: true }) filter: MediationCaseFilter | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: MediationContext,
  ) {
    const size = pageSize(first);
    const f = filter ?? {};
    const problems = new InputProblems();
    const disputeCode =
      f.disputeCode === undefined
        ? undefined
        : problems.check(["filter", "disputeCode"], parseDisputeCode(f.disputeCode));
    problems.throwIfAny();
    // An id that is not a UUID names no committee or mediator: nothing matches.
    if ((f.committeeId && !isUuid(f.committeeId)) || (f.mediatorId && !isUuid(f.mediatorId)))
      return toConnection([] as CaseRow[], size, () => 0, { count: () => Promise.resolve(0) });
    const direction = sort === MediationCaseSort.OLDEST_ACCEPTED ? "asc" : "desc";
    const { rows, count } = await caseQueue(
      ctx,
      { ...f, disputeCode },
      { after, size, direction },
      currentTime(),
      caseListScope(ctx),
    );
    return toConnection(rows, size, (r) => r.acceptedAt.toISOString(), { hasPreviousPage: Boolean(after), count });
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Who accepted it (staff user id); null for residents and summary readers",
  })
  acceptedBy(@Root() row: CaseView, @Ctx() ctx: MediationContext): string | null {
    return caseReading(ctx, row).staffDetails ? row.acceptedBy : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "调解不成: why; null for summary readers" })
  failureReason(@Root() row: CaseView, @Ctx() ctx: MediationContext): string | null {
    return caseReading(ctx, row).narratives ? row.failureReason : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "撤回: why; null for summary readers" })
  withdrawalReason(@Root() row: CaseView, @Ctx() ctx: MediationContext): string | null {
    return caseReading(ctx, row).narratives ? row.withdrawalReason : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "撤销受理: the committee's account of the error; null for summary readers",
  })
  voidExplanation(@Root() row: CaseView, @Ctx() ctx: MediationContext): string | null {
    return caseReading(ctx, row).narratives ? row.voidExplanation : null;
  }

  @FieldResolver(() => DisputeStub, {
    nullable: true,
    description: "The registry's dispute (解纷码); null while the registry cannot answer.",
  })
  dispute(@Root() row: CaseRow): DisputeStub {
    return { code: row.disputeCode };
  }

  @FieldResolver(() => Committee, { description: "The committee that accepted the case." })
  async committeeRef(@Root() row: CaseRow, @Ctx() ctx: MediationContext) {
    return (await ctx.loaders.committeeById.load(row.committeeId))!;
  }

  @FieldResolver(() => String, { description: "调委会 name, e.g. 桐庐县劳动争议人民调解委员会" })
  async committee(@Root() row: CaseRow, @Ctx() ctx: MediationContext): Promise<string> {
    return (await ctx.loaders.committeeById.load(row.committeeId))!.name;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Who leads the case now (主持调解), if anyone: a mediator, or the expert the party picked (点单)",
  })
  async mediatorName(@Root() row: CaseRow, @Ctx() ctx: MediationContext): Promise<string | null> {
    const lead = (await ctx.loaders.assignmentsByCase.load(row.id)).find((a) => a.lead && !a.recusedAt);
    if (lead) return (await ctx.loaders.mediatorById.load(lead.mediatorId))?.name ?? null;
    const expert = (await ctx.loaders.picksByCase.load(row.id)).find((p) => p.lead);
    return expert ? ((await ctx.loaders.expertById.load(expert.expertId))?.name ?? null) : null;
  }

  @FieldResolver(() => [CaseMediatorAssignment], {
    description: "Mediators assigned, recused ones included, in order of assignment",
  })
  async mediators(@Root() row: CaseView, @Ctx() ctx: MediationContext) {
    const reading = caseReading(ctx, row);
    return (await ctx.loaders.assignmentsByCase.load(row.id)).map((a) => ({
      ...a,
      assignedBy: reading.staffDetails ? a.assignedBy : null,
      recusalReason: reading.narratives ? a.recusalReason : null,
      recusalRequestedBy:
        a.recusalRequestedBy === null ? null : caseName(ctx, row, "MediationCase", a.recusalRequestedBy),
    }));
  }

  @FieldResolver(() => [MediationParticipatingUnit], {
    description:
      "联合调解: the units at the table by id (member units and published bodies), as the registry named them",
  })
  participatingUnits(@Root() row: CaseView, @Ctx() ctx: MediationContext): MediationParticipatingUnit[] {
    caseReading(ctx, row);
    return participatingUnitsOf(row.participatingUnits);
  }

  @FieldResolver(() => [MediationSession])
  async sessions(@Root() row: CaseView, @Ctx() ctx: MediationContext) {
    const reading = caseReading(ctx, row);
    const [sessions, assignments, picks] = await Promise.all([
      ctx.loaders.sessionsByCase.load(row.id),
      ctx.loaders.assignmentsByCase.load(row.id),
      ctx.loaders.picksByCase.load(row.id),
    ]);
    // People acting in office on this case — its mediators and experts — are named in full wherever they attend.
    const caseStaff = [
      ...(await Promise.all(assignments.map(async (a) => (await ctx.loaders.mediatorById.load(a.mediatorId))?.name))),
      ...(await Promise.all(picks.map(async (p) => (await ctx.loaders.expertById.load(p.expertId))?.name))),
    ].filter((name): name is string => name !== undefined);
    return Promise.all(
      sessions.map(async (s) => {
        const mediators = (
          await Promise.all(
            s.mediatorIds.map(async (id) => {
              const mediator = await ctx.loaders.mediatorById.load(id);
              return mediator ? { mediatorId: mediator.id, name: mediator.name } : null;
            }),
          )
        ).filter((m) => m !== null);
        const attendingUnits = attendingUnitsOf(s.attendingUnits);
        const staff = new Set([
          ...caseStaff,
          ...mediators.map((m) => m.name),
          ...attendingUnits.map((u) => u.representative),
        ]);
        return {
          ...s,
          attendees: s.attendees.map((name) => attendeeName(ctx, row, name, staff)),
          mediators,
          attendingUnits,
          notes: reading.narratives ? s.notes : null,
          recordedBy: reading.staffDetails ? s.recordedBy : null,
        };
      }),
    );
  }

  @FieldResolver(() => [MediationClockPause])
  async clockPauses(@Root() row: CaseView, @Ctx() ctx: MediationContext) {
    const reading = caseReading(ctx, row);
    return (await ctx.loaders.pausesByCase.load(row.id)).map((p) => ({
      ...p,
      reason: reading.narratives ? p.reason : null,
    }));
  }

  @FieldResolver(() => [MediationAppraisal], {
    description: "鉴定 commissioned for the case, in order of request; each paused the clock until its opinion came",
  })
  async appraisals(@Root() row: CaseView, @Ctx() ctx: MediationContext) {
    const reading = caseReading(ctx, row);
    // Which institution judged and what it found are the case's narrative, as session notes are.
    return (await ctx.loaders.appraisalsByCase.load(row.id)).map((a) => ({
      ...a,
      body: reading.narratives ? a.body : null,
      conclusionSummary: reading.narratives ? a.conclusionSummary : null,
      liabilityShare: reading.narratives ? a.liabilityShare : null,
      createdBy: reading.staffDetails ? a.createdBy : null,
    }));
  }

  @FieldResolver(() => [ExpertPick], { description: "点单 from the expert pool" })
  async expertPicks(@Root() row: CaseView, @Ctx() ctx: MediationContext) {
    const reading = caseReading(ctx, row);
    return (await ctx.loaders.picksByCase.load(row.id)).map((p) => ({
      ...p,
      pickedBy: p.pickedBy === null ? null : caseName(ctx, row, "ExpertPick", p.pickedBy),
      pickedByParty: p.pickedByPartyId === null ? null : { id: p.pickedByPartyId },
      recordedBy: reading.staffDetails ? p.recordedBy : null,
      carriedOver: p.carriedFromCaseId !== null,
    }));
  }

  @FieldResolver(() => MediationAgreement, { nullable: true, description: "调解协议, once reached" })
  async agreement(@Root() row: CaseView, @Ctx() ctx: MediationContext): Promise<AgreementView | null> {
    const agreement = await ctx.loaders.agreementByCase.load(row.id);
    // The agreement is read with the case's scope, parties included.
    return agreement ? { ...agreement, ...disputePartiesOf(row) } : null;
  }

  @FieldResolver(() => ClockView, {
    description: "人民调解一个月 / 医疗纠纷30个工作日 / 劳动争议15日; stops when the case ends",
  })
  async clock(@Root() row: CaseRow, @Ctx() ctx: MediationContext): Promise<ClockView> {
    return caseClockView(row, await ctx.loaders.pausesByCase.load(row.id), currentTime());
  }

  @FieldResolver(() => Boolean, {
    description: "Medical mediation past its 30 working days: deemed failed (视为调解不成)",
  })
  async deemedFailed(@Root() row: CaseRow, @Ctx() ctx: MediationContext): Promise<boolean> {
    const clock = caseClock(row, await ctx.loaders.pausesByCase.load(row.id), currentTime());
    return isDeemedFailed(row.clockKind, row.status, clock);
  }

  @FieldResolver(() => Boolean, {
    description:
      "Labour disputes: a party may now apply for arbitration (no agreement within 15 days, mediation failed or withdrawn, or agreement not performed)",
  })
  async mayApplyForArbitration(@Root() row: CaseRow, @Ctx() ctx: MediationContext): Promise<boolean> {
    const [pauses, agreement] = await Promise.all([
      ctx.loaders.pausesByCase.load(row.id),
      ctx.loaders.agreementByCase.load(row.id),
    ]);
    const performance = agreement ? await agreementPerformance(ctx.loaders, agreement.id) : null;
    return mayApplyForArbitration(row.clockKind, row.status, caseClock(row, pauses, currentTime()), performance);
  }
}

/** `_entities` lookups of MediationCase go through the request's loader and the same record check as `mediationCase(id)`. */
export const mediationCaseReference = {
  __resolveReference: (reference: { id: string }, ctx: MediationContext): Promise<CaseRow | null> =>
    visibleCase(ctx, reference.id),
};
