import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { DisputeStub, REQUIRES_DISPUTE_PARTIES, withDisputePartyIds } from "@onedoor/shared/federation/dispute-stub";
import { CourtCase } from "../entities/court-case.js";
import type { CourtCase as CourtCaseRow } from "../generated/prisma/client.js";
import type { LitigationContext } from "./context.js";
import { visibleCases } from "./access.js";

// The registry's party ids of a dispute: its parties see the court's cases of it through `dispute(code)`,
// even when the court's party rows carry no ID number for them. Only ids the registry sealed reach these
// fields (disputeStubReference), never ids a caller wrote into a representation.
withDisputePartyIds();

/** This department's records on the registry's dispute. */
@Resolver(() => DisputeStub)
export class DisputeResolver {
  @Directive(REQUIRES_DISPUTE_PARTIES)
  @FieldResolver(() => [CourtCase], {
    nullable: true,
    description:
      "法院案件 of this dispute, oldest first: those the caller may see (its parties and the court in full, other departments' staff a summary).",
  })
  async courtCases(@Root() dispute: DisputeStub, @Ctx() ctx: LitigationContext): Promise<CourtCaseRow[]> {
    // Remembered for the request, so cases nested under these (origin, follow-ups) see the same parties.
    if (dispute.partyIds) ctx.loaders.disputePartyIds.set(dispute.code, dispute.partyIds);
    return visibleCases(ctx, await ctx.loaders.casesByDispute.load(dispute.code));
  }
}
