import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from "type-graphql";
import { PartyStub } from "@onedoor/shared/federation/party-stub";
import { pageSize, toConnection } from "@onedoor/shared/graphql/connection";
import { partyCasePage } from "../db/queues.js";
import { ArbitrationCase, ArbitrationCaseConnection } from "../entities/arbitration-case.js";
import { ArbitrationCaseSort, caseSortDirection } from "../entities/enums.js";
import { ArbitrationPartyCaseFilter } from "../entities/inputs.js";
import type { ArbitrationContext } from "./context.js";
import { visibleCases } from "./access.js";

/** This department's records of a party (当事人) of the center. */
@Resolver(() => PartyStub)
export class PartyResolver {
  // Nullable: when arbitration is down, the party loses this field only.
  @FieldResolver(() => ArbitrationCaseConnection, {
    nullable: true,
    description:
      "仲裁案件 in which the party is an applicant or the respondent, newest received first unless sorted otherwise: those the caller may see (other departments' staff: a summary; anyone else's cases are left out).",
  })
  async arbitrationCases(
    @Root() party: PartyStub,
    @Arg("sort", () => ArbitrationCaseSort, {
      nullable: true,
      defaultValue: ArbitrationCaseSort.NEWEST_RECEIVED,
      description: "Newest received first when absent",
    })
    sort: ArbitrationCaseSort,
    @Arg("filter", () => ArbitrationPartyCaseFilter, { nullable: true }) filter: ArbitrationPartyCaseFilter | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: ArbitrationContext,
  ): Promise<ArbitrationCaseConnection> {
    const size = pageSize(first);
    const direction = caseSortDirection(sort);
    // The access module answers each case as the caller reads it; the page keeps the rows it let through.
    const shown = new Map<string, ArbitrationCase>();
    const page = { after, size, direction };
    const { rows, count } = await partyCasePage(ctx.store, party.id, filter ?? {}, page, async (batch) => {
      for (const view of await visibleCases(ctx, batch)) shown.set(view.id, view);
      return batch.filter((row) => shown.has(row.id));
    });
    return toConnection(rows, size, (row) => row.receivedAt.toISOString(), {
      hasPreviousPage: Boolean(after),
      toNode: (row) => shown.get(row.id)!,
      count,
    });
  }
}
