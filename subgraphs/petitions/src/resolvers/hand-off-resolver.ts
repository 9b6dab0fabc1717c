import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { forbidden, invalidState, notFound } from "@onedoor/shared/graphql/errors";
import type { Policy } from "@onedoor/shared/auth/access";
import { hasRole, isStaffOf } from "@onedoor/shared/auth/policy";
import { recordAudit, givenFields } from "@onedoor/shared/audit/audit";
import { subgraphOfDepartment } from "../domain/access.js";
import { assertMayListRoutedTo, disputeVisibility } from "./access.js";
import { afterCursorDesc, pageSize, toConnection } from "@onedoor/shared/graphql/connection";
import { Dispute } from "../entities/dispute.js";
import { Department } from "../entities/enums.js";
import { HandOff, HandOffConnection, HandOffState } from "../entities/hand-off.js";
import { canRequestHandOff, canRespond, type HandOffState as State } from "../domain/hand-off.js";
import { expireOverdueHandOffs, leadOwner, requestHandOff, settleHandOff } from "../db/hand-offs.js";
import { actorOf, checkTexts, disputeForUpdate } from "./lookup.js";
import type { PetitionsContext } from "./context.js";
import { currentTime } from "@onedoor/shared/clock/now";

const OPEN = ["REGISTERED", "DISPATCHED", "IN_PROGRESS"];

@Resolver(() => Dispute)
export class HandOffResolver {
  @FieldResolver(() => Department, {
    description: "The one department leading this dispute now (the intake window until dispatch).",
  })
  leadOwner(@Root() dispute: Dispute): Department {
    return leadOwner(dispute) as Department;
  }

  @FieldResolver(() => [HandOff], { description: "Hand-offs of this dispute between departments, oldest first." })
  async handOffs(@Root() dispute: Dispute, @Ctx() ctx: PetitionsContext): Promise<HandOff[]> {
    const handOffs = (await ctx.loaders.handOffsByDispute.load(dispute.id)) as HandOff[];
    if ((await disputeVisibility(ctx, dispute)) !== "summary") return handOffs;
    return handOffs.map((handOff) => ({ ...handOff, reason: null, responseReason: null }));
  }

  @Authorized<Policy>("intakeClerk", "commander")
  @Mutation(() => HandOff, {
    description: "Hands a dispute on to another department (移交); the sender leads until the receiver accepts.",
  })
  async handOffDispute(
    @Arg("code", () => ID) code: string,
    @Arg("to", () => Department) to: Department,
    @Arg("reason", () => String) reason: string,
    @Arg("body", () => String, {
      nullable: true,
      description: "Receiving body; the department's default when omitted.",
    })
    body: string | null,
    @Ctx() ctx: PetitionsContext,
  ): Promise<HandOff> {
    const dispute = await disputeForUpdate(ctx, code);
    const t = checkTexts({
      reason: { value: reason, rules: { field: { zh: "移交理由", en: "Reason" }, min: 2, max: 2000, multiline: true } },
      body: { value: body, rules: { field: { zh: "接收单位", en: "Receiving body" }, min: 1, max: 100 } },
    });
    const pending = (await ctx.store.handOff.count({ where: { disputeId: dispute.id, state: "PENDING" } })) > 0;
    const refusal = canRequestHandOff(leadOwner(dispute), to, pending, OPEN.includes(dispute.status));
    if (refusal) throw invalidState(refusal.messageEn, refusal.messageZh, { reason: refusal.code });
    const handOff = await ctx.store.$transaction(async (tx) => {
      const created = await requestHandOff(tx, dispute, {
        to,
        toBody: t.body,
        reason: t.reason!,
        actor: actorOf(ctx),
        now: currentTime(),
      });
      await recordAudit(tx, ctx, {
        action: "handOffDispute",
        entity: "HandOff",
        entityId: created.id,
        fields: givenFields({ code, to, reason, body }),
      });
      return created;
    });
    return handOff as HandOff;
  }

  // Who may answer depends on the hand-off (its receiving department), checked below.
  @Authorized<Policy>("signedIn")
  @Mutation(() => HandOff, {
    description:
      "The receiving department accepts (and leads from now on) or rejects with a reason (the dispute returns to the catch-all window).",
  })
  async respondToHandOff(
    @Arg("id", () => ID) id: string,
    @Arg("accept", () => Boolean) accept: boolean,
    @Arg("reason", () => String, { nullable: true, description: "Required when rejecting." })
    reason: string | null,
    @Ctx() ctx: PetitionsContext,
  ): Promise<HandOff> {
    const t = checkTexts({
      reason: {
        value: reason,
        rules: { field: { zh: "退回理由", en: "Reason" }, min: accept ? 0 : 2, max: 2000, multiline: true },
        required: !accept,
      },
    });
    const handOff = await ctx.store.handOff.findUnique({ where: { id } }).catch(() => null);
    if (!handOff) throw notFound("HandOff", id, "未找到该移交");
    const receiver = subgraphOfDepartment(handOff.toDepartment);
    if (!hasRole(ctx.identity, "commander") && !(receiver && isStaffOf(ctx.identity, receiver))) {
      throw forbidden(
        "Only the receiving department or the commander may answer this hand-off",
        "仅接收部门或指挥长可处理该移交",
      );
    }
    const now = currentTime();
    const refusal = canRespond(handOff.state as State, handOff.respondBy, now);
    if (refusal) throw invalidState(refusal.messageEn, refusal.messageZh, { reason: refusal.code });
    const settled = await ctx.store.$transaction(async (tx) => {
      const done = await settleHandOff(tx, handOff, {
        state: accept ? "ACCEPTED" : "REJECTED",
        actor: actorOf(ctx),
        reason: t.reason,
        now,
      });
      if (done)
        await recordAudit(tx, ctx, {
          action: "respondToHandOff",
          entity: "HandOff",
          entityId: handOff.id,
          fields: givenFields({ accept, reason }),
        });
      return done;
    });
    if (!settled) throw invalidState("This hand-off has already been answered", "该移交已处理", { reason: "ANSWERED" });
    return (await ctx.store.handOff.findUniqueOrThrow({ where: { id } })) as HandOff;
  }

  // The registry's staff and the commander list all; another department's staff only its own inbox (checked below).
  @Authorized<Policy>("signedIn")
  @Query(() => HandOffConnection, {
    name: "handOffs",
    description:
      "Hand-offs, newest first: a department's inbox (toDepartment + PENDING) or the commander's list of returned ones (REJECTED, EXPIRED). Other departments' staff must name their own department as toDepartment.",
  })
  async handOffQueue(
    @Arg("states", () => [HandOffState], { nullable: true }) states: HandOffState[] | null,
    @Arg("toDepartment", () => Department, { nullable: true }) toDepartment: Department | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: PetitionsContext,
  ): Promise<HandOffConnection> {
    assertMayListRoutedTo(ctx, toDepartment);
    await expireOverdueHandOffs(ctx.store);
    const size = pageSize(first);
    const rows = await ctx.store.handOff.findMany({
      where: {
        AND: [
          states?.length ? { state: { in: states } } : {},
          toDepartment ? { toDepartment } : {},
          afterCursorDesc("requestedAt", after, (s) => new Date(String(s))),
        ],
      },
      orderBy: [{ requestedAt: "desc" }, { id: "desc" }],
      take: size + 1,
    });
    return toConnection(rows, size, (row) => row.requestedAt.toISOString(), {
      hasPreviousPage: Boolean(after),
    }) as unknown as HandOffConnection;
  }

  @Authorized<Policy>("commander", "intakeClerk")
  @Query(() => [Dispute], {
    description:
      "件件有着落: open, dispatched disputes that have no lead department. Always empty unless something is wrong; the commander watches it.",
  })
  async disputesWithoutLeadOwner(@Ctx() ctx: PetitionsContext): Promise<Dispute[]> {
    await expireOverdueHandOffs(ctx.store);
    return ctx.store.dispute.findMany({
      where: { status: { in: ["DISPATCHED", "IN_PROGRESS"] }, leadDepartment: null },
      take: 100,
    });
  }
}
