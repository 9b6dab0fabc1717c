// 仲裁委名录: read by anyone signed in (which commissions sit in the centers is no secret), kept by the department's
// directory administrator. Every change reaches the registry's routing with the next publication (名录发布).
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { isCountyRegion } from "@onedoor/shared/auth/jurisdiction";
import { loadById } from "@onedoor/shared/db/write-path";
import { bodyCategories, bodyStatusStep } from "@onedoor/shared/directory/bodies";
import { statusChangeReason } from "@onedoor/shared/directory/status-step";
import { InputProblems, invalidState } from "@onedoor/shared/graphql/errors";
import { validateRegionCode } from "@onedoor/shared/validators/index";
import { COMMISSIONS } from "../domain/commission.js";
import { undecidedCasesOf } from "../db/directory.js";
import { ARBITRATION_COMMISSION, changeCommissionStatus, createCommission } from "../db/write.js";
import { ArbitrationCommission } from "../entities/commission.js";
import {
  AddArbitrationCommissionInput,
  ArbitrationCommissionFilter,
  ChangeArbitrationCommissionStatusInput,
} from "../entities/inputs.js";
import { assertMayKeepRosterOf } from "./access.js";
import type { ArbitrationContext } from "./context.js";

const label = (zh: string, en: string) => ({ zh, en });

@Resolver(() => ArbitrationCommission)
export class CommissionResolver {
  @Authorized<Policy>("signedIn")
  @Query(() => [ArbitrationCommission], {
    description: "仲裁委名录: the department's commissions, by county and name (a handful per county: not paged).",
  })
  arbitrationCommissions(
    @Arg("filter", () => ArbitrationCommissionFilter, { nullable: true }) filter: ArbitrationCommissionFilter | null,
    @Ctx() ctx: ArbitrationContext,
  ): Promise<ArbitrationCommission[]> {
    return ctx.store.arbitrationCommission.findMany({
      where: {
        ...(filter?.regionCode ? { regionCode: filter.regionCode } : {}),
        ...(filter?.statuses?.length ? { status: { in: filter.statuses } } : {}),
      },
      orderBy: [{ regionCode: "asc" }, { name: "asc" }],
    });
  }

  @Authorized<Policy>("directoryAdministrator")
  @Mutation(() => ArbitrationCommission, { description: "仲裁委名录维护: a commission joins the directory, ACTIVE." })
  async addArbitrationCommission(
    @Arg("input", () => AddArbitrationCommissionInput) input: AddArbitrationCommissionInput,
    @Ctx() ctx: ArbitrationContext,
  ): Promise<ArbitrationCommission> {
    const problems = new InputProblems();
    const name = problems.text(["input", "name"], input.name, label("名称", "Name"), 60);
    const regionCode = problems.check(["input", "regionCode"], validateRegionCode(input.regionCode)) ?? "";
    if (regionCode && !isCountyRegion(regionCode))
      problems.add(
        ["input", "regionCode"],
        "FORMAT",
        "请填写6位县级行政区划代码",
        "Give the county's 6-digit region code",
      );
    const categories = bodyCategories(problems, input.categories);
    if (categories.length === 0)
      problems.add(["input", "categories"], "EMPTY", "请填写仲裁委员会受理的纠纷类别", "Name the categories it takes");
    const caseNumberPrefix = problems.text(
      ["input", "caseNumberPrefix"],
      input.caseNumberPrefix,
      label("案号字号", "Case number prefix"),
      20,
    );
    if (caseNumberPrefix && !caseNumberPrefix.endsWith("字"))
      problems.add(
        ["input", "caseNumberPrefix"],
        "FORMAT",
        "案号字号应以“字”结尾，如桐劳人仲案字",
        "The prefix ends in 字, e.g. 桐劳人仲案字",
      );
    problems.throwIfAny();
    assertMayKeepRosterOf(ctx, regionCode);
    // The registry and the case numbers name a commission by these: each is the directory's once.
    const taken = await ctx.store.arbitrationCommission.findFirst({
      where: { OR: [{ name }, { caseNumberPrefix }] },
    });
    if (taken)
      throw invalidState(
        taken.name === name
          ? `The commission ${name} is already in the directory`
          : `The case number prefix ${caseNumberPrefix} is ${taken.name}'s`,
        taken.name === name ? `仲裁委员会${name}已在名录中` : `案号字号${caseNumberPrefix}已由${taken.name}使用`,
        { reason: "COMMISSION_ALREADY_IN_DIRECTORY" },
      );
    return createCommission(
      ctx,
      { name, kind: input.kind, regionCode, categories, caseNumberPrefix },
      { action: "addArbitrationCommission", input },
    );
  }

  @Authorized<Policy>("directoryAdministrator")
  @Mutation(() => ArbitrationCommission, {
    description:
      "暂停、恢复或退出名录: suspends, reinstates or retires a commission, with the reason. A suspended or retired " +
      "commission receives no new application and the registry stops routing to it; a commission with undecided " +
      "cases does not retire, and retiring is for good.",
  })
  async changeArbitrationCommissionStatus(
    @Arg("input", () => ChangeArbitrationCommissionStatusInput) input: ChangeArbitrationCommissionStatusInput,
    @Ctx() ctx: ArbitrationContext,
  ): Promise<ArbitrationCommission> {
    const reason = statusChangeReason(input);
    const commission = await loadById(ARBITRATION_COMMISSION, input.commissionId, (id) =>
      ctx.loaders.commissionById.load(id),
    );
    assertMayKeepRosterOf(ctx, commission.regionCode);
    const row = await changeCommissionStatus(
      ctx,
      bodyStatusStep(
        COMMISSIONS,
        { id: commission.id, input, reason, action: "changeArbitrationCommissionStatus" },
        (id) => undecidedCasesOf(ctx.store, id),
      ),
    );
    ctx.loaders.commissionById.clear(row.id).prime(row.id, row);
    return row;
  }
}
