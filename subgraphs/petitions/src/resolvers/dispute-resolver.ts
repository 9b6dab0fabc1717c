import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { Dispute } from "../entities/dispute.js";
import type { PetitionsContext } from "./context.js";

@Resolver(() => Dispute)
export class DisputeResolver {
  @Query(() => Dispute, { nullable: true, description: "A dispute by its 解纷码." })
  dispute(@Arg("code", () => ID) code: string, @Ctx() ctx: PetitionsContext): Promise<Dispute | null> {
    return ctx.loaders.disputeByCode.load(code);
  }
}

/** `_entities` lookups from other subgraphs go through the same loader as root queries. */
export const disputeReference = {
  __resolveReference: (reference: { code: string }, ctx: PetitionsContext) => ctx.loaders.disputeByCode.load(reference.code),
};
