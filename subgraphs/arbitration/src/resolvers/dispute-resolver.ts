import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { DisputeStub } from "@onedoor/shared/federation/dispute-stub";
import { ArbitrationCase } from "../entities/arbitration-case.js";
import type { ArbitrationContext } from "./context.js";
import { toCase } from "./mapping.js";

/** This department's records on the registry's dispute. */
@Resolver(() => DisputeStub)
export class DisputeResolver {
  @FieldResolver(() => [ArbitrationCase], { nullable: true, description: "仲裁案件 of this dispute, oldest first." })
  async arbitrationCases(@Root() dispute: DisputeStub, @Ctx() ctx: ArbitrationContext): Promise<ArbitrationCase[]> {
    return (await ctx.loaders.casesByDispute.load(dispute.code)).map(toCase);
  }
}
