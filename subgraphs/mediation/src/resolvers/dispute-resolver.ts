import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { DisputeStub } from "@onedoor/shared/federation/dispute-stub";
import { MediationCase } from "../entities/mediation-case.js";
import type { MediationContext } from "./context.js";

/** This department's records on the registry's dispute. */
@Resolver(() => DisputeStub)
export class DisputeResolver {
  @FieldResolver(() => [MediationCase], { description: "调解案件 of this dispute, oldest first." })
  mediationCases(@Root() dispute: DisputeStub, @Ctx() ctx: MediationContext): Promise<MediationCase[]> {
    return ctx.loaders.casesByDispute.load(dispute.code);
  }
}
