import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import {
  DisputeStub,
  REQUIRES_DISPUTE_PARTIES,
  REQUIRES_DISPUTE_PARTY_NAMES,
  withDisputePartyIds,
  withDisputePartyNames,
} from "@onedoor/shared/federation/dispute-stub";
import { disputeNextStep } from "../domain/dispute-outcome.js";
import { MediationNextStep } from "../entities/enums.js";
import { MediationCase } from "../entities/mediation-case.js";
import { visibleCases, type CaseView } from "./access.js";
import type { MediationContext } from "./context.js";

// The registry's party ids of a dispute: a resident sees the mediation of their own dispute. Only ids the
// registry sealed reach these fields (disputeStubReference), never ids a caller wrote into a representation.
withDisputePartyIds();
// And who the parties' names are, so the names the committee wrote down are masked as their persons are.
withDisputePartyNames();

/** This department's records on the registry's dispute. */
@Resolver(() => DisputeStub)
export class DisputeResolver {
  @Directive(REQUIRES_DISPUTE_PARTY_NAMES)
  @FieldResolver(() => [MediationCase], {
    nullable: true,
    description:
      "调解案件 of this dispute, oldest first: the ones the caller may see (the dispute's parties, staff; a summary for other departments' staff).",
  })
  async mediationCases(@Root() dispute: DisputeStub, @Ctx() ctx: MediationContext): Promise<CaseView[]> {
    return visibleCases(ctx, await ctx.loaders.casesByDispute.load(dispute.code), dispute);
  }

  @Directive(REQUIRES_DISPUTE_PARTIES)
  @FieldResolver(() => MediationNextStep, {
    nullable: true,
    description:
      "Where mediation sends the dispute: the next step suggested by the latest failed mediation the caller may see (none while mediating or after an agreement).",
  })
  async mediationNextStep(
    @Root() dispute: DisputeStub,
    @Ctx() ctx: MediationContext,
  ): Promise<MediationNextStep | null> {
    return disputeNextStep(await visibleCases(ctx, await ctx.loaders.casesByDispute.load(dispute.code), dispute));
  }
}
