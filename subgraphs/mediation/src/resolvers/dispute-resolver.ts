import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { DisputeStub } from "@onedoor/shared/federation/dispute-stub";
import { disputeNextStep } from "../domain/dispute-outcome.js";
import { NextStep } from "../entities/enums.js";
import { MediationCase } from "../entities/mediation-case.js";
import type { MediationCase as CaseRow } from "../generated/prisma/client.js";
import type { MediationContext } from "./context.js";

/** This department's records on the registry's dispute. */
@Resolver(() => DisputeStub)
export class DisputeResolver {
  @FieldResolver(() => [MediationCase], { nullable: true, description: "调解案件 of this dispute, oldest first." })
  mediationCases(@Root() dispute: DisputeStub, @Ctx() ctx: MediationContext): Promise<CaseRow[]> {
    return ctx.loaders.casesByDispute.load(dispute.code);
  }

  @FieldResolver(() => NextStep, {
    nullable: true,
    description: "Where mediation sends the dispute: the next step suggested by the latest failed mediation (none while mediating or after an agreement).",
  })
  async mediationNextStep(@Root() dispute: DisputeStub, @Ctx() ctx: MediationContext): Promise<NextStep | null> {
    return disputeNextStep(await ctx.loaders.casesByDispute.load(dispute.code)) as NextStep | null;
  }
}
