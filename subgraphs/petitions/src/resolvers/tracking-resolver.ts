import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { GraphQLError } from "graphql";
import { DisputeTracking } from "../entities/dispute-tracking.js";
import { AttemptThrottle, verificationMatches } from "../domain/tracking.js";
import { disputeCodeArg } from "./access.js";
import { serviceClock } from "./dispute-resolver.js";
import type { PetitionsContext } from "./context.js";

const throttle = new AttemptThrottle();

@Resolver(() => DisputeTracking)
export class TrackingResolver {
  // Public: the code plus a verification answer is the check (residents without an account).
  @Authorized<Policy>("anyone")
  @Query(() => DisputeTracking, {
    nullable: true,
    description:
      "A resident follows their matter by 解纷码 and the last 4 characters of an applicant's phone, ID number or credit code. A wrong answer is null, exactly like an unknown code; repeated failures for a code are refused for 15 minutes.",
  })
  async trackDispute(
    @Arg("code", () => String) code: string,
    @Arg("verification", () => String) verification: string,
    @Ctx() ctx: PetitionsContext,
  ): Promise<DisputeTracking | null> {
    const compact = disputeCodeArg(code, "code");
    const attemptedAt = Date.now();
    if (!throttle.attempt(compact, attemptedAt)) {
      throw new GraphQLError("Too many failed attempts for this code; try again later", {
        extensions: { code: "RATE_LIMITED", messageZh: "查询失败次数过多，请15分钟后再试" },
      });
    }
    const dispute = await ctx.loaders.disputeByCode.load(compact);
    const applicants = dispute
      ? (await ctx.loaders.partiesByDispute.load(dispute.id)).filter((p) => p.role === "APPLICANT")
      : [];
    if (!dispute || !verificationMatches(verification, applicants)) {
      ctx.log.info({ disputeCode: compact }, "tracking verification failed");
      return null;
    }
    throttle.succeeded(compact, attemptedAt);
    const clock = dispute.closedAt ? null : serviceClock(dispute);
    return {
      code: dispute.code,
      category: dispute.category,
      status: dispute.status,
      registeredAt: dispute.registeredAt,
      leadDepartment: dispute.leadDepartment,
      handlingBody: dispute.handlingBody,
      nextDeadline: clock?.deadline ?? null,
      remainingDays: clock?.remainingDays ?? null,
      mayEvaluate: dispute.status === "CLOSED" && dispute.evaluatedAt === null,
      timeline: await ctx.loaders.timelineByDispute.load(dispute.code),
    };
  }
}
