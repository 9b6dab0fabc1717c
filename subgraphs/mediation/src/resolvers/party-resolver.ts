import { Ctx, Directive, Field, FieldResolver, ID, Resolver, Root } from "type-graphql";
import { PartyStub } from "@onedoor/shared/federation/party-stub";
import { MediationCase } from "../entities/mediation-case.js";
import { visibleCases, type CaseView } from "./access.js";
import type { MediationContext } from "./context.js";

/** The registry's party with the codes of its disputes (owned there, @inaccessible to clients). */
type PartyWithDisputes = PartyStub & { disputeCodes?: string[] };

// Mediation keeps no party rows: a party's mediation cases are those of the party's disputes, whose
// codes the registry gives through `@requires` (declared @external here, as withDisputePartyIds does).
Directive("@external")(PartyStub.prototype, "disputeCodes");
Field(() => [ID], { description: "解纷码 of the party's disputes (owned by the registry)." })(
  PartyStub.prototype,
  "disputeCodes",
);

/** This department's records of a registry party (当事人). */
@Resolver(() => PartyStub)
export class PartyResolver {
  @Directive('@requires(fields: "disputeCodes")')
  @FieldResolver(() => [MediationCase], {
    description:
      "调解案件 of the party's disputes, oldest first per dispute: the ones the caller may see (the party themself, staff; a summary for other departments' staff).",
  })
  async mediationCases(@Root() party: PartyWithDisputes, @Ctx() ctx: MediationContext): Promise<CaseView[]> {
    const perDispute = await ctx.loaders.casesByDispute.loadMany(party.disputeCodes ?? []);
    const rows = perDispute.flatMap((cases) => {
      if (cases instanceof Error) throw cases;
      return cases;
    });
    // The party is a party of each of these disputes.
    return visibleCases(ctx, rows, [party.id]);
  }
}

/** Keeps the required `disputeCodes` of the representation (the shared stub reference keeps only the id). */
export const partyReference = {
  __resolveReference: (reference: PartyWithDisputes): PartyWithDisputes => ({
    id: reference.id,
    ...(reference.disputeCodes ? { disputeCodes: reference.disputeCodes } : {}),
  }),
};
