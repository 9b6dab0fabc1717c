// Who mediates: the directory of committees, mediators and the expert pool, and mediator suggestions for a case.
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { countyOfDisputeCode } from "@onedoor/shared/auth/jurisdiction";
import { pageSize, toConnection } from "@onedoor/shared/graphql/connection";
import { badUserInput } from "@onedoor/shared/graphql/errors";
import { isUuid } from "@onedoor/shared/graphql/input-bounds";
import { DEFAULT_SUGGESTIONS, MAX_SUGGESTIONS, suggestMediators } from "../domain/suggest-mediators.js";
import {
  committeesPage,
  expertChoices,
  expertsPage,
  MAX_EXPERT_CHOICES,
  mediatorCandidates,
  mediatorsPage,
} from "../db/directory-queries.js";
import {
  Committee,
  CommitteeConnection,
  Expert,
  ExpertConnection,
  Mediator,
  MediatorConnection,
  MediatorSuggestion,
} from "../entities/directory.js";
import { MediationCommitteeSort, MediationExpertSort, MediationMediatorSort } from "../entities/enums.js";
import { CommitteeFilter, ExpertFilter, MediatorFilter, SuggestMediatorsInput } from "../entities/inputs.js";
import type { Committee as CommitteeRow, Expert as ExpertRow } from "../generated/prisma/client.js";
import { readsDirectoryReasons } from "../domain/access.js";
import { loadCase, loadCaseForChoosing } from "./access.js";
import type { MediationContext } from "./context.js";

@Resolver()
export class DirectoryResolver {
  @Authorized<Policy>("signedIn")
  @Query(() => CommitteeConnection, { description: "调委会 in the center, by name." })
  async committees(
    @Arg("sort", () => MediationCommitteeSort, {
      nullable: true,
      defaultValue: MediationCommitteeSort.NAME,
      description: "By name, the one order of the directory today",
    })
    _sort: MediationCommitteeSort,
    @Arg("filter", () => CommitteeFilter, { nullable: true }) filter: CommitteeFilter | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: MediationContext,
  ) {
    const size = pageSize(first);
    const { rows, count } = await committeesPage(ctx, filter ?? {}, { after, size });
    return toConnection(rows, size, (r) => r.name, { hasPreviousPage: Boolean(after), count });
  }

  @Authorized<Policy>("signedIn")
  @Query(() => MediatorConnection, { description: "调解员, by name; each with the current load (在办案件数)." })
  async mediators(
    @Arg("sort", () => MediationMediatorSort, {
      nullable: true,
      defaultValue: MediationMediatorSort.NAME,
      description: "By name, the one order of the directory today",
    })
    _sort: MediationMediatorSort,
    @Arg("filter", () => MediatorFilter, { nullable: true }) filter: MediatorFilter | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: MediationContext,
  ) {
    const size = pageSize(first);
    if (filter?.committeeId && !isUuid(filter.committeeId))
      return toConnection([] as { id: string; name: string }[], size, (r) => r.name, {
        count: () => Promise.resolve(0),
      });
    const { rows, count } = await mediatorsPage(ctx, filter ?? {}, { after, size });
    return toConnection(rows, size, (r) => r.name, { hasPreviousPage: Boolean(after), count });
  }

  @Authorized<Policy>("signedIn")
  @Query(() => ExpertConnection, { description: "调解专家库: lawyers and experts a party may pick (点单), by name." })
  async experts(
    @Arg("sort", () => MediationExpertSort, {
      nullable: true,
      defaultValue: MediationExpertSort.NAME,
      description: "By name, the one order of the directory today",
    })
    _sort: MediationExpertSort,
    @Arg("filter", () => ExpertFilter, { nullable: true }) filter: ExpertFilter | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: MediationContext,
  ) {
    const size = pageSize(first);
    const { rows, count } = await expertsPage(ctx, filter ?? {}, { after, size });
    return toConnection(rows, size, (r) => r.name, { hasPreviousPage: Boolean(after), count });
  }

  @Authorized<Policy>("departmentStaff", "commander")
  @Query(() => [MediatorSuggestion], {
    description: "Best-fitting available mediators for a case (specialty, committee, region, load).",
  })
  async suggestMediators(
    @Arg("input", () => SuggestMediatorsInput) input: SuggestMediatorsInput,
    @Ctx() ctx: MediationContext,
  ) {
    const limit = input.first ?? DEFAULT_SUGGESTIONS;
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
    const candidates = await mediatorCandidates(ctx, committee.id, regionCode);
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

  @Authorized<Policy>("signedIn")
  @Query(() => [Expert], {
    description: `点单: the experts a party may pick for a mediation case, by name: ACTIVE, of the dispute's county's pool, with one of the committee's specialties, not picked for the case yet (at most ${MAX_EXPERT_CHOICES}). For the dispute's parties, the window of its county and the committee's staff.`,
  })
  async mediationExpertChoices(
    @Arg("caseId", () => ID) caseId: string,
    @Ctx() ctx: MediationContext,
  ): Promise<ExpertRow[]> {
    const row = await loadCaseForChoosing(ctx, caseId);
    const committee = (await ctx.loaders.committeeById.load(row.committeeId))!;
    return expertChoices(ctx, {
      caseId: row.id,
      county: countyOfDisputeCode(row.disputeCode),
      specialties: committee.specialties,
    });
  }
}

export const STATUS_REASON = {
  nullable: true,
  description: "Why the status last changed; for the department's staff and directory administrator only",
};

/** The reason of the last status change, to those who keep or work with the directory. */
export const statusReason = (ctx: MediationContext, row: { statusReason: string | null }) =>
  readsDirectoryReasons(ctx.identity) ? row.statusReason : null;

@Resolver(() => Committee)
export class CommitteeFieldsResolver {
  @FieldResolver(() => [Mediator], { description: "调解员 of this committee, by name" })
  mediators(@Root() row: CommitteeRow, @Ctx() ctx: MediationContext) {
    return ctx.loaders.mediatorsByCommittee.load(row.id);
  }

  @FieldResolver(() => String, STATUS_REASON)
  statusReason(@Root() row: CommitteeRow, @Ctx() ctx: MediationContext): string | null {
    return statusReason(ctx, row);
  }
}

@Resolver(() => Expert)
export class ExpertFieldsResolver {
  @FieldResolver(() => String, STATUS_REASON)
  statusReason(@Root() row: ExpertRow, @Ctx() ctx: MediationContext): string | null {
    return statusReason(ctx, row);
  }
}
