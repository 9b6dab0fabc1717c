import { Args, Authorized, Ctx, FieldResolver, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { CN_HOLIDAY_CALENDAR } from "@onedoor/shared/clock/index";
import { currentTime } from "@onedoor/shared/clock/now";
import { clockView } from "@onedoor/shared/graphql/clock-type";
import { Connection, pageSize, toConnection } from "@onedoor/shared/graphql/connection";
import { Dispute } from "../entities/dispute.js";
import { sortDirection } from "../entities/enums.js";
import { PetitionQueueArgs } from "../entities/inputs.js";
import { Petition } from "../entities/petition.js";
import { petitionPage, toRecord, type PetitionRow } from "../db/petitions.js";
import { petitionClocks } from "../domain/petition.js";
import type { PetitionsContext } from "./context.js";

@ObjectType()
export class PetitionConnection extends Connection(Petition) {}

export function petitionView(row: PetitionRow, disputeCode: string, now = currentTime()): Petition {
  const clocks = petitionClocks(toRecord(row), now, CN_HOLIDAY_CALENDAR).map((c) =>
    clockView(c.kind, c.startedAt, c.status),
  );
  const current = clocks.at(-1)!;
  return {
    ...row,
    disputeCode,
    agent: row.agentName ? { name: row.agentName, phone: row.agentPhone } : null,
    clocks,
    deadline: current.deadline,
    remainingDays: current.remainingDays,
    overdue: current.overdue,
    provisionalCalendar: current.provisionalCalendar,
  };
}

@Resolver(() => Dispute)
export class PetitionResolver {
  @FieldResolver(() => Petition, {
    nullable: true,
    description: "The matter's handling as a petition (信访事项), when it is one.",
  })
  async petition(@Root() dispute: Dispute, @Ctx() ctx: PetitionsContext): Promise<Petition | null> {
    const row = await ctx.loaders.petitionByDispute.load(dispute.id);
    return row ? petitionView(row, dispute.code) : null;
  }

  @Authorized<Policy>("departmentStaff", "commander")
  @Query(() => PetitionConnection, {
    description:
      "Petitions, newest receipt first unless sorted otherwise: an agent's own queue with filter agentName (代办员待办).",
  })
  async petitionQueue(
    @Args(() => PetitionQueueArgs) { filter, sort, first, after }: PetitionQueueArgs,
    @Ctx() ctx: PetitionsContext,
  ): Promise<PetitionConnection> {
    const size = pageSize(first);
    const { rows, count } = await petitionPage(ctx.store, filter ?? {}, {
      after,
      size,
      direction: sortDirection(sort),
    });
    const now = currentTime();
    return toConnection(rows, size, (row) => row.receivedAt.toISOString(), {
      hasPreviousPage: Boolean(after),
      toNode: (row) => petitionView(row, row.dispute.code, now),
      count,
    }) as PetitionConnection;
  }
}
