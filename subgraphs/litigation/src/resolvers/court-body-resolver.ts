// 法院机构名录 and 承办法官名册: read by anyone signed in (which court bodies take cases, and who handles them, is no
// secret), kept by the department's directory administrator. Every change reaches the registry's routing with the
// next publication (名录发布).
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { isCountyRegion } from "@onedoor/shared/auth/jurisdiction";
import { entryStatusStep, statusChangeReason } from "@onedoor/shared/directory/status-step";
import { loadById } from "@onedoor/shared/db/write-path";
import { bodyCategories, bodyStatusStep } from "@onedoor/shared/directory/bodies";
import { InputProblems, invalidState } from "@onedoor/shared/graphql/errors";
import { checkUuid } from "@onedoor/shared/graphql/input-bounds";
import { DirectoryStatus } from "@onedoor/shared/graphql/directory-status";
import { validateRegionCode } from "@onedoor/shared/validators/index";
import { courtCodeForCounty } from "../domain/case-number.js";
import { COURT_BODIES, coversAllCategories } from "../domain/court-bodies.js";
import { openCasesOf } from "../db/directory.js";
import {
  changeCourtBodyStatus,
  changeCourtJudgeStatus,
  courtBodyKind,
  courtJudgeKind,
  createCourtBody,
  createCourtJudge,
} from "../db/write.js";
import type { CourtBody as CourtBodyRow, CourtJudge as CourtJudgeRow } from "../generated/prisma/client.js";
import { CourtBody, CourtJudge } from "../entities/court-body.js";
import {
  AddCourtBodyInput,
  ChangeCourtBodyStatusInput,
  ChangeCourtJudgeStatusInput,
  CourtBodyFilter,
  CourtJudgeFilter,
  RegisterCourtJudgeInput,
} from "../entities/inputs.js";
import { assertMayKeepDirectoryOf } from "./access.js";
import type { LitigationContext } from "./context.js";

const label = (zh: string, en: string) => ({ zh, en });

@Resolver(() => CourtBody)
export class CourtBodyResolver {
  @Authorized<Policy>("signedIn")
  @Query(() => [CourtBody], {
    description: "法院机构名录: the courts' bodies, by court and name (a handful per court: not paged).",
  })
  courtBodies(
    @Arg("filter", () => CourtBodyFilter, { nullable: true }) filter: CourtBodyFilter | null,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtBodyRow[]> {
    return ctx.store.courtBody.findMany({
      where: {
        ...(filter?.courtCode ? { courtCode: filter.courtCode } : {}),
        ...(filter?.statuses?.length ? { status: { in: filter.statuses } } : {}),
      },
      orderBy: [{ courtCode: "asc" }, { kind: "asc" }, { name: "asc" }],
    });
  }

  @Authorized<Policy>("directoryAdministrator")
  @Mutation(() => CourtBody, {
    description:
      "法院机构名录维护: a service centre or people's tribunal of a county's court joins the directory, ACTIVE.",
  })
  async addCourtBody(
    @Arg("input", () => AddCourtBodyInput) input: AddCourtBodyInput,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtBodyRow> {
    const problems = new InputProblems();
    const name = problems.text(["input", "name"], input.name, label("名称", "Name"), 60);
    const regionCode = problems.check(["input", "regionCode"], validateRegionCode(input.regionCode)) ?? "";
    if (regionCode && !isCountyRegion(regionCode))
      problems.add(
        ["input", "regionCode"],
        "FORMAT",
        "请填写法院所在县级行政区划代码（6位）",
        "Give the 6-digit county code of the court",
      );
    const categories = bodyCategories(problems, input.categories);
    if (coversAllCategories(input.kind) && categories.length > 0)
      problems.add(
        ["input", "categories"],
        "NOT_APPLICABLE",
        "诉讼服务中心受理各类纠纷，无须填写受理类别",
        "The service centre takes every category: name none",
      );
    if (!coversAllCategories(input.kind) && categories.length === 0)
      problems.add(["input", "categories"], "EMPTY", "请填写人民法庭受理的纠纷类别", "Name the categories it takes");
    problems.throwIfAny();
    const courtCode = courtCodeForCounty(regionCode);
    assertMayKeepDirectoryOf(ctx, courtCode);
    // The registry names a body by it: each name is the directory's once.
    if (await ctx.store.courtBody.findUnique({ where: { name } }))
      throw invalidState(`The court body ${name} is already in the directory`, `${name}已在法院机构名录中`, {
        reason: "COURT_BODY_ALREADY_IN_DIRECTORY",
      });
    return createCourtBody(
      ctx,
      { name, kind: input.kind, courtCode, regionCode, categories },
      { action: "addCourtBody", input },
    );
  }

  @Authorized<Policy>("directoryAdministrator")
  @Mutation(() => CourtBody, {
    description:
      "暂停、恢复或退出名录: suspends, reinstates or retires a court body, with the reason. A suspended or retired body " +
      "opens no new case and the registry stops routing to it; a body with open cases does not retire, and retiring " +
      "is for good.",
  })
  async changeCourtBodyStatus(
    @Arg("input", () => ChangeCourtBodyStatusInput) input: ChangeCourtBodyStatusInput,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtBodyRow> {
    const reason = statusChangeReason(input);
    const body = await loadById(courtBodyKind, input.bodyId, (id) => ctx.loaders.bodyById.load(id));
    assertMayKeepDirectoryOf(ctx, body.courtCode);
    const row = await changeCourtBodyStatus(
      ctx,
      bodyStatusStep(COURT_BODIES, { id: body.id, input, reason, action: "changeCourtBodyStatus" }, (id) =>
        openCasesOf(ctx.store, id),
      ),
    );
    ctx.loaders.bodyById.clear(row.id).prime(row.id, row);
    return row;
  }
}

@Resolver(() => CourtJudge)
export class CourtJudgeResolver {
  @Authorized<Policy>("signedIn")
  @Query(() => [CourtJudge], {
    description: "承办法官名册 of the court bodies, by body and name (a roster of dozens: not paged).",
  })
  courtJudges(
    @Arg("filter", () => CourtJudgeFilter, { nullable: true }) filter: CourtJudgeFilter | null,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtJudgeRow[]> {
    const problems = new InputProblems();
    if (filter?.bodyId) problems.check(["filter", "bodyId"], checkUuid(filter.bodyId, label("法院机构", "bodyId")));
    problems.throwIfAny();
    const statuses = filter?.statuses?.length ? filter.statuses : [DirectoryStatus.ACTIVE];
    return ctx.store.courtJudge.findMany({
      where: { status: { in: statuses }, ...(filter?.bodyId ? { bodyId: filter.bodyId } : {}) },
      orderBy: [{ bodyId: "asc" }, { name: "asc" }],
    });
  }

  @Authorized<Policy>("directoryAdministrator")
  @Mutation(() => CourtJudge, { description: "Adds a judge to a court body's roster (承办法官名册)." })
  async registerCourtJudge(
    @Arg("input", () => RegisterCourtJudgeInput) input: RegisterCourtJudgeInput,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtJudgeRow> {
    const problems = new InputProblems();
    const name = problems.text(["input", "name"], input.name, label("姓名", "Name"), 30);
    problems.throwIfAny();
    const body = await loadById(courtBodyKind, input.bodyId, (id) => ctx.loaders.bodyById.load(id));
    assertMayKeepDirectoryOf(ctx, body.courtCode);
    // A case names its judge, so a name is on a body's roster once (the database keeps it so).
    if (await ctx.store.courtJudge.findUnique({ where: { bodyId_name: { bodyId: body.id, name } } }))
      throw invalidState(`${name} is already on the roster of ${body.name}`, `${name}已在${body.name}承办法官名册中`, {
        reason: "JUDGE_ALREADY_ON_ROSTER",
      });
    return createCourtJudge(ctx, { bodyId: body.id, name }, { action: "registerCourtJudge", input });
  }

  @Authorized<Policy>("directoryAdministrator")
  @Mutation(() => CourtJudge, {
    description:
      "暂停、恢复或退出名录: suspends, reinstates or retires a judge of a body's roster, with the reason. Only active " +
      "judges count as the body's staff; a body with none is not sent new disputes. Retiring is for good.",
  })
  async changeCourtJudgeStatus(
    @Arg("input", () => ChangeCourtJudgeStatusInput) input: ChangeCourtJudgeStatusInput,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtJudgeRow> {
    const reason = statusChangeReason(input);
    const judge = await loadById(courtJudgeKind, input.judgeId, (id) =>
      ctx.store.courtJudge.findUnique({ where: { id } }),
    );
    const body = (await ctx.loaders.bodyById.load(judge.bodyId))!;
    assertMayKeepDirectoryOf(ctx, body.courtCode);
    return changeCourtJudgeStatus(
      ctx,
      entryStatusStep((name) => ({ zh: `承办法官${name}`, en: name }), {
        id: judge.id,
        input,
        reason,
        action: "changeCourtJudgeStatus",
      }),
    );
  }
}
