// 鉴定 during medical mediation: commissioning an appraisal pauses the case's clock, recording its
// opinion resumes it. Both are steps of the case through the department's write path (db/write.ts),
// decided by the rules of domain/appraisal.ts.
import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { actorId } from "@onedoor/shared/auth/identity";
import { currentTime } from "@onedoor/shared/clock/now";
import { refused } from "@onedoor/shared/db/write-path";
import { conflict, InputProblems, notFound } from "@onedoor/shared/graphql/errors";
import { isUuid } from "@onedoor/shared/graphql/input-bounds";
import {
  appraisalPauseReason,
  checkAppraisalRequest,
  checkAppraisalResult,
  isLiabilityShare,
} from "../domain/appraisal.js";
import { appraisalReceivedEvent, appraisalRequestedEvent } from "../domain/case-events.js";
import { refusal } from "../domain/case-state.js";
import { addAppraisal, findAppraisal, hasOpenAppraisal, recordAppraisalResult } from "../db/case-steps.js";
import { caseFacts, changeCase } from "../db/write.js";
import { RecordMediationAppraisalResultInput, RequestMediationAppraisalInput } from "../entities/inputs.js";
import { MediationCase } from "../entities/mediation-case.js";
import type { MediationCase as CaseRow } from "../generated/prisma/client.js";
import { loadCase } from "./access.js";
import type { MediationContext } from "./context.js";

const label = (zh: string, en: string) => ({ zh, en });
/** Clocks of client machines run a little fast or slow: "now" from a form may be a few minutes ahead. */
const CLOCK_SKEW_MS = 5 * 60_000;

function notInFuture(problems: InputProblems, field: string, at: Date, what: { zh: string; en: string }): void {
  if (at.getTime() > currentTime().getTime() + CLOCK_SKEW_MS)
    problems.add(["input", field], "FORMAT", `${what.zh}不能晚于当前时间`, `${what.en} cannot be in the future`);
}

@Resolver(() => MediationCase)
export class MediationAppraisalMutations {
  @Authorized<Policy>("departmentStaff")
  @Mutation(() => MediationCase, {
    description:
      "委托鉴定: commission an appraisal of an open medical case with none awaiting its opinion; the clock pauses from the request (鉴定期间不计入调解期限).",
  })
  async requestMediationAppraisal(
    @Arg("input", () => RequestMediationAppraisalInput) input: RequestMediationAppraisalInput,
    @Ctx() ctx: MediationContext,
  ): Promise<CaseRow> {
    const problems = new InputProblems();
    const body = problems.text(["input", "body"], input.body, label("鉴定机构", "Appraisal institution"), 60);
    notInFuture(problems, "requestedAt", input.requestedAt, label("委托鉴定时间", "The request"));
    problems.throwIfAny();
    const current = await loadCase(ctx, input.caseId);
    if (input.requestedAt < current.acceptedAt) {
      throw refused(
        refusal(
          "BEFORE_ACCEPTANCE",
          "An appraisal cannot be commissioned before acceptance",
          "委托鉴定时间不能早于受理时间",
        ),
        current.status,
      );
    }
    return changeCase(ctx, {
      id: current.id,
      expectedVersion: input.expectedVersion,
      step: async (row) =>
        checkAppraisalRequest(await caseFacts(ctx.store, row), await hasOpenAppraisal(ctx.store, row.id)),
      write: (tx, before) =>
        addAppraisal(
          tx,
          {
            caseId: before.id,
            body,
            kind: input.kind,
            requestedAt: input.requestedAt,
            feePayer: input.feePayer,
            createdBy: actorId(ctx.identity),
          },
          appraisalPauseReason(input.kind, body),
        ),
      event: () => appraisalRequestedEvent(body, input.kind, input.requestedAt),
      audit: { action: "requestMediationAppraisal", input },
    });
  }

  @Authorized<Policy>("departmentStaff")
  @Mutation(() => MediationCase, {
    description: "收到鉴定意见: record an appraisal's opinion; the case's clock runs again from its receipt.",
  })
  async recordMediationAppraisalResult(
    @Arg("input", () => RecordMediationAppraisalResultInput) input: RecordMediationAppraisalResultInput,
    @Ctx() ctx: MediationContext,
  ): Promise<CaseRow> {
    const problems = new InputProblems();
    const conclusionSummary = problems.text(
      ["input", "conclusionSummary"],
      input.conclusionSummary,
      label("鉴定意见", "Conclusion"),
      1000,
      { multiline: true },
    );
    notInFuture(problems, "receivedAt", input.receivedAt, label("收到鉴定意见时间", "Receipt"));
    const liabilityShare = input.liabilityShare ?? null;
    if (liabilityShare !== null && !isLiabilityShare(liabilityShare))
      problems.add(
        ["input", "liabilityShare"],
        "RANGE",
        "责任比例须为0至100之间的整数",
        "The liability share is a whole percentage from 0 to 100",
      );
    problems.throwIfAny();
    const appraisal = isUuid(input.appraisalId) ? await findAppraisal(ctx, input.appraisalId) : null;
    if (!appraisal) throw notFound("MediationAppraisal", input.appraisalId, "鉴定记录不存在");
    const current = await loadCase(ctx, appraisal.caseId);
    return changeCase(ctx, {
      id: current.id,
      step: async (row) => checkAppraisalResult(await caseFacts(ctx.store, row), appraisal, input.receivedAt),
      write: async (tx) => {
        const recorded = await recordAppraisalResult(
          tx,
          { id: appraisal.id, pauseId: appraisal.pauseId, expectedVersion: input.expectedVersion },
          { receivedAt: input.receivedAt, conclusionSummary, liabilityShare },
        );
        if (!recorded)
          throw conflict("The appraisal was changed by someone else; reload it", "鉴定记录已被他人修改，请刷新后重试", {
            entity: "MediationAppraisal",
          });
      },
      event: () => appraisalReceivedEvent(input.receivedAt),
      audit: { action: "recordMediationAppraisalResult", input },
    });
  }
}
