import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { DisputeStub, REQUIRES_DISPUTE_PARTIES, withDisputePartyIds } from "@onedoor/shared/federation/dispute-stub";
import { ArbitrationCase } from "../entities/arbitration-case.js";
import type { ArbitrationContext } from "./context.js";
import { visibleCases } from "./access.js";

// The registry passes the dispute's parties, so a resident reaches their dispute's arbitration cases; only ids
// the registry sealed reach these fields (disputeStubReference), never ids a caller wrote into a representation.
withDisputePartyIds();

/** This department's records on the registry's dispute. */
@Resolver(() => DisputeStub)
export class DisputeResolver {
  @Directive(REQUIRES_DISPUTE_PARTIES)
  @FieldResolver(() => [ArbitrationCase], {
    nullable: true,
    description:
      "仲裁案件 of this dispute, oldest first: those the caller may see (a party of the dispute sees its cases; other departments' staff a summary).",
  })
  async arbitrationCases(@Root() dispute: DisputeStub, @Ctx() ctx: ArbitrationContext): Promise<ArbitrationCase[]> {
    return visibleCases(ctx, await ctx.loaders.casesByDispute.load(dispute.code), dispute.partyIds);
  }
}
