// The steps of a mediation case (调解案件), each through the department's write path (db/write.ts):
// accept, assign and recuse mediators, bring in departments, hold sessions, pause and resume the clock,
// record expert picks (the committee's record of them, a party's own online, the window's on her behalf), and
// end in failure or withdrawal (the agreement is in agreement-mutations.ts); an acceptance made in error is
// voided as a correction (更正), never as a withdrawal nobody asked for.
import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { actorId } from "@onedoor/shared/auth/identity";
import { countyOfDisputeCode } from "@onedoor/shared/auth/jurisdiction";
import { currentTime } from "@onedoor/shared/clock/now";
import { refused } from "@onedoor/shared/db/write-path";
import { parseDisputeCode } from "@onedoor/shared/dispute-code/index";
import { conflict, InputProblems, notFound } from "@onedoor/shared/graphql/errors";
import { isUuid } from "@onedoor/shared/graphql/input-bounds";
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
import { checkManualResume } from "../domain/appraisal.js";
import { checkExpertFits, checkTakesNewMatters, picksToCarry } from "../domain/directory.js";
import { checkAcceptanceVoid, refusal } from "../domain/case-state.js";
import { clockKindForCommittee } from "../domain/mediation-clock.js";
import {
  addExpertPick,
  addMediator,
  addSession,
  carryPicks,
  committeeName,
  currentPause,
  earlierPicks,
  endPause,
  findAssignment,
  findExpertPick,
  isAppraisalPause,
  recuseMediator,
  startPause,
  stepsAfterAcceptance,
} from "../db/case-steps.js";
import {
  jointHandlers,
  jointUnits,
  requireSentHere,
  sentToAnotherBody,
  sentToBody,
} from "@onedoor/shared/events/registry-notices";
import { checkAttendingUnits, joinUnits, participatingUnitsOf } from "../domain/joint-handling.js";
import { checkCoHandlers } from "@onedoor/shared/directory/co-handlers";
import { memberUnits } from "@onedoor/shared/events/member-units";
import { reportedEventId, voidEvent, voidExplanation } from "@onedoor/shared/events/step-void";
import { changeCase, createCase } from "../db/write.js";
import {
  AcceptMediationCaseInput,
  AddParticipatingDepartmentsInput,
  AssignMediatorInput,
  FailMediationInput,
  PauseMediationClockInput,
  PickMediationExpertForPartyInput,
  PickMediationExpertInput,
  PickMyMediationExpertInput,
  RecordMediationSessionInput,
  RecuseMediatorInput,
  ResumeMediationClockInput,
  VoidMediationAcceptanceInput,
  WithdrawMediationInput,
} from "../entities/inputs.js";
import { MediationCase } from "../entities/mediation-case.js";
import type { MediationCase as CaseRow, Expert as ExpertRow, Prisma } from "../generated/prisma/client.js";
import { assertMayAcceptAt, disputePartiesOf, loadCase, loadCaseForPartyPick, type CaseView } from "./access.js";
import type { MediationContext } from "./context.js";

const label = (zh: string, en: string) => ({ zh, en });
const DEPARTMENT = label("联合调解单位", "Department");
/** Clocks of client machines run a little fast or slow: "now" from a form may be a few minutes ahead. */
const CLOCK_SKEW_MS = 5 * 60_000;

@Resolver(() => MediationCase)
export class MediationCaseMutations {
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
      ? problems.text(["input", "sourceReference"], input.sourceReference, label("来源编号", "Source reference"), 60)
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
      problems.text(["input", "participatingDepartments", i], d, DEPARTMENT, 60),
    );
    const acceptedAt = input.acceptedAt ?? currentTime();
    if (acceptedAt.getTime() > currentTime().getTime() + CLOCK_SKEW_MS)
      problems.add(["input", "acceptedAt"], "FORMAT", "受理时间不能晚于当前时间", "Acceptance cannot be in the future");
    problems.throwIfAny();
    assertMayAcceptAt(ctx, committee!.name, disputeCode!);
    const closedCommittee = checkTakesNewMatters("committee", committee!.name, committee!.status);
    if (closedCommittee) throw refused(closedCommittee, committee!.status);
    // Only a dispute the registry sent here (dispatched, handed over, delegated by a court) and has not closed.
    const sent = await requireSentHere(ctx, disputeCode!);
    if (!sentToBody(sent, committee!)) throw sentToAnotherBody(sent, disputeCode!);
    // A court's delegation runs the court's pre-filing clock, so court and committee share one deadline.
    const courtClock = input.source === "COURT_DELEGATION" ? sent.courtClock : null;
    // A court's delegation keeps the expert the party picked in the dispute's earlier mediation.
    const carried = input.source === "COURT_DELEGATION" ? picksToCarry(await earlierPicks(ctx, disputeCode!)) : [];
    const carriedKinds = await Promise.all(
      carried.map(async (p) => (await ctx.loaders.expertById.load(p.expertId))!.kind),
    );
    return createCase(
      ctx,
      {
        disputeCode: disputeCode!,
        committeeId: committee!.id,
        source: input.source,
        sourceReference,
        clockKind: courtClock ? "COURT_PRE_FILING" : clockKindForCommittee(committee!.type),
        ...(courtClock ? { courtClock: courtClock as unknown as Prisma.InputJsonValue } : {}),
        status: "ACCEPTED",
        // The bodies the registry sent it with sit at the table too (联合调解), before those the committee adds.
        participatingDepartments: [...new Set([...jointHandlers(sent, committee!), ...departments])],
        // Those the registry named by id keep their ids, so a session can record them attending.
        participatingUnits: jointUnits(sent, committee!) as unknown as Prisma.InputJsonValue,
        acceptedAt,
        acceptedBy: actorId(ctx.identity),
      },
      (row) => acceptedEvent(committee!.name, row.source, row.acceptedAt, row.clockKind),
      { action: "acceptMediationCase", input },
      carried.length === 0
        ? undefined
        : {
            write: (tx, row) => carryPicks(tx, row.id, carried, actorId(ctx.identity)),
            events: carriedKinds.map((kind, i) => expertPickedEvent(kind, { lead: i === 0, carriedOver: true })),
          },
    );
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => MediationCase, { description: "指派调解员; the first one assigned leads. Records who chose whom." })
  async assignMediator(
    @Arg("input", () => AssignMediatorInput) input: AssignMediatorInput,
    @Ctx() ctx: MediationContext,
  ): Promise<CaseRow> {
    const mediator = isUuid(input.mediatorId) ? await ctx.loaders.mediatorById.load(input.mediatorId) : null;
    if (!mediator) throw notFound("Mediator", input.mediatorId, "调解员不存在");
    const current = await loadCase(ctx, input.caseId);
    const existing = await findAssignment(ctx, current.id, mediator.id);
    if (existing?.recusedAt) {
      throw refused(
        refusal("RECUSED", "This mediator was recused from the case", `调解员${mediator.name}已在本案回避，不能再指派`),
        current.status,
      );
    }
    if (existing) throw conflict("This mediator is already on the case", `调解员${mediator.name}已在本案`);
    const outOfDirectory = checkTakesNewMatters("mediator", mediator.name, mediator.status);
    if (outOfDirectory) throw refused(outOfDirectory, current.status);
    if (!mediator.available) {
      throw refused(
        refusal("UNAVAILABLE", "This mediator takes no new cases now", `调解员${mediator.name}暂不接收新案件`),
        current.status,
      );
    }
    let lead = false;
    return changeCase(ctx, {
      id: current.id,
      expectedVersion: input.expectedVersion,
      step: "ASSIGN_MEDIATOR",
      write: async (tx, before) => {
        lead = await addMediator(tx, {
          caseId: before.id,
          mediatorId: mediator.id,
          lead: input.lead === true,
          assignedAt: currentTime(),
          assignedBy: actorId(ctx.identity),
        });
      },
      event: async ({ tx, after }) => mediatorAssignedEvent(await committeeName(tx, after.committeeId), lead),
      audit: { action: "assignMediator", input },
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
    const requestedBy = problems.text(["input", "requestedBy"], input.requestedBy, label("申请人", "Requested by"), 60);
    const reason = problems.text(["input", "reason"], input.reason, label("回避理由", "Reason"), 500, {
      multiline: true,
    });
    problems.throwIfAny();
    const current = await loadCase(ctx, input.caseId);
    const assignment = isUuid(input.mediatorId) ? await findAssignment(ctx, current.id, input.mediatorId) : null;
    if (!assignment || assignment.recusedAt)
      throw notFound("CaseMediator", input.mediatorId, "该调解员不在本案或已回避");
    let leadReplaced = false;
    return changeCase(ctx, {
      id: current.id,
      expectedVersion: input.expectedVersion,
      step: "RECUSE_MEDIATOR",
      write: async (tx) => {
        leadReplaced = await recuseMediator(tx, assignment, {
          recusedAt: currentTime(),
          recusalReason: reason,
          recusalRequestedBy: requestedBy,
          recordedBy: actorId(ctx.identity),
        });
      },
      event: () => mediatorRecusedEvent(leadReplaced),
      audit: { action: "recuseMediator", input },
    });
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => MediationCase, { description: "联合调解: bring more departments to the table." })
  async addParticipatingDepartments(
    @Arg("input", () => AddParticipatingDepartmentsInput) input: AddParticipatingDepartmentsInput,
    @Ctx() ctx: MediationContext,
  ): Promise<CaseRow> {
    const problems = new InputProblems();
    const departments = (input.departments ?? []).map((d, i) =>
      problems.text(["input", "departments", i], d, DEPARTMENT, 60),
    );
    const unitIds = (input.unitIds ?? []).map((id, i) =>
      problems.text(["input", "unitIds", i], id, label("单位编号", "Unit id"), 64),
    );
    if (departments.length === 0 && unitIds.length === 0)
      problems.add(["input", "unitIds"], "EMPTY", "请填写联合调解单位", "Name at least one unit");
    problems.throwIfAny();
    const current = await loadCase(ctx, input.caseId);
    // A unit by id is one of the registry's member units of the dispute's county, active, as the registry says now.
    const county = countyOfDisputeCode(current.disputeCode);
    const check = checkCoHandlers(unitIds, unitIds.length ? await memberUnits(ctx, county) : [], county);
    for (const p of check.problems) problems.add(["input", "unitIds", p.index], p.reason, p.messageZh, p.messageEn);
    problems.throwIfAny();
    const units = check.units.map((u) => ({ unitId: u.id, name: u.name }));
    return changeCase(ctx, {
      id: current.id,
      expectedVersion: input.expectedVersion,
      step: "ADD_DEPARTMENTS",
      columns: (before) => ({
        participatingDepartments: [
          ...new Set([...before.participatingDepartments, ...units.map((u) => u.name), ...departments]),
        ],
        participatingUnits: joinUnits(
          participatingUnitsOf(before.participatingUnits),
          units,
        ) as unknown as Prisma.InputJsonValue,
      }),
      event: ({ after }) => departmentsJoinedEvent(after.participatingDepartments.length),
      audit: { action: "addParticipatingDepartments", input },
    });
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => MediationCase, {
    description: "记录调解会 (in person or online video); the first one starts mediation.",
  })
  async recordMediationSession(
    @Arg("input", () => RecordMediationSessionInput) input: RecordMediationSessionInput,
    @Ctx() ctx: MediationContext,
  ): Promise<CaseRow> {
    const problems = new InputProblems();
    const place = problems.text(["input", "place"], input.place, label("调解地点", "Place"), 100);
    const notes = problems.text(["input", "notes"], input.notes, label("调解记录", "Notes"), 5000, { multiline: true });
    const attendees = input.attendees.map((a, i) =>
      problems.text(["input", "attendees", i], a, label("参加人", "Attendee"), 60),
    );
    const named = (input.attendingUnits ?? []).map((u, i) => ({
      unitId: u.unitId,
      representative: problems.text(
        ["input", "attendingUnits", i, "representative"],
        u.representative,
        label("出席代表", "Representative"),
        60,
      ),
    }));
    const mediatorIds = [...new Set(input.mediatorIds ?? [])];
    if (attendees.length === 0 && named.length === 0 && mediatorIds.length === 0)
      problems.add(["input", "attendees"], "EMPTY", "请填写参加人员", "Name who attended");
    problems.throwIfAny();
    const current = await loadCase(ctx, input.caseId);
    // The mediators who sat are the committee's own; the units, those at this case's table.
    for (const [i, id] of mediatorIds.entries()) {
      const mediator = isUuid(id) ? await ctx.loaders.mediatorById.load(id) : null;
      if (mediator?.committeeId !== current.committeeId)
        problems.add(
          ["input", "mediatorIds", i],
          "UNKNOWN",
          "本调委会没有该调解员",
          "No such mediator of this committee",
        );
    }
    const attending = checkAttendingUnits(named, participatingUnitsOf(current.participatingUnits));
    for (const p of attending.problems)
      problems.add(["input", "attendingUnits", p.index, "unitId"], "UNKNOWN", p.messageZh, p.messageEn);
    problems.throwIfAny();
    if (input.startsAt < current.acceptedAt) {
      throw refused(
        refusal("BEFORE_ACCEPTANCE", "A session cannot precede acceptance", "调解会时间不能早于受理时间"),
        current.status,
      );
    }
    let sessionNumber = 0;
    return changeCase(ctx, {
      id: current.id,
      expectedVersion: input.expectedVersion,
      step: "RECORD_SESSION",
      write: async (tx, before) => {
        sessionNumber = await addSession(tx, {
          caseId: before.id,
          mode: input.mode,
          startsAt: input.startsAt,
          place,
          attendees,
          mediatorIds,
          attendingUnits: attending.units as unknown as Prisma.InputJsonValue,
          notes,
          recordedBy: actorId(ctx.identity),
        });
      },
      event: () => sessionHeldEvent(input.mode, input.startsAt, sessionNumber, place),
      audit: { action: "recordMediationSession", input },
    });
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => MediationCase, {
    description: "Pause a medical case's clock for appraisal (鉴定期间不计入调解期限).",
  })
  async pauseMediationClock(
    @Arg("input", () => PauseMediationClockInput) input: PauseMediationClockInput,
    @Ctx() ctx: MediationContext,
  ): Promise<CaseRow> {
    const problems = new InputProblems();
    const reason = problems.text(["input", "reason"], input.reason, label("暂停原因", "Reason"), 200);
    problems.throwIfAny();
    const from = input.from ?? currentTime();
    const current = await loadCase(ctx, input.caseId);
    if (from < current.acceptedAt) {
      throw refused(
        refusal("BEFORE_ACCEPTANCE", "A pause cannot precede acceptance", "暂停时间不能早于受理时间"),
        current.status,
      );
    }
    return changeCase(ctx, {
      id: current.id,
      expectedVersion: input.expectedVersion,
      step: "PAUSE_CLOCK",
      write: (tx, before) => startPause(tx, { caseId: before.id, from, reason }),
      event: () => clockPausedEvent(from),
      audit: { action: "pauseMediationClock", input },
    });
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => MediationCase, { description: "Resume a paused clock (appraisal finished)." })
  async resumeMediationClock(
    @Arg("input", () => ResumeMediationClockInput) input: ResumeMediationClockInput,
    @Ctx() ctx: MediationContext,
  ): Promise<CaseRow> {
    const at = input.at ?? currentTime();
    return changeCase(ctx, {
      id: input.caseId,
      expectedVersion: input.expectedVersion,
      step: "RESUME_CLOCK",
      write: async (tx, before) => {
        const pause = await currentPause(tx, before.id);
        const appraisalPause = checkManualResume(await isAppraisalPause(tx, pause.id));
        if (appraisalPause && !appraisalPause.ok) throw refused(appraisalPause, before.status);
        if (at < pause.from) {
          throw refused(
            refusal("BEFORE_PAUSE", "A pause cannot end before it began", "恢复计时时间不能早于暂停时间"),
            before.status,
          );
        }
        await endPause(tx, pause.id, at);
      },
      event: () => clockResumedEvent(at),
      audit: { action: "resumeMediationClock", input },
    });
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => MediationCase, {
    description:
      "点单: the committee records a party's pick of an ACTIVE expert from the pool of the dispute's county, of one of the committee's specialties, naming the party as she gave her name (AT_COMMITTEE). The expert mediates: as the mediator of record when nobody leads the case yet, else beside its mediators.",
  })
  async pickMediationExpert(
    @Arg("input", () => PickMediationExpertInput) input: PickMediationExpertInput,
    @Ctx() ctx: MediationContext,
  ): Promise<CaseRow> {
    const problems = new InputProblems();
    const pickedBy = problems.text(["input", "pickedBy"], input.pickedBy, label("点单当事人", "Picked by"), 60);
    problems.throwIfAny();
    const current = await loadCase(ctx, input.caseId);
    const expert = await expertToPick(ctx, current, input.expertId);
    return recordPick(ctx, current, expert, { pickedBy, channel: "AT_COMMITTEE" }, input, "pickMediationExpert");
  }

  @Authorized<Policy>("resident")
  @Mutation(() => MediationCase, {
    description:
      "点单 online: a signed-in party of the case's dispute picks an expert herself, one of mediationExpertChoices (ACTIVE, of the dispute's county's pool, of one of the committee's specialties), while the case is open. Recorded by her identity, channel ONLINE; the expert mediates as pickMediationExpert says.",
  })
  async pickMyMediationExpert(
    @Arg("input", () => PickMyMediationExpertInput) input: PickMyMediationExpertInput,
    @Ctx() ctx: MediationContext,
  ): Promise<CaseView> {
    return pickForParty(ctx, input, null, "pickMyMediationExpert");
  }

  @Authorized<Policy>("signedIn")
  @Mutation(() => MediationCase, {
    description:
      "点单 at the window: the center's window (综合窗口受理员) of the dispute's county records the pick of the party it names, a party of the case's dispute, on her behalf; otherwise as pickMyMediationExpert, channel AT_WINDOW. The window takes no other step in mediation.",
  })
  async pickMediationExpertForParty(
    @Arg("input", () => PickMediationExpertForPartyInput) input: PickMediationExpertForPartyInput,
    @Ctx() ctx: MediationContext,
  ): Promise<CaseView> {
    return pickForParty(ctx, input, input.partyId, "pickMediationExpertForParty");
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
    const reason = problems.text(["input", "reason"], input.reason, label("调解不成原因", "Reason"), 1000, {
      multiline: true,
    });
    problems.throwIfAny();
    return changeCase(ctx, {
      id: input.caseId,
      expectedVersion: input.expectedVersion,
      step: "FAIL",
      columns: () => ({
        failureReason: reason,
        suggestedNextStep: input.suggestedNextStep,
        closedAt: currentTime(),
        closedBy: actorId(ctx.identity),
      }),
      event: async ({ tx, after }) => failedEvent(await committeeName(tx, after.committeeId), input.suggestedNextStep),
      audit: { action: "failMediation", input },
    });
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => MediationCase, { description: "撤回: a party withdraws the application." })
  async withdrawMediation(
    @Arg("input", () => WithdrawMediationInput) input: WithdrawMediationInput,
    @Ctx() ctx: MediationContext,
  ): Promise<CaseRow> {
    const problems = new InputProblems();
    const reason = problems.text(["input", "reason"], input.reason, label("撤回原因", "Reason"), 1000, {
      multiline: true,
    });
    problems.throwIfAny();
    return changeCase(ctx, {
      id: input.caseId,
      expectedVersion: input.expectedVersion,
      step: "WITHDRAW",
      columns: () => ({ withdrawalReason: reason, closedAt: currentTime(), closedBy: actorId(ctx.identity) }),
      event: () => withdrawnEvent(),
      audit: { action: "withdrawMediation", input },
    });
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => MediationCase, {
    description:
      "撤销受理 (更正): the committee voids its acceptance made in error, while nothing else was recorded on the case. The case ends VOIDED and leaves the queues and the cockpit; the resident's timeline marks the acceptance voided and shows the correction; the dispute stays sent to the body it was sent to, which may accept it again.",
  })
  async voidMediationAcceptance(
    @Arg("input", () => VoidMediationAcceptanceInput) input: VoidMediationAcceptanceInput,
    @Ctx() ctx: MediationContext,
  ): Promise<CaseRow> {
    const problems = new InputProblems();
    const explanation = voidExplanation(problems, ["input", "explanation"], input.explanation);
    problems.throwIfAny();
    const current = await loadCase(ctx, input.caseId);
    let acceptance: string | null = null;
    return changeCase(ctx, {
      id: current.id,
      expectedVersion: input.expectedVersion,
      step: async (row) => {
        const [eventId, later] = await Promise.all([
          reportedEventId(ctx.store, row.id, "MEDIATION_ACCEPTED"),
          stepsAfterAcceptance(ctx, row.id),
        ]);
        acceptance = eventId;
        return checkAcceptanceVoid(row.status, later, eventId);
      },
      columns: () => ({
        voidReason: input.reason,
        voidExplanation: explanation,
        closedAt: currentTime(),
        closedBy: actorId(ctx.identity),
      }),
      event: async ({ tx, after }) =>
        voidEvent(
          { eventId: acceptance!, type: "MEDIATION_ACCEPTED", stepZh: "受理" },
          await committeeName(tx, after.committeeId),
          input.reason,
        ),
      audit: { action: "voidMediationAcceptance", input },
    });
  }
}

/** The expert to pick for a case (点单): in the pool, not picked for it yet, ACTIVE, fitting the case. */
async function expertToPick(ctx: MediationContext, current: CaseRow, expertId: string): Promise<ExpertRow> {
  const expert = isUuid(expertId) ? await ctx.loaders.expertById.load(expertId) : null;
  if (!expert) throw notFound("Expert", expertId, "专家不存在");
  if (await findExpertPick(ctx, current.id, expert.id))
    throw conflict("This expert has already been picked for the case", `专家${expert.name}已被点单`);
  const committee = (await ctx.loaders.committeeById.load(current.committeeId))!;
  const misfit =
    checkTakesNewMatters("expert", expert.name, expert.status) ??
    checkExpertFits(expert, { county: countyOfDisputeCode(current.disputeCode), specialties: committee.specialties });
  if (misfit) throw refused(misfit, current.status);
  return expert;
}

/**
 * 点单 by a party of the dispute, herself (`namedPartyId` null) or through the window naming her. The answer carries
 * the dispute's parties as the registry gave them, so the names on it are masked as on any read of the case.
 */
async function pickForParty(
  ctx: MediationContext,
  input: { caseId: string; expertId: string; expectedVersion?: number | null },
  namedPartyId: string | null,
  action: string,
): Promise<CaseView> {
  const { row, partyId, channel } = await loadCaseForPartyPick(ctx, input.caseId, namedPartyId);
  const expert = await expertToPick(ctx, row, input.expertId);
  const after = await recordPick(ctx, row, expert, { pickedByPartyId: partyId, channel }, input, action);
  return { ...after, ...disputePartiesOf(row) };
}

/** 点单 through the case's write path (an open case only): the expert leads when nobody leads the case yet. */
async function recordPick(
  ctx: MediationContext,
  current: CaseRow,
  expert: ExpertRow,
  picker: Pick<Prisma.ExpertPickUncheckedCreateInput, "pickedBy" | "pickedByPartyId" | "channel">,
  input: { expectedVersion?: number | null },
  action: string,
): Promise<CaseRow> {
  let lead = false;
  return changeCase(ctx, {
    id: current.id,
    expectedVersion: input.expectedVersion,
    step: "PICK_EXPERT",
    write: async (tx, before) => {
      lead = await addExpertPick(tx, {
        caseId: before.id,
        expertId: expert.id,
        ...picker,
        pickedAt: currentTime(),
        recordedBy: actorId(ctx.identity),
      });
    },
    event: () => expertPickedEvent(expert.kind, { lead }),
    audit: { action, input },
  });
}
