import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { DisputeStub } from "@onedoor/shared/federation/dispute-stub";
import { LegalAidCase } from "../entities/legal-aid-case.js";
import type { LegalAidContext } from "./context.js";

/** This department's records on the registry's dispute. */
@Resolver(() => DisputeStub)
export class DisputeResolver {
  @FieldResolver(() => [LegalAidCase], { description: "法律援助案件 of this dispute, oldest first." })
  legalAidCases(@Root() dispute: DisputeStub, @Ctx() ctx: LegalAidContext): Promise<LegalAidCase[]> {
    return ctx.loaders.casesByDispute.load(dispute.code);
  }
}
