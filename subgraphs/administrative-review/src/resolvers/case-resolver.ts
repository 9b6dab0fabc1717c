import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { clockView, ClockView } from "@onedoor/shared/graphql/clock-type";
import { currentTime } from "@onedoor/shared/clock/now";
import type { LocalDate } from "@onedoor/shared/clock/index";
import { DisputeStub } from "@onedoor/shared/federation/dispute-stub";
import { LocalDateScalar } from "@onedoor/shared/graphql/scalars";
import type { AdministrativeReviewCase as CaseRow } from "../generated/prisma/client.js";
import { AdministrativeReviewCase } from "../entities/case.js";
import { reviewClocks } from "../domain/clocks.js";
import type { AdministrativeReviewContext } from "./context.js";
import { loadCase, seesInFull } from "./access.js";

@Resolver(() => AdministrativeReviewCase)
export class AdministrativeReviewCaseResolver {
  @Authorized<Policy>("signedIn")
  @Query(() => AdministrativeReviewCase, { description: "One administrative review case, as the caller may see it." })
  administrativeReviewCase(@Arg("id", () => ID) id: string, @Ctx() ctx: AdministrativeReviewContext): Promise<CaseRow> {
    return loadCase(ctx, id);
  }

  @FieldResolver(() => LocalDateScalar, { description: "When the applicant knew of the act." })
  actKnownOn(@Root() row: CaseRow): LocalDate {
    return row.actKnownOn.toISOString().slice(0, 10);
  }

  @FieldResolver(() => DisputeStub, {
    nullable: true,
    description: "The registry's dispute (解纷码); null while the registry cannot answer.",
  })
  dispute(@Root() row: CaseRow): DisputeStub {
    return { code: row.disputeCode };
  }

  @FieldResolver(() => String, { nullable: true, description: "复议请求 (null in a summary)." })
  request(@Root() row: CaseRow, @Ctx() ctx: AdministrativeReviewContext): string | null {
    return seesInFull(ctx, row) ? row.request : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Why a late application was accepted (null in a summary).",
  })
  lateReason(@Root() row: CaseRow, @Ctx() ctx: AdministrativeReviewContext): string | null {
    return seesInFull(ctx, row) ? row.lateReason : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Why it was rejected or terminated, or the decision's gist (null in a summary).",
  })
  result(@Root() row: CaseRow, @Ctx() ctx: AdministrativeReviewContext): string | null {
    return seesInFull(ctx, row) ? row.result : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "撤销受理: the review office's account of the error (null in a summary).",
  })
  voidExplanation(@Root() row: CaseRow, @Ctx() ctx: AdministrativeReviewContext): string | null {
    return seesInFull(ctx, row) ? row.voidExplanation : null;
  }

  @FieldResolver(() => [ClockView], {
    description:
      "Legal clocks: application (60 days from knowing of the act), acceptance (5 working days), decision (60 days, extendable by ≤ 30; 30 simplified).",
  })
  clocks(@Root() row: CaseRow): ClockView[] {
    return reviewClocks(row, currentTime()).map((c) => clockView(c.kind, c.startedAt, c.status));
  }
}
