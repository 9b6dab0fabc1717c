import { givenFields } from "@onedoor/shared/audit/audit";
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { InputProblems } from "@onedoor/shared/graphql/errors";
import { afterCursorDesc, pageSize, toConnection, type ConnectionShape } from "@onedoor/shared/graphql/connection";
import { validatePhone, validateRegionCode } from "@onedoor/shared/validators/index";
import {
  LegalAidProvider,
  LegalAidProviderConnection,
  LegalAidProviderFilter,
  RegisterLegalAidProviderInput,
} from "../entities/provider.js";
import type { Prisma } from "../generated/prisma/client.js";
import { checkIntRange, checkOptionalText, checkText } from "./input-checks.js";
import { isoSort, parseIsoSort, type ProviderRow } from "./mapping.js";

import { insertProvider } from "../db/cases.js";
import type { LegalAidContext } from "./context.js";

/** 执业证号: 17 digits (lawyers' and grassroots legal workers' licence numbers). */
const LICENSE_NUMBER = /^\d{17}$/;

@Resolver(() => LegalAidProvider)
export class LegalAidProviderResolver {
  @FieldResolver(() => Int, {
    description: "在办案件数: assigned cases not yet closed (the load assignment balances).",
  })
  async openCases(@Root() row: ProviderRow, @Ctx() ctx: LegalAidContext): Promise<number> {
    return (await ctx.loaders.openCasesByProvider.load(row.id))?.openCases ?? 0;
  }

  // The roster is reference data (who may be assigned), not anyone's case.
  @Authorized<Policy>("signedIn")
  @Query(() => LegalAidProviderConnection, { description: "承办人员名册, most recently registered first." })
  async legalAidProviders(
    @Ctx() ctx: LegalAidContext,
    @Arg("filter", () => LegalAidProviderFilter, { nullable: true })
    filter: LegalAidProviderFilter | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ): Promise<ConnectionShape<ProviderRow>> {
    const size = pageSize(first);
    const where: Prisma.LegalAidProviderWhereInput[] = [afterCursorDesc("createdAt", after, parseIsoSort)];
    if (filter?.activeOnly ?? true) where.push({ active: true });
    if (filter?.specialty) where.push({ specialties: { has: filter.specialty } });
    if (filter?.kind) where.push({ kind: filter.kind });
    if (filter?.regionCode) where.push({ regionCode: filter.regionCode });
    const rows = await ctx.store.legalAidProvider.findMany({
      where: { AND: where },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: size + 1,
    });
    return toConnection(rows, size, (r) => isoSort(r.createdAt));
  }

  @Authorized<Policy>("legalAidOfficer")
  @Mutation(() => LegalAidProvider, { description: "Adds a lawyer or legal aid worker to the roster." })
  async registerLegalAidProvider(
    @Arg("input", () => RegisterLegalAidProviderInput) input: RegisterLegalAidProviderInput,
    @Ctx() ctx: LegalAidContext,
  ): Promise<ProviderRow> {
    const problems = new InputProblems();
    const name = checkText(problems, ["input", "name"], input.name, "姓名", "Name", 50);
    const organisation = checkText(
      problems,
      ["input", "organisation"],
      input.organisation,
      "执业机构",
      "Organisation",
      100,
    );
    const licenseNumber = checkOptionalText(
      problems,
      ["input", "licenseNumber"],
      input.licenseNumber,
      "执业证号",
      "Licence number",
      17,
    );
    if (licenseNumber && !LICENSE_NUMBER.test(licenseNumber)) {
      problems.add(["input", "licenseNumber"], "FORMAT", "执业证号应为17位数字", "A licence number has 17 digits");
    }
    const phone = input.phone ? problems.check(["input", "phone"], validatePhone(input.phone)) : null;
    if (input.specialties.length === 0)
      problems.add(["input", "specialties"], "EMPTY", "请至少选择一个专业领域", "Give at least one specialty");
    const regionCode = problems.check(["input", "regionCode"], validateRegionCode(input.regionCode));
    if (regionCode && regionCode.length !== 6)
      problems.add(["input", "regionCode"], "FORMAT", "请填写6位县级行政区划代码", "Give the 6-digit county code");
    const maxOpenCases = checkIntRange(problems, ["input", "maxOpenCases"], input.maxOpenCases, 1, 100, "在办案件上限");
    problems.throwIfAny();
    return insertProvider(
      ctx.store,
      { by: ctx, action: "registerLegalAidProvider", fields: givenFields(input, { nested: true }) },
      {
        name: name!,
        kind: input.kind,
        organisation: organisation!,
        licenseNumber,
        phone: phone ?? null,
        regionCode: regionCode!,
        specialties: [...new Set(input.specialties)],
        maxOpenCases: maxOpenCases!,
      },
    );
  }
}
