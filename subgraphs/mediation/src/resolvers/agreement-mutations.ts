// Steps of a mediation case about its agreement (调解协议): reaching it, and each follow-up (回访) on its
// performance. Both change the case through the department's write path (db/write.ts): the agreement,
// its obligations and the follow-ups are rows written in the case's step.
import { randomUUID } from "node:crypto";
import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { actorId } from "@onedoor/shared/auth/identity";
import { currentTime } from "@onedoor/shared/clock/now";
import { badUserInput, InputProblems } from "@onedoor/shared/graphql/errors";
import { agreementProblems, canonicalAmount, totalYuan } from "../domain/agreement.js";
import { agreementReachedEvent, performanceRecordedEvent } from "../domain/case-events.js";
import { checkFollowUpStep } from "../domain/case-state.js";
import { addAgreement, addFollowUp, committeeName } from "../db/case-steps.js";
import { agreementPerformance } from "../db/store.js";
import { changeCase } from "../db/write.js";
import { MediationAgreement } from "../entities/agreement.js";
import { ReachMediationAgreementInput, RecordPerformanceFollowUpInput } from "../entities/inputs.js";
import type { MediationAgreement as AgreementRow } from "../generated/prisma/client.js";
import { loadAgreement, loadCase } from "./access.js";
import type { MediationContext } from "./context.js";

const label = (zh: string, en: string) => ({ zh, en });
/** Clocks of client machines run a little fast or slow: "now" from a form may be a few minutes ahead. */
const CLOCK_SKEW_MS = 5 * 60_000;

@Resolver(() => MediationAgreement)
export class MediationAgreementMutations {
  @Authorized<Policy>("departmentStaff")
  @Mutation(() => MediationAgreement, {
    description:
      "达成调解协议: terms, who pays whom how much, performance deadline, every party's signature. Ends the case.",
  })
  async reachMediationAgreement(
    @Arg("input", () => ReachMediationAgreementInput) input: ReachMediationAgreementInput,
    @Ctx() ctx: MediationContext,
  ): Promise<AgreementRow> {
    const problems = new InputProblems();
    const terms = problems.text(["input", "terms"], input.terms, label("协议内容", "Terms"), 10000, {
      multiline: true,
    });
    const signatories = input.signatories.map((s, i) =>
      problems.text(["input", "signatories", i], s, label("签名当事人", "Signatory"), 60),
    );
    const obligations = input.obligations.map((o, i) => ({
      payer: problems.text(["input", "obligations", i, "payer"], o.payer, label("付款方", "Payer"), 60),
      payee: problems.text(["input", "obligations", i, "payee"], o.payee, label("收款方", "Payee"), 60),
      amount: o.amount,
      description: problems.text(
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
    if (signedAt < current.acceptedAt || signedAt.getTime() > currentTime().getTime() + CLOCK_SKEW_MS) {
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
    const amounts = obligations.map((o) => ({ ...o, amount: canonicalAmount(o.amount) }));
    await changeCase(ctx, {
      id: current.id,
      expectedVersion: input.expectedVersion,
      step: "REACH_AGREEMENT",
      // The clock stops when the parties sign.
      columns: () => ({ closedAt: signedAt, closedBy: actorId(ctx.identity) }),
      write: (tx, before) =>
        addAgreement(
          tx,
          {
            id: agreementId,
            caseId: before.id,
            terms,
            performanceDeadline: input.performanceDeadline,
            signedAt,
            signatories,
            recordedBy: actorId(ctx.identity),
          },
          amounts,
        ),
      event: async ({ tx, after }) =>
        agreementReachedEvent(await committeeName(tx, after.committeeId), {
          id: agreementId,
          caseId: after.id,
          signedAt,
          performanceDeadline: input.performanceDeadline,
          totalAmount: totalYuan(amounts.map((o) => o.amount)),
        }),
      audit: { action: "reachMediationAgreement", input, entity: "MediationAgreement", entityId: agreementId },
    });
    return loadAgreement(ctx, agreementId);
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => MediationAgreement, { description: "回访: record whether the agreement was performed." })
  async recordPerformanceFollowUp(
    @Arg("input", () => RecordPerformanceFollowUpInput) input: RecordPerformanceFollowUpInput,
    @Ctx() ctx: MediationContext,
  ): Promise<AgreementRow> {
    const problems = new InputProblems();
    const notes = problems.text(["input", "notes"], input.notes, label("回访情况", "Notes"), 2000, { multiline: true });
    problems.throwIfAny();
    const agreement = await loadAgreement(ctx, input.agreementId);
    const at = input.at ?? currentTime();
    // Read fresh: the committee's follow-ups and the court's record, not what this request loaded before.
    ctx.loaders.followUpsByAgreement.clear(agreement.id);
    const performance = await agreementPerformance(ctx.loaders, agreement.id);
    await changeCase(ctx, {
      id: agreement.caseId,
      expectedVersion: input.expectedVersion,
      step: (row) => checkFollowUpStep(row.status, performance, agreement.signedAt, at),
      write: (tx) =>
        addFollowUp(tx, {
          agreementId: agreement.id,
          status: input.status,
          notes,
          at,
          recordedBy: actorId(ctx.identity),
        }),
      event: () => performanceRecordedEvent(agreement, input.status, at),
      audit: { action: "recordPerformanceFollowUp", input, entity: "MediationAgreement", entityId: agreement.id },
    });
    ctx.loaders.followUpsByAgreement.clear(agreement.id);
    return agreement;
  }
}
