import { recordAudit, givenFields } from "@onedoor/shared/audit/audit";
import { randomUUID } from "node:crypto";
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { ClockView, clockView } from "@onedoor/shared/graphql/clock-type";
import { computeClock, CN_HOLIDAY_CALENDAR, STATUTORY_CLOCKS } from "@onedoor/shared/clock/index";
import { badUserInput, InputProblems, invalidState, notFound } from "@onedoor/shared/graphql/errors";
import {
  agreementProblems,
  canonicalAmount,
  checkFollowUp,
  eligibleForJudicialRemedy,
  performanceStatus,
  totalYuan,
  type PerformanceStatus as Performance,
} from "../domain/agreement.js";
import { isUuid } from "../db/paging.js";
import { recordMediationEvent } from "../db/events.js";

import { agreementReachedEvent, performanceRecordedEvent } from "../domain/case-events.js";
import {
  AgreementObligation,
  MediationAgreement,
  PerformanceFollowUp,
  ReachAgreementInput,
  RecordFollowUpInput,
} from "../entities/agreement.js";
import { PerformanceStatus } from "../entities/enums.js";
import { MediationCase } from "../entities/mediation-case.js";
import type { MediationAgreement as AgreementRow } from "../generated/prisma/client.js";
import { actor, changeCase, loadCase, text } from "./case-guard.js";
import type { MediationContext } from "./context.js";
import { agreementReading, caseName, caseOfAgreement, type AgreementView } from "./access.js";
import { currentTime } from "@onedoor/shared/clock/now";

const label = (zh: string, en: string) => ({ zh, en });

async function loadAgreement(ctx: MediationContext, id: string): Promise<AgreementRow> {
  const row = isUuid(id) ? await ctx.loaders.agreementById.load(id) : null;
  if (!row) throw notFound("MediationAgreement", id, "调解协议不存在");
  return row;
}

@Resolver(() => MediationAgreement)
export class MediationAgreementResolver {
  @Authorized<Policy>("signedIn")
  @Query(() => MediationAgreement, {
    nullable: true,
    description:
      "A mediation agreement (调解协议) by id, seen as its case is (see Query.mediationCase): residents are refused here and read it through their dispute.",
  })
  async mediationAgreement(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: MediationContext,
  ): Promise<AgreementRow | null> {
    const row = isUuid(id) ? await ctx.loaders.agreementById.load(id) : null;
    if (row) await agreementReading(ctx, row);
    return row;
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => MediationAgreement, {
    description:
      "达成调解协议: terms, who pays whom how much, performance deadline, every party's signature. Ends the case.",
  })
  async reachMediationAgreement(
    @Arg("input", () => ReachAgreementInput) input: ReachAgreementInput,
    @Ctx() ctx: MediationContext,
  ) {
    const problems = new InputProblems();
    const terms = text(problems, ["input", "terms"], input.terms, label("协议内容", "Terms"), 10000, true);
    const signatories = input.signatories.map((s, i) =>
      text(problems, ["input", "signatories", i], s, label("签名当事人", "Signatory"), 60),
    );
    const obligations = input.obligations.map((o, i) => ({
      payer: text(problems, ["input", "obligations", i, "payer"], o.payer, label("付款方", "Payer"), 60),
      payee: text(problems, ["input", "obligations", i, "payee"], o.payee, label("收款方", "Payee"), 60),
      amount: o.amount,
      description: text(
        problems,
        ["input", "obligations", i, "description"],
        o.description,
        label("款项说明", "Description"),
        200,
      ),
    }));
    const signedAt = input.signedAt ?? currentTime();
    for (const p of agreementProblems({
      signatories,
      signedAt,
      performanceDeadline: input.performanceDeadline,
      obligations,
    })) {
      problems.add(["input", ...p.field], "FORMAT", p.messageZh, p.messageEn);
    }
    problems.throwIfAny();
    const current = await loadCase(ctx, input.caseId);
    if (signedAt < current.acceptedAt || signedAt.getTime() > currentTime().getTime() + 5 * 60_000) {
      throw badUserInput([
        {
          field: ["input", "signedAt"],
          reason: "FORMAT",
          messageZh: "签订时间须在受理之后且不晚于当前时间",
          messageEn: "Signing must fall between acceptance and now",
        },
      ]);
    }
    const agreementId = randomUUID();
    const amounts = obligations.map((o) => canonicalAmount(o.amount));
    await changeCase(ctx, {
      caseId: input.caseId,
      expectedVersion: input.expectedVersion,
      action: "REACH_AGREEMENT",
      audit: { mutation: "reachMediationAgreement", input, entity: "MediationAgreement", entityId: agreementId },
      // The clock stops when the parties sign.
      caseData: () => ({ closedAt: signedAt, closedBy: actor(ctx) }),
      write: async (tx, row) => {
        await tx.mediationAgreement.create({
          data: {
            id: agreementId,
            caseId: row.id,
            terms,
            performanceDeadline: input.performanceDeadline,
            signedAt,
            signatories,
            recordedBy: actor(ctx),
            obligations: { create: obligations.map((o, position) => ({ ...o, position, amount: amounts[position]! })) },
          },
        });
      },
      event: ({ committee, updated }) =>
        agreementReachedEvent(committee, {
          id: agreementId,
          caseId: updated.id,
          signedAt,
          performanceDeadline: input.performanceDeadline,
          totalAmount: totalYuan(amounts),
        }),
    });
    return ctx.store.mediationAgreement.findUniqueOrThrow({ where: { id: agreementId } });
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => MediationAgreement, { description: "回访: record whether the agreement was performed." })
  async recordPerformanceFollowUp(
    @Arg("input", () => RecordFollowUpInput) input: RecordFollowUpInput,
    @Ctx() ctx: MediationContext,
  ) {
    const problems = new InputProblems();
    const notes = text(problems, ["input", "notes"], input.notes, label("回访情况", "Notes"), 2000, true);
    problems.throwIfAny();
    const agreement = await loadAgreement(ctx, input.agreementId);
    const at = input.at ?? currentTime();
    const current = performanceStatus(
      await ctx.store.performanceFollowUp.findMany({ where: { agreementId: agreement.id } }),
    );
    const check = checkFollowUp(current, agreement.signedAt, at);
    if (!check.ok) throw invalidState(check.messageEn, check.messageZh, { performance: current });
    const mediationCase = (await ctx.loaders.caseById.load(agreement.caseId))!;
    await ctx.store.$transaction(async (tx) => {
      await tx.performanceFollowUp.create({
        data: { agreementId: agreement.id, status: input.status, notes, at, recordedBy: actor(ctx) },
      });
      const target = { disputeCode: mediationCase.disputeCode, caseId: mediationCase.id, status: mediationCase.status };
      await recordMediationEvent(tx, target, performanceRecordedEvent(agreement, input.status, at));
      await recordAudit(tx, ctx, {
        action: "recordPerformanceFollowUp",
        entity: "MediationAgreement",
        entityId: agreement.id,
        fields: givenFields(input),
      });
    });
    ctx.log.info(
      { agreementId: agreement.id, performance: input.status, by: actor(ctx) },
      "performance follow-up recorded",
    );
    return agreement;
  }

  @FieldResolver(() => String, { nullable: true, description: "协议内容; null for summary readers" })
  async terms(@Root() row: AgreementView, @Ctx() ctx: MediationContext): Promise<string | null> {
    return (await agreementReading(ctx, row)).narratives ? row.terms : null;
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

  @FieldResolver(() => String, { description: "Sum of all obligations, yuan" })
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
  async performanceStatus(@Root() row: AgreementRow, @Ctx() ctx: MediationContext): Promise<Performance> {
    return performanceStatus(await ctx.loaders.followUpsByAgreement.load(row.id));
  }

  @FieldResolver(() => Boolean, {
    description:
      "Not performed (or partly, past the deadline): a party may apply for judicial confirmation (司法确认) or enforcement (强制执行)",
  })
  async eligibleForJudicialRemedy(@Root() row: AgreementRow, @Ctx() ctx: MediationContext): Promise<boolean> {
    return eligibleForJudicialRemedy(
      performanceStatus(await ctx.loaders.followUpsByAgreement.load(row.id)),
      row.performanceDeadline,
      currentTime(),
    );
  }

  @FieldResolver(() => ClockView, { description: "司法确认申请期限: parties apply jointly within 30 days of signing" })
  judicialConfirmationClock(@Root() row: AgreementRow): ClockView {
    const spec = STATUTORY_CLOCKS.clocks.judicialConfirmationApplication;
    const status = computeClock(
      spec,
      { startedAt: row.signedAt, pauses: [], extensions: [] },
      currentTime(),
      CN_HOLIDAY_CALENDAR,
    );
    return clockView(spec.kind, row.signedAt, status);
  }
}

/** `_entities` lookups (the court's 司法确认 refers to agreements) obey the same record check as `mediationAgreement(id)`. */
export const mediationAgreementReference = {
  __resolveReference: async (reference: { id: string }, ctx: MediationContext): Promise<AgreementRow | null> => {
    const row = isUuid(reference.id) ? await ctx.loaders.agreementById.load(reference.id) : null;
    if (row) await agreementReading(ctx, row);
    return row;
  },
};
