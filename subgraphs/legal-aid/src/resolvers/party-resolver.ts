import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { visibleTo } from "@onedoor/shared/auth/access";
import { PartyStub } from "@onedoor/shared/federation/party-stub";
import { LegalAidCase } from "../entities/legal-aid-case.js";
import { caseScope } from "../domain/access.js";
import type { CaseRow } from "./mapping.js";
import type { LegalAidContext } from "./context.js";

/** This department's records of the registry's party. */
@Resolver(() => PartyStub)
export class PartyResolver {
  // Nullable: when legal aid is down, the party loses this field only.
  @FieldResolver(() => [LegalAidCase], {
    nullable: true,
    description: "法律援助案件 the party applied for, oldest first; only those the caller may see.",
  })
  async legalAidCases(@Root() party: PartyStub, @Ctx() ctx: LegalAidContext): Promise<CaseRow[]> {
    return visibleTo(ctx, await ctx.loaders.casesByApplicant.load(party.id), caseScope);
  }
}
