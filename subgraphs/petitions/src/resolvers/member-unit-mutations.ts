// 入驻部门名录维护: the commander keeps the center's member units of the counties in their region — adds one, and
// suspends, restores or retires it — each step on the write path, audited.
import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { regionCovers } from "@onedoor/shared/auth/jurisdiction";
import { changeRecord, createRecord, loadById } from "@onedoor/shared/db/write-path";
import { memberUnitStep } from "@onedoor/shared/directory/co-handlers";
import { conflict, forbidden, InputProblems } from "@onedoor/shared/graphql/errors";
import { validateRegionCode } from "@onedoor/shared/validators/index";
import { MemberUnit } from "../entities/reference-data.js";
import { AddMemberUnitInput, ChangeMemberUnitStatusInput } from "../entities/inputs.js";
import { MEMBER_UNIT } from "../db/write.js";
import type { PetitionsContext } from "./context.js";

/** A commander keeps only the units of counties within their region. */
function assertKeepsCounty(ctx: PetitionsContext, county: string): void {
  const region = ctx.identity.region;
  if (region !== undefined && !regionCovers(region, county))
    throw forbidden("This county is outside your region", "该县区不在您的辖区内");
}

@Resolver(() => MemberUnit)
export class MemberUnitMutations {
  @Authorized<Policy>("commander")
  @Mutation(() => MemberUnit, { description: "入驻: a unit joins joint handling at a county's center, active." })
  async addMemberUnit(
    @Arg("input", () => AddMemberUnitInput) input: AddMemberUnitInput,
    @Ctx() ctx: PetitionsContext,
  ): Promise<MemberUnit> {
    const problems = new InputProblems();
    const code = problems.check(["input", "regionCode"], validateRegionCode(input.regionCode));
    problems.throwIfAny();
    const county = code!.slice(0, 6);
    assertKeepsCounty(ctx, county);
    const name = problems.text(["input", "name"], input.name, { zh: "单位名称", en: "Name" }, 60, { min: 2 });
    problems.throwIfAny();
    if (await ctx.store.memberUnit.findUnique({ where: { regionCode_name: { regionCode: county, name } } }))
      throw conflict(`${name} is already a member unit of this county`, `${name}已是本县区的入驻部门`);
    return createRecord(ctx.store, ctx, MEMBER_UNIT, {
      create: (tx) => tx.memberUnit.create({ data: { regionCode: county, name, kind: input.kind } }),
      audit: { action: "addMemberUnit", input },
    });
  }

  @Authorized<Policy>("commander")
  @Mutation(() => MemberUnit, {
    description:
      "暂停 / 恢复 / 撤销 a member unit: a suspended or retired one is no longer named as a co-handler on new dispatches; a retired one does not come back.",
  })
  async changeMemberUnitStatus(
    @Arg("input", () => ChangeMemberUnitStatusInput) input: ChangeMemberUnitStatusInput,
    @Ctx() ctx: PetitionsContext,
  ): Promise<MemberUnit> {
    const unit = await loadById(MEMBER_UNIT, input.id, (id) => ctx.store.memberUnit.findUnique({ where: { id } }));
    assertKeepsCounty(ctx, unit.regionCode);
    return changeRecord(ctx.store, ctx, MEMBER_UNIT, {
      id: unit.id,
      expectedVersion: input.expectedVersion ?? null,
      decide: (before) => memberUnitStep(before.status, input.status),
      audit: { action: "changeMemberUnitStatus", input },
    });
  }
}
