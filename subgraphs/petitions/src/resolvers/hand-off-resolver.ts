import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { pageSize, toConnection } from "@onedoor/shared/graphql/connection";
import { Dispute } from "../entities/dispute.js";
import { Department } from "../entities/enums.js";
import { HandOffsArgs } from "../entities/inputs.js";
import { HandOff, HandOffConnection } from "../entities/hand-off.js";
import { expireOverdueHandOffs, handOffPage, leadOwner } from "../db/hand-offs.js";
import { assertMayListRoutedTo, disputeListScope, disputeVisibility } from "./access.js";
import type { PetitionsContext } from "./context.js";

@Resolver(() => Dispute)
export class HandOffResolver {
  @FieldResolver(() => Department, {
    description: "The one department leading this dispute now (the intake window until dispatch).",
  })
  leadOwner(@Root() dispute: Dispute): Department {
    return leadOwner(dispute);
  }

  @FieldResolver(() => [HandOff], { description: "Hand-offs of this dispute between departments, oldest first." })
  async handOffs(@Root() dispute: Dispute, @Ctx() ctx: PetitionsContext): Promise<HandOff[]> {
    const handOffs = await ctx.loaders.handOffsByDispute.load(dispute.id);
    if ((await disputeVisibility(ctx, dispute)) !== "summary") return handOffs;
    return handOffs.map((handOff) => ({ ...handOff, reason: null, responseReason: null }));
  }

  // The registry's staff and the commander list all; another department's staff only its own inbox (checked below).
  @Authorized<Policy>("signedIn")
  @Query(() => HandOffConnection, {
    name: "handOffs",
    description:
      "Hand-offs, newest first: a department's inbox (filter toDepartment + PENDING) or the commander's list of returned ones (REJECTED, EXPIRED). Other departments' staff must name their own department as toDepartment.",
  })
  async handOffQueue(
    @Args(() => HandOffsArgs) { filter, first, after }: HandOffsArgs,
    @Ctx() ctx: PetitionsContext,
  ): Promise<HandOffConnection> {
    const toDepartment = filter?.toDepartment ?? null;
    const statuses = filter?.statuses ?? null;
    assertMayListRoutedTo(ctx, toDepartment);
    await expireOverdueHandOffs(ctx.store);
    const size = pageSize(first);
    const { rows, count } = await handOffPage(
      ctx.store,
      { statuses, toDepartment },
      after,
      size,
      disputeListScope(ctx),
    );
    return toConnection(rows, size, (row) => row.requestedAt.toISOString(), {
      hasPreviousPage: Boolean(after),
      count,
    }) as HandOffConnection;
  }
}
