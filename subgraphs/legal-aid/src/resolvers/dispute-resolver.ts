import { Args, Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { visibleTo } from "@onedoor/shared/auth/access";
import { visibilityOf } from "@onedoor/shared/auth/policy";
import { pageSize, toConnection, type ConnectionShape } from "@onedoor/shared/graphql/connection";
import { forbidden } from "@onedoor/shared/graphql/errors";
import { DisputeStub, REQUIRES_DISPUTE_PARTIES, withDisputePartyIds } from "@onedoor/shared/federation/dispute-stub";
import { LegalAidCase } from "../entities/legal-aid-case.js";
import { LegalConsultationConnection } from "../entities/consultation.js";
import { LegalAidConsultationSort } from "../entities/enums.js";
import { DisputeLegalConsultationsArgs } from "../entities/inputs.js";
import { consultationPage } from "../db/consultations.js";
import { caseScope, consultationScope, mayReadDisputeRecords } from "../domain/access.js";
import type { CaseRow, ConsultationRow } from "./mapping.js";
import type { LegalAidContext } from "./context.js";

// The registry's party ids of each dispute, so a resident's access follows their party to the dispute. Only ids
// the registry sealed reach these fields (disputeStubReference), never ids a caller wrote into a representation.
withDisputePartyIds();

/** This department's records on the registry's dispute: only those the caller may see. */
@Resolver(() => DisputeStub)
export class DisputeResolver {
  @Directive(REQUIRES_DISPUTE_PARTIES)
  @FieldResolver(() => [LegalAidCase], {
    nullable: true,
    description: "法律援助案件 of this dispute, oldest first; a resident party sees the applications they made.",
  })
  async legalAidCases(@Root() dispute: DisputeStub, @Ctx() ctx: LegalAidContext): Promise<CaseRow[]> {
    if (!mayReadDisputeRecords(ctx.identity, dispute.partyIds))
      throw forbidden("You are not a party to this dispute", "您不是该纠纷的当事人");
    return visibleTo(ctx, await ctx.loaders.casesByDispute.load(dispute.code), caseScope);
  }

  // Nullable: when legal aid is down, the dispute loses this field only.
  @FieldResolver(() => LegalConsultationConnection, {
    nullable: true,
    description:
      "法律咨询 about this dispute, oldest first unless sorted otherwise, keyset-paged (staff and the commander).",
  })
  async legalConsultations(
    @Root() dispute: DisputeStub,
    @Args(() => DisputeLegalConsultationsArgs) { filter, sort, first, after }: DisputeLegalConsultationsArgs,
    @Ctx() ctx: LegalAidContext,
  ): Promise<ConnectionShape<ConsultationRow>> {
    const size = pageSize(first);
    // Every consultation of a dispute is held where the dispute is: one answer for all of them.
    if (visibilityOf(ctx.identity, consultationScope({ disputeCode: dispute.code })) === "none")
      return toConnection([] as ConsultationRow[], size, () => 0);
    return consultationPage(
      ctx,
      { disputeCode: dispute.code, channel: filter?.channel, from: filter?.from, to: filter?.to },
      { after, size, direction: sort === LegalAidConsultationSort.NEWEST_FIRST ? "desc" : "asc" },
    );
  }
}
