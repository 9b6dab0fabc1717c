import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { recordAudit, givenFields } from "@onedoor/shared/audit/audit";
import { badUserInput, conflict, InputProblems, invalidState } from "@onedoor/shared/graphql/errors";
import { Dispute } from "../entities/dispute.js";
import { ConsultationInput, FollowUpInput, RegisterDisputeInput, VisitInput } from "../entities/inputs.js";
import { Department, Satisfaction } from "../entities/enums.js";
import { registerDispute } from "../db/registry.js";
import { checkIdempotencyKey, checkRegistration, registrationHash, type RoutingFlag } from "../domain/registration.js";
import {
  canClose,
  canDispatch,
  canEvaluate,
  canFollowUp,
  canMerge,
  canRecordConsultation,
  canRecordVisit,
  type DisputeStatus,
  type LifecycleFacts,
  type Refusal,
} from "../domain/lifecycle.js";
import { bodyName, DEFAULT_BODIES, route } from "../domain/routing.js";
import type { Dispute as DisputeRow } from "../generated/prisma/client.js";
import type { PetitionsContext } from "./context.js";
import { actorOf, checkTexts, disputeForUpdate } from "./lookup.js";
import { assertDisputeVisible } from "./access.js";
import { recordRegistryStep } from "../db/timeline.js";
import { currentTime } from "@onedoor/shared/clock/now";

const SATISFACTION_LABEL: Record<Satisfaction, string> = {
  SATISFIED: "满意",
  BASICALLY_SATISFIED: "基本满意",
  DISSATISFIED: "不满意",
};

const OPEN: DisputeStatus[] = ["REGISTERED", "DISPATCHED", "IN_PROGRESS"];
const NAME = { min: 1, max: 100 };
const NOTE = { min: 1, max: 2000, multiline: true };

function refuseIf(refusal: Refusal | undefined): void {
  if (refusal) throw invalidState(refusal.messageEn, refusal.messageZh, { reason: refusal.code });
}

async function facts(ctx: PetitionsContext, d: DisputeRow): Promise<LifecycleFacts> {
  const consultations = d.major ? await ctx.store.consultation.count({ where: { disputeId: d.id } }) : 0;
  return {
    status: d.status as DisputeStatus,
    major: d.major,
    consultations,
    registeredAt: d.registeredAt,
    evaluatedAt: d.evaluatedAt,
  };
}

/** A conditional update lost a race with another request that changed the dispute first. */
const changedMeanwhile = () =>
  invalidState("The dispute changed meanwhile; reload and try again", "该纠纷状态已变化，请刷新后重试", {
    reason: "CHANGED",
  });

@Resolver(() => Dispute)
export class IntakeResolver {
  @Authorized<Policy>("intakeClerk")
  @Mutation(() => Dispute, {
    description: "Registers a matter at the one window (一窗受理, 登记赋码) and gives it a 解纷码.",
  })
  async registerDispute(
    @Arg("input", () => RegisterDisputeInput) input: RegisterDisputeInput,
    @Ctx() ctx: PetitionsContext,
  ): Promise<Dispute> {
    const now = currentTime();
    const checked = checkRegistration(input, now);
    const keyProblem = checkIdempotencyKey(input.idempotencyKey);
    const problems = [...(checked.ok ? [] : checked.problems), ...(keyProblem ? [keyProblem] : [])];
    if (!checked.ok || problems.length > 0) throw badUserInput(problems);

    const outcome = await registerDispute(ctx.store, checked.value, {
      idempotencyKey: input.idempotencyKey ?? null,
      inputHash: registrationHash(checked.value),
      by: ctx,
      fields: givenFields(input),
      now,
    });
    if (outcome.kind === "conflict") {
      throw conflict(
        "This idempotency key was already used for a different registration",
        "该幂等键已用于内容不同的登记，请勿重复使用",
        { field: ["input", "idempotencyKey"] },
      );
    }
    ctx.log.info({ disputeCode: outcome.dispute.code, outcome: outcome.kind }, "dispute registered");
    return outcome.dispute;
  }

  @Authorized<Policy>("intakeClerk", "commander")
  @Mutation(() => Dispute, {
    description: "会商研判 (3+X) on a dispute; required before a major dispute is dispatched.",
  })
  async recordConsultation(
    @Arg("code", () => ID) code: string,
    @Arg("input", () => ConsultationInput) input: ConsultationInput,
    @Ctx() ctx: PetitionsContext,
  ): Promise<Dispute> {
    const dispute = await disputeForUpdate(ctx, code);
    const t = checkTexts({
      judge: { value: input.judge, rules: { field: { zh: "法官", en: "Judge" }, ...NAME }, path: ["input", "judge"] },
      chiefMediator: {
        value: input.chiefMediator,
        rules: { field: { zh: "首席调解员", en: "Chief mediator" }, ...NAME },
        path: ["input", "chiefMediator"],
      },
      legalAidLawyer: {
        value: input.legalAidLawyer,
        rules: { field: { zh: "法律援助律师", en: "Legal-aid lawyer" }, ...NAME },
        path: ["input", "legalAidLawyer"],
      },
      conclusion: {
        value: input.conclusion,
        rules: { field: { zh: "研判结论", en: "Conclusion" }, ...NOTE },
        path: ["input", "conclusion"],
      },
    });
    const departments = this.names(
      input.departments,
      ["input", "departments"],
      { zh: "参与部门", en: "Department" },
      1,
    );
    refuseIf(canRecordConsultation(await facts(ctx, dispute)));
    const heldAt = input.heldAt ?? currentTime();
    await ctx.store.$transaction(async (tx) => {
      await tx.consultation.create({
        data: {
          disputeId: dispute.id,
          heldAt,
          judge: t.judge!,
          chiefMediator: t.chiefMediator!,
          legalAidLawyer: t.legalAidLawyer!,
          departments,
          conclusion: t.conclusion!,
          recordedBy: actorOf(ctx),
        },
      });
      await recordRegistryStep(tx, {
        disputeCode: dispute.code,
        type: "CONSULTATION_HELD",
        summary: `召开会商研判（3+X），${departments.length}个部门参加`,
        occurredAt: heldAt,
      });
      await recordAudit(tx, ctx, {
        action: "recordConsultation",
        entity: "Dispute",
        entityId: dispute.code,
        fields: givenFields(input),
      });
    });
    return dispute;
  }

  @Authorized<Policy>("intakeClerk", "commander")
  @Mutation(() => Dispute, {
    description:
      "派单: the clerk confirms the routing rules' suggestion or overrides it (with a reason). Re-dispatch keeps the history.",
  })
  async dispatchDispute(
    @Arg("code", () => ID) code: string,
    @Arg("to", () => Department) to: Department,
    @Arg("body", () => String, {
      nullable: true,
      description: "Handling body; the rule's or the department's default when omitted.",
    })
    body: string | null,
    @Arg("coHandlers", () => [String], {
      nullable: true,
      description: "Co-handling bodies (协办单位).",
    })
    coHandlers: string[] | null,
    @Arg("reason", () => String, {
      nullable: true,
      description: "Required when overriding the rules.",
    })
    reason: string | null,
    @Ctx() ctx: PetitionsContext,
  ): Promise<Dispute> {
    const dispute = await disputeForUpdate(ctx, code);
    const suggestion = route({
      category: dispute.category,
      amountYuan: dispute.amountInvolved ? dispute.amountInvolved.toNumber() : null,
      regionCode: dispute.regionCode,
      flags: dispute.flags as RoutingFlag[],
    });
    const overridden = to !== suggestion.department;
    const t = checkTexts({
      body: { value: body, rules: { field: { zh: "承办单位", en: "Handling body" }, ...NAME } },
      // Overriding the rules needs a reason on record; confirming them does not.
      reason: {
        value: reason,
        rules: { field: { zh: "改派理由", en: "Reason" }, min: overridden ? 1 : 0, max: 2000, multiline: true },
        required: overridden,
      },
    });
    const handlers = this.names(coHandlers ?? [], ["coHandlers"], { zh: "协办单位", en: "Co-handler" }, 0);
    refuseIf(canDispatch(await facts(ctx, dispute)));

    const handlingBody = t.body ?? (overridden ? bodyName(DEFAULT_BODIES[to], dispute.regionCode) : suggestion.body);
    const now = currentTime();
    await ctx.store.$transaction(async (tx) => {
      const { count } = await tx.dispute.updateMany({
        where: { id: dispute.id, status: { in: OPEN } },
        data: { status: "DISPATCHED", leadDepartment: to, handlingBody, coHandlers: handlers, dispatchedAt: now },
      });
      if (count === 0) throw changedMeanwhile();
      await tx.disputeDispatch.create({
        data: {
          disputeId: dispute.id,
          department: to,
          body: handlingBody,
          coHandlers: handlers,
          ruleId: suggestion.ruleId,
          rulesVersion: suggestion.rulesVersion,
          suggestedDepartment: suggestion.department,
          overridden,
          reason: t.reason,
          dispatchedBy: actorOf(ctx),
          dispatchedAt: now,
        },
      });
      await recordRegistryStep(tx, {
        disputeCode: dispute.code,
        type: "DISPUTE_DISPATCHED",
        summary: `派单至${handlingBody}${handlers.length > 0 ? `，${handlers.length}家单位协办` : ""}`,
        occurredAt: now,
        data: { department: to, overridden },
      });
      await recordAudit(tx, ctx, {
        action: "dispatchDispute",
        entity: "Dispute",
        entityId: dispute.code,
        fields: givenFields({ to, body, coHandlers, reason }),
      });
    });
    ctx.log.info({ disputeCode: dispute.code, to, ruleId: suggestion.ruleId, overridden }, "dispute dispatched");
    return (await ctx.store.dispute.findUnique({ where: { id: dispute.id } }))!;
  }

  @Authorized<Policy>("intakeClerk", "petitionsOfficer")
  @Mutation(() => Dispute, { description: "Records an in-person visit (来访) for a matter." })
  async recordVisit(
    @Arg("code", () => ID) code: string,
    @Arg("input", () => VisitInput) input: VisitInput,
    @Ctx() ctx: PetitionsContext,
  ): Promise<Dispute> {
    const dispute = await disputeForUpdate(ctx, code);
    const t = checkTexts({
      place: {
        value: input.place,
        rules: { field: { zh: "来访地点", en: "Place" }, min: 1, max: 200 },
        path: ["input", "place"],
      },
      purpose: {
        value: input.purpose,
        rules: { field: { zh: "来访事由", en: "Purpose" }, min: 1, max: 500 },
        path: ["input", "purpose"],
      },
    });
    refuseIf(canRecordVisit(await facts(ctx, dispute)));
    const visitedAt = input.visitedAt ?? currentTime();
    await ctx.store.$transaction(async (tx) => {
      await tx.visit.create({
        data: { disputeId: dispute.id, visitedAt, place: t.place!, purpose: t.purpose!, recordedBy: actorOf(ctx) },
      });
      await recordRegistryStep(tx, {
        disputeCode: dispute.code,
        type: "VISIT_RECORDED",
        summary: `来访：${t.place!}`,
        occurredAt: visitedAt,
      });
      await recordAudit(tx, ctx, {
        action: "recordVisit",
        entity: "Dispute",
        entityId: dispute.code,
        fields: givenFields(input),
      });
    });
    return dispute;
  }

  @Authorized<Policy>("intakeClerk", "commander")
  @Mutation(() => Dispute, {
    description:
      "Closes a matter with a written result (办结); onTheSpot for 当场办结 at the window on the day of intake.",
  })
  async closeDispute(
    @Arg("code", () => ID) code: string,
    @Arg("result", () => String) result: string,
    @Arg("onTheSpot", () => Boolean, { nullable: true, defaultValue: false }) onTheSpot: boolean,
    @Ctx() ctx: PetitionsContext,
  ): Promise<Dispute> {
    const dispute = await disputeForUpdate(ctx, code);
    const t = checkTexts({
      result: { value: result, rules: { field: { zh: "办理结果", en: "Result" }, min: 2, max: 5000, multiline: true } },
    });
    const now = currentTime();
    refuseIf(canClose(await facts(ctx, dispute), onTheSpot, now));
    await ctx.store.$transaction(async (tx) => {
      const { count } = await tx.dispute.updateMany({
        where: { id: dispute.id, status: onTheSpot ? "REGISTERED" : { in: OPEN } },
        data: {
          status: "CLOSED",
          closedAt: now,
          closureResult: t.result,
          closedOnTheSpot: onTheSpot,
          closedBy: actorOf(ctx),
        },
      });
      if (count === 0) throw changedMeanwhile();
      await recordRegistryStep(tx, {
        disputeCode: dispute.code,
        type: "DISPUTE_CLOSED",
        summary: onTheSpot ? "窗口当场办结" : "办结，出具书面结果",
        occurredAt: now,
      });
      await recordAudit(tx, ctx, {
        action: "closeDispute",
        entity: "Dispute",
        entityId: dispute.code,
        fields: ["result", "onTheSpot"],
      });
    });
    return (await ctx.store.dispute.findUnique({ where: { id: dispute.id } }))!;
  }

  @Authorized<Policy>("intakeClerk", "resident")
  @Mutation(() => Dispute, {
    description:
      "The party's satisfaction evaluation (满意度评价): after closure, once; by the party themself or recorded by the window.",
  })
  async evaluateDispute(
    @Arg("code", () => ID) code: string,
    @Arg("satisfaction", () => Satisfaction) satisfaction: Satisfaction,
    @Arg("comment", () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: PetitionsContext,
  ): Promise<Dispute> {
    const dispute = await disputeForUpdate(ctx, code);
    // A resident evaluates only their own dispute.
    await assertDisputeVisible(ctx, dispute);
    const t = checkTexts({
      comment: {
        value: comment,
        rules: { field: { zh: "评价意见", en: "Comment" }, min: 0, max: 1000, multiline: true },
      },
    });
    refuseIf(canEvaluate(await facts(ctx, dispute)));
    // Conditional on "not yet evaluated", so two concurrent evaluations cannot both land.
    await ctx.store.$transaction(async (tx) => {
      const evaluatedAt = currentTime();
      const { count } = await tx.dispute.updateMany({
        where: { id: dispute.id, status: "CLOSED", evaluatedAt: null },
        data: { satisfaction, satisfactionComment: t.comment || null, evaluatedAt },
      });
      if (count === 0)
        throw invalidState("This dispute has already been evaluated", "该纠纷已评价，不能重复评价", {
          reason: "ALREADY_EVALUATED",
        });
      await recordRegistryStep(tx, {
        disputeCode: dispute.code,
        type: "DISPUTE_EVALUATED",
        summary: `当事人作出满意度评价：${SATISFACTION_LABEL[satisfaction]}`,
        occurredAt: evaluatedAt,
        data: { satisfaction },
      });
      await recordAudit(tx, ctx, {
        action: "evaluateDispute",
        entity: "Dispute",
        entityId: dispute.code,
        fields: givenFields({ satisfaction, comment }),
      });
    });
    return (await ctx.store.dispute.findUnique({ where: { id: dispute.id } }))!;
  }

  @Authorized<Policy>("intakeClerk", "petitionsOfficer")
  @Mutation(() => Dispute, { description: "Records a follow-up visit by staff after closure (回访)." })
  async recordFollowUp(
    @Arg("code", () => ID) code: string,
    @Arg("input", () => FollowUpInput) input: FollowUpInput,
    @Ctx() ctx: PetitionsContext,
  ): Promise<Dispute> {
    const dispute = await disputeForUpdate(ctx, code);
    const t = checkTexts({
      method: {
        value: input.method,
        rules: { field: { zh: "回访方式", en: "Method" }, min: 1, max: 50 },
        path: ["input", "method"],
      },
      notes: {
        value: input.notes,
        rules: { field: { zh: "回访情况", en: "Notes" }, ...NOTE },
        path: ["input", "notes"],
      },
    });
    refuseIf(canFollowUp(await facts(ctx, dispute)));
    const at = input.at ?? currentTime();
    await ctx.store.$transaction(async (tx) => {
      await tx.followUp.create({
        data: {
          disputeId: dispute.id,
          at,
          method: t.method!,
          notes: t.notes!,
          agreementPerformed: input.agreementPerformed ?? null,
          recordedBy: actorOf(ctx),
        },
      });
      const performed = input.agreementPerformed;
      await recordRegistryStep(tx, {
        disputeCode: dispute.code,
        type: "FOLLOW_UP_RECORDED",
        summary: `回访（${t.method!}）${performed === true ? "，协议已履行" : performed === false ? "，协议未履行" : ""}`,
        occurredAt: at,
        ...(performed === undefined || performed === null ? {} : { data: { agreementPerformed: performed } }),
      });
      await recordAudit(tx, ctx, {
        action: "recordFollowUp",
        entity: "Dispute",
        entityId: dispute.code,
        fields: givenFields(input),
      });
    });
    return dispute;
  }

  @Authorized<Policy>("intakeClerk", "commander")
  @Mutation(() => Dispute, {
    description: "Links two disputes about related matters (关联); both stay open on their own.",
  })
  async linkDisputes(
    @Arg("code", () => ID) code: string,
    @Arg("otherCode", () => ID) otherCode: string,
    @Arg("reason", () => String) reason: string,
    @Ctx() ctx: PetitionsContext,
  ): Promise<Dispute> {
    const dispute = await disputeForUpdate(ctx, code);
    const other = await disputeForUpdate(ctx, otherCode, "otherCode");
    const t = checkTexts({ reason: { value: reason, rules: { field: { zh: "关联理由", en: "Reason" }, ...NOTE } } });
    if (dispute.code === other.code)
      refuseIf({
        code: "SAME_DISPUTE",
        messageEn: "A dispute cannot be linked to itself",
        messageZh: "不能与自身关联",
      });
    // Linking twice is harmless: the pair is unique per kind.
    const [fromCode, toCode] = [dispute.code, other.code].sort() as [string, string];
    await ctx.store.$transaction(async (tx) => {
      await tx.disputeLink.upsert({
        where: { kind_fromCode_toCode: { kind: "LINKED", fromCode, toCode } },
        create: { kind: "LINKED", fromCode, toCode, reason: t.reason!, createdBy: actorOf(ctx) },
        update: {},
      });
      await recordAudit(tx, ctx, {
        action: "linkDisputes",
        entity: "Dispute",
        entityId: dispute.code,
        fields: ["otherCode", "reason"],
      });
    });
    return dispute;
  }

  @Authorized<Policy>("intakeClerk", "commander")
  @Mutation(() => Dispute, {
    description:
      "重复诉求并单: merges a repeat dispute into the main one. Nothing is dropped: the merged dispute keeps its parties, visits and history and points to the main one.",
  })
  async mergeDisputes(
    @Arg("code", () => ID, { description: "The repeat dispute." }) code: string,
    @Arg("into", () => ID, { description: "The main dispute." }) into: string,
    @Arg("reason", () => String) reason: string,
    @Ctx() ctx: PetitionsContext,
  ): Promise<Dispute> {
    const from = await disputeForUpdate(ctx, code);
    const main = await disputeForUpdate(ctx, into, "into");
    const t = checkTexts({ reason: { value: reason, rules: { field: { zh: "并单理由", en: "Reason" }, ...NOTE } } });
    refuseIf(
      canMerge({ ...(await facts(ctx, from)), code: from.code }, { ...(await facts(ctx, main)), code: main.code }),
    );
    await ctx.store.$transaction(async (tx) => {
      const { count } = await tx.dispute.updateMany({
        where: { id: from.id, status: { in: OPEN } },
        data: { status: "MERGED", mergedIntoCode: main.code },
      });
      if (count === 0) throw changedMeanwhile();
      await tx.disputeLink.create({
        data: { kind: "MERGED", fromCode: from.code, toCode: main.code, reason: t.reason!, createdBy: actorOf(ctx) },
      });
      // Both histories say what happened: nothing is dropped (重复诉求并单).
      await recordRegistryStep(tx, {
        disputeCode: from.code,
        type: "DISPUTE_MERGED",
        summary: `重复诉求并入 ${main.code}`,
        data: { into: main.code },
      });
      await recordRegistryStep(tx, {
        disputeCode: main.code,
        type: "DISPUTE_MERGED_IN",
        summary: `并入重复诉求 ${from.code}`,
        data: { from: from.code },
      });
      await recordAudit(tx, ctx, {
        action: "mergeDisputes",
        entity: "Dispute",
        entityId: from.code,
        fields: ["into", "reason"],
      });
    });
    return main;
  }

  /** A list of body or department names, each checked, duplicates removed. */
  private names(values: string[], path: (string | number)[], label: { zh: string; en: string }, min: number): string[] {
    const problems = new InputProblems();
    if (values.length < min)
      problems.add(
        path,
        "EMPTY",
        `请至少填写${min}个${label.zh}`,
        `At least ${min} ${label.en.toLowerCase()} required`,
      );
    if (values.length > 20) problems.add(path, "LENGTH", `${label.zh}不超过20个`, `At most 20 entries`);
    const checked = checkTexts(
      Object.fromEntries(
        values
          .slice(0, 20)
          .map((v, i) => [String(i), { value: v, rules: { field: label, ...NAME }, path: [...path, i] }]),
      ),
    );
    problems.throwIfAny();
    return [...new Set(Object.values(checked).filter((v): v is string => v !== null))];
  }
}
