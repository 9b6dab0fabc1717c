import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import { hasRole } from "@onedoor/shared/auth/policy";
import type { Policy } from "@onedoor/shared/auth/access";
import { GraphQLError } from "graphql";
import { DisputeTracking } from "../entities/dispute-tracking.js";
import { answerFloor, AttemptThrottle, NO_APPLICANTS, throttleKey, verificationMatches } from "../domain/tracking.js";
import { partyIdsOfRows } from "../domain/party.js";
import type { Dispute } from "../generated/prisma/client.js";
import { disputeCodeArg } from "./access.js";
import { serviceClock } from "./dispute-resolver.js";
import type { PetitionsContext } from "./context.js";

const throttle = new AttemptThrottle();
/** Requests that already made their one attempt: the gateway refuses a second, and so does the registry. */
const attempted = new WeakSet<PetitionsContext>();
/** Looked up in place of a dispute when the code is unknown, so both cases ask the database the same. */
const NO_DISPUTE_ID = "00000000-0000-0000-0000-000000000000";

@Resolver(() => DisputeTracking)
export class TrackingResolver {
  // Public: the code plus a verification answer is the check (residents without an account).
  @Authorized<Policy>("anyone")
  @Query(() => DisputeTracking, {
    nullable: true,
    description:
      "A resident follows their matter by 解纷码 and the last 4 characters of an applicant's phone, ID number or credit code. A wrong answer is null, exactly like an unknown code, and takes as long; after repeated failures a code is refused to that client address for 15 minutes. A signed-in resident who is a party of the dispute sees it without an answer and is never refused. One per operation.",
  })
  async trackDispute(
    @Arg("code", () => String) code: string,
    @Arg("verification", () => String) verification: string,
    @Ctx() ctx: PetitionsContext,
  ): Promise<DisputeTracking | null> {
    if (attempted.has(ctx))
      throw new GraphQLError("Only one trackDispute per operation", {
        extensions: { code: "OPERATION_LIMIT_EXCEEDED", limit: "attempts", messageZh: "一次操作中只能核验一次解纷码" },
      });
    attempted.add(ctx);
    const compact = disputeCodeArg(code, ["code"]);
    const startedAt = performance.now();
    try {
      return await track(compact, verification, ctx);
    } finally {
      await answerFloor(startedAt);
    }
  }
}

/** The same work for a known and an unknown code: one dispute lookup, one party lookup, every comparison. */
async function track(code: string, verification: string, ctx: PetitionsContext): Promise<DisputeTracking | null> {
  const dispute = await ctx.loaders.disputeByCode.load(code);
  const parties = await ctx.loaders.partiesByDispute.load(dispute?.id ?? NO_DISPUTE_ID);
  const { partyId } = ctx.identity;
  // Her own dispute: she proved who she is by signing in, so no answer is needed and no stranger can lock her out.
  if (dispute && partyId && hasRole(ctx.identity, "resident") && partyIdsOfRows(parties).includes(partyId))
    return trackingView(dispute, ctx);
  const key = throttleKey(code, ctx.identity.address);
  const attemptedAt = Date.now();
  if (!throttle.attempt(key, attemptedAt)) {
    throw new GraphQLError("Too many failed attempts for this code; try again later", {
      extensions: { code: "RATE_LIMITED", messageZh: "查询失败次数过多，请15分钟后再试" },
    });
  }
  const applicants = dispute ? parties.filter((p) => p.role === "APPLICANT") : NO_APPLICANTS;
  if (!verificationMatches(verification, applicants) || !dispute) {
    ctx.log.info({ disputeCode: code }, "tracking verification failed");
    return null;
  }
  throttle.succeeded(key, attemptedAt);
  return trackingView(dispute, ctx);
}

async function trackingView(dispute: Dispute, ctx: PetitionsContext): Promise<DisputeTracking> {
  const clock = dispute.closedAt ? null : await serviceClock(dispute, ctx);
  return {
    code: dispute.code,
    category: dispute.category,
    status: dispute.status,
    outcome: dispute.outcome,
    registeredAt: dispute.registeredAt,
    leadDepartment: dispute.leadDepartment,
    handlingBody: dispute.handlingBody,
    nextDeadline: clock?.deadline ?? null,
    remainingDays: clock?.remainingDays ?? null,
    provisionalCalendar: clock?.provisionalCalendar ?? null,
    mayEvaluate: dispute.status === "CLOSED" && dispute.evaluatedAt === null,
    timeline: await ctx.loaders.timelineByDispute.load(dispute.code),
  };
}
