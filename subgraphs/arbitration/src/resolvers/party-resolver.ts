import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { PartyStub } from "@onedoor/shared/federation/party-stub";
import { ArbitrationCase } from "../entities/arbitration-case.js";
import type { ArbitrationContext } from "./context.js";
import { visibleCases } from "./access.js";

/** This department's records of a party (当事人) of the center. */
@Resolver(() => PartyStub)
export class PartyResolver {
  // Nullable: when arbitration is down, the party loses this field only.
  @FieldResolver(() => [ArbitrationCase], {
    nullable: true,
    description:
      "仲裁案件 in which the party is an applicant or the respondent, oldest first: those the caller may see (other departments' staff: a summary; anyone else's cases are left out).",
  })
  async arbitrationCases(@Root() party: PartyStub, @Ctx() ctx: ArbitrationContext): Promise<ArbitrationCase[]> {
    return visibleCases(
      ctx,
      (await ctx.loaders.casesByParty.load(party.id)).map((match) => match.row),
    );
  }
}
