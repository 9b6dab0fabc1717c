import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import {
  PartyStub,
  partyWithDisputesReference,
  REQUIRES_PARTY_DISPUTES,
  withPartyDisputeCodes,
  type PartyWithDisputes,
} from "@onedoor/shared/federation/party-stub";
import { MediationCase } from "../entities/mediation-case.js";
import { visibleCases, type CaseView } from "./access.js";
import type { MediationContext } from "./context.js";

// Mediation keeps no party rows: a party's mediation cases are those of the party's disputes, whose
// codes the registry gives through `@requires`, sealed to the party: codes a caller wrote into a
// representation are dropped by the reference resolver.
withPartyDisputeCodes();

/** This department's records of a registry party (当事人). */
@Resolver(() => PartyStub)
export class PartyResolver {
  @Directive(REQUIRES_PARTY_DISPUTES)
  @FieldResolver(() => [MediationCase], {
    nullable: true,
    description:
      "调解案件 of the party's disputes, oldest first per dispute: the ones the caller may see (the party themself, staff; a summary for other departments' staff).",
  })
  async mediationCases(@Root() party: PartyWithDisputes, @Ctx() ctx: MediationContext): Promise<CaseView[]> {
    const perDispute = await ctx.loaders.casesByDispute.loadMany(party.disputeCodes ?? []);
    const rows = perDispute.flatMap((cases) => {
      if (cases instanceof Error) throw cases;
      return cases;
    });
    // The registry sealed these codes as the party's disputes: the party is a party of each.
    return await visibleCases(ctx, rows, [party.id]);
  }
}

/** Keeps the representation's `disputeCodes` only when the registry's seal over them verifies. */
export const partyReference = partyWithDisputesReference;
