import { PartyKind } from "@onedoor/shared/graphql/party-kind";
import { Arg, Args, Authorized, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { assertVisible, visibleName, type Policy } from "@onedoor/shared/auth/access";
import { currentTime } from "@onedoor/shared/clock/now";
import { encodeDisputePartyName } from "@onedoor/shared/federation/party-stub";
import { sealList } from "@onedoor/shared/federation/representation-seal";
import { pageSize, toConnection } from "@onedoor/shared/graphql/connection";
import { partyDisputePage } from "../db/disputes.js";
import { partyPetitionPage } from "../db/petitions.js";
import type { Dispute } from "../entities/dispute.js";
import { partyNamesOfRows } from "../domain/party.js";
import { sortDirection } from "../entities/enums.js";
import { PartyDisputesArgs, PartyPetitionsArgs } from "../entities/inputs.js";
import { Party } from "../entities/party.js";
import type { PetitionsContext } from "./context.js";
import { scopeOfParty, visibleDisputes } from "./access.js";
import { DisputeConnection } from "./dispute-resolver.js";
import { PetitionConnection, petitionView } from "./petition-resolver.js";

/** A party by its internal id, as `party(id:)` and `node(id:)` read it. */
export async function partyById(ctx: PetitionsContext, id: string): Promise<Party | null> {
  // Checked before telling whether the party exists: a resident asking for someone else learns nothing.
  assertVisible(ctx, await scopeOfParty(ctx, id), "party");
  const rows = await ctx.loaders.partyRowsByPartyId.load(id);
  return rows.length > 0 || ctx.identity.partyId === id ? { id } : null;
}

@Resolver(() => Party)
export class PartyResolver {
  @Authorized<Policy>("signedIn")
  @Query(() => Party, {
    nullable: true,
    description:
      "A party (当事人) by internal party id: the registry, the commander and the departments handling their disputes in full, other departments' staff masked, a resident only themself. Null when the registry has no dispute of that party.",
  })
  party(@Arg("id", () => ID) id: string, @Ctx() ctx: PetitionsContext): Promise<Party | null> {
    return partyById(ctx, id);
  }

  @Authorized<Policy>("resident")
  @Query(() => Party, {
    nullable: true,
    description: "The signed-in resident as a party (我的纠纷): their disputes and petitions across the center.",
  })
  me(@Ctx() ctx: PetitionsContext): Party | null {
    return ctx.identity.partyId ? { id: ctx.identity.partyId } : null;
  }

  @FieldResolver(() => PartyKind, {
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

  @FieldResolver(() => DisputeConnection, {
    description:
      "Disputes where the party appears (as applicant or respondent), newest first unless sorted otherwise, only those the caller may see. Repeat matters merged into a main one (重复诉求并单) stay listed with `mergedInto`.",
  })
  async disputes(
    @Root() party: Party,
    @Args(() => PartyDisputesArgs) { filter, sort, first, after }: PartyDisputesArgs,
    @Ctx() ctx: PetitionsContext,
  ): Promise<DisputeConnection> {
    const size = pageSize(first);
    const page = { after, size, direction: sortDirection(sort) };
    const rows = await partyDisputePage(ctx.store, party.id, filter ?? {}, page, (batch) =>
      visibleDisputes(ctx, batch),
    );
    return toConnection(rows, size, (row) => row.registeredAt.toISOString(), {
      hasPreviousPage: Boolean(after),
    }) as DisputeConnection;
  }

  @FieldResolver(() => PetitionConnection, {
    description:
      "Petitions (信访事项) among the party's disputes the caller may see, newest receipt first unless sorted otherwise.",
  })
  async petitions(
    @Root() party: Party,
    @Args(() => PartyPetitionsArgs) { filter, sort, first, after }: PartyPetitionsArgs,
    @Ctx() ctx: PetitionsContext,
  ): Promise<PetitionConnection> {
    const size = pageSize(first);
    const page = { after, size, direction: sortDirection(sort) };
    const { rows, count } = await partyPetitionPage(ctx.store, party.id, filter ?? {}, page, async (batch) => {
      const shown = new Set(
        (
          await visibleDisputes(
            ctx,
            batch.map((row) => row.dispute),
          )
        ).map((d) => d.id),
      );
      return batch.filter((row) => shown.has(row.disputeId));
    });
    const now = currentTime();
    return toConnection(rows, size, (row) => row.receivedAt.toISOString(), {
      hasPreviousPage: Boolean(after),
      toNode: (row) => petitionView(row, row.dispute.code, now),
      count,
    }) as PetitionConnection;
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

  @Directive("@inaccessible")
  @FieldResolver(() => [String], {
    description:
      "The party names of each of the party's disputes with its 解纷码, encoded (plumbing for departments' `@requires`: they mask the names on the party's records as they do through the dispute).",
  })
  async disputePartyNames(@Root() party: Party, @Ctx() ctx: PetitionsContext): Promise<string[]> {
    const disputes = await this.disputesOf(party, ctx);
    // One batched read for every party and dispute of the request (the same loader as Dispute.partyNames).
    const rows = await Promise.all(disputes.map((d) => ctx.loaders.partiesByDispute.load(d.id)));
    return disputes.flatMap((dispute, i) =>
      partyNamesOfRows(rows[i]!).map((name) => encodeDisputePartyName(dispute.code, name)),
    );
  }

  @Directive("@inaccessible")
  @FieldResolver(() => String, {
    description: "The registry's seal over disputePartyNames: departments believe only names it sealed.",
  })
  async disputePartyNamesSeal(@Root() party: Party, @Ctx() ctx: PetitionsContext): Promise<string> {
    return sealList("party-dispute-party-names", party.id, await this.disputePartyNames(party, ctx));
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
