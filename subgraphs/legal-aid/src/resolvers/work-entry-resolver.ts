import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { LegalAidProvider, LegalAidWorkEntry } from "../entities/provider.js";
import type { LegalAidWorkEntry as WorkEntryRow } from "../generated/prisma/client.js";
import type { ProviderRow } from "./mapping.js";
import type { LegalAidContext } from "./context.js";

@Resolver(() => LegalAidWorkEntry)
export class LegalAidWorkEntryResolver {
  @FieldResolver(() => LegalAidProvider, { description: "Who did the work (the provider assigned at the time)." })
  async provider(@Root() row: WorkEntryRow, @Ctx() ctx: LegalAidContext): Promise<ProviderRow> {
    const provider = await ctx.loaders.providerById.load(row.providerId);
    // The foreign key guarantees the row; a miss means the database is inconsistent.
    if (!provider) throw new Error(`Work entry ${row.id} names a missing provider ${row.providerId}`);
    return provider;
  }
}
