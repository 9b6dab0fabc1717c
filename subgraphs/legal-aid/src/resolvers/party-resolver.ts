import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { visibleTo } from "@onedoor/shared/auth/access";
import { PartyStub } from "@onedoor/shared/federation/party-stub";
import { pageSize, toConnection } from "@onedoor/shared/graphql/connection";
import { partyCasePage } from "../db/cases.js";
import { isoSort } from "../db/paging.js";
import { LegalAidCaseSort } from "../entities/enums.js";
import { LegalAidPartyCaseFilter } from "../entities/inputs.js";
import { LegalAidCaseConnection } from "../entities/legal-aid-case.js";
import { caseScope } from "../domain/access.js";
import type { LegalAidContext } from "./context.js";

/** This department's records of the registry's party. */
@Resolver(() => PartyStub)
export class PartyResolver {
  // Nullable: when legal aid is down, the party loses this field only.
  @FieldResolver(() => LegalAidCaseConnection, {
    nullable: true,
    description:
      "法律援助案件 the party applied for, newest application first unless sorted otherwise; only those the caller may see.",
  })
  async legalAidCases(
    @Root() party: PartyStub,
    @Arg("sort", () => LegalAidCaseSort, {
      nullable: true,
      defaultValue: LegalAidCaseSort.NEWEST_APPLIED,
      description: "Newest application first when absent",
    })
    sort: LegalAidCaseSort,
    @Arg("filter", () => LegalAidPartyCaseFilter, { nullable: true }) filter: LegalAidPartyCaseFilter | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: LegalAidContext,
  ): Promise<LegalAidCaseConnection> {
    const size = pageSize(first);
    const direction = sort === LegalAidCaseSort.OLDEST_APPLIED ? "asc" : "desc";
    const { rows, count } = await partyCasePage(
      ctx,
      party.id,
      filter ?? {},
      { after, size, direction },
      async (batch) => visibleTo(ctx, batch, caseScope),
    );
    return toConnection(rows, size, (row) => isoSort(row.appliedAt), {
      hasPreviousPage: Boolean(after),
      count,
    }) as LegalAidCaseConnection;
  }
}
