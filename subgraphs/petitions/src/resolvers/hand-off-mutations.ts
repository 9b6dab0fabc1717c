// 移交 between departments: each request and answer is a step of the dispute on the write path (the
// lead owner moves with it), audited under the hand-off it creates or answers.
import { randomUUID } from "node:crypto";
import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { actorId } from "@onedoor/shared/auth/identity";
import { currentTime } from "@onedoor/shared/clock/now";
import { refused } from "@onedoor/shared/db/write-path";
import { InputProblems } from "@onedoor/shared/graphql/errors";
import { HandOff } from "../entities/hand-off.js";
import { HandOffDisputeInput, ReferDisputeInput, RespondToHandOffInput } from "../entities/inputs.js";
import {
  handOffById,
  handOffCount,
  hasPendingHandOff,
  leadOwner,
  ownerColumns,
  recordHandOffAnswer,
  recordHandOffRequest,
  recordReferral,
} from "../db/hand-offs.js";
import { changeDispute } from "../db/write.js";
import { ANSWERED, handOffAnswerStep, handOffRequestStep, MAX_HAND_OFFS, referralStep } from "../domain/hand-off.js";
import { Dispute } from "../entities/dispute.js";
import { loadDispute, loadHandOffForReceiver } from "./access.js";
import type { PetitionsContext } from "./context.js";

const REASON = { zh: "移交理由", en: "Reason" };

@Resolver(() => HandOff)
export class HandOffMutations {
  @Authorized<Policy>("intakeClerk", "commander")
  @Mutation(() => HandOff, {
    description:
      "Hands a dispute on to another department (移交); the sender leads until the receiver accepts. " +
      `At most ${MAX_HAND_OFFS} hand-offs per dispute.`,
  })
  async handOffDispute(
    @Arg("input", () => HandOffDisputeInput) input: HandOffDisputeInput,
    @Ctx() ctx: PetitionsContext,
  ): Promise<HandOff> {
    const { code, to, reason, body = null, expectedVersion } = input;
    const dispute = await loadDispute(ctx, code);
    const problems = new InputProblems();
    const why = problems.text(["input", "reason"], reason, REASON, 2000, { min: 2, multiline: true });
    const toBody = problems.optionalText(["input", "body"], body, { zh: "接收单位", en: "Receiving body" }, 100);
    problems.throwIfAny();
    // Named before it exists, so the audit entry of the step can name it.
    const id = randomUUID();
    await changeDispute(ctx, {
      id: dispute.id,
      expectedVersion,
      decide: async (row) =>
        handOffRequestStep(
          row.status,
          leadOwner(row),
          to,
          await hasPendingHandOff(ctx.store, row.id),
          await handOffCount(ctx.store, row.id),
        ),
      write: async (tx, row) => {
        await recordHandOffRequest(tx, row, {
          id,
          to,
          toBody,
          reason: why,
          actor: actorId(ctx.identity),
          now: currentTime(),
        });
      },
      audit: { action: "handOffDispute", entity: "HandOff", entityId: id, input: { code, to, reason, body } },
    });
    return (await handOffById(ctx.store, id))!;
  }

  @Authorized<Policy>("intakeClerk", "commander", "departmentStaff")
  @Mutation(() => Dispute, {
    description:
      "转介/协办: sends an open dispute to a department that works beside the lead (e.g. legal aid for a party); the lead does not change.",
  })
  async referDispute(
    @Arg("input", () => ReferDisputeInput) input: ReferDisputeInput,
    @Ctx() ctx: PetitionsContext,
  ): Promise<Dispute> {
    const { to, reason, expectedVersion } = input;
    const dispute = await loadDispute(ctx, input.code);
    const problems = new InputProblems();
    const why = problems.text(["input", "reason"], reason, { zh: "转介理由", en: "Reason" }, 2000, {
      min: 2,
      multiline: true,
    });
    problems.throwIfAny();
    return changeDispute(ctx, {
      id: dispute.id,
      expectedVersion,
      decide: (row) => referralStep(row.status, leadOwner(row), to),
      write: (tx, row) => recordReferral(tx, row, { to, reason: why, at: currentTime() }),
      audit: { action: "referDispute", input: { to, reason }, entityId: dispute.code },
    });
  }

  // Who may answer depends on the hand-off (its receiving department), checked when it is loaded.
  @Authorized<Policy>("signedIn")
  @Mutation(() => HandOff, {
    description:
      "The receiving department accepts (and leads from now on) or rejects with a reason (the dispute returns to the catch-all window).",
  })
  async respondToHandOff(
    @Arg("input", () => RespondToHandOffInput) input: RespondToHandOffInput,
    @Ctx() ctx: PetitionsContext,
  ): Promise<HandOff> {
    const { id, accept, reason = null, expectedVersion } = input;
    const problems = new InputProblems();
    const label = { zh: "退回理由", en: "Reason" };
    const why =
      accept && reason == null
        ? null
        : problems.text(["input", "reason"], reason ?? "", label, 2000, { min: accept ? 0 : 2, multiline: true });
    problems.throwIfAny();
    const handOff = await loadHandOffForReceiver(ctx, id);
    const now = currentTime();
    const state = accept ? "ACCEPTED" : "REJECTED";
    await changeDispute(ctx, {
      id: handOff.disputeId,
      expectedVersion,
      decide: (row) => handOffAnswerStep(row.status, handOff, now),
      columns: (row) => ownerColumns(handOff, state, row.regionCode),
      write: async (tx, before) => {
        // Every answer is a new version of the dispute, so a concurrent one is a CONFLICT before this; the
        // hand-off's own state is checked all the same, in the transaction.
        const answered = await recordHandOffAnswer(tx, handOff, {
          state,
          actor: actorId(ctx.identity),
          reason: why,
          now,
        });
        if (!answered) throw refused(ANSWERED, before.status);
      },
      audit: { action: "respondToHandOff", entity: "HandOff", entityId: handOff.id, input: { accept, reason } },
    });
    return (await handOffById(ctx.store, handOff.id))!;
  }
}
