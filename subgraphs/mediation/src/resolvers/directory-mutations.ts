// 名录维护: the department's directory administrator keeps its committees, mediators and expert pool — adds
// them and suspends, reinstates or retires them with a reason. Each change is audited; nobody else may call these.
import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { actorId } from "@onedoor/shared/auth/identity";
import { currentTime } from "@onedoor/shared/clock/now";
import { refused } from "@onedoor/shared/db/write-path";
import { conflict, InputProblems, notFound } from "@onedoor/shared/graphql/errors";
import { isUuid } from "@onedoor/shared/graphql/input-bounds";
import { validateRegionCode } from "@onedoor/shared/validators/index";
import { checkStatusChange, rosterRefusal, type DirectoryMember } from "../domain/directory.js";
import {
  addCommittee,
  addExpert,
  addMediator,
  changeStatus,
  committeeNamed,
  openCasesOf,
} from "../db/directory-writes.js";
import { Committee, Expert, Mediator } from "../entities/directory.js";
import type { DirectoryStatus } from "../entities/enums.js";
import {
  AddMediationCommitteeInput,
  AddMediationExpertInput,
  AddMediationMediatorInput,
  ChangeMediationCommitteeStatusInput,
  ChangeMediationExpertStatusInput,
  ChangeMediatorStatusInput,
} from "../entities/inputs.js";
import type { MediationContext } from "./context.js";

const label = (zh: string, en: string) => ({ zh, en });
const NAME = label("名称", "Name");
const SPECIALTY = label("擅长领域", "Specialty");

/** A county's GB/T 2260 code (6 digits): directories are kept per county. */
function countyCode(problems: InputProblems, field: (string | number)[], input: string): string {
  const code = problems.check(field, validateRegionCode(input));
  if (code !== undefined && code.length !== 6)
    problems.add(field, "FORMAT", "请填写6位县级行政区划代码", "Give the county's 6-digit region code");
  return code ?? "";
}

function labels(problems: InputProblems, field: string, values: readonly string[] | undefined, what = SPECIALTY) {
  return [...new Set((values ?? []).map((v, i) => problems.text(["input", field, i], v, what, 30)))];
}

@Resolver()
export class DirectoryMutations {
  @Authorized<Policy>("directoryAdministrator")
  @Mutation(() => Committee, { description: "名录维护: a committee joins the directory, ACTIVE." })
  async addMediationCommittee(
    @Arg("input", () => AddMediationCommitteeInput) input: AddMediationCommitteeInput,
    @Ctx() ctx: MediationContext,
  ) {
    const problems = new InputProblems();
    const name = problems.text(["input", "name"], input.name, NAME, 60);
    const regionCode = countyCode(problems, ["input", "regionCode"], input.regionCode);
    const specialties = labels(problems, "specialties", input.specialties);
    if (specialties.length === 0)
      problems.add(["input", "specialties"], "EMPTY", "请填写调委会受理的纠纷类别", "Name the categories it covers");
    problems.throwIfAny();
    if (await committeeNamed(ctx, name)) throw conflict("A committee of this name exists", `调委会${name}已在名录中`);
    return addCommittee(
      ctx,
      ctx,
      { name, type: input.type, level: input.level, regionCode, specialties },
      { action: "addMediationCommittee", input },
    );
  }

  @Authorized<Policy>("directoryAdministrator")
  @Mutation(() => Mediator, { description: "名录维护: a mediator joins a committee, ACTIVE and available." })
  async addMediationMediator(
    @Arg("input", () => AddMediationMediatorInput) input: AddMediationMediatorInput,
    @Ctx() ctx: MediationContext,
  ) {
    const problems = new InputProblems();
    const name = problems.text(["input", "name"], input.name, label("姓名", "Name"), 30);
    const specialties = labels(problems, "specialties", input.specialties);
    const dialects = labels(problems, "dialects", input.dialects, label("方言", "Dialect"));
    problems.throwIfAny();
    const committee = isUuid(input.committeeId) ? await ctx.loaders.committeeById.load(input.committeeId) : null;
    if (!committee) throw notFound("MediationCommittee", input.committeeId, "调委会不存在");
    const closed = rosterRefusal(committee);
    if (closed) throw refused(closed, committee.status);
    return addMediator(
      ctx,
      ctx,
      { committeeId: committee.id, name, role: input.role, specialties, dialects },
      { action: "addMediationMediator", input },
    );
  }

  @Authorized<Policy>("directoryAdministrator")
  @Mutation(() => Expert, { description: "名录维护: a lawyer or expert joins a county's expert pool, ACTIVE." })
  async addMediationExpert(
    @Arg("input", () => AddMediationExpertInput) input: AddMediationExpertInput,
    @Ctx() ctx: MediationContext,
  ) {
    const problems = new InputProblems();
    const name = problems.text(["input", "name"], input.name, label("姓名", "Name"), 30);
    const organization = problems.text(
      ["input", "organization"],
      input.organization,
      label("单位", "Organization"),
      60,
    );
    const title = problems.optionalText(["input", "title"], input.title, label("职称", "Title"), 30) ?? null;
    const regionCode = countyCode(problems, ["input", "regionCode"], input.regionCode);
    const specialties = labels(problems, "specialties", input.specialties);
    if (specialties.length === 0)
      problems.add(["input", "specialties"], "EMPTY", "请填写专家的专业领域", "Name the expert's specialties");
    problems.throwIfAny();
    return addExpert(
      ctx,
      ctx,
      { name, kind: input.kind, organization, title, regionCode, specialties },
      { action: "addMediationExpert", input },
    );
  }

  @Authorized<Policy>("directoryAdministrator")
  @Mutation(() => Committee, {
    description: "暂停 / 恢复 / 退出 a committee; retiring one that holds open cases is refused.",
  })
  async changeMediationCommitteeStatus(
    @Arg("input", () => ChangeMediationCommitteeStatusInput) input: ChangeMediationCommitteeStatusInput,
    @Ctx() ctx: MediationContext,
  ) {
    const row = isUuid(input.committeeId) ? await ctx.loaders.committeeById.load(input.committeeId) : null;
    if (!row) throw notFound("MediationCommittee", input.committeeId, "调委会不存在");
    await this.change(ctx, "committee", row, input, "changeMediationCommitteeStatus");
    return ctx.store.committee.findUniqueOrThrow({ where: { id: row.id } });
  }

  @Authorized<Policy>("directoryAdministrator")
  @Mutation(() => Mediator, {
    description:
      "暂停 / 恢复 / 退出 a mediator; retiring one who sits on open cases is refused until they are reassigned.",
  })
  async changeMediatorStatus(
    @Arg("input", () => ChangeMediatorStatusInput) input: ChangeMediatorStatusInput,
    @Ctx() ctx: MediationContext,
  ) {
    const row = isUuid(input.mediatorId) ? await ctx.loaders.mediatorById.load(input.mediatorId) : null;
    if (!row) throw notFound("MediationMediator", input.mediatorId, "调解员不存在");
    await this.change(ctx, "mediator", row, input, "changeMediatorStatus");
    return ctx.store.mediator.findUniqueOrThrow({ where: { id: row.id } });
  }

  @Authorized<Policy>("directoryAdministrator")
  @Mutation(() => Expert, {
    description: "暂停 / 恢复 / 退出 an expert of the pool; retiring one picked on open cases is refused.",
  })
  async changeMediationExpertStatus(
    @Arg("input", () => ChangeMediationExpertStatusInput) input: ChangeMediationExpertStatusInput,
    @Ctx() ctx: MediationContext,
  ) {
    const row = isUuid(input.expertId) ? await ctx.loaders.expertById.load(input.expertId) : null;
    if (!row) throw notFound("MediationExpert", input.expertId, "专家不存在");
    await this.change(ctx, "expert", row, input, "changeMediationExpertStatus");
    return ctx.store.expert.findUniqueOrThrow({ where: { id: row.id } });
  }

  private async change(
    ctx: MediationContext,
    member: DirectoryMember,
    row: { id: string; name: string; status: DirectoryStatus },
    input: { status: DirectoryStatus; reason: string },
    action: string,
  ): Promise<void> {
    const problems = new InputProblems();
    const reason = problems.text(["input", "reason"], input.reason, label("原因", "Reason"), 500, { multiline: true });
    problems.throwIfAny();
    const openCases = input.status === "RETIRED" ? await openCasesOf(ctx, member, row.id) : 0;
    const transition = checkStatusChange(member, row.name, row.status, input.status, openCases);
    if (!transition.ok) throw refused(transition, row.status);
    const change = {
      status: transition.status,
      statusReason: reason,
      statusChangedAt: currentTime(),
      statusChangedBy: actorId(ctx.identity),
    };
    if (!(await changeStatus(ctx, ctx, member, row.id, row.status, change, { action, input })))
      throw conflict("Its status changed meanwhile: read it again", `${row.name}的状态已被他人更改，请刷新后重试`);
  }
}
