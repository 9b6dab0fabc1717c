// 仲裁员名册: read by anyone signed in (who sits on tribunals is no secret), kept by the department's
// directory administrator.
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { entryStatusStep, statusChangeReason } from "@onedoor/shared/directory/status-step";
import { loadById } from "@onedoor/shared/db/write-path";
import { InputProblems, invalidState, notFound } from "@onedoor/shared/graphql/errors";
import { DirectoryStatus } from "@onedoor/shared/graphql/directory-status";
import { checkUuid, isUuid } from "@onedoor/shared/graphql/input-bounds";
import { validateRegionCode } from "@onedoor/shared/validators/index";
import { ARBITRATOR, changeArbitratorStatus, createArbitrator } from "../db/write.js";
import type { Arbitrator as ArbitratorRow } from "../generated/prisma/client.js";
import { ArbitrationArbitrator } from "../entities/arbitrator.js";
import {
  ArbitrationArbitratorFilter,
  ChangeArbitrationArbitratorStatusInput,
  RegisterArbitrationArbitratorInput,
} from "../entities/inputs.js";
import { assertMayKeepRosterOf } from "./access.js";
import type { ArbitrationContext } from "./context.js";

async function toArbitrator(ctx: ArbitrationContext, row: ArbitratorRow): Promise<ArbitrationArbitrator> {
  const commission = (await ctx.loaders.commissionById.load(row.commissionId))!;
  return { ...row, commission: commission.name, commissionRegion: commission.regionCode };
}

@Resolver(() => ArbitrationArbitrator)
export class ArbitratorResolver {
  @Authorized<Policy>("signedIn")
  @Query(() => [ArbitrationArbitrator], {
    description: "仲裁员名册 of the commissions, by commission and name (a roster of dozens: not paged).",
  })
  async arbitrationArbitrators(
    @Arg("filter", () => ArbitrationArbitratorFilter, { nullable: true }) filter: ArbitrationArbitratorFilter | null,
    @Ctx() ctx: ArbitrationContext,
  ): Promise<ArbitrationArbitrator[]> {
    const statuses = filter?.statuses?.length ? filter.statuses : [DirectoryStatus.ACTIVE];
    const problems = new InputProblems();
    const commissionId = filter?.commissionId
      ? problems.check(
          ["filter", "commissionId"],
          checkUuid(filter.commissionId, { zh: "仲裁委员会编号", en: "Commission id" }),
        )
      : null;
    const region = filter?.commissionRegion
      ? problems.check(["filter", "commissionRegion"], validateRegionCode(filter.commissionRegion))
      : null;
    problems.throwIfAny();
    const rows = await ctx.store.arbitrator.findMany({
      where: {
        status: { in: statuses },
        ...(commissionId ? { commissionId } : {}),
        ...(region ? { commission: { regionCode: region } } : {}),
      },
      orderBy: [{ commission: { regionCode: "asc" } }, { commission: { name: "asc" } }, { name: "asc" }],
    });
    return Promise.all(rows.map((row) => toArbitrator(ctx, row)));
  }

  @Authorized<Policy>("directoryAdministrator")
  @Mutation(() => ArbitrationArbitrator, { description: "Adds an arbitrator to a commission's roster." })
  async registerArbitrationArbitrator(
    @Arg("input", () => RegisterArbitrationArbitratorInput) input: RegisterArbitrationArbitratorInput,
    @Ctx() ctx: ArbitrationContext,
  ): Promise<ArbitrationArbitrator> {
    const problems = new InputProblems();
    const name = problems.text(["input", "name"], input.name, { zh: "姓名", en: "Name" }, 30);
    problems.throwIfAny();
    const commission = isUuid(input.commissionId) ? await ctx.loaders.commissionById.load(input.commissionId) : null;
    if (!commission) throw notFound("ArbitrationCommission", input.commissionId, "仲裁委员会不存在");
    assertMayKeepRosterOf(ctx, commission.regionCode);
    if (commission.status === "RETIRED")
      throw invalidState(
        `The commission ${commission.name} has retired from the directory`,
        `仲裁委员会${commission.name}已退出名录，不能增加仲裁员`,
        { reason: "DIRECTORY_ENTRY_RETIRED" },
      );
    const commissionId = commission.id;
    // A tribunal names its arbitrators, so a name is on a commission's roster once (the database keeps it so).
    if (await ctx.store.arbitrator.findUnique({ where: { commissionId_name: { commissionId, name } } }))
      throw invalidState(`${name} is already on the commission's roster`, `${name}已在该仲裁委员会仲裁员名册中`, {
        reason: "ARBITRATOR_ALREADY_ON_ROSTER",
      });
    const row = await createArbitrator(ctx, { commissionId, name }, { action: "registerArbitrationArbitrator", input });
    return toArbitrator(ctx, row);
  }

  @Authorized<Policy>("directoryAdministrator")
  @Mutation(() => ArbitrationArbitrator, {
    description:
      "暂停、恢复或退出名录: suspends, reinstates or retires an arbitrator, with the reason. A suspended or retired " +
      "arbitrator stays on the tribunals already formed and is appointed to no new one; retiring is for good.",
  })
  async changeArbitrationArbitratorStatus(
    @Arg("input", () => ChangeArbitrationArbitratorStatusInput) input: ChangeArbitrationArbitratorStatusInput,
    @Ctx() ctx: ArbitrationContext,
  ): Promise<ArbitrationArbitrator> {
    const reason = statusChangeReason(input);
    const arbitrator = await loadById(ARBITRATOR, input.arbitratorId, (id) =>
      ctx.store.arbitrator.findUnique({ where: { id } }),
    );
    const commission = (await ctx.loaders.commissionById.load(arbitrator.commissionId))!;
    assertMayKeepRosterOf(ctx, commission.regionCode);
    const row = await changeArbitratorStatus(
      ctx,
      entryStatusStep((name) => ({ zh: `仲裁员${name}`, en: name }), {
        id: arbitrator.id,
        input,
        reason,
        action: "changeArbitrationArbitratorStatus",
      }),
    );
    return toArbitrator(ctx, row);
  }
}
