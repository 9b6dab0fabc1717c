import { Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { CaseMediatorAssignment, ExpertPick } from "../entities/mediation-case.js";
import { Committee, Expert, Mediator } from "../entities/directory.js";
import type { CaseMediator, ExpertPick as PickRow, Mediator as MediatorRow } from "../generated/prisma/client.js";
import type { MediationContext } from "./context.js";
import { STATUS_REASON, statusReason } from "./directory-resolver.js";

@Resolver(() => CaseMediatorAssignment)
export class CaseMediatorAssignmentResolver {
  @FieldResolver(() => Mediator)
  async mediator(@Root() row: CaseMediator, @Ctx() ctx: MediationContext) {
    return (await ctx.loaders.mediatorById.load(row.mediatorId))!;
  }

  @FieldResolver(() => Boolean, { description: "Recused (回避) and no longer on the case" })
  recused(@Root() row: CaseMediator): boolean {
    return row.recusedAt !== null;
  }
}

@Resolver(() => ExpertPick)
export class ExpertPickResolver {
  @FieldResolver(() => Expert)
  async expert(@Root() row: PickRow, @Ctx() ctx: MediationContext) {
    return (await ctx.loaders.expertById.load(row.expertId))!;
  }
}

@Resolver(() => Mediator)
export class MediatorFieldsResolver {
  @FieldResolver(() => Committee)
  async committee(@Root() row: MediatorRow, @Ctx() ctx: MediationContext) {
    return (await ctx.loaders.committeeById.load(row.committeeId))!;
  }

  @FieldResolver(() => String, STATUS_REASON)
  statusReason(@Root() row: MediatorRow, @Ctx() ctx: MediationContext): string | null {
    return statusReason(ctx, row);
  }

  @FieldResolver(() => Int, { description: "在办案件数: open cases this mediator sits on" })
  async currentLoad(@Root() row: MediatorRow, @Ctx() ctx: MediationContext): Promise<number> {
    return (await ctx.loaders.loadByMediator.load(row.id))?.openCases ?? 0;
  }
}
