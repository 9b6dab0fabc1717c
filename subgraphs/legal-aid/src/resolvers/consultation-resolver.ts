import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { actorId } from "@onedoor/shared/auth/identity";
import { InputProblems } from "@onedoor/shared/graphql/errors";
import { maskedPhone, visibleName, type PersonalDataOwner, type Policy } from "@onedoor/shared/auth/access";
import { visibilityOf } from "@onedoor/shared/auth/policy";
import { countyOfDisputeCode } from "@onedoor/shared/auth/jurisdiction";
import { pageSize, type ConnectionShape } from "@onedoor/shared/graphql/connection";
import { checkUuid } from "@onedoor/shared/graphql/input-bounds";
import { validatePhone } from "@onedoor/shared/validators/index";
import { currentTime } from "@onedoor/shared/clock/now";
import { LegalConsultation, LegalConsultationConnection } from "../entities/consultation.js";
import { LegalAidConsultationSort } from "../entities/enums.js";
import { LegalConsultationsArgs, RecordLegalConsultationInput } from "../entities/inputs.js";
import { consultationScope } from "../domain/access.js";
import { consultationEvent } from "../domain/case-events.js";
import { optionalDisputeCode } from "../domain/input-rules.js";
import { consultationById, consultationPage } from "../db/consultations.js";
import { readAudited } from "../db/personal-data.js";
import { createConsultation } from "../db/write.js";
import type { ConsultationRow } from "./mapping.js";
import { assertMayFileIn, listScope, visibleConsultation } from "./access.js";
import type { LegalAidContext } from "./context.js";

/** The enquirer's data: no resident ID is taken at a consultation, so only the center and the commander see it in full. */
const enquirer = (row: ConsultationRow): PersonalDataOwner => ({
  scope: consultationScope(row),
  partyId: null,
  entity: "LegalConsultation",
  entityId: row.id,
});
const seesInFull = (ctx: LegalAidContext, row: ConsultationRow): boolean =>
  visibilityOf(ctx.identity, consultationScope(row)) === "full";

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
    return readAudited(ctx, enquirer(row), "phone", row.enquirerPhone);
  }

  @FieldResolver(() => String, { nullable: true, description: "咨询内容; null for summary readers." })
  question(@Root() row: ConsultationRow, @Ctx() ctx: LegalAidContext): string | null {
    return seesInFull(ctx, row) ? row.question : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "解答; null for summary readers." })
  answer(@Root() row: ConsultationRow, @Ctx() ctx: LegalAidContext): string | null {
    return seesInFull(ctx, row) ? row.answer : null;
  }

  @Authorized<Policy>("departmentStaff", "commander")
  @Query(() => LegalConsultation, {
    nullable: true,
    description: "One consultation: where the enquirer's full phone is read, one record at a time.",
  })
  async legalConsultation(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: LegalAidContext,
  ): Promise<ConsultationRow | null> {
    const problems = new InputProblems();
    const valid = problems.check(["id"], checkUuid(id, { zh: "法律咨询记录编号", en: "id" }));
    problems.throwIfAny();
    return visibleConsultation(ctx, await consultationById(ctx, valid!));
  }

  @Authorized<Policy>("departmentStaff", "commander")
  @Query(() => LegalConsultationConnection, {
    description: "法律咨询记录, newest first unless sorted otherwise, keyset-paged.",
  })
  async legalConsultations(
    @Args(() => LegalConsultationsArgs) { filter, sort, first, after }: LegalConsultationsArgs,
    @Ctx() ctx: LegalAidContext,
  ): Promise<ConnectionShape<ConsultationRow>> {
    const size = pageSize(first);
    const problems = new InputProblems();
    const disputeCode = problems.check(["filter", "disputeCode"], optionalDisputeCode(filter?.disputeCode));
    problems.throwIfAny();
    return consultationPage(
      ctx,
      {
        disputeCode: disputeCode ?? null,
        channel: filter?.channel,
        from: filter?.from,
        to: filter?.to,
        within: listScope(ctx),
      },
      { after, size, direction: sort === LegalAidConsultationSort.OLDEST_FIRST ? "asc" : "desc" },
    );
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
    const disputeCode = problems.check(["input", "disputeCode"], optionalDisputeCode(input.disputeCode));
    const enquirerName = problems.optionalText(
      ["input", "enquirerName"],
      input.enquirerName,
      { zh: "咨询人姓名", en: "Enquirer name" },
      50,
    );
    const enquirerPhone = input.enquirerPhone
      ? problems.check(["input", "enquirerPhone"], validatePhone(input.enquirerPhone))
      : null;
    const topic = problems.text(["input", "topic"], input.topic, { zh: "咨询主题", en: "Topic" }, 50);
    const question = problems.text(["input", "question"], input.question, { zh: "咨询内容", en: "Question" }, 4000, {
      multiline: true,
    });
    const answer = problems.text(["input", "answer"], input.answer, { zh: "解答意见", en: "Answer" }, 4000, {
      multiline: true,
    });
    const answeredBy = problems.optionalText(
      ["input", "answeredBy"],
      input.answeredBy,
      { zh: "解答人", en: "Answered by" },
      50,
    );
    problems.throwIfAny();
    assertMayFileIn(ctx, disputeCode ? [countyOfDisputeCode(disputeCode)] : []);
    return createConsultation(
      ctx,
      {
        channel: input.channel,
        disputeCode: disputeCode ?? null,
        enquirerName: enquirerName ?? null,
        enquirerPhone: enquirerPhone ?? null,
        topic,
        question,
        answer,
        answeredBy: answeredBy ?? actorId(ctx.identity),
        consultedAt: currentTime(),
      },
      (row) => [consultationEvent({ channel: row.channel, at: row.consultedAt, disputeCode: row.disputeCode })],
      { action: "recordLegalConsultation", input },
    );
  }
}
