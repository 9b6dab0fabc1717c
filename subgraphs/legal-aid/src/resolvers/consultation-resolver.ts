import { givenFields } from "@onedoor/shared/audit/audit";
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { InputProblems } from "@onedoor/shared/graphql/errors";
import {
  maskedPhone,
  readPersonalData,
  visibleName,
  type PersonalDataOwner,
  type Policy,
} from "@onedoor/shared/auth/access";
import { visibilityOf } from "@onedoor/shared/auth/policy";
import { afterCursorDesc, pageSize, toConnection, type ConnectionShape } from "@onedoor/shared/graphql/connection";
import { validatePhone } from "@onedoor/shared/validators/index";
import {
  LegalConsultation,
  LegalConsultationConnection,
  LegalConsultationFilter,
  RecordLegalConsultationInput,
} from "../entities/consultation.js";
import type { Prisma } from "../generated/prisma/client.js";
import { checkDisputeCode, checkOptionalText, checkText } from "./input-checks.js";
import { isoSort, parseIsoSort, type ConsultationRow } from "./mapping.js";

import { CONSULTATION_SCOPE } from "../domain/access.js";
import { consultationEvent } from "../domain/case-events.js";
import { ConsultationChannel } from "../domain/vocabulary.js";
import { insertConsultation } from "../db/cases.js";
import type { LegalAidContext } from "./context.js";
import { currentTime } from "@onedoor/shared/clock/now";

/** The enquirer's data: no resident ID is taken at a consultation, so only the center and the commander see it in full. */
const enquirer = (row: ConsultationRow): PersonalDataOwner => ({
  scope: CONSULTATION_SCOPE,
  partyId: null,
  entity: "LegalConsultation",
  entityId: row.id,
});
const seesInFull = (ctx: LegalAidContext): boolean => visibilityOf(ctx.identity, CONSULTATION_SCOPE) === "full";

@Resolver(() => LegalConsultation)
export class LegalConsultationResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: "咨询人: in full for the legal aid center and the commander, 张* for others.",
  })
  enquirerName(@Root() row: ConsultationRow, @Ctx() ctx: LegalAidContext): string | null {
    return row.enquirerName === null ? null : visibleName(ctx, enquirer(row), row.enquirerName);
  }

  @FieldResolver(() => String, { nullable: true, description: "Masked (138****0012)." })
  enquirerPhone(@Root() row: ConsultationRow): string | null {
    return maskedPhone(row.enquirerPhone);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Phone in full: the legal aid center and the commander only (FORBIDDEN otherwise); every read is audited.",
  })
  enquirerPhoneFull(@Root() row: ConsultationRow, @Ctx() ctx: LegalAidContext): Promise<string | null> {
    return readPersonalData(ctx, ctx.store, enquirer(row), "phone", row.enquirerPhone);
  }

  @FieldResolver(() => String, { nullable: true, description: "咨询内容; null for summary readers." })
  question(@Root() row: ConsultationRow, @Ctx() ctx: LegalAidContext): string | null {
    return seesInFull(ctx) ? row.question : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "解答; null for summary readers." })
  answer(@Root() row: ConsultationRow, @Ctx() ctx: LegalAidContext): string | null {
    return seesInFull(ctx) ? row.answer : null;
  }

  @Authorized<Policy>("departmentStaff", "commander")
  @Query(() => LegalConsultationConnection, { description: "法律咨询记录, newest first." })
  async legalConsultations(
    @Ctx() ctx: LegalAidContext,
    @Arg("filter", () => LegalConsultationFilter, { nullable: true })
    filter: LegalConsultationFilter | null,
    @Arg("first", () => Int, { nullable: true }) first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
  ): Promise<ConnectionShape<ConsultationRow>> {
    const size = pageSize(first);
    const problems = new InputProblems();
    const disputeCode = checkDisputeCode(problems, ["filter", "disputeCode"], filter?.disputeCode);
    problems.throwIfAny();
    const where: Prisma.LegalConsultationWhereInput[] = [afterCursorDesc("consultedAt", after, parseIsoSort)];
    if (disputeCode) where.push({ disputeCode });
    if (filter?.channel) where.push({ channel: filter.channel });
    if (filter?.from) where.push({ consultedAt: { gte: filter.from } });
    if (filter?.to) where.push({ consultedAt: { lt: filter.to } });
    const rows = await ctx.store.legalConsultation.findMany({
      where: { AND: where },
      orderBy: [{ consultedAt: "desc" }, { id: "desc" }],
      take: size + 1,
    });
    return toConnection(rows, size, (r) => isoSort(r.consultedAt));
  }

  @Authorized<Policy>("legalAidOfficer")
  @Mutation(() => LegalConsultation, {
    description: "Records a legal consultation (法律咨询) given at the window or by phone.",
  })
  async recordLegalConsultation(
    @Arg("input", () => RecordLegalConsultationInput) input: RecordLegalConsultationInput,
    @Ctx() ctx: LegalAidContext,
  ): Promise<ConsultationRow> {
    const problems = new InputProblems();
    const disputeCode = checkDisputeCode(problems, ["input", "disputeCode"], input.disputeCode);
    const enquirerName = checkOptionalText(
      problems,
      ["input", "enquirerName"],
      input.enquirerName,
      "咨询人姓名",
      "Enquirer name",
      50,
    );
    const enquirerPhone = input.enquirerPhone
      ? (problems.check(["input", "enquirerPhone"], validatePhone(input.enquirerPhone)) ?? null)
      : null;
    const topic = checkText(problems, ["input", "topic"], input.topic, "咨询主题", "Topic", 50);
    const question = checkText(problems, ["input", "question"], input.question, "咨询内容", "Question", 4000, true);
    const answer = checkText(problems, ["input", "answer"], input.answer, "解答意见", "Answer", 4000, true);
    const answeredBy =
      checkOptionalText(problems, ["input", "answeredBy"], input.answeredBy, "解答人", "Answered by", 50) ??
      ctx.identity.userId ??
      null;
    if (!answeredBy) problems.add(["input", "answeredBy"], "EMPTY", "请填写解答人", "Give who answered");
    problems.throwIfAny();
    return insertConsultation(
      ctx.store,
      { by: ctx, action: "recordLegalConsultation", fields: givenFields(input, { nested: true }) },
      {
        channel: input.channel,
        disputeCode,
        enquirerName,
        enquirerPhone,
        topic: topic!,
        question: question!,
        answer: answer!,
        answeredBy: answeredBy!,
        consultedAt: currentTime(),
      },
      (row) => [consultationEvent({ channel: row.channel as ConsultationChannel, at: row.consultedAt })],
    );
  }
}
