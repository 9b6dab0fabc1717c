// The one window's steps on a dispute (一窗受理 → 派单 → 办结 → 评价), each through the write path: the
// state machine (domain/lifecycle.ts) decides, the dispute's version guards against a concurrent change.
import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { hasRole, isStaff } from "@onedoor/shared/auth/policy";
import { actorId } from "@onedoor/shared/auth/identity";
import { currentTime } from "@onedoor/shared/clock/now";
import { badUserInput, conflict, forbidden, InputProblems, invalidState } from "@onedoor/shared/graphql/errors";
import { Dispute } from "../entities/dispute.js";
import { hasPendingHandOff, leadOwner } from "../db/hand-offs.js";
import {
  CloseDisputeInput,
  DispatchDisputeInput,
  EvaluateDisputeInput,
  LinkDisputesInput,
  MergeDisputesInput,
  RecordConsultationInput,
  RecordDisputeFollowUpInput,
  RecordVisitInput,
  RecordPartyContactInput,
  RegisterDisputeInput,
} from "../entities/inputs.js";
import {
  addConsultation,
  addDispatch,
  addFollowUp,
  addLink,
  addVisit,
  addContact,
  lifecycleFacts,
  recordClosure,
  recordEvaluation,
  recordMerge,
  registerDispute,
} from "../db/registry.js";
import { changeDispute } from "../db/write.js";
import { checkIdempotencyKey, checkRegistration, registrationHash } from "../domain/registration.js";
import {
  closerStep,
  closeStep,
  consultationStep,
  dispatchStep,
  evaluationStep,
  followUpStep,
  linkStep,
  MAX_CONSULTATIONS,
  MAX_DISPATCHES,
  MAX_FOLLOW_UPS,
  mergeStep,
  visitStep,
  contactStep,
} from "../domain/lifecycle.js";
import {
  bodyName,
  bodyRefusal,
  bodyRefusalMessage,
  DEFAULT_BODIES,
  defaultBody,
  DIRECTORY_DEPARTMENTS,
  route,
  routingFacts,
  type DirectoryEntry,
  type RoutingDecision,
} from "../domain/routing.js";
import { directoryBody } from "../db/directory.js";
import { coHandlerCandidates } from "../db/member-units.js";
import { checkCoHandlers } from "@onedoor/shared/directory/co-handlers";
import { rulesInForce } from "../db/routing-rules.js";
import type { Dispute as DisputeRow } from "../generated/prisma/client.js";
import type { Department } from "../generated/prisma/enums.js";
import { assertDisputeVisible, assertRegistersIn, closerOf, loadDispute } from "./access.js";
import type { PetitionsContext } from "./context.js";

const NAME_MAX = 100;
const NOTE_MAX = 2000;

/** A list of body or department names, each checked, duplicates removed. */
function names(
  problems: InputProblems,
  values: string[],
  path: (string | number)[],
  label: { zh: string; en: string },
  min: number,
): string[] {
  if (values.length < min)
    problems.add(path, "EMPTY", `请至少填写${min}个${label.zh}`, `At least ${min} ${label.en.toLowerCase()} required`);
  if (values.length > 20) problems.add(path, "LENGTH", `${label.zh}不超过20个`, `At most 20 entries`);
  const checked = values.slice(0, 20).map((value, i) => problems.text([...path, i], value, label, NAME_MAX));
  return [...new Set(checked)];
}

@Resolver(() => Dispute)
export class DisputeMutations {
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
    assertRegistersIn(ctx, checked.value.regionCode);

    const outcome = await registerDispute(ctx.store, checked.value, {
      idempotencyKey: input.idempotencyKey ?? null,
      inputHash: registrationHash(checked.value),
      by: ctx,
      given: input,
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
    description: `会商研判 (3+X) on a dispute; required before a major dispute is dispatched. At most ${MAX_CONSULTATIONS} per dispute.`,
  })
  async recordConsultation(
    @Arg("input", () => RecordConsultationInput) input: RecordConsultationInput,
    @Ctx() ctx: PetitionsContext,
  ): Promise<Dispute> {
    const dispute = await loadDispute(ctx, input.code);
    const problems = new InputProblems();
    const consultation = {
      heldAt: input.heldAt ?? currentTime(),
      judge: problems.text(["input", "judge"], input.judge, { zh: "法官", en: "Judge" }, NAME_MAX),
      chiefMediator: problems.text(
        ["input", "chiefMediator"],
        input.chiefMediator,
        { zh: "首席调解员", en: "Chief mediator" },
        NAME_MAX,
      ),
      legalAidLawyer: problems.text(
        ["input", "legalAidLawyer"],
        input.legalAidLawyer,
        { zh: "法律援助律师", en: "Legal-aid lawyer" },
        NAME_MAX,
      ),
      departments: names(
        problems,
        input.departments,
        ["input", "departments"],
        { zh: "参与部门", en: "Department" },
        1,
      ),
      conclusion: problems.text(
        ["input", "conclusion"],
        input.conclusion,
        { zh: "研判结论", en: "Conclusion" },
        NOTE_MAX,
        {
          multiline: true,
        },
      ),
    };
    problems.throwIfAny();
    const { code, expectedVersion, ...given } = input;
    return changeDispute(ctx, {
      id: dispute.id,
      expectedVersion,
      decide: async (row) => consultationStep(await lifecycleFacts(ctx.store, row)),
      write: (tx, row) => addConsultation(tx, row, consultation, actorId(ctx.identity)),
      audit: { action: "recordConsultation", input: given, entityId: dispute.code },
    });
  }

  @Authorized<Policy>("intakeClerk", "commander")
  @Mutation(() => Dispute, {
    description:
      "派单: the clerk confirms the routing rules' suggestion or overrides it (with a reason). Re-dispatch keeps the history; " +
      `at most ${MAX_DISPATCHES} dispatches per dispute.`,
  })
  async dispatchDispute(
    @Arg("input", () => DispatchDisputeInput) input: DispatchDisputeInput,
    @Ctx() ctx: PetitionsContext,
  ): Promise<Dispute> {
    const { to, body = null, bodyId = null, coHandlerIds = null, reason = null, expectedVersion } = input;
    const dispute = await loadDispute(ctx, input.code);
    const directory = await ctx.loaders.directoryOfCounty.load(dispute.regionCode.slice(0, 6));
    const suggestion = route(routingFacts(dispute), directory, await rulesInForce(ctx.store));
    const overridden = to !== suggestion.department;
    const problems = new InputProblems();
    const chosenBody = problems.optionalText(
      ["input", "body"],
      body,
      { zh: "承办单位", en: "Handling body" },
      NAME_MAX,
    );
    const chosenBodyId =
      problems.optionalText(["input", "bodyId"], bodyId, { zh: "承办单位编号", en: "Body id" }, 64) ?? null;
    if (chosenBodyId !== null && !DIRECTORY_DEPARTMENTS.includes(to))
      problems.add(
        ["input", "bodyId"],
        "NO_DIRECTORY",
        "该部门未发布承办单位名录，请填写承办单位名称",
        "This department publishes no directory of bodies: name the body instead",
      );
    // Overriding the rules needs a reason on record; confirming them does not.
    const reasonLabel = { zh: "改派理由", en: "Reason" };
    const why =
      overridden || reason != null
        ? problems.text(["input", "reason"], reason ?? "", reasonLabel, NOTE_MAX, {
            min: overridden ? 1 : 0,
            multiline: true,
          })
        : null;
    const ids = (coHandlerIds ?? []).map((id, i) =>
      problems.text(["input", "coHandlerIds", i], id, { zh: "协办单位编号", en: "Co-handler id" }, 64),
    );
    problems.throwIfAny();
    const coHandling = checkCoHandlers(ids, await coHandlerCandidates(ctx.store, ids), dispute.regionCode.slice(0, 6));
    for (const p of coHandling.problems)
      problems.add(["input", "coHandlerIds", p.index], p.reason, p.messageZh, p.messageEn);
    problems.throwIfAny();
    const handlers = coHandling.units.map((u) => u.name);

    const handling = DIRECTORY_DEPARTMENTS.includes(to)
      ? await publishedBodyFor(
          ctx,
          dispute,
          to,
          { id: chosenBodyId, name: chosenBody ?? null },
          overridden ? null : suggestion,
          directory,
        )
      : {
          name: chosenBody ?? (overridden ? bodyName(DEFAULT_BODIES[to], dispute.regionCode) : suggestion.body),
          id: null,
        };
    const handlingBody = handling.name;
    const now = currentTime();
    const dispatched = await changeDispute(ctx, {
      id: dispute.id,
      expectedVersion,
      decide: async (row) => dispatchStep(await lifecycleFacts(ctx.store, row)),
      columns: () => ({
        leadDepartment: to,
        handlingBody,
        handlingBodyId: handling.id,
        coHandlerIds: coHandling.units.map((u) => u.id),
        dispatchedAt: now,
      }),
      write: (tx, row) =>
        addDispatch(
          tx,
          row,
          {
            department: to,
            body: handlingBody,
            bodyId: handling.id,
            coHandlers: handlers,
            coHandlerIds: coHandling.units.map((u) => u.id),
            ruleId: suggestion.ruleId,
            rulesVersion: suggestion.rulesVersion,
            suggestedDepartment: suggestion.department,
            overridden,
            reason: why,
            dispatchedAt: now,
          },
          actorId(ctx.identity),
        ),
      audit: { action: "dispatchDispute", input: { to, body, bodyId, coHandlerIds, reason }, entityId: dispute.code },
    });
    ctx.log.info({ disputeCode: dispute.code, to, ruleId: suggestion.ruleId, overridden }, "dispute dispatched");
    return dispatched;
  }

  @Authorized<Policy>("intakeClerk", "petitionsOfficer")
  @Mutation(() => Dispute, { description: "Records an in-person visit (来访) for a matter." })
  async recordVisit(
    @Arg("input", () => RecordVisitInput) input: RecordVisitInput,
    @Ctx() ctx: PetitionsContext,
  ): Promise<Dispute> {
    const dispute = await loadDispute(ctx, input.code);
    const problems = new InputProblems();
    const visit = {
      visitedAt: input.at ?? currentTime(),
      place: problems.text(["input", "place"], input.place, { zh: "来访地点", en: "Place" }, 200),
      purpose: problems.text(["input", "purpose"], input.purpose, { zh: "来访事由", en: "Purpose" }, 500),
    };
    problems.throwIfAny();
    const { code, expectedVersion, ...given } = input;
    return changeDispute(ctx, {
      id: dispute.id,
      expectedVersion,
      decide: async (row) => visitStep(await lifecycleFacts(ctx.store, row)),
      write: (tx, row) => addVisit(tx, row, visit, actorId(ctx.identity)),
      audit: { action: "recordVisit", input: given, entityId: dispute.code },
    });
  }

  // Staff of any department may ask; those handling the dispute (and the commander) see it in full, other
  // departments' staff only a summary, and may not add to it. A resident, who sees her own in full, is no handler.
  @Authorized<Policy>("signedIn")
  @Mutation(() => Dispute, {
    description:
      "联系当事人: records a handler's call or message to a party. It is not a visit (never a run); the first one after a 12345 work order stops the first-response clock.",
  })
  async recordPartyContact(
    @Arg("input", () => RecordPartyContactInput) input: RecordPartyContactInput,
    @Ctx() ctx: PetitionsContext,
  ): Promise<Dispute> {
    const dispute = await loadDispute(ctx, input.code);
    const handler = isStaff(ctx.identity) || hasRole(ctx.identity, "commander");
    if (!handler || (await assertDisputeVisible(ctx, dispute)) !== "full")
      throw forbidden(
        "Only those handling the dispute may record contacts with its parties",
        "只有承办该纠纷的人员可以登记联系当事人记录",
      );
    const now = currentTime();
    const problems = new InputProblems();
    const contactedAt = input.contactedAt ?? now;
    if (contactedAt.getTime() > now.getTime())
      problems.add(
        ["input", "contactedAt"],
        "FUTURE",
        "联系时间不能晚于当前时间",
        "The contact cannot be in the future",
      );
    const contact = {
      contactedAt,
      method: input.method,
      summary: problems.text(["input", "summary"], input.summary, { zh: "联系情况", en: "Summary" }, 500, { min: 2 }),
    };
    problems.throwIfAny();
    const { code, expectedVersion, ...given } = input;
    return changeDispute(ctx, {
      id: dispute.id,
      expectedVersion,
      decide: (row) => contactStep(row, contactedAt),
      // The first contact stops the first-response clock; one recorded late but made earlier moves it back.
      columns: (row) => ({
        firstContactAt:
          row.firstContactAt && row.firstContactAt.getTime() <= contactedAt.getTime()
            ? row.firstContactAt
            : contactedAt,
      }),
      write: (tx, row) => addContact(tx, row, contact, actorId(ctx.identity)),
      audit: { action: "recordPartyContact", input: given, entityId: dispute.code },
    });
  }

  // Staff of any department may ask (closerOf refuses everyone else); closerStep lets only the lead department,
  // the window for what it leads, or the commander close.
  @Authorized<Policy>("signedIn")
  @Mutation(() => Dispute, {
    description:
      "办结: the lead department closes the dispute (the window what it handled itself) with its outcome and a written result; onTheSpot for 当场办结 at the window on the day of intake.",
  })
  async closeDispute(
    @Arg("input", () => CloseDisputeInput) input: CloseDisputeInput,
    @Ctx() ctx: PetitionsContext,
  ): Promise<Dispute> {
    const { outcome, result, openMatters = null, expectedVersion } = input;
    const onTheSpot = input.onTheSpot ?? false;
    const closer = closerOf(ctx.identity);
    const dispute = await loadDispute(ctx, input.code);
    const problems = new InputProblems();
    const closureResult = problems.text(["input", "result"], result, { zh: "办理结果", en: "Result" }, 5000, {
      min: 2,
      multiline: true,
    });
    const why = problems.optionalText(
      ["input", "openMatters"],
      openMatters,
      { zh: "未结事项说明", en: "Open matters" },
      2000,
      {
        multiline: true,
      },
    );
    problems.throwIfAny();
    const now = currentTime();
    return changeDispute(ctx, {
      id: dispute.id,
      expectedVersion,
      decide: async (row) => {
        const open = closerStep(leadOwner(row), closer, await hasPendingHandOff(ctx.store, row.id), Boolean(why));
        return open.ok ? closeStep(await lifecycleFacts(ctx.store, row), onTheSpot, now) : open;
      },
      columns: () => ({
        closedAt: now,
        outcome,
        closureResult,
        closedOnTheSpot: onTheSpot,
        closedBy: actorId(ctx.identity),
      }),
      write: (tx, row) => recordClosure(tx, row, { at: now, onTheSpot, outcome, openMatters: why ?? null }),
      audit: { action: "closeDispute", input: { outcome, result, onTheSpot, openMatters }, entityId: dispute.code },
    });
  }

  @Authorized<Policy>("intakeClerk", "resident")
  @Mutation(() => Dispute, {
    description:
      "The party's satisfaction evaluation (满意度评价): after closure, once; by the party themself or recorded by the window.",
  })
  async evaluateDispute(
    @Arg("input", () => EvaluateDisputeInput) input: EvaluateDisputeInput,
    @Ctx() ctx: PetitionsContext,
  ): Promise<Dispute> {
    const { satisfaction, comment = null, expectedVersion } = input;
    const dispute = await loadDispute(ctx, input.code);
    // A resident evaluates only their own dispute.
    await assertDisputeVisible(ctx, dispute);
    const problems = new InputProblems();
    const said =
      comment == null
        ? null
        : problems.text(["input", "comment"], comment, { zh: "评价意见", en: "Comment" }, 1000, {
            min: 0,
            multiline: true,
          });
    problems.throwIfAny();
    const evaluatedAt = currentTime();
    return changeDispute(ctx, {
      id: dispute.id,
      expectedVersion,
      decide: async (row) => evaluationStep(await lifecycleFacts(ctx.store, row)),
      columns: () => ({ satisfaction, satisfactionComment: said || null, evaluatedAt }),
      write: (tx, row) => recordEvaluation(tx, row, satisfaction, evaluatedAt),
      audit: { action: "evaluateDispute", input: { satisfaction, comment }, entityId: dispute.code },
    });
  }

  @Authorized<Policy>("intakeClerk", "petitionsOfficer")
  @Mutation(() => Dispute, {
    description: `Records a follow-up visit by staff after closure (回访), at most ${MAX_FOLLOW_UPS} per dispute.`,
  })
  async recordDisputeFollowUp(
    @Arg("input", () => RecordDisputeFollowUpInput) input: RecordDisputeFollowUpInput,
    @Ctx() ctx: PetitionsContext,
  ): Promise<Dispute> {
    const dispute = await loadDispute(ctx, input.code);
    const problems = new InputProblems();
    const followUp = {
      at: input.at ?? currentTime(),
      method: problems.text(["input", "method"], input.method, { zh: "回访方式", en: "Method" }, 50),
      notes: problems.text(["input", "notes"], input.notes, { zh: "回访情况", en: "Notes" }, NOTE_MAX, {
        multiline: true,
      }),
      agreementPerformed: input.agreementPerformed ?? null,
    };
    problems.throwIfAny();
    const { code, expectedVersion, ...given } = input;
    return changeDispute(ctx, {
      id: dispute.id,
      expectedVersion,
      decide: async (row) => followUpStep(await lifecycleFacts(ctx.store, row)),
      write: (tx, row) => addFollowUp(tx, row, followUp, actorId(ctx.identity)),
      audit: { action: "recordDisputeFollowUp", input: given, entityId: dispute.code },
    });
  }

  @Authorized<Policy>("intakeClerk", "commander")
  @Mutation(() => Dispute, {
    description: "Links two disputes about related matters (关联); both stay open on their own.",
  })
  async linkDisputes(
    @Arg("input", () => LinkDisputesInput) input: LinkDisputesInput,
    @Ctx() ctx: PetitionsContext,
  ): Promise<Dispute> {
    const { otherCode, reason, expectedVersion } = input;
    const dispute = await loadDispute(ctx, input.code);
    const other = await loadDispute(ctx, otherCode, ["input", "otherCode"]);
    const problems = new InputProblems();
    const why = problems.text(["input", "reason"], reason, { zh: "关联理由", en: "Reason" }, NOTE_MAX, {
      multiline: true,
    });
    problems.throwIfAny();
    const linked = await changeDispute(ctx, {
      id: dispute.id,
      expectedVersion,
      decide: (row) => linkStep(row, other),
      write: (tx, row) => addLink(tx, [row.code, other.code], why, actorId(ctx.identity)),
      audit: { action: "linkDisputes", input: { otherCode, reason }, entityId: dispute.code },
    });
    return linked;
  }

  @Authorized<Policy>("intakeClerk", "commander")
  @Mutation(() => Dispute, {
    description:
      "重复诉求并单: merges a repeat dispute into the main one. Nothing is dropped: the merged dispute keeps its parties, visits and history and points to the main one.",
  })
  async mergeDisputes(
    @Arg("input", () => MergeDisputesInput) input: MergeDisputesInput,
    @Ctx() ctx: PetitionsContext,
  ): Promise<Dispute> {
    const { into, reason, expectedVersion } = input;
    const from = await loadDispute(ctx, input.code);
    const main = await loadDispute(ctx, into, ["input", "into"]);
    const problems = new InputProblems();
    const why = problems.text(["input", "reason"], reason, { zh: "并单理由", en: "Reason" }, NOTE_MAX, {
      multiline: true,
    });
    problems.throwIfAny();
    await changeDispute(ctx, {
      id: from.id,
      expectedVersion,
      decide: (row) => mergeStep(row, main),
      columns: () => ({ mergedIntoCode: main.code }),
      write: (tx, row) => recordMerge(tx, row, main, why, actorId(ctx.identity)),
      audit: { action: "mergeDisputes", input: { into, reason }, entityId: from.code },
    });
    // The main dispute's history now shows the merge too.
    ctx.loaders.timelineByDispute.clear(main.code);
    return main;
  }
}

/**
 * The published body a directory department is sent the dispute in: the one the clerk named (by id, or by its
 * name in the county's directory), else the rules' pick, else the department's default. Refused unless it
 * exists and can take the dispute now (serves the county, takes the category, active, staffed).
 */
async function publishedBodyFor(
  ctx: PetitionsContext,
  dispute: DisputeRow,
  department: Department,
  named: { id: string | null; name: string | null },
  suggestion: RoutingDecision | null,
  directory: readonly DirectoryEntry[],
): Promise<{ id: string; name: string }> {
  const field = named.id !== null ? "bodyId" : "body";
  const body =
    named.id !== null
      ? (directory.find((b) => b.department === department && b.id === named.id) ??
        (await directoryBody(ctx.store, department, named.id)))
      : named.name !== null
        ? directory.find((b) => b.department === department && b.name === named.name)
        : suggestion?.bodyId
          ? directory.find((b) => b.department === department && b.id === suggestion.bodyId)
          : defaultBody(department, dispute, directory);
  if (!body) {
    if (named.id !== null || named.name !== null)
      throw badUserInput([
        {
          field: ["input", field],
          reason: "NO_SUCH_BODY",
          messageZh: `名录中没有该承办单位（${named.name ?? named.id}）`,
          messageEn: `No such body in the department's directory (${named.name ?? named.id})`,
        },
      ]);
    throw invalidState(
      "No body of the department can take this dispute now (none serves the county and category, active and staffed)",
      "该部门暂无可受理此纠纷的承办单位（本县无对口、在册且有承办人员的单位）",
      { reason: "NO_BODY_AVAILABLE", department },
    );
  }
  const refusal = bodyRefusal(body, dispute);
  if (refusal) {
    const message = bodyRefusalMessage(refusal, body.name);
    throw invalidState(message.en, message.zh, { reason: refusal, bodyId: body.id });
  }
  return { id: body.id, name: body.name };
}
