import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { pageSize, toConnection } from "@onedoor/shared/graphql/connection";
import { suggestMediators } from "../domain/suggest-mediators.js";
import { afterCursorAsc, isUuid } from "../db/paging.js";
import {
  Committee,
  CommitteeConnection,
  CommitteeFilter,
  ExpertConnection,
  ExpertFilter,
  MAX_SUGGESTIONS,
  Mediator,
  MediatorConnection,
  MediatorFilter,
  MediatorSuggestion,
  SuggestMediatorsInput,
} from "../entities/directory.js";
import { badUserInput } from "@onedoor/shared/graphql/errors";
import type { Committee as CommitteeRow, Prisma } from "../generated/prisma/client.js";
import { loadCase } from "./case-guard.js";
import type { MediationContext } from "./context.js";

const byName = [{ name: "asc" as const }, { id: "asc" as const }];

@Resolver()
export class DirectoryResolver {
  @Authorized<Policy>("signedIn")
  @Query(() => CommitteeConnection, { description: "调委会 in the center, by name." })
  async committees(
    @Arg("filter", () => CommitteeFilter, { nullable: true }) filter: CommitteeFilter | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: MediationContext,
  ) {
    const size = pageSize(first);
    const where: Prisma.CommitteeWhereInput = {
      ...(filter?.regionCode ? { regionCode: filter.regionCode } : {}),
      ...(filter?.type ? { type: filter.type } : {}),
      ...(filter?.level ? { level: filter.level } : {}),
      ...(filter?.specialty ? { specialties: { has: filter.specialty } } : {}),
    };
    const rows = await ctx.store.committee.findMany({
      where: { AND: [where, afterCursorAsc("name", after)] },
      orderBy: byName,
      take: size + 1,
    });
    return toConnection(rows, size, (r) => r.name);
  }

  @Authorized<Policy>("signedIn")
  @Query(() => MediatorConnection, { description: "调解员, by name; each with the current load (在办案件数)." })
  async mediators(
    @Arg("filter", () => MediatorFilter, { nullable: true }) filter: MediatorFilter | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: MediationContext,
  ) {
    const size = pageSize(first);
    if (filter?.committeeId && !isUuid(filter.committeeId))
      return toConnection([] as { id: string; name: string }[], size, (r) => r.name);
    const where: Prisma.MediatorWhereInput = {
      ...(filter?.committeeId ? { committeeId: filter.committeeId } : {}),
      ...(filter?.specialty ? { specialties: { has: filter.specialty } } : {}),
      ...(filter?.dialect ? { dialects: { has: filter.dialect } } : {}),
      ...(filter?.role ? { role: filter.role } : {}),
      ...(filter?.available !== undefined && filter?.available !== null ? { available: filter.available } : {}),
    };
    const rows = await ctx.store.mediator.findMany({
      where: { AND: [where, afterCursorAsc("name", after)] },
      orderBy: byName,
      take: size + 1,
    });
    return toConnection(rows, size, (r) => r.name);
  }

  @Authorized<Policy>("signedIn")
  @Query(() => ExpertConnection, { description: "调解专家库: lawyers and experts a party may pick (点单), by name." })
  async experts(
    @Arg("filter", () => ExpertFilter, { nullable: true }) filter: ExpertFilter | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: MediationContext,
  ) {
    const size = pageSize(first);
    const where: Prisma.ExpertWhereInput = {
      ...(filter?.specialty ? { specialties: { has: filter.specialty } } : {}),
      ...(filter?.kind ? { kind: filter.kind } : {}),
      ...(filter?.regionCode ? { regionCode: filter.regionCode } : {}),
    };
    const rows = await ctx.store.expert.findMany({
      where: { AND: [where, afterCursorAsc("name", after)] },
      orderBy: byName,
      take: size + 1,
    });
    return toConnection(rows, size, (r) => r.name);
  }

  @Authorized<Policy>("departmentStaff", "commander")
  @Query(() => [MediatorSuggestion], {
    description: "Best-fitting available mediators for a case (specialty, committee, region, load).",
  })
  async suggestMediators(
    @Arg("input", () => SuggestMediatorsInput) input: SuggestMediatorsInput,
    @Ctx() ctx: MediationContext,
  ) {
    const limit = input.first ?? 5;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SUGGESTIONS) {
      throw badUserInput([
        {
          field: ["input", "first"],
          reason: "LENGTH",
          messageZh: `建议人数须在 1 到 ${MAX_SUGGESTIONS} 之间`,
          messageEn: `first must be 1 to ${MAX_SUGGESTIONS}`,
        },
      ]);
    }
    const row = await loadCase(ctx, input.caseId);
    const committee = (await ctx.loaders.committeeById.load(row.committeeId))!;
    const regionCode = row.disputeCode.slice(0, 6);
    // Mediators of the case's committee and of every committee in the dispute's county.
    const candidates = await ctx.store.mediator.findMany({
      where: { available: true, OR: [{ committeeId: committee.id }, { committee: { regionCode } }] },
      include: { committee: true },
    });
    const [loads, assignments] = await Promise.all([
      ctx.loaders.loadByMediator.loadMany(candidates.map((c) => c.id)),
      ctx.loaders.assignmentsByCase.load(row.id),
    ]);
    const ranked = suggestMediators(
      {
        committeeId: committee.id,
        regionCode,
        specialties: input.specialties?.length ? input.specialties : committee.specialties,
        excludedMediatorIds: assignments.map((a) => a.mediatorId),
      },
      candidates.map((c, i) => {
        const load = loads[i];
        return {
          id: c.id,
          committeeId: c.committeeId,
          committeeRegionCode: c.committee.regionCode,
          specialties: c.specialties,
          available: c.available,
          currentLoad: load && !(load instanceof Error) ? load.openCases : 0,
        };
      }),
      limit,
    );
    const byId = new Map(candidates.map((c) => [c.id, c]));
    return ranked.map((s) => ({ mediator: byId.get(s.mediatorId)!, score: s.score, reasons: s.reasons }));
  }
}

@Resolver(() => Committee)
export class CommitteeFieldsResolver {
  @FieldResolver(() => [Mediator], { description: "调解员 of this committee, by name" })
  mediators(@Root() row: CommitteeRow, @Ctx() ctx: MediationContext) {
    return ctx.loaders.mediatorsByCommittee.load(row.id);
  }
}
