import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from "type-graphql";
import {
  PartyStub,
  partyWithDisputesReference,
  REQUIRES_PARTY_DISPUTE_NAMES,
  withPartyDisputeCodes,
  withPartyDisputePartyNames,
  type PartyWithDisputes,
} from "@onedoor/shared/federation/party-stub";
import { pageSize, toConnection } from "@onedoor/shared/graphql/connection";
import { partyCasePage } from "../db/case-queries.js";
import { MediationCaseSort } from "../entities/enums.js";
import { MediationPartyCaseFilter } from "../entities/inputs.js";
import { MediationCaseConnection } from "../entities/mediation-case.js";
import { visibleCases, type CaseView } from "./access.js";
import type { MediationContext } from "./context.js";

// Mediation keeps no party rows: a party's mediation cases are those of the party's disputes, whose
// codes the registry gives through `@requires`, sealed to the party: codes a caller wrote into a
// representation are dropped by the reference resolver.
withPartyDisputeCodes();
// And the party names of each of those disputes, so the names on a case are masked as through its dispute.
withPartyDisputePartyNames();

/** This department's records of a registry party (当事人). */
@Resolver(() => PartyStub)
export class PartyResolver {
  @Directive(REQUIRES_PARTY_DISPUTE_NAMES)
  @FieldResolver(() => MediationCaseConnection, {
    nullable: true,
    description:
      "调解案件 of the party's disputes, newest accepted first unless sorted otherwise: the ones the caller may see (the party themself, staff; a summary for other departments' staff).",
  })
  async mediationCases(
    @Root() party: PartyWithDisputes,
    @Arg("sort", () => MediationCaseSort, {
      nullable: true,
      defaultValue: MediationCaseSort.NEWEST_ACCEPTED,
      description: "Newest accepted first when absent",
    })
    sort: MediationCaseSort,
    @Arg("filter", () => MediationPartyCaseFilter, { nullable: true }) filter: MediationPartyCaseFilter | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: MediationContext,
  ) {
    const size = pageSize(first);
    const direction = sort === MediationCaseSort.OLDEST_ACCEPTED ? "asc" : "desc";
    // The registry sealed these codes as the party's disputes: the party is a party of each. Each case gets the
    // names of its own dispute only.
    const { rows, count } = await partyCasePage(
      ctx,
      party.disputeCodes ?? [],
      filter ?? {},
      { after, size, direction },
      (batch) =>
        visibleCases(ctx, batch, (row) => {
          const partyNames = party.disputePartyNames?.get(row.disputeCode);
          return { partyIds: [party.id], ...(partyNames ? { partyNames } : {}) };
        }),
    );
    return toConnection<CaseView>(rows, size, (r) => r.acceptedAt.toISOString(), {
      hasPreviousPage: Boolean(after),
      count,
    });
  }
}

/** Keeps the representation's `disputeCodes` and `disputePartyNames` only when the registry's seal over each verifies. */
export const partyReference = partyWithDisputesReference;
