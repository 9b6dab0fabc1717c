import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { DisputeStub } from "@onedoor/shared/federation/dispute-stub";
import { LegalAidCase } from "../entities/legal-aid-case.js";
import { LegalConsultation } from "../entities/consultation.js";
import type { CaseRow } from "./mapping.js";
import type { LegalConsultation as ConsultationRow } from "../generated/prisma/client.js";
import type { LegalAidContext } from "./context.js";

/** This department's records on the registry's dispute. */
@Resolver(() => DisputeStub)
export class DisputeResolver {
  @FieldResolver(() => [LegalAidCase], { nullable: true, description: "法律援助案件 of this dispute, oldest first." })
  legalAidCases(@Root() dispute: DisputeStub, @Ctx() ctx: LegalAidContext): Promise<CaseRow[]> {
    return ctx.loaders.casesByDispute.load(dispute.code);
  }

  @FieldResolver(() => [LegalConsultation], { nullable: true, description: "法律咨询 about this dispute, oldest first." })
  legalConsultations(@Root() dispute: DisputeStub, @Ctx() ctx: LegalAidContext): Promise<ConsultationRow[]> {
    return ctx.loaders.consultationsByDispute.load(dispute.code);
  }
}
