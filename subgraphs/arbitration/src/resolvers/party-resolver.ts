import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { forbidden } from "@onedoor/shared/graphql/errors";
import { PartyStub } from "@onedoor/shared/federation/party-stub";
import { mayListPartyCases } from "../domain/access.js";
import { ArbitrationCase } from "../entities/arbitration-case.js";
import type { ArbitrationContext } from "./context.js";
import { visibleCases } from "./case-access.js";

/** This department's records of a party (当事人) of the center. */
@Resolver(() => PartyStub)
export class PartyResolver {
  @FieldResolver(() => [ArbitrationCase], {
    description: "仲裁案件 in which the party is an applicant or the respondent, oldest first. The resident themself, staff (other departments: a summary) and the commander.",
  })
  async arbitrationCases(@Root() party: PartyStub, @Ctx() ctx: ArbitrationContext): Promise<ArbitrationCase[]> {
    if (!mayListPartyCases(ctx.identity, party.id)) throw forbidden("You may not list this party's arbitration cases", "您无权查看该当事人的仲裁案件");
    return visibleCases(ctx, (await ctx.loaders.casesByParty.load(party.id)).map((match) => match.row));
  }
}
