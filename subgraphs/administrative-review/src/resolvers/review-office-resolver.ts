// 复议机构名录 and 行政复议人员名册: read by anyone signed in (where to apply for review, and who handles it, is no
// secret), kept by the department's directory administrator. Every change reaches the registry's routing with the
// next publication (名录发布).
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { isCountyRegion } from "@onedoor/shared/auth/jurisdiction";
import { bodyCategories, bodyStatusStep } from "@onedoor/shared/directory/bodies";
import { entryStatusStep, statusChangeReason } from "@onedoor/shared/directory/status-step";
import { loadById, refused } from "@onedoor/shared/db/write-path";
import { InputProblems, invalidState } from "@onedoor/shared/graphql/errors";
import { checkUuid } from "@onedoor/shared/graphql/input-bounds";
import { DirectoryStatus } from "@onedoor/shared/graphql/directory-status";
import { validateRegionCode } from "@onedoor/shared/validators/index";
import { REVIEW_OFFICES, rosterRefusal } from "../domain/review-office.js";
import { openCasesOf } from "../db/directory.js";
import {
  changeOfficerStatus,
  changeOfficeStatus,
  createOffice,
  createOfficer,
  OFFICE_KIND,
  OFFICER_KIND,
} from "../db/write.js";
import type { ReviewOffice as OfficeRow, ReviewOfficer as OfficerRow } from "../generated/prisma/client.js";
import { ReviewOffice, ReviewOfficer } from "../entities/review-office.js";
import {
  AddReviewOfficeInput,
  ChangeReviewOfficerStatusInput,
  ChangeReviewOfficeStatusInput,
  RegisterReviewOfficerInput,
  ReviewOfficeFilter,
  ReviewOfficerFilter,
} from "../entities/inputs.js";
import { assertMayKeepDirectoryOf } from "./access.js";
import type { AdministrativeReviewContext as Context } from "./context.js";

const label = (zh: string, en: string) => ({ zh, en });

@Resolver(() => ReviewOffice)
export class ReviewOfficeResolver {
  @Authorized<Policy>("signedIn")
  @Query(() => [ReviewOffice], {
    description:
      "复议机构名录: the review offices and reception points, by county and name (a handful per county: not paged).",
  })
  reviewOffices(
    @Arg("filter", () => ReviewOfficeFilter, { nullable: true }) filter: ReviewOfficeFilter | null,
    @Ctx() ctx: Context,
  ): Promise<OfficeRow[]> {
    return ctx.store.reviewOffice.findMany({
      where: {
        ...(filter?.regionCode ? { regionCode: filter.regionCode } : {}),
        ...(filter?.statuses?.length ? { status: { in: filter.statuses } } : {}),
      },
      orderBy: [{ regionCode: "asc" }, { kind: "asc" }, { name: "asc" }],
    });
  }

  @Authorized<Policy>("directoryAdministrator")
  @Mutation(() => ReviewOffice, {
    description: "复议机构名录维护: a county's review office or reception point joins the directory, ACTIVE.",
  })
  async addReviewOffice(
    @Arg("input", () => AddReviewOfficeInput) input: AddReviewOfficeInput,
    @Ctx() ctx: Context,
  ): Promise<OfficeRow> {
    const problems = new InputProblems();
    const name = problems.text(["input", "name"], input.name, label("名称", "Name"), 60);
    const regionCode = problems.check(["input", "regionCode"], validateRegionCode(input.regionCode)) ?? "";
    if (regionCode && !isCountyRegion(regionCode))
      problems.add(
        ["input", "regionCode"],
        "FORMAT",
        "请填写复议机构所在县级行政区划代码（6位）",
        "Give the 6-digit county code of the office",
      );
    const categories = bodyCategories(problems, input.categories);
    problems.throwIfAny();
    assertMayKeepDirectoryOf(ctx, regionCode);
    // The registry names an office by it: each name is the directory's once.
    if (await ctx.store.reviewOffice.findUnique({ where: { name } }))
      throw invalidState(`The review office ${name} is already in the directory`, `${name}已在复议机构名录中`, {
        reason: "REVIEW_OFFICE_ALREADY_IN_DIRECTORY",
      });
    return createOffice(ctx, { name, kind: input.kind, regionCode, categories }, { action: "addReviewOffice", input });
  }

  @Authorized<Policy>("directoryAdministrator")
  @Mutation(() => ReviewOffice, {
    description:
      "暂停、恢复或退出名录: suspends, reinstates or retires a review office, with the reason. A suspended or retired " +
      "office receives no new application and the registry stops routing to it; one with open cases does not " +
      "retire, and retiring is for good.",
  })
  async changeReviewOfficeStatus(
    @Arg("input", () => ChangeReviewOfficeStatusInput) input: ChangeReviewOfficeStatusInput,
    @Ctx() ctx: Context,
  ): Promise<OfficeRow> {
    const reason = statusChangeReason(input);
    const office = await loadById(OFFICE_KIND, input.officeId, (id) => ctx.loaders.officeById.load(id));
    assertMayKeepDirectoryOf(ctx, office.regionCode);
    return changeOfficeStatus(
      ctx,
      bodyStatusStep(REVIEW_OFFICES, { id: office.id, input, reason, action: "changeReviewOfficeStatus" }, (id) =>
        openCasesOf(ctx.store, id),
      ),
    );
  }
}

@Resolver(() => ReviewOfficer)
export class ReviewOfficerResolver {
  @Authorized<Policy>("signedIn")
  @Query(() => [ReviewOfficer], {
    description: "行政复议人员名册 of the review offices, by office and name (a roster of a few people: not paged).",
  })
  reviewOfficers(
    @Arg("filter", () => ReviewOfficerFilter, { nullable: true }) filter: ReviewOfficerFilter | null,
    @Ctx() ctx: Context,
  ): Promise<OfficerRow[]> {
    const problems = new InputProblems();
    if (filter?.officeId)
      problems.check(["filter", "officeId"], checkUuid(filter.officeId, label("复议机构", "officeId")));
    problems.throwIfAny();
    const statuses = filter?.statuses?.length ? filter.statuses : [DirectoryStatus.ACTIVE];
    return ctx.store.reviewOfficer.findMany({
      where: { status: { in: statuses }, ...(filter?.officeId ? { officeId: filter.officeId } : {}) },
      orderBy: [{ officeId: "asc" }, { name: "asc" }],
    });
  }

  @Authorized<Policy>("directoryAdministrator")
  @Mutation(() => ReviewOfficer, { description: "Adds an officer to a review office's roster (行政复议人员名册)." })
  async registerReviewOfficer(
    @Arg("input", () => RegisterReviewOfficerInput) input: RegisterReviewOfficerInput,
    @Ctx() ctx: Context,
  ): Promise<OfficerRow> {
    const problems = new InputProblems();
    const name = problems.text(["input", "name"], input.name, label("姓名", "Name"), 30);
    problems.throwIfAny();
    const office = await loadById(OFFICE_KIND, input.officeId, (id) => ctx.loaders.officeById.load(id));
    assertMayKeepDirectoryOf(ctx, office.regionCode);
    const closed = rosterRefusal(office);
    if (closed) throw refused(closed, office.status);
    // A name is on an office's roster once (the database keeps it so).
    if (await ctx.store.reviewOfficer.findUnique({ where: { officeId_name: { officeId: office.id, name } } }))
      throw invalidState(
        `${name} is already on the roster of ${office.name}`,
        `${name}已在${office.name}行政复议人员名册中`,
        { reason: "OFFICER_ALREADY_ON_ROSTER" },
      );
    return createOfficer(ctx, { officeId: office.id, name }, { action: "registerReviewOfficer", input });
  }

  @Authorized<Policy>("directoryAdministrator")
  @Mutation(() => ReviewOfficer, {
    description:
      "暂停、恢复或退出名录: suspends, reinstates or retires an officer of an office's roster, with the reason. Only " +
      "active officers count as the office's staff; an office with none is not sent new disputes. Retiring is for good.",
  })
  async changeReviewOfficerStatus(
    @Arg("input", () => ChangeReviewOfficerStatusInput) input: ChangeReviewOfficerStatusInput,
    @Ctx() ctx: Context,
  ): Promise<OfficerRow> {
    const reason = statusChangeReason(input);
    const officer = await loadById(OFFICER_KIND, input.officerId, (id) =>
      ctx.store.reviewOfficer.findUnique({ where: { id } }),
    );
    const office = (await ctx.loaders.officeById.load(officer.officeId))!;
    assertMayKeepDirectoryOf(ctx, office.regionCode);
    return changeOfficerStatus(
      ctx,
      entryStatusStep((name) => ({ zh: `行政复议人员${name}`, en: name }), {
        id: officer.id,
        input,
        reason,
        action: "changeReviewOfficerStatus",
      }),
    );
  }
}
