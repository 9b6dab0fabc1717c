import { Arg, Authorized, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { assertVisible, visibleName, type Policy } from "@onedoor/shared/auth/access";
import { Dispute } from "../entities/dispute.js";
import { DisputePartyKind } from "../entities/enums.js";
import { Party } from "../entities/party.js";
import { Petition } from "../entities/petition.js";
import type { PetitionsContext } from "./context.js";
import { scopeOfParty, visibleDisputes } from "./access.js";
import { petitionView } from "./petition-resolver.js";
import { currentTime } from "@onedoor/shared/clock/now";
import { sealList } from "@onedoor/shared/federation/representation-seal";

@Resolver(() => Party)
export class PartyResolver {
  @Authorized<Policy>("signedIn")
  @Query(() => Party, {
    nullable: true,
    description:
      "A party (当事人) by internal party id: the registry, the commander and the departments handling their disputes in full, other departments' staff masked, a resident only themself. Null when the registry has no dispute of that party.",
  })
  async party(@Arg("id", () => ID) id: string, @Ctx() ctx: PetitionsContext): Promise<Party | null> {
    // Checked before telling whether the party exists: a resident asking for someone else learns nothing.
    assertVisible(ctx, await scopeOfParty(ctx, id), "party");
    const rows = await ctx.loaders.partyRowsByPartyId.load(id);
    return rows.length > 0 || ctx.identity.partyId === id ? { id } : null;
  }

  @Authorized<Policy>("resident")
  @Query(() => Party, {
    nullable: true,
    description: "The signed-in resident as a party (我的纠纷): their disputes and petitions across the center.",
  })
  me(@Ctx() ctx: PetitionsContext): Party | null {
    return ctx.identity.partyId ? { id: ctx.identity.partyId } : null;
  }

  @FieldResolver(() => DisputePartyKind, {
    nullable: true,
    description: "Person or organisation; null when the registry has no dispute of this party.",
  })
  async kind(@Root() party: Party, @Ctx() ctx: PetitionsContext): Promise<string | null> {
    return (await ctx.loaders.partyRowsByPartyId.load(party.id))[0]?.kind ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Name as last registered: in full for the person themself and those handling their disputes, masked (张*) for everyone else.",
  })
  async displayName(@Root() party: Party, @Ctx() ctx: PetitionsContext): Promise<string | null> {
    const latest = (await ctx.loaders.partyRowsByPartyId.load(party.id))[0];
    if (!latest) return null;
    const owner = { scope: await scopeOfParty(ctx, party.id), partyId: party.id, entity: "Party", entityId: party.id };
    return visibleName(ctx, owner, latest.name);
  }

  @FieldResolver(() => [Dispute], {
    description:
      "Disputes where the party appears (as applicant or respondent), newest first, only those the caller may see. Repeat matters merged into a main one (重复诉求并单) stay listed with `mergedInto`.",
  })
  async disputes(@Root() party: Party, @Ctx() ctx: PetitionsContext): Promise<Dispute[]> {
    return visibleDisputes(ctx, await this.disputesOf(party, ctx));
  }

  @FieldResolver(() => [Petition], {
    description: "Petitions (信访事项) among the party's visible disputes, newest dispute first.",
  })
  async petitions(@Root() party: Party, @Ctx() ctx: PetitionsContext): Promise<Petition[]> {
    const disputes = await visibleDisputes(ctx, await this.disputesOf(party, ctx));
    const rows = await Promise.all(disputes.map((d) => ctx.loaders.petitionByDispute.load(d.id)));
    const now = currentTime();
    return disputes.flatMap((d, i) => (rows[i] ? [petitionView(rows[i]!, d.code, now)] : []));
  }

  @Directive("@inaccessible")
  @FieldResolver(() => [ID], {
    description: "Compact 解纷码 of every dispute where the party appears (plumbing for departments' `@requires`).",
  })
  async disputeCodes(@Root() party: Party, @Ctx() ctx: PetitionsContext): Promise<string[]> {
    return (await this.disputesOf(party, ctx)).map((d) => d.code);
  }

  @Directive("@inaccessible")
  @FieldResolver(() => String, {
    description: "The registry's seal over disputeCodes: departments believe only dispute codes it sealed.",
  })
  async disputeCodesSeal(@Root() party: Party, @Ctx() ctx: PetitionsContext): Promise<string> {
    return sealList("party-disputes", party.id, await this.disputeCodes(party, ctx));
  }

  private async disputesOf(party: Party, ctx: PetitionsContext): Promise<Dispute[]> {
    const rows = await ctx.loaders.partyRowsByPartyId.load(party.id);
    const unique = new Map(rows.map((row) => [row.dispute.id, row.dispute]));
    return [...unique.values()];
  }
}

/** `_entities` lookups of a party obey the same rule as `Query.party` (other departments' staff get a masked view). */
export const partyReference = {
  __resolveReference: async (reference: { id: string }, ctx: PetitionsContext): Promise<Party> => {
    assertVisible(ctx, await scopeOfParty(ctx, reference.id), "party");
    return { id: reference.id };
  },
};
