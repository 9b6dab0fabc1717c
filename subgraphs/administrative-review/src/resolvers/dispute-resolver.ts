import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { DisputeStub } from "@onedoor/shared/federation/dispute-stub";
import type { AdministrativeReviewCase as CaseRow } from "../generated/prisma/client.js";
import { AdministrativeReviewCase } from "../entities/case.js";
import type { AdministrativeReviewContext } from "./context.js";
import { visibleCases } from "./access.js";

/** This department's records on the registry's dispute. */
@Resolver(() => DisputeStub)
export class DisputeResolver {
  @FieldResolver(() => [AdministrativeReviewCase], {
    nullable: true,
    description:
      "行政复议机构的案件 of this dispute, oldest first: those the caller may see (the applicant and the department in full, other staff a summary).",
  })
  async administrativeReviewCases(
    @Root() dispute: DisputeStub,
    @Ctx() ctx: AdministrativeReviewContext,
  ): Promise<CaseRow[]> {
    return visibleCases(ctx, await ctx.loaders.casesByDispute.load(dispute.code));
  }
}
