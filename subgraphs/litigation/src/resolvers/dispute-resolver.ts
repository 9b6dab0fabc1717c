import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { DisputeStub } from "@onedoor/shared/federation/dispute-stub";
import { CourtCase } from "../entities/court-case.js";
import type { CourtCase as CourtCaseRow } from "../generated/prisma/client.js";
import type { LitigationContext } from "./context.js";

/** This department's records on the registry's dispute. */
@Resolver(() => DisputeStub)
export class DisputeResolver {
  @FieldResolver(() => [CourtCase], { nullable: true, description: "法院案件 of this dispute, oldest first." })
  courtCases(@Root() dispute: DisputeStub, @Ctx() ctx: LitigationContext): Promise<CourtCaseRow[]> {
    return ctx.loaders.casesByDispute.load(dispute.code);
  }
}
