import { Arg, Args, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { entryStatusStep, statusChangeReason } from "@onedoor/shared/directory/status-step";
import { loadById, refused } from "@onedoor/shared/db/write-path";
import { InputProblems } from "@onedoor/shared/graphql/errors";
import { checkUuid } from "@onedoor/shared/graphql/input-bounds";
import { pageSize, type ConnectionShape } from "@onedoor/shared/graphql/connection";
import { validatePhone } from "@onedoor/shared/validators/index";
import { LegalAidProvider, LegalAidProviderConnection } from "../entities/provider.js";
import { LegalAidProviderSort } from "../entities/enums.js";
import { DirectoryStatus } from "@onedoor/shared/graphql/directory-status";
import {
  ChangeLegalAidProviderStatusInput,
  LegalAidProvidersArgs,
  RegisterLegalAidProviderInput,
} from "../entities/inputs.js";
import { licenseNumber, maxOpenCases } from "../domain/input-rules.js";
import { rosterRefusal } from "../domain/centre.js";
import { providerPage } from "../db/providers.js";
import { changeProviderStatus, createProvider, LEGAL_AID_CENTRE, LEGAL_AID_PROVIDER } from "../db/write.js";
import type { ProviderRow } from "./mapping.js";
import { assertMayKeepRosterOf } from "./access.js";
import type { LegalAidContext } from "./context.js";

@Resolver(() => LegalAidProvider)
export class LegalAidProviderResolver {
  @FieldResolver(() => Int, {
    description: "在办案件数: assigned cases not yet closed (the load assignment balances).",
  })
  async openCases(@Root() row: ProviderRow, @Ctx() ctx: LegalAidContext): Promise<number> {
    return (await ctx.loaders.openCasesByProvider.load(row.id))?.openCases ?? 0;
  }

  @FieldResolver(() => Boolean, { deprecationReason: "Use status: only ACTIVE providers are assigned." })
  active(@Root() row: ProviderRow): boolean {
    return row.status === "ACTIVE";
  }

  // The roster is reference data (who may be assigned), not anyone's case.
  @Authorized<Policy>("signedIn")
  @Query(() => LegalAidProviderConnection, {
    description: "承办人员名册, most recently registered first unless sorted otherwise, keyset-paged.",
  })
  async legalAidProviders(
    @Args(() => LegalAidProvidersArgs) { filter, sort, first, after }: LegalAidProvidersArgs,
    @Ctx() ctx: LegalAidContext,
  ): Promise<ConnectionShape<ProviderRow>> {
    const problems = new InputProblems();
    const centreId = filter?.centreId
      ? problems.check(["filter", "centreId"], checkUuid(filter.centreId, { zh: "法律援助机构编号", en: "Centre id" }))
      : undefined;
    problems.throwIfAny();
    return providerPage(
      ctx,
      {
        statuses: filter?.statuses?.length
          ? filter.statuses
          : (filter?.activeOnly ?? true)
            ? [DirectoryStatus.ACTIVE]
            : null,
        specialty: filter?.specialty,
        kind: filter?.kind,
        regionCode: filter?.regionCode,
        centreId,
      },
      { after, size: pageSize(first), direction: sort === LegalAidProviderSort.OLDEST_FIRST ? "asc" : "desc" },
    );
  }

  // The roster has one keeper, the center's directory administrator; officers assign from it.
  @Authorized<Policy>("directoryAdministrator")
  @Mutation(() => LegalAidProvider, {
    description:
      "Adds a lawyer or legal aid worker to the roster of a centre or workstation (the directory administrator's of " +
      "its county); the centre's active providers are its staff, which the registry's dispatch requires.",
  })
  async registerLegalAidProvider(
    @Arg("input", () => RegisterLegalAidProviderInput) input: RegisterLegalAidProviderInput,
    @Ctx() ctx: LegalAidContext,
  ): Promise<ProviderRow> {
    const problems = new InputProblems();
    const name = problems.text(["input", "name"], input.name, { zh: "姓名", en: "Name" }, 50);
    const organisation = problems.text(
      ["input", "organisation"],
      input.organisation,
      { zh: "执业机构", en: "Organisation" },
      100,
    );
    const license = problems.optionalText(
      ["input", "licenseNumber"],
      input.licenseNumber,
      { zh: "执业证号", en: "Licence number" },
      17,
    );
    if (license) problems.check(["input", "licenseNumber"], licenseNumber(license));
    const phone = input.phone ? problems.check(["input", "phone"], validatePhone(input.phone)) : null;
    if (input.specialties.length === 0)
      problems.add(["input", "specialties"], "EMPTY", "请至少选择一个专业领域", "Give at least one specialty");
    const cap = problems.check(["input", "maxOpenCases"], maxOpenCases(input.maxOpenCases));
    problems.throwIfAny();
    const centre = await loadById(LEGAL_AID_CENTRE, input.centreId, (id) => ctx.loaders.centreById.load(id));
    assertMayKeepRosterOf(ctx, centre.regionCode);
    const closed = rosterRefusal(centre);
    if (closed) throw refused(closed, centre.status);
    return createProvider(
      ctx,
      {
        name,
        kind: input.kind,
        organisation,
        licenseNumber: license ?? null,
        phone: phone ?? null,
        centreId: centre.id,
        // The roster's county is its centre's.
        regionCode: centre.regionCode,
        specialties: [...new Set(input.specialties)],
        maxOpenCases: cap!,
      },
      { action: "registerLegalAidProvider", input },
    );
  }

  @Authorized<Policy>("directoryAdministrator")
  @Mutation(() => LegalAidProvider, {
    description:
      "暂停、恢复或退出名录: suspends, reinstates or retires a provider, with the reason. A suspended or retired " +
      "provider keeps the cases already assigned and is assigned no new one; retiring is for good.",
  })
  async changeLegalAidProviderStatus(
    @Arg("input", () => ChangeLegalAidProviderStatusInput) input: ChangeLegalAidProviderStatusInput,
    @Ctx() ctx: LegalAidContext,
  ): Promise<ProviderRow> {
    const reason = statusChangeReason(input);
    const provider = await loadById(LEGAL_AID_PROVIDER, input.providerId, (id) =>
      ctx.loaders.providerById.load(id.toLowerCase()),
    );
    assertMayKeepRosterOf(ctx, provider.regionCode);
    return changeProviderStatus(
      ctx,
      entryStatusStep((name) => ({ zh: `承办人员${name}`, en: name }), {
        id: provider.id,
        input,
        reason,
        action: "changeLegalAidProviderStatus",
      }),
    );
  }
}
