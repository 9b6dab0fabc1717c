// Mediation agreements (调解协议) read: by id, and every field a caller may see of one.
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { computeClock, CN_HOLIDAY_CALENDAR, STATUTORY_CLOCKS } from "@onedoor/shared/clock/index";
import { currentTime } from "@onedoor/shared/clock/now";
import { ClockView, clockView } from "@onedoor/shared/graphql/clock-type";
import { MoneyScalar } from "@onedoor/shared/graphql/scalars";
import { eligibleForJudicialRemedy, totalYuan } from "../domain/agreement.js";
import { agreementPerformance } from "../db/store.js";
import { AgreementObligation, MediationAgreement, PerformanceFollowUp } from "../entities/agreement.js";
import { PerformanceStatus } from "../entities/enums.js";
import { MediationCase } from "../entities/mediation-case.js";
import type { MediationAgreement as AgreementRow } from "../generated/prisma/client.js";
import {
  agreementReading,
  caseName,
  caseOfAgreement,
  caseText,
  visibleAgreement,
  type AgreementView,
} from "./access.js";
import type { MediationContext } from "./context.js";

@Resolver(() => MediationAgreement)
export class MediationAgreementResolver {
  @Authorized<Policy>("signedIn")
  @Query(() => MediationAgreement, {
    nullable: true,
    description:
      "A mediation agreement (调解协议) by id, seen as its case is (see Query.mediationCase): residents are refused here and read it through their dispute.",
  })
  mediationAgreement(@Arg("id", () => ID) id: string, @Ctx() ctx: MediationContext): Promise<AgreementRow | null> {
    return visibleAgreement(ctx, id);
  }

  @FieldResolver(() => String, { nullable: true, description: "协议内容; null for summary readers" })
  async terms(@Root() row: AgreementView, @Ctx() ctx: MediationContext): Promise<string | null> {
    if (!(await agreementReading(ctx, row)).narratives) return null;
    return caseText(ctx, await caseOfAgreement(ctx, row), "MediationAgreement", row.terms);
  }

  @FieldResolver(() => [String], {
    description: "Parties who signed (当事人签名); masked (张*) except for the committee's staff",
  })
  async signatories(@Root() row: AgreementView, @Ctx() ctx: MediationContext): Promise<string[]> {
    const mediationCase = await caseOfAgreement(ctx, row);
    await agreementReading(ctx, row);
    return row.signatories.map((name) => caseName(ctx, mediationCase, "MediationAgreement", name));
  }

  @FieldResolver(() => String, { nullable: true, description: "Staff user id; null for residents and summary readers" })
  async recordedBy(@Root() row: AgreementView, @Ctx() ctx: MediationContext): Promise<string | null> {
    return (await agreementReading(ctx, row)).staffDetails ? row.recordedBy : null;
  }

  @FieldResolver(() => MediationCase)
  case(@Root() row: AgreementView, @Ctx() ctx: MediationContext) {
    return caseOfAgreement(ctx, row);
  }

  @FieldResolver(() => [AgreementObligation], {
    description: "Who pays whom how much; summary readers see the amounts only",
  })
  async obligations(@Root() row: AgreementView, @Ctx() ctx: MediationContext): Promise<AgreementObligation[]> {
    const mediationCase = await caseOfAgreement(ctx, row);
    const reading = await agreementReading(ctx, row);
    return (await ctx.loaders.obligationsByAgreement.load(row.id)).map((o) => ({
      id: o.id,
      payer: caseName(ctx, mediationCase, "AgreementObligation", o.payer),
      payee: caseName(ctx, mediationCase, "AgreementObligation", o.payee),
      amount: o.amount.toFixed(2),
      description: reading.narratives ? o.description : null,
    }));
  }

  @FieldResolver(() => MoneyScalar, { description: "Sum of all obligations" })
  async totalAmount(@Root() row: AgreementRow, @Ctx() ctx: MediationContext): Promise<string> {
    return totalYuan((await ctx.loaders.obligationsByAgreement.load(row.id)).map((o) => o.amount.toFixed(2)));
  }

  @FieldResolver(() => [PerformanceFollowUp], { description: "回访 records, oldest first" })
  async followUps(@Root() row: AgreementView, @Ctx() ctx: MediationContext) {
    const reading = await agreementReading(ctx, row);
    return (await ctx.loaders.followUpsByAgreement.load(row.id)).map((f) => ({
      ...f,
      notes: reading.narratives ? f.notes : null,
      recordedBy: reading.staffDetails ? f.recordedBy : null,
    }));
  }

  @FieldResolver(() => PerformanceStatus, { description: "履行情况 from the latest follow-up (DUE before any)" })
  async performanceStatus(@Root() row: AgreementRow, @Ctx() ctx: MediationContext): Promise<PerformanceStatus> {
    return agreementPerformance(ctx.loaders, row.id);
  }

  @FieldResolver(() => Boolean, {
    description:
      "Not performed (or partly, past the deadline): a party may apply for judicial confirmation (司法确认) or enforcement (强制执行)",
  })
  async eligibleForJudicialRemedy(@Root() row: AgreementRow, @Ctx() ctx: MediationContext): Promise<boolean> {
    return eligibleForJudicialRemedy(
      await agreementPerformance(ctx.loaders, row.id),
      row.performanceDeadline,
      currentTime(),
    );
  }

  @FieldResolver(() => ClockView, {
    description:
      "司法确认申请期限: parties apply jointly within 30 days of signing; stopped by their application to the court",
  })
  async judicialConfirmationClock(@Root() row: AgreementRow, @Ctx() ctx: MediationContext): Promise<ClockView> {
    const spec = STATUTORY_CLOCKS.clocks.judicialConfirmationApplication;
    const applied = await ctx.loaders.confirmationAppliedByAgreement.load(row.id);
    const status = computeClock(
      spec,
      { startedAt: row.signedAt, pauses: [], extensions: [], stoppedAt: applied?.occurredAt },
      currentTime(),
      CN_HOLIDAY_CALENDAR,
    );
    return clockView(spec.kind, row.signedAt, status);
  }
}

/** `_entities` lookups (the court's 司法确认 refers to agreements) obey the same record check as `mediationAgreement(id)`. */
export const mediationAgreementReference = {
  __resolveReference: (reference: { id: string }, ctx: MediationContext): Promise<AgreementRow | null> =>
    visibleAgreement(ctx, reference.id),
};
