// 特邀调解员名册: read by anyone signed in (who mediates for the court is no secret), kept by the department's
// directory administrator.
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { entryStatusStep, statusChangeReason } from "@onedoor/shared/directory/status-step";
import { loadById } from "@onedoor/shared/db/write-path";
import { InputProblems, invalidState } from "@onedoor/shared/graphql/errors";
import { DirectoryStatus } from "@onedoor/shared/graphql/directory-status";
import { countyForCourtCode } from "../domain/case-number.js";
import { changeInvitedMediatorStatus, createInvitedMediator, invitedMediatorKind } from "../db/write.js";
import type { CourtInvitedMediator as InvitedMediatorRow } from "../generated/prisma/client.js";
import { CourtInvitedMediator } from "../entities/invited-mediator.js";
import {
  ChangeCourtInvitedMediatorStatusInput,
  CourtInvitedMediatorFilter,
  RegisterCourtInvitedMediatorInput,
} from "../entities/inputs.js";
import { assertMayKeepRosterOf } from "./access.js";
import type { LitigationContext } from "./context.js";

@Resolver(() => CourtInvitedMediator)
export class InvitedMediatorResolver {
  @Authorized<Policy>("signedIn")
  @Query(() => [CourtInvitedMediator], {
    description: "特邀调解员名册 of the courts, by court and name (a roster of dozens: not paged).",
  })
  courtInvitedMediators(
    @Arg("filter", () => CourtInvitedMediatorFilter, { nullable: true }) filter: CourtInvitedMediatorFilter | null,
    @Ctx() ctx: LitigationContext,
  ): Promise<InvitedMediatorRow[]> {
    const statuses = filter?.statuses?.length ? filter.statuses : [DirectoryStatus.ACTIVE];
    return ctx.store.courtInvitedMediator.findMany({
      where: { status: { in: statuses }, ...(filter?.courtCode ? { courtCode: filter.courtCode } : {}) },
      orderBy: [{ courtCode: "asc" }, { name: "asc" }],
    });
  }

  @Authorized<Policy>("directoryAdministrator")
  @Mutation(() => CourtInvitedMediator, { description: "Adds an invited mediator to a court's roster." })
  async registerCourtInvitedMediator(
    @Arg("input", () => RegisterCourtInvitedMediatorInput) input: RegisterCourtInvitedMediatorInput,
    @Ctx() ctx: LitigationContext,
  ): Promise<InvitedMediatorRow> {
    const problems = new InputProblems();
    const name = problems.text(["input", "name"], input.name, { zh: "姓名", en: "Name" }, 30);
    const organisation = problems.text(
      ["input", "organisation"],
      input.organisation,
      { zh: "所在组织", en: "Organisation" },
      100,
    );
    if (countyForCourtCode(input.courtCode) === undefined)
      problems.add(
        ["input", "courtCode"],
        "UNKNOWN",
        `“${input.courtCode}”不是基层人民法院的代字`,
        `"${input.courtCode}" is not the code of a basic court`,
      );
    problems.throwIfAny();
    const courtCode = input.courtCode;
    assertMayKeepRosterOf(ctx, courtCode);
    // A delegation names its mediator, so a name is on a court's roster once (the database keeps it so).
    if (await ctx.store.courtInvitedMediator.findUnique({ where: { courtCode_name: { courtCode, name } } }))
      throw invalidState(`${name} is already on the court's roster`, `${name}已在该法院特邀调解员名册中`, {
        reason: "INVITED_MEDIATOR_ALREADY_ON_ROSTER",
      });
    return createInvitedMediator(
      ctx,
      { courtCode, name, organisation },
      { action: "registerCourtInvitedMediator", input },
    );
  }

  @Authorized<Policy>("directoryAdministrator")
  @Mutation(() => CourtInvitedMediator, {
    description:
      "暂停、恢复或退出名录: suspends, reinstates or retires an invited mediator, with the reason. A suspended or " +
      "retired mediator finishes the mediations they hold and is delegated no new one; retiring is for good.",
  })
  async changeCourtInvitedMediatorStatus(
    @Arg("input", () => ChangeCourtInvitedMediatorStatusInput) input: ChangeCourtInvitedMediatorStatusInput,
    @Ctx() ctx: LitigationContext,
  ): Promise<InvitedMediatorRow> {
    const reason = statusChangeReason(input);
    const mediator = await loadById(invitedMediatorKind, input.mediatorId, (id) =>
      ctx.store.courtInvitedMediator.findUnique({ where: { id } }),
    );
    assertMayKeepRosterOf(ctx, mediator.courtCode);
    return changeInvitedMediatorStatus(
      ctx,
      entryStatusStep((name) => ({ zh: `特邀调解员${name}`, en: name }), {
        id: mediator.id,
        input,
        reason,
        action: "changeCourtInvitedMediatorStatus",
      }),
    );
  }
}
