// 信访事项 handling: filing a dispute as a petition and each step the 信访工作条例 allows, through the
// write path (the petition's state machine decides; its version guards against a concurrent step).
import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { actorId } from "@onedoor/shared/auth/identity";
import { CN_HOLIDAY_CALENDAR } from "@onedoor/shared/clock/index";
import { currentTime } from "@onedoor/shared/clock/now";
import { createRecord, refused } from "@onedoor/shared/db/write-path";
import { conflict, InputProblems, invalidState } from "@onedoor/shared/graphql/errors";
import { validatePhone } from "@onedoor/shared/validators/index";
import { AdvancePetitionInput, FilePetitionInput } from "../entities/inputs.js";
import { Petition } from "../entities/petition.js";
import {
  adjustmentsOf,
  createPetition,
  petitionOfDispute,
  petitionsOfRelatedDisputes,
  recordColumns,
  recordPetitionStep,
  toRecord,
} from "../db/petitions.js";
import { changePetition, PETITION } from "../db/write.js";
import {
  petitionEventOf,
  petitionStep,
  receivePetition,
  repeatPetitionRefusal,
  type PetitionRecord,
} from "../domain/petition.js";
import { loadDispute } from "./access.js";
import type { PetitionsContext } from "./context.js";
import { petitionView } from "./petition-resolver.js";

@Resolver(() => Petition)
export class PetitionMutations {
  @Authorized<Policy>("petitionsOfficer")
  @Mutation(() => Petition, {
    description:
      "Receives a dispute as a petition (信访事项), optionally filed by a petition agent (代办员). A matter already re-examined is not accepted again.",
  })
  async filePetition(
    @Arg("input", () => FilePetitionInput) input: FilePetitionInput,
    @Ctx() ctx: PetitionsContext,
  ): Promise<Petition> {
    const { code, receivedAt = null, agentName = null, agentPhone = null } = input;
    const dispute = await loadDispute(ctx, code);
    const problems = new InputProblems();
    const agent =
      problems.optionalText(["input", "agentName"], agentName, { zh: "代办员姓名", en: "Agent name" }, 50) ?? null;
    const phone = agentPhone ? (problems.check(["input", "agentPhone"], validatePhone(agentPhone)) ?? null) : null;
    problems.throwIfAny();

    // The same matter reaches the registry again as a linked, duplicate or merged dispute.
    for (const earlier of await petitionsOfRelatedDisputes(ctx.store, dispute.code)) {
      const refusal = repeatPetitionRefusal(toRecord(earlier));
      if (refusal)
        throw refused(
          { ok: false, reason: refusal.code, messageEn: refusal.message, messageZh: refusal.messageZh },
          earlier.status,
        );
    }
    if (await petitionOfDispute(ctx.store, dispute.id))
      throw conflict("This dispute is already being handled as a petition", "该纠纷已作为信访事项登记");
    const created = await createRecord(ctx.store, ctx, PETITION, {
      create: (tx) =>
        createPetition(tx, dispute, {
          record: receivePetition(receivedAt ?? currentTime()),
          agentName: agent,
          agentPhone: phone,
          filedBy: actorId(ctx.identity),
        }),
      audit: { action: "filePetition", input: { code, receivedAt, agentName, agentPhone } },
    });
    // A petition is received without extensions or hearings.
    const row = { ...created, adjustments: [] };
    ctx.loaders.petitionByDispute.clear(dispute.id).prime(dispute.id, row);
    return petitionView(row, dispute.code);
  }

  @Authorized<Policy>("petitionsOfficer")
  @Mutation(() => Petition, {
    description:
      "Advances a petition one step under the 信访工作条例; refused when the state or the legal clocks do not allow it.",
  })
  async advancePetition(
    @Arg("input", () => AdvancePetitionInput) input: AdvancePetitionInput,
    @Ctx() ctx: PetitionsContext,
  ): Promise<Petition> {
    const dispute = await loadDispute(ctx, input.code);
    const problems = new InputProblems();
    const event = petitionEventOf(input, input.at ?? currentTime(), problems);
    problems.throwIfAny();
    const petition = await petitionOfDispute(ctx.store, dispute.id);
    if (!petition)
      throw invalidState("This dispute is not handled as a petition", "该纠纷未作为信访事项登记", {
        reason: "NO_PETITION",
      });

    const { code, expectedVersion, ...given } = input;
    let next: PetitionRecord | undefined;
    await changePetition(ctx, {
      id: petition.id,
      expectedVersion,
      decide: async (current) => {
        const step = petitionStep(
          toRecord({ ...current, adjustments: await adjustmentsOf(ctx.store, current.id) }),
          event,
          CN_HOLIDAY_CALENDAR,
        );
        if (step.ok) next = step.record;
        return step;
      },
      columns: () => recordColumns(next!),
      write: (tx, before) =>
        recordPetitionStep(tx, { before, dispute, event, next: next!, actor: actorId(ctx.identity) }),
      audit: { action: "advancePetition", input: given },
    });
    return petitionView((await ctx.loaders.petitionByDispute.load(dispute.id))!, dispute.code);
  }
}
