import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { CN_HOLIDAY_CALENDAR } from "@onedoor/shared/clock/index";
import { clockView } from "@onedoor/shared/graphql/clock-type";
import { afterCursorDesc, Connection, pageSize, toConnection } from "@onedoor/shared/graphql/connection";
import { conflict, InputProblems, invalidState } from "@onedoor/shared/graphql/errors";
import { validatePhone } from "@onedoor/shared/validators/index";
import type { Policy } from "@onedoor/shared/auth/access";
import { recordAudit, givenFields } from "@onedoor/shared/audit/audit";
import { Dispute } from "../entities/dispute.js";
import { Petition, PetitionEventType, PetitionState, StatutoryProcedure } from "../entities/petition.js";
import { recordColumns, toRecord, type PetitionRow } from "../db/petitions.js";
import {
  applyPetitionEvent,
  PetitionError,
  petitionClocks,
  receivePetition,
  repeatPetitionRefusal,
  type PetitionEvent,
} from "../domain/petition.js";
import type { PetitionsContext } from "./context.js";
import { recordRegistryStep } from "../db/timeline.js";
import { leadOwner, requestHandOff } from "../db/hand-offs.js";
import { handOffForRouteOut } from "../domain/hand-off.js";
import { actorOf, checkTexts, disputeForUpdate } from "./lookup.js";
import { currentTime } from "@onedoor/shared/clock/now";

const PETITION_STEP_LABEL: Record<PetitionEvent["type"], string> = {
  ACCEPT: "受理",
  REFUSE: "不予受理",
  ROUTE_OUT: "导入诉讼、仲裁或行政复议等法定途径",
  EXTEND_HANDLING: "经批准延长办理期限",
  REPLY: "出具处理意见",
  REQUEST_REVIEW: "申请复查",
  HEARING: "组织听证",
  ANSWER_REVIEW: "作出复查意见",
  REQUEST_REEXAMINATION: "申请复核",
  ANSWER_REEXAMINATION: "作出复核意见",
};

@ObjectType()
export class PetitionConnection extends Connection(Petition) {}

@InputType({ description: "One step of petition handling; which fields are needed depends on the type." })
class PetitionEventInput {
  @Field(() => PetitionEventType)
  type!: PetitionEventType;

  @Field(() => Date, { nullable: true, description: "When it happened; now when omitted." })
  at?: Date | null;

  @Field(() => StatutoryProcedure, { nullable: true, description: "ROUTE_OUT: the procedure the matter belongs to." })
  routeTo?: StatutoryProcedure | null;

  @Field(() => Int, { nullable: true, description: "EXTEND_HANDLING: days (the total may not exceed 30)." })
  days?: number | null;

  @Field(() => String, { nullable: true, description: "EXTEND_HANDLING: who approved." })
  approvedBy?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "EXTEND_HANDLING: the reason told to the petitioner; HEARING: what the hearing was.",
  })
  reason?: string | null;

  @Field(() => Date, { nullable: true, description: "HEARING: start (excluded from the review clock)." })
  hearingFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: "HEARING: end." })
  hearingTo?: Date | null;
}

@ArgsType()
class PetitionQueueArgs {
  @Field(() => String, { nullable: true, description: "Only this petition agent's petitions (代办员的待办)." })
  agentName?: string | null;

  @Field(() => [PetitionState], { nullable: true })
  state?: PetitionState[] | null;

  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

export function petitionView(row: PetitionRow, disputeCode: string, now = currentTime()): Petition {
  const clocks = petitionClocks(toRecord(row), now, CN_HOLIDAY_CALENDAR).map((c) =>
    clockView(c.kind, c.startedAt, c.status),
  );
  const current = clocks.at(-1)!;
  return {
    ...row,
    disputeCode,
    agent: row.agentName ? { name: row.agentName, phone: row.agentPhone } : null,
    clocks,
    deadline: current.deadline,
    remainingDays: current.remainingDays,
    overdue: current.overdue,
  };
}

function toEvent(input: PetitionEventInput, at: Date): PetitionEvent {
  const problems = new InputProblems();
  const need = (value: unknown, field: string, zh: string) => {
    if (value === null || value === undefined || value === "")
      problems.add(["input", field], "EMPTY", `请填写${zh}`, `${field} is required for ${input.type}`);
  };
  let event: PetitionEvent | undefined;
  switch (input.type) {
    case PetitionEventType.ROUTE_OUT:
      need(input.routeTo, "routeTo", "导入的法定途径");
      if (input.routeTo) event = { type: "ROUTE_OUT", at, to: input.routeTo };
      break;
    case PetitionEventType.EXTEND_HANDLING:
      need(input.days, "days", "延期天数");
      need(input.approvedBy, "approvedBy", "批准人");
      need(input.reason, "reason", "延期理由");
      event = {
        type: "EXTEND_HANDLING",
        at,
        days: input.days ?? 0,
        approvedBy: input.approvedBy ?? "",
        reason: input.reason ?? "",
      };
      break;
    case PetitionEventType.HEARING:
      need(input.hearingFrom, "hearingFrom", "听证开始时间");
      need(input.hearingTo, "hearingTo", "听证结束时间");
      if (input.hearingFrom && input.hearingTo)
        event = { type: "HEARING", from: input.hearingFrom, to: input.hearingTo, reason: input.reason ?? "听证" };
      break;
    default:
      event = { type: input.type, at };
  }
  problems.throwIfAny();
  return event!;
}

@Resolver(() => Dispute)
export class PetitionResolver {
  @FieldResolver(() => Petition, {
    nullable: true,
    description: "The matter's handling as a petition (信访事项), when it is one.",
  })
  async petition(@Root() dispute: Dispute, @Ctx() ctx: PetitionsContext): Promise<Petition | null> {
    const row = await ctx.loaders.petitionByDispute.load(dispute.id);
    return row ? petitionView(row, dispute.code) : null;
  }

  @Authorized<Policy>("departmentStaff", "commander")
  @Query(() => PetitionConnection, {
    description: "Petitions, newest receipt first: an agent's own queue with agentName (代办员待办).",
  })
  async petitionQueue(
    @Args(() => PetitionQueueArgs) { agentName, state, first, after }: PetitionQueueArgs,
    @Ctx() ctx: PetitionsContext,
  ): Promise<PetitionConnection> {
    const size = pageSize(first);
    const rows = await ctx.store.petition.findMany({
      where: {
        AND: [
          agentName ? { agentName } : {},
          state?.length ? { state: { in: state } } : {},
          afterCursorDesc("receivedAt", after, (s) => new Date(String(s))),
        ],
      },
      include: { adjustments: { orderBy: [{ at: "asc" }, { id: "asc" }] }, dispute: { select: { code: true } } },
      orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
      take: size + 1,
    });
    const now = currentTime();
    return toConnection(rows, size, (row) => row.receivedAt.toISOString(), {
      hasPreviousPage: Boolean(after),
      toNode: (row) => petitionView(row, row.dispute.code, now),
    }) as PetitionConnection;
  }

  @Authorized<Policy>("petitionsOfficer")
  @Mutation(() => Petition, {
    description:
      "Receives a dispute as a petition (信访事项), optionally filed by a petition agent (代办员). A matter already re-examined is not accepted again.",
  })
  async filePetition(
    @Arg("code", () => ID) code: string,
    @Arg("receivedAt", () => Date, { nullable: true }) receivedAt: Date | null,
    @Arg("agentName", () => String, { nullable: true }) agentName: string | null,
    @Arg("agentPhone", () => String, { nullable: true }) agentPhone: string | null,
    @Ctx() ctx: PetitionsContext,
  ): Promise<Petition> {
    const dispute = await disputeForUpdate(ctx, code);
    const t = checkTexts({
      agentName: { value: agentName, rules: { field: { zh: "代办员姓名", en: "Agent name" }, min: 1, max: 50 } },
    });
    const problems = new InputProblems();
    const phone = agentPhone ? problems.check(["agentPhone"], validatePhone(agentPhone)) : null;
    problems.throwIfAny();

    // The same matter reaches the registry again as a linked, duplicate or merged dispute.
    const links = await ctx.store.disputeLink.findMany({
      where: { OR: [{ fromCode: dispute.code }, { toCode: dispute.code }] },
    });
    const related = links.map((l) => (l.fromCode === dispute.code ? l.toCode : l.fromCode));
    const earlier = await ctx.store.petition.findMany({
      where: { dispute: { code: { in: related } } },
      include: { adjustments: true },
    });
    for (const row of earlier) {
      const refusal = repeatPetitionRefusal(toRecord(row));
      if (refusal) throw invalidState(refusal.message, refusal.messageZh, { reason: refusal.code });
    }

    const record = receivePetition(receivedAt ?? currentTime());
    const existing = await ctx.store.petition.findUnique({ where: { disputeId: dispute.id } });
    if (existing) throw conflict("This dispute is already being handled as a petition", "该纠纷已作为信访事项登记");
    const row = await ctx.store.$transaction(async (tx) => {
      const created = await tx.petition.create({
        data: {
          disputeId: dispute.id,
          receivedAt: record.receivedAt,
          ...recordColumns(record),
          agentName: t.agentName,
          agentPhone: phone,
          filedBy: actorOf(ctx),
        },
        include: { adjustments: true },
      });
      await recordRegistryStep(tx, {
        disputeCode: dispute.code,
        type: "PETITION_FILED",
        summary: t.agentName ? "信访事项登记（代办员代办）" : "信访事项登记",
        occurredAt: record.receivedAt,
      });
      await recordAudit(tx, ctx, {
        action: "filePetition",
        entity: "Petition",
        entityId: created.id,
        fields: givenFields({ code, receivedAt, agentName, agentPhone }),
      });
      return created;
    });
    return petitionView(row, dispute.code);
  }

  @Authorized<Policy>("petitionsOfficer")
  @Mutation(() => Petition, {
    description:
      "Advances a petition one step under the 信访工作条例; refused when the state or the legal clocks do not allow it.",
  })
  async advancePetition(
    @Arg("code", () => ID) code: string,
    @Arg("input", () => PetitionEventInput) input: PetitionEventInput,
    @Ctx() ctx: PetitionsContext,
  ): Promise<Petition> {
    const dispute = await disputeForUpdate(ctx, code);
    const event = toEvent(input, input.at ?? currentTime());
    const row = await ctx.store.petition.findUnique({
      where: { disputeId: dispute.id },
      include: { adjustments: true },
    });
    if (!row)
      throw invalidState("This dispute is not handled as a petition", "该纠纷未作为信访事项登记", {
        reason: "NO_PETITION",
      });

    let next;
    try {
      next = applyPetitionEvent(toRecord(row), event, CN_HOLIDAY_CALENDAR);
    } catch (error) {
      if (error instanceof PetitionError) throw invalidState(error.message, error.messageZh, { reason: error.code });
      throw error;
    }
    const actor = actorOf(ctx);
    const updated = await ctx.store.$transaction(async (tx) => {
      // Conditional on the state read above, so two clerks cannot both advance the same step.
      const { count } = await tx.petition.updateMany({
        where: { id: row.id, state: row.state, updatedAt: row.updatedAt },
        data: recordColumns(next),
      });
      if (count === 0)
        throw invalidState("The petition changed meanwhile; reload and try again", "信访事项状态已变化，请刷新后重试", {
          reason: "CHANGED",
        });
      if (event.type === "EXTEND_HANDLING") {
        const ext = next.handlingExtensions.at(-1)!;
        await tx.petitionAdjustment.create({
          data: {
            petitionId: row.id,
            kind: "HANDLING_EXTENSION",
            at: ext.at,
            days: ext.days,
            approvedBy: ext.approvedBy,
            reason: ext.reason,
            recordedBy: actor,
          },
        });
      }
      if (event.type === "HEARING") {
        const kind = row.state === "REVIEW_REQUESTED" ? "REVIEW_HEARING" : "REEXAMINATION_HEARING";
        await tx.petitionAdjustment.create({
          data: {
            petitionId: row.id,
            kind,
            at: event.from,
            from: event.from,
            to: event.to,
            reason: event.reason,
            recordedBy: actor,
          },
        });
      }
      const routedTo = event.type === "ROUTE_OUT" ? handOffForRouteOut(event.to) : undefined;
      const pending = routedTo ? await tx.handOff.count({ where: { disputeId: dispute.id, state: "PENDING" } }) : 0;
      if (routedTo && !pending && leadOwner(dispute) !== routedTo.to) {
        await requestHandOff(tx, dispute, {
          to: routedTo.to,
          reason: routedTo.reasonZh,
          actor,
          now: "at" in event ? event.at : currentTime(),
        });
      }
      await recordRegistryStep(tx, {
        disputeCode: dispute.code,
        type: "PETITION_ADVANCED",
        summary: `信访事项：${PETITION_STEP_LABEL[event.type]}`,
        occurredAt: "at" in event ? event.at : event.from,
        data: { step: event.type, state: next.state },
      });
      await recordAudit(tx, ctx, {
        action: "advancePetition",
        entity: "Petition",
        entityId: row.id,
        fields: givenFields(input, { prefix: "input." }),
      });
      return tx.petition.findUniqueOrThrow({
        where: { id: row.id },
        include: { adjustments: { orderBy: [{ at: "asc" }, { id: "asc" }] } },
      });
    });
    return petitionView(updated, dispute.code);
  }
}
