// 法律援助机构名录: read by anyone signed in (where to apply for legal aid is public), kept by the department's
// directory administrator. Every change reaches the registry's dispatch with the next publication (名录发布).
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { loadById } from "@onedoor/shared/db/write-path";
import { bodyCategories, bodyStatusStep } from "@onedoor/shared/directory/bodies";
import { statusChangeReason } from "@onedoor/shared/directory/status-step";
import { InputProblems, invalidState } from "@onedoor/shared/graphql/errors";
import { validateRegionCode } from "@onedoor/shared/validators/index";
import { CENTRES } from "../domain/centre.js";
import { countyCode } from "../domain/input-rules.js";
import { openCasesOf } from "../db/directory.js";
import { changeCentreStatus, createCentre, LEGAL_AID_CENTRE } from "../db/write.js";
import { LegalAidCentre } from "../entities/centre.js";
import { AddLegalAidCentreInput, ChangeLegalAidCentreStatusInput, LegalAidCentreFilter } from "../entities/inputs.js";
import { assertMayKeepRosterOf } from "./access.js";
import type { LegalAidContext } from "./context.js";

const label = (zh: string, en: string) => ({ zh, en });

@Resolver(() => LegalAidCentre)
export class LegalAidCentreResolver {
  @Authorized<Policy>("signedIn")
  @Query(() => [LegalAidCentre], {
    description:
      "法律援助机构名录: the centres and workstations, by county and name (a handful per county: not paged).",
  })
  legalAidCentres(
    @Arg("filter", () => LegalAidCentreFilter, { nullable: true }) filter: LegalAidCentreFilter | null,
    @Ctx() ctx: LegalAidContext,
  ): Promise<LegalAidCentre[]> {
    return ctx.store.legalAidCentre.findMany({
      where: {
        ...(filter?.regionCode ? { regionCode: filter.regionCode } : {}),
        ...(filter?.statuses?.length ? { status: { in: filter.statuses } } : {}),
      },
      orderBy: [{ regionCode: "asc" }, { kind: "asc" }, { name: "asc" }],
    });
  }

  @Authorized<Policy>("directoryAdministrator")
  @Mutation(() => LegalAidCentre, {
    description: "法律援助机构名录维护: a centre or workstation joins the directory, ACTIVE.",
  })
  async addLegalAidCentre(
    @Arg("input", () => AddLegalAidCentreInput) input: AddLegalAidCentreInput,
    @Ctx() ctx: LegalAidContext,
  ): Promise<LegalAidCentre> {
    const problems = new InputProblems();
    const name = problems.text(["input", "name"], input.name, label("名称", "Name"), 60);
    const region = problems.check(["input", "regionCode"], validateRegionCode(input.regionCode));
    const regionCode = region && problems.check(["input", "regionCode"], countyCode(region));
    const categories = bodyCategories(problems, input.categories);
    problems.throwIfAny();
    assertMayKeepRosterOf(ctx, regionCode!);
    // The registry names a centre by it: each name is the directory's once.
    const taken = await ctx.store.legalAidCentre.findUnique({ where: { name } });
    if (taken)
      throw invalidState(`The legal aid centre ${name} is already in the directory`, `法律援助机构${name}已在名录中`, {
        reason: "CENTRE_ALREADY_IN_DIRECTORY",
      });
    return createCentre(
      ctx,
      {
        name,
        kind: input.kind,
        regionCode: regionCode!,
        categories,
        // Named categories limit what it takes; a centre named with none takes any matter, as a county's does.
        coversAllCategories: categories.length === 0,
      },
      { action: "addLegalAidCentre", input },
    );
  }

  @Authorized<Policy>("directoryAdministrator")
  @Mutation(() => LegalAidCentre, {
    description:
      "暂停、恢复或退出名录: suspends, reinstates or retires a centre or workstation, with the reason. A suspended or " +
      "retired one receives no new application and the registry stops sending it disputes; one with open cases " +
      "does not retire, and retiring is for good.",
  })
  async changeLegalAidCentreStatus(
    @Arg("input", () => ChangeLegalAidCentreStatusInput) input: ChangeLegalAidCentreStatusInput,
    @Ctx() ctx: LegalAidContext,
  ): Promise<LegalAidCentre> {
    const reason = statusChangeReason(input);
    const centre = await loadById(LEGAL_AID_CENTRE, input.centreId, (id) => ctx.loaders.centreById.load(id));
    assertMayKeepRosterOf(ctx, centre.regionCode);
    return changeCentreStatus(
      ctx,
      bodyStatusStep(CENTRES, { id: centre.id, input, reason, action: "changeLegalAidCentreStatus" }, (id) =>
        openCasesOf(ctx.store, id),
      ),
    );
  }
}
