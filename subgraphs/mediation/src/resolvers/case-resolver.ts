import { recordAudit, givenFields } from "@onedoor/shared/audit/audit";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { DisputeStub } from "@onedoor/shared/federation/dispute-stub";
import { afterCursorDesc, pageSize, toConnection } from "@onedoor/shared/graphql/connection";
import { ClockView, clockView } from "@onedoor/shared/graphql/clock-type";
import { conflict, InputProblems, invalidState, notFound } from "@onedoor/shared/graphql/errors";
import { parseDisputeCode } from "@onedoor/shared/dispute-code/index";
import { performanceStatus } from "../domain/agreement.js";
import type { CaseStatus } from "../domain/case-state.js";
import {
  clockKindForCommittee,
  clockSpecFor,
  isDeemedFailed,
  mayApplyForArbitration,
  type MediationClockKind,
} from "../domain/mediation-clock.js";
import { isUuid } from "../db/paging.js";
import { recordMediationEvent } from "../db/events.js";

import {
  acceptedEvent,
  clockPausedEvent,
  clockResumedEvent,
  departmentsJoinedEvent,
  expertPickedEvent,
  failedEvent,
  mediatorAssignedEvent,
  mediatorRecusedEvent,
  sessionHeldEvent,
  withdrawnEvent,
} from "../domain/case-events.js";
import { Committee } from "../entities/directory.js";
import { MediationAgreement } from "../entities/agreement.js";
import {
  AcceptMediationCaseInput,
  AddParticipatingDepartmentsInput,
  AssignMediatorInput,
  CaseMediatorAssignment,
  ExpertPick,
  FailMediationInput,
  MediationCase,
  MediationCaseConnection,
  MediationCaseFilter,
  MediationClockPause,
  MediationSession,
  PauseClockInput,
  PickExpertInput,
  RecordSessionInput,
  RecuseMediatorInput,
  ResumeClockInput,
  WithdrawMediationInput,
} from "../entities/mediation-case.js";
import type { MediationCase as CaseRow, Prisma } from "../generated/prisma/client.js";
import { actor, caseClock, changeCase, CLOCK_CONFIG, loadCase, text } from "./case-guard.js";
import { caseName, caseReading, type AgreementView, type CaseView } from "./access.js";
import type { MediationContext } from "./context.js";
import { currentTime } from "@onedoor/shared/clock/now";

const DAY_MS = 86_400_000;
/** No mediation clock is shorter than labour's 15 natural days, so younger cases cannot be overdue. */
const SHORTEST_CLOCK_DAYS = 15;
/** Rows read per round when the queue filters on the computed clock. */
const SCAN_BATCH = 100;

const isOverdue = (clock: ClockView): boolean => clock.overdue;

function viewClock(row: CaseRow, pauses: Parameters<typeof caseClock>[1]): ClockView {
  return clockView(
    clockSpecFor(row.clockKind as MediationClockKind, CLOCK_CONFIG).kind,
    row.acceptedAt,
    caseClock(row, pauses),
  );
}

const label = (zh: string, en: string) => ({ zh, en });

@Resolver(() => MediationCase)
export class MediationCaseResolver {
  @Authorized<Policy>("signedIn")
  @Query(() => MediationCase, {
    nullable: true,
    description:
      "A mediation case by id: in full for the committee's staff, co-handling departments and the commander, a summary for other departments' staff. " +
      "Residents are refused here: they reach their mediation records through their dispute (Dispute.mediationCases) or party (Party.mediationCases).",
  })
  async mediationCase(@Arg("id", () => ID) id: string, @Ctx() ctx: MediationContext): Promise<CaseRow | null> {
    const row = isUuid(id) ? await ctx.loaders.caseById.load(id) : null;
    if (row) caseReading(ctx, row);
    return row;
  }

  @Authorized<Policy>("departmentStaff", "commander")
  @Query(() => MediationCaseConnection, {
    description: "Queue of mediation cases, newest accepted first (a committee's queue, a mediator's workload…).",
  })
  async mediationCases(
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
      return toConnection([] as CaseRow[], size, () => 0);
    const now = currentTime();
    const acceptedAt: Prisma.DateTimeFilter = {};
    if (f.acceptedFrom) acceptedAt.gte = f.acceptedFrom;
    if (f.acceptedBefore) acceptedAt.lt = f.acceptedBefore;
    if (f.overdue === true) {
      const youngest = new Date(now.getTime() - SHORTEST_CLOCK_DAYS * DAY_MS);
      acceptedAt.lt = acceptedAt.lt && acceptedAt.lt < youngest ? acceptedAt.lt : youngest;
    }
    const where: Prisma.MediationCaseWhereInput = {
      ...(f.committeeId ? { committeeId: f.committeeId } : {}),
      ...(f.statuses?.length ? { status: { in: f.statuses } } : {}),
      ...(disputeCode ? { disputeCode } : {}),
      ...(f.mediatorId ? { mediators: { some: { mediatorId: f.mediatorId, recusedAt: null } } } : {}),
      ...(Object.keys(acceptedAt).length ? { acceptedAt } : {}),
    };
    const orderBy = [{ acceptedAt: "desc" as const }, { id: "desc" as const }];
    const parse = (s: string | number) => new Date(String(s));
    let rows: CaseRow[];
    if (f.overdue === undefined || f.overdue === null) {
      rows = await ctx.store.mediationCase.findMany({
        where: { AND: [where, afterCursorDesc("acceptedAt", after, parse)] },
        orderBy,
        take: size + 1,
      });
    } else {
      // Deadlines are computed, never stored: read in order and keep the rows whose clock matches.
      rows = [];
      let cursorWhere = afterCursorDesc("acceptedAt", after, parse);
      for (;;) {
        const batch = await ctx.store.mediationCase.findMany({
          where: { AND: [where, cursorWhere] },
          orderBy,
          take: SCAN_BATCH,
        });
        const pauses = await ctx.store.mediationClockPause.findMany({
          where: { caseId: { in: batch.map((r) => r.id) } },
        });
        for (const row of batch) {
          if (
            isOverdue(
              viewClock(
                row,
                pauses.filter((p) => p.caseId === row.id),
              ),
            ) === f.overdue
          )
            rows.push(row);
          if (rows.length > size) break;
        }
        const last = batch.at(-1);
        if (rows.length > size || batch.length < SCAN_BATCH || !last) break;
        cursorWhere = {
          OR: [{ acceptedAt: { lt: last.acceptedAt } }, { acceptedAt: last.acceptedAt, id: { lt: last.id } }],
        };
      }
    }
    return toConnection(rows, size, (r) => r.acceptedAt.toISOString());
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => MediationCase, {
    description: "受理: a committee accepts a dispute dispatched by the center or delegated by a court (诉前委派).",
  })
  async acceptMediationCase(
    @Arg("input", () => AcceptMediationCaseInput) input: AcceptMediationCaseInput,
    @Ctx() ctx: MediationContext,
  ): Promise<CaseRow> {
    const problems = new InputProblems();
    const disputeCode = problems.check(["input", "disputeCode"], parseDisputeCode(input.disputeCode));
    const committee = isUuid(input.committeeId) ? await ctx.loaders.committeeById.load(input.committeeId) : null;
    if (!committee) problems.add(["input", "committeeId"], "UNKNOWN", "调委会不存在", "No such committee");
    const sourceReference = input.sourceReference?.trim()
      ? text(problems, ["input", "sourceReference"], input.sourceReference, label("来源编号", "Source reference"), 60)
      : null;
    if (input.source === "COURT_DELEGATION" && !sourceReference) {
      problems.add(
        ["input", "sourceReference"],
        "EMPTY",
        "法院委派调解须填写法院案号",
        "A court delegation needs the court's case number",
      );
    }
    const departments = (input.participatingDepartments ?? []).map((d, i) =>
      text(problems, ["input", "participatingDepartments", i], d, label("联合调解单位", "Department"), 60),
    );
    const acceptedAt = input.acceptedAt ?? currentTime();
    if (acceptedAt.getTime() > currentTime().getTime() + 5 * 60_000)
      problems.add(["input", "acceptedAt"], "FORMAT", "受理时间不能晚于当前时间", "Acceptance cannot be in the future");
    problems.throwIfAny();
    const row = await ctx.store.$transaction(async (tx) => {
      const created = await tx.mediationCase.create({
        data: {
          disputeCode: disputeCode!,
          committeeId: committee!.id,
          source: input.source,
          sourceReference,
          clockKind: clockKindForCommittee(committee!.type),
          status: "ACCEPTED",
          participatingDepartments: [...new Set(departments)],
          acceptedAt,
          acceptedBy: actor(ctx),
        },
      });
      const event = acceptedEvent(committee!.name, input.source, acceptedAt, created.clockKind);
      await recordMediationEvent(
        tx,
        { disputeCode: created.disputeCode, caseId: created.id, status: created.status },
        event,
      );
      await recordAudit(tx, ctx, {
        action: "acceptMediationCase",
        entity: "MediationCase",
        entityId: created.id,
        fields: givenFields(input),
      });
      return created;
    });
    ctx.log.info(
      { caseId: row.id, disputeCode: row.disputeCode, committee: committee!.name },
      "mediation case accepted",
    );
    return row;
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => MediationCase, { description: "指派调解员; the first one assigned leads. Records who chose whom." })
  async assignMediator(
    @Arg("input", () => AssignMediatorInput) input: AssignMediatorInput,
    @Ctx() ctx: MediationContext,
  ): Promise<CaseRow> {
    const mediator = isUuid(input.mediatorId) ? await ctx.loaders.mediatorById.load(input.mediatorId) : null;
    if (!mediator) throw notFound("Mediator", input.mediatorId, "调解员不存在");
    await loadCase(ctx, input.caseId);
    const existing = await ctx.store.caseMediator.findUnique({
      where: { caseId_mediatorId: { caseId: input.caseId, mediatorId: mediator.id } },
    });
    if (existing?.recusedAt)
      throw invalidState("This mediator was recused from the case", `调解员${mediator.name}已在本案回避，不能再指派`, {
        reason: "RECUSED",
      });
    if (existing) throw conflict("This mediator is already on the case", `调解员${mediator.name}已在本案`);
    if (!mediator.available)
      throw invalidState("This mediator takes no new cases now", `调解员${mediator.name}暂不接收新案件`, {
        reason: "UNAVAILABLE",
      });
    let lead = false;
    return changeCase(ctx, {
      caseId: input.caseId,
      expectedVersion: input.expectedVersion,
      action: "ASSIGN_MEDIATOR",
      audit: { mutation: "assignMediator", input },
      write: async (tx, current) => {
        const hasLead =
          (await tx.caseMediator.count({ where: { caseId: current.id, recusedAt: null, lead: true } })) > 0;
        lead = input.lead === true || !hasLead;
        if (lead) await tx.caseMediator.updateMany({ where: { caseId: current.id }, data: { lead: false } });
        await tx.caseMediator.create({
          data: {
            caseId: current.id,
            mediatorId: mediator.id,
            lead,
            assignedAt: currentTime(),
            assignedBy: actor(ctx),
          },
        });
      },
      event: ({ committee }) => mediatorAssignedEvent(committee, lead),
    });
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => MediationCase, {
    description:
      "回避: a mediator steps down on a party's request; the next mediator assigned earliest takes the lead.",
  })
  async recuseMediator(
    @Arg("input", () => RecuseMediatorInput) input: RecuseMediatorInput,
    @Ctx() ctx: MediationContext,
  ): Promise<CaseRow> {
    const problems = new InputProblems();
    const requestedBy = text(
      problems,
      ["input", "requestedBy"],
      input.requestedBy,
      label("申请人", "Requested by"),
      60,
    );
    const reason = text(problems, ["input", "reason"], input.reason, label("回避理由", "Reason"), 500, true);
    problems.throwIfAny();
    await loadCase(ctx, input.caseId);
    const assignment = isUuid(input.mediatorId)
      ? await ctx.store.caseMediator.findUnique({
          where: { caseId_mediatorId: { caseId: input.caseId, mediatorId: input.mediatorId } },
        })
      : null;
    if (!assignment || assignment.recusedAt)
      throw notFound("CaseMediator", input.mediatorId, "该调解员不在本案或已回避");
    let leadReplaced = false;
    return changeCase(ctx, {
      caseId: input.caseId,
      expectedVersion: input.expectedVersion,
      action: "RECUSE_MEDIATOR",
      audit: { mutation: "recuseMediator", input },
      write: async (tx) => {
        await tx.caseMediator.update({
          where: { id: assignment.id },
          data: {
            recusedAt: currentTime(),
            recusalReason: reason,
            recusalRequestedBy: requestedBy,
            recordedBy: actor(ctx),
            lead: false,
          },
        });
        if (assignment.lead) {
          const next = await tx.caseMediator.findFirst({
            where: { caseId: assignment.caseId, recusedAt: null },
            orderBy: [{ assignedAt: "asc" }, { id: "asc" }],
          });
          if (next) await tx.caseMediator.update({ where: { id: next.id }, data: { lead: true } });
          leadReplaced = next !== null;
        }
      },
      event: () => mediatorRecusedEvent(leadReplaced),
    });
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => MediationCase, { description: "联合调解: bring more departments to the table." })
  async addParticipatingDepartments(
    @Arg("input", () => AddParticipatingDepartmentsInput) input: AddParticipatingDepartmentsInput,
    @Ctx() ctx: MediationContext,
  ): Promise<CaseRow> {
    const problems = new InputProblems();
    const departments = input.departments.map((d, i) =>
      text(problems, ["input", "departments", i], d, label("联合调解单位", "Department"), 60),
    );
    if (departments.length === 0)
      problems.add(["input", "departments"], "EMPTY", "请填写联合调解单位", "Name at least one department");
    problems.throwIfAny();
    return changeCase(ctx, {
      caseId: input.caseId,
      expectedVersion: input.expectedVersion,
      action: "ADD_DEPARTMENTS",
      audit: { mutation: "addParticipatingDepartments", input },
      caseData: (current) => ({
        participatingDepartments: [...new Set([...current.participatingDepartments, ...departments])],
      }),
      event: ({ updated }) => departmentsJoinedEvent(updated.participatingDepartments.length),
    });
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => MediationCase, {
    description: "记录调解会 (in person or online video); the first one starts mediation.",
  })
  async recordMediationSession(
    @Arg("input", () => RecordSessionInput) input: RecordSessionInput,
    @Ctx() ctx: MediationContext,
  ): Promise<CaseRow> {
    const problems = new InputProblems();
    const place = text(problems, ["input", "place"], input.place, label("调解地点", "Place"), 100);
    const notes = text(problems, ["input", "notes"], input.notes, label("调解记录", "Notes"), 5000, true);
    const attendees = input.attendees.map((a, i) =>
      text(problems, ["input", "attendees", i], a, label("参加人", "Attendee"), 60),
    );
    if (attendees.length === 0) problems.add(["input", "attendees"], "EMPTY", "请填写参加人员", "Name who attended");
    problems.throwIfAny();
    const current = await loadCase(ctx, input.caseId);
    if (input.startsAt < current.acceptedAt) {
      throw invalidState("A session cannot precede acceptance", "调解会时间不能早于受理时间", {
        reason: "BEFORE_ACCEPTANCE",
      });
    }
    return changeCase(ctx, {
      caseId: input.caseId,
      expectedVersion: input.expectedVersion,
      action: "RECORD_SESSION",
      audit: { mutation: "recordMediationSession", input },
      write: async (tx, row) => {
        await tx.mediationSession.create({
          data: {
            caseId: row.id,
            mode: input.mode,
            startsAt: input.startsAt,
            place,
            attendees,
            notes,
            recordedBy: actor(ctx),
          },
        });
      },
      event: async ({ tx, updated }) =>
        sessionHeldEvent(
          input.mode,
          input.startsAt,
          await tx.mediationSession.count({ where: { caseId: updated.id } }),
        ),
    });
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => MediationCase, {
    description: "Pause a medical case's clock for appraisal (鉴定期间不计入调解期限).",
  })
  async pauseMediationClock(
    @Arg("input", () => PauseClockInput) input: PauseClockInput,
    @Ctx() ctx: MediationContext,
  ): Promise<CaseRow> {
    const problems = new InputProblems();
    const reason = text(problems, ["input", "reason"], input.reason, label("暂停原因", "Reason"), 200);
    problems.throwIfAny();
    const from = input.from ?? currentTime();
    if (from < (await loadCase(ctx, input.caseId)).acceptedAt)
      throw invalidState("A pause cannot precede acceptance", "暂停时间不能早于受理时间");
    return changeCase(ctx, {
      caseId: input.caseId,
      expectedVersion: input.expectedVersion,
      action: "PAUSE_CLOCK",
      audit: { mutation: "pauseMediationClock", input },
      write: async (tx, row) => {
        await tx.mediationClockPause.create({ data: { caseId: row.id, from, reason } });
      },
      event: () => clockPausedEvent(from),
    });
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => MediationCase, { description: "Resume a paused clock (appraisal finished)." })
  async resumeMediationClock(
    @Arg("input", () => ResumeClockInput) input: ResumeClockInput,
    @Ctx() ctx: MediationContext,
  ): Promise<CaseRow> {
    const at = input.at ?? currentTime();
    return changeCase(ctx, {
      caseId: input.caseId,
      expectedVersion: input.expectedVersion,
      action: "RESUME_CLOCK",
      audit: { mutation: "resumeMediationClock", input },
      write: async (tx, row) => {
        const open = await tx.mediationClockPause.findFirstOrThrow({ where: { caseId: row.id, to: null } });
        if (at < open.from) throw invalidState("A pause cannot end before it began", "恢复计时时间不能早于暂停时间");
        await tx.mediationClockPause.update({ where: { id: open.id }, data: { to: at } });
      },
      event: () => clockResumedEvent(at),
    });
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => MediationCase, { description: "点单: record a party's pick from the expert pool." })
  async pickExpert(
    @Arg("input", () => PickExpertInput) input: PickExpertInput,
    @Ctx() ctx: MediationContext,
  ): Promise<CaseRow> {
    const problems = new InputProblems();
    const pickedBy = text(problems, ["input", "pickedBy"], input.pickedBy, label("点单当事人", "Picked by"), 60);
    problems.throwIfAny();
    const expert = isUuid(input.expertId) ? await ctx.loaders.expertById.load(input.expertId) : null;
    if (!expert) throw notFound("Expert", input.expertId, "专家不存在");
    await loadCase(ctx, input.caseId);
    if (
      await ctx.store.expertPick.findUnique({
        where: { caseId_expertId: { caseId: input.caseId, expertId: expert.id } },
      })
    ) {
      throw conflict("This expert has already been picked for the case", `专家${expert.name}已被点单`);
    }
    return changeCase(ctx, {
      caseId: input.caseId,
      expectedVersion: input.expectedVersion,
      action: "PICK_EXPERT",
      audit: { mutation: "pickExpert", input },
      write: async (tx, row) => {
        await tx.expertPick.create({
          data: { caseId: row.id, expertId: expert.id, pickedBy, pickedAt: currentTime(), recordedBy: actor(ctx) },
        });
      },
      event: () => expertPickedEvent(expert.kind),
    });
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => MediationCase, {
    description: "调解不成: close the case with the reason and where the matter should go next.",
  })
  async failMediation(
    @Arg("input", () => FailMediationInput) input: FailMediationInput,
    @Ctx() ctx: MediationContext,
  ): Promise<CaseRow> {
    const problems = new InputProblems();
    const reason = text(problems, ["input", "reason"], input.reason, label("调解不成原因", "Reason"), 1000, true);
    problems.throwIfAny();
    return changeCase(ctx, {
      caseId: input.caseId,
      expectedVersion: input.expectedVersion,
      action: "FAIL",
      audit: { mutation: "failMediation", input },
      caseData: () => ({
        failureReason: reason,
        suggestedNextStep: input.suggestedNextStep,
        closedAt: currentTime(),
        closedBy: actor(ctx),
      }),
      event: ({ committee }) => failedEvent(committee, input.suggestedNextStep),
    });
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => MediationCase, { description: "撤回: a party withdraws the application." })
  async withdrawMediation(
    @Arg("input", () => WithdrawMediationInput) input: WithdrawMediationInput,
    @Ctx() ctx: MediationContext,
  ): Promise<CaseRow> {
    const problems = new InputProblems();
    const reason = text(problems, ["input", "reason"], input.reason, label("撤回原因", "Reason"), 1000, true);
    problems.throwIfAny();
    return changeCase(ctx, {
      caseId: input.caseId,
      expectedVersion: input.expectedVersion,
      action: "WITHDRAW",
      audit: { mutation: "withdrawMediation", input },
      caseData: () => ({ withdrawalReason: reason, closedAt: currentTime(), closedBy: actor(ctx) }),
      event: () => withdrawnEvent(),
    });
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

  @FieldResolver(() => DisputeStub, { description: "The registry's dispute (解纷码)." })
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

  @FieldResolver(() => String, { nullable: true, description: "Lead mediator (调解员) now on the case, if any" })
  async mediatorName(@Root() row: CaseRow, @Ctx() ctx: MediationContext): Promise<string | null> {
    const lead = (await ctx.loaders.assignmentsByCase.load(row.id)).find((a) => a.lead && !a.recusedAt);
    return lead ? ((await ctx.loaders.mediatorById.load(lead.mediatorId))?.name ?? null) : null;
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

  @FieldResolver(() => [MediationSession])
  async sessions(@Root() row: CaseView, @Ctx() ctx: MediationContext) {
    const reading = caseReading(ctx, row);
    return (await ctx.loaders.sessionsByCase.load(row.id)).map((s) => ({
      ...s,
      attendees: s.attendees.map((name) => caseName(ctx, row, "MediationSession", name)),
      notes: reading.narratives ? s.notes : null,
      recordedBy: reading.staffDetails ? s.recordedBy : null,
    }));
  }

  @FieldResolver(() => [MediationClockPause])
  async clockPauses(@Root() row: CaseView, @Ctx() ctx: MediationContext) {
    const reading = caseReading(ctx, row);
    return (await ctx.loaders.pausesByCase.load(row.id)).map((p) => ({
      ...p,
      reason: reading.narratives ? p.reason : null,
    }));
  }

  @FieldResolver(() => [ExpertPick], { description: "点单 from the expert pool" })
  async expertPicks(@Root() row: CaseView, @Ctx() ctx: MediationContext) {
    const reading = caseReading(ctx, row);
    return (await ctx.loaders.picksByCase.load(row.id)).map((p) => ({
      ...p,
      pickedBy: caseName(ctx, row, "ExpertPick", p.pickedBy),
      recordedBy: reading.staffDetails ? p.recordedBy : null,
    }));
  }

  @FieldResolver(() => MediationAgreement, { nullable: true, description: "调解协议, once reached" })
  async agreement(@Root() row: CaseView, @Ctx() ctx: MediationContext): Promise<AgreementView | null> {
    const agreement = await ctx.loaders.agreementByCase.load(row.id);
    // The agreement is read with the case's scope, parties included.
    return agreement && row.partyIds ? { ...agreement, partyIds: row.partyIds } : agreement;
  }

  @FieldResolver(() => ClockView, {
    description: "人民调解一个月 / 医疗纠纷30个工作日 / 劳动争议15日; stops when the case ends",
  })
  async clock(@Root() row: CaseRow, @Ctx() ctx: MediationContext): Promise<ClockView> {
    return viewClock(row, await ctx.loaders.pausesByCase.load(row.id));
  }

  @FieldResolver(() => Boolean, {
    description: "Medical mediation past its 30 working days: deemed failed (视为调解不成)",
  })
  async deemedFailed(@Root() row: CaseRow, @Ctx() ctx: MediationContext): Promise<boolean> {
    const clock = caseClock(row, await ctx.loaders.pausesByCase.load(row.id));
    return isDeemedFailed(row.clockKind as MediationClockKind, row.status as CaseStatus, clock);
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
    const performance = agreement ? performanceStatus(await ctx.loaders.followUpsByAgreement.load(agreement.id)) : null;
    return mayApplyForArbitration(
      row.clockKind as MediationClockKind,
      row.status as CaseStatus,
      caseClock(row, pauses),
      performance,
    );
  }
}

/** `_entities` lookups of MediationCase go through the request's loader and the same record check as `mediationCase(id)`. */
export const mediationCaseReference = {
  __resolveReference: async (reference: { id: string }, ctx: MediationContext): Promise<CaseRow | null> => {
    const row = isUuid(reference.id) ? await ctx.loaders.caseById.load(reference.id) : null;
    if (row) caseReading(ctx, row);
    return row;
  },
};
