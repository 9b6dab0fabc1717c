import { Arg, Ctx, FieldResolver, ID, Int, Resolver, Root } from "type-graphql";
import { readPersonalData, visibleName } from "@onedoor/shared/auth/access";
import { PartyStub } from "@onedoor/shared/federation/party-stub";
import { pageSize, toConnection } from "@onedoor/shared/graphql/connection";
import { partyCasePage } from "../db/court-case-queries.js";
import { shownIdNumber } from "../domain/access.js";
import { CourtCaseConnection, CourtCaseParty } from "../entities/court-case.js";
import { CourtCaseSort, PartyKind } from "../entities/enums.js";
import { CourtPartyCaseFilter } from "../entities/inputs.js";
import type { LitigationContext } from "./context.js";
import { visibleCases } from "./access.js";

/** A court party as the caller may see it: personal data masked by default, in full only on request and audited. */
@Resolver(() => CourtCaseParty)
export class CourtCasePartyResolver {
  @FieldResolver(() => String, {
    description:
      "Name: in full for the court, the commander and the person themself, 张* for others. An organisation's name is public, except to summary readers.",
  })
  name(@Root() party: CourtCaseParty, @Ctx() ctx: LitigationContext): string {
    if (party.kind === PartyKind.ORGANISATION && !party.summary) return party.fullName;
    return visibleName(ctx, party.owner, party.fullName);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Resident ID masked (330903********401X); an organisation's unified social credit code in full (public). Null for summary readers.",
  })
  idNumber(@Root() party: CourtCaseParty): string | null {
    return party.summary ? null : shownIdNumber(party.kind, party.idNumberValue);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The ID number in full: only for those handling the case and the party themself; every read is audited.",
  })
  idNumberFull(@Root() party: CourtCaseParty, @Ctx() ctx: LitigationContext): Promise<string | null> {
    return readPersonalData(
      ctx,
      ctx.store,
      party.owner,
      party.kind === PartyKind.ORGANISATION ? "creditCode" : "residentId",
      party.idNumberValue,
    );
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: "Internal party id (当事人标识); null without an ID number and for summary readers.",
  })
  partyId(@Root() party: CourtCaseParty): string | null {
    return party.summary ? null : party.partyIdValue;
  }

  @FieldResolver(() => PartyStub, {
    nullable: true,
    description: "The party in the center's registry; null without an ID number and for summary readers.",
  })
  party(@Root() party: CourtCaseParty): PartyStub | null {
    return party.summary || !party.partyIdValue ? null : { id: party.partyIdValue };
  }
}

/** The court's records for a party of the registry. */
@Resolver(() => PartyStub)
export class PartyCourtCasesResolver {
  // Nullable: when litigation is down, the party loses this field only.
  @FieldResolver(() => CourtCaseConnection, {
    nullable: true,
    description:
      "法院案件 where the party appears, newest filing first unless sorted otherwise: those the caller may see.",
  })
  async courtCases(
    @Root() party: PartyStub,
    @Arg("sort", () => CourtCaseSort, {
      nullable: true,
      defaultValue: CourtCaseSort.FILED_AT_DESC,
      description: "Newest filing first when absent",
    })
    sort: CourtCaseSort,
    @Arg("filter", () => CourtPartyCaseFilter, { nullable: true }) filter: CourtPartyCaseFilter | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: LitigationContext,
  ): Promise<CourtCaseConnection> {
    const size = pageSize(first);
    const direction = sort === CourtCaseSort.FILED_AT_ASC ? "asc" : "desc";
    const { rows, count } = await partyCasePage(
      ctx.store,
      party.id,
      filter ?? {},
      { after, size, direction },
      (batch) => visibleCases(ctx, batch),
    );
    return toConnection(rows, size, (row) => row.filedAt.toISOString(), {
      hasPreviousPage: Boolean(after),
      count,
    }) as CourtCaseConnection;
  }
}
