import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { toLocalDate } from "@onedoor/shared/clock/index";
import { currentTime } from "@onedoor/shared/clock/now";
import { InputProblems } from "@onedoor/shared/graphql/errors";
import { validateRegionCode } from "@onedoor/shared/validators/index";
import { hasRole, isStaff } from "@onedoor/shared/auth/policy";
import { forbidden } from "@onedoor/shared/graphql/errors";
import { MemberUnitStatus, RegionLevel } from "../entities/enums.js";
import { DisputeCategory, HandlingBody, MemberUnit, Region } from "../entities/reference-data.js";
import { memberUnitsOf } from "../db/member-units.js";
import type { PetitionsContext } from "./context.js";
import { rulesInForce } from "../db/routing-rules.js";
import {
  bodiesIn,
  categoriesOn,
  regionByCode,
  regionsUnder,
  type ReferenceRegion,
} from "../domain/reference/reference-data.js";

function toRegion(region: ReferenceRegion): Region {
  return { ...region, level: RegionLevel[region.level] };
}

/** Reference data (参考数据): not personal, so any signed-in caller may read it. */
@Resolver()
export class ReferenceDataResolver {
  @Authorized<Policy>("signedIn")
  @Query(() => [DisputeCategory], {
    description: "纠纷类别: the category list in force today, with the routing rules naming each.",
  })
  async categories(@Ctx() ctx: PetitionsContext): Promise<DisputeCategory[]> {
    return categoriesOn(toLocalDate(currentTime()), await rulesInForce(ctx.store));
  }

  @Authorized<Policy>("signedIn")
  @Query(() => [HandlingBody], { description: "承办机构: the bodies routing can name in a county." })
  async bodies(
    @Arg("regionCode", () => String, { description: "County code (GB/T 2260), e.g. 330122." }) regionCode: string,
    @Ctx() ctx: PetitionsContext,
  ): Promise<HandlingBody[]> {
    const problems = new InputProblems();
    const code = problems.check(["regionCode"], validateRegionCode(regionCode));
    problems.throwIfAny();
    const county = code!.slice(0, 6);
    const [directory, rules] = await Promise.all([ctx.loaders.directoryOfCounty.load(county), rulesInForce(ctx.store)]);
    return bodiesIn(county, directory, rules);
  }

  // Staff of any department read it (a mediator names the units at her session), so the check is by staff of
  // any department, not by this subgraph's roles; residents have no use for the list.
  @Authorized<Policy>("signedIn")
  @Query(() => [MemberUnit], {
    description:
      "入驻部门 / 协办单位: a county's member units, which dispatches name as co-handlers and sessions as attending, by kind then name. For staff of any department and the commander.",
  })
  async memberUnits(
    @Arg("regionCode", () => String, { description: "County code (GB/T 2260), e.g. 330122." }) regionCode: string,
    @Arg("statuses", () => [MemberUnitStatus], {
      nullable: true,
      description: "Only these statuses; all when omitted.",
    })
    statuses: MemberUnitStatus[] | null | undefined,
    @Ctx() ctx: PetitionsContext,
  ): Promise<MemberUnit[]> {
    if (!isStaff(ctx.identity) && !hasRole(ctx.identity, "commander"))
      throw forbidden("Member units are listed for staff and the commander", "入驻部门名录仅供工作人员和指挥长查看");
    const problems = new InputProblems();
    const code = problems.check(["regionCode"], validateRegionCode(regionCode));
    problems.throwIfAny();
    return memberUnitsOf(ctx.store, code!.slice(0, 6), statuses ?? []);
  }

  @Authorized<Policy>("signedIn")
  @Query(() => [Region], {
    description:
      "行政区划: the regions directly under `parent` (the provinces without it), down to townships (乡镇街道) for the counties the township table covers.",
  })
  regions(
    @Arg("parent", () => String, { nullable: true, description: "A 6-digit region code." })
    parent: string | null | undefined,
  ): Region[] {
    const problems = new InputProblems();
    const code = parent ? problems.check(["parent"], validateRegionCode(parent)) : null;
    problems.throwIfAny();
    return regionsUnder(code ?? null).map(toRegion);
  }

  @Authorized<Policy>("signedIn")
  @Query(() => Region, { nullable: true, description: "One region by its 6- or 9-digit code; null when unknown." })
  region(@Arg("code", () => String) code: string): Region | null {
    const problems = new InputProblems();
    const valid = problems.check(["code"], validateRegionCode(code));
    problems.throwIfAny();
    const region = regionByCode(valid!);
    return region ? toRegion(region) : null;
  }
}
