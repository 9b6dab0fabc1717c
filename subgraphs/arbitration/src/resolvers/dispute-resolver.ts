import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { DisputeStub, withDisputePartyIds } from "@onedoor/shared/federation/dispute-stub";
import { ArbitrationCase } from "../entities/arbitration-case.js";
import type { ArbitrationContext } from "./context.js";
import { visibleCases } from "./access.js";

// The registry passes the dispute's parties, so a resident reaches their dispute's arbitration cases.
withDisputePartyIds();

/** This department's records on the registry's dispute. */
@Resolver(() => DisputeStub)
export class DisputeResolver {
  @Directive('@requires(fields: "partyIds")')
  @FieldResolver(() => [ArbitrationCase], {
    nullable: true,
    description:
      "仲裁案件 of this dispute, oldest first: those the caller may see (a party of the dispute sees its cases; other departments' staff a summary).",
  })
  async arbitrationCases(@Root() dispute: DisputeStub, @Ctx() ctx: ArbitrationContext): Promise<ArbitrationCase[]> {
    return visibleCases(ctx, await ctx.loaders.casesByDispute.load(dispute.code), dispute.partyIds);
  }
}
