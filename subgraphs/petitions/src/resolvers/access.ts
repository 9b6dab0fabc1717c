// The registry's access module: records loaded for the caller and checked. A dispute's scope needs its
// parties, hand-offs and dispatches, read through the request's loaders so a list of disputes costs three
// batched queries.
import { allows, assertVisible, notVisible, visibleTo } from "@onedoor/shared/auth/access";
import {
  countyOfDisputeCode,
  inJurisdiction,
  mainBodyIn,
  recordCounty,
  regionCovers,
  servesBody,
} from "@onedoor/shared/auth/jurisdiction";
import {
  hasRole,
  isStaff,
  isStaffOf,
  visibilityOf,
  type RecordScope,
  type Visibility,
} from "@onedoor/shared/auth/policy";
import { loadById } from "@onedoor/shared/db/write-path";
import { parseDisputeCode } from "@onedoor/shared/dispute-code/index";
import { forbidden, InputProblems, notFound } from "@onedoor/shared/graphql/errors";
import type { Dispute, HandOff } from "../generated/prisma/client.js";
import type { Department } from "../generated/prisma/enums.js";
import { disputeByCode } from "../db/disputes.js";
import { handOffById } from "../db/hand-offs.js";
import { DEPARTMENT_SUBGRAPH, disputeScope, partyScope, subgraphOfDepartment } from "../domain/access.js";
import type { Closer } from "../domain/lifecycle.js";
import type { Identity } from "@onedoor/shared/auth/identity";
import { partyIdsOfRows } from "../domain/party.js";
import type { PetitionsContext } from "./context.js";

type DisputeKeys = Pick<Dispute, "id" | "leadDepartment" | "regionCode" | "handlingBody">;

/** Compact 解纷码 from what a person typed; BAD_USER_INPUT naming `field` when it does not check out. */
/** Who closes, as the registry's closing rule sees it (domain/lifecycle.ts `closerStep`). */
export function closerOf(identity: Identity): Closer {
  if (hasRole(identity, "commander")) return { kind: "commander" };
  if (isStaffOf(identity, "petitions")) return { kind: "window" };
  const department = (Object.keys(DEPARTMENT_SUBGRAPH) as Department[]).find(
    (d) => d !== "PETITIONS" && d !== "COMPREHENSIVE_WINDOW" && isStaffOf(identity, DEPARTMENT_SUBGRAPH[d]),
  );
  if (!department) throw forbidden("Only staff close disputes", "仅工作人员可以办结纠纷");
  return { kind: "department", department };
}

export function disputeCodeArg(input: string, path: string[]): string {
  const problems = new InputProblems();
  const code = problems.check(path, parseDisputeCode(input));
  problems.throwIfAny();
  return code!;
}

/** The dispute a step acts on, by the code the caller typed, as stored now (not from the request's loaders). */
export async function loadDispute(
  ctx: PetitionsContext,
  input: string,
  path: string[] = ["input", "code"],
): Promise<Dispute> {
  const code = disputeCodeArg(input, path);
  const dispute = await disputeByCode(ctx.store, code);
  if (!dispute) throw notFound("Dispute", code, `未找到解纷码为 ${code} 的纠纷`);
  await assertActsOn(ctx, dispute);
  return dispute;
}

/** The window registers its own county's matters: a clerk of county X cannot give a code of county Y. */
export function assertRegistersIn(ctx: PetitionsContext, county: string): void {
  if (!inJurisdiction(ctx.identity, county))
    throw forbidden("The window registers matters of its own county only", "综合窗口只能登记本县区的纠纷");
}

/**
 * Staff and the commander act only on disputes of their county, and a department's staff only on those
 * sent to their own body: the same test as reading it (a summary reader's steps are refused by their policies).
 */
async function assertActsOn(ctx: PetitionsContext, dispute: DisputeKeys): Promise<void> {
  if (!isStaff(ctx.identity) && !hasRole(ctx.identity, "commander")) return;
  if ((await disputeVisibility(ctx, dispute)) === "none")
    throw forbidden(
      "This dispute is outside your jurisdiction (another county or a body it was not sent to)",
      "该纠纷不在您的管辖范围内（其他县区或未派至本单位）",
    );
}

/**
 * The center's routing administrator (分流规则维护) is its commander: no role of its own, as commanders already
 * decide dispatch. One rule set routes every county the registry's directories know, so only a commander whose
 * region covers all of them (the center's, a prefecture or province code; a token without region in development)
 * saves one; a county's commander reads it.
 */
export function assertRoutesCounties(ctx: PetitionsContext, counties: readonly string[]): void {
  const region = ctx.identity.region;
  const outside = region === undefined ? [] : counties.filter((county) => !regionCovers(region, county));
  if (outside.length > 0)
    throw forbidden(
      `The routing rules also route ${outside.join(", ")}, outside your region: the center's commander saves them`,
      `分流规则同时适用于您辖区以外的 ${outside.join("、")}，须由中心指挥长保存`,
    );
}

/** A hand-off its receiving department (or the commander) is to answer; FORBIDDEN for anyone else. */
export async function loadHandOffForReceiver(ctx: PetitionsContext, id: string): Promise<HandOff> {
  const handOff = await loadById({ entity: "HandOff", nameZh: "移交" }, id, (key) => handOffById(ctx.store, key));
  const receiver = subgraphOfDepartment(handOff.toDepartment);
  if (!hasRole(ctx.identity, "commander") && !(receiver && isStaffOf(ctx.identity, receiver))) {
    throw forbidden(
      "Only the receiving department or the commander may answer this hand-off",
      "仅接收部门或指挥长可处理该移交",
    );
  }
  // Within the receiving department, the body it names answers it (the commander: the dispute's county).
  const inCounty = inJurisdiction(ctx.identity, countyOfDisputeCode(handOff.disputeCode));
  if (!inCounty || (!hasRole(ctx.identity, "commander") && !servesBody(ctx.identity, [handOff.toBody])))
    throw forbidden("This hand-off is addressed to another body or county", "该移交指向其他单位或县区，您无权处理");
  return handOff;
}

export async function scopeOfDispute(ctx: PetitionsContext, dispute: DisputeKeys): Promise<RecordScope> {
  const [parties, handOffs, dispatches] = await Promise.all([
    ctx.loaders.partiesByDispute.load(dispute.id),
    ctx.loaders.handOffsByDispute.load(dispute.id),
    ctx.loaders.dispatchesByDispute.load(dispute.id),
  ]);
  return disputeScope({
    leadDepartment: dispute.leadDepartment,
    partyIds: partyIdsOfRows(parties),
    handOffs,
    county: dispute.regionCode,
    dispatchedBodies: [
      ...(dispute.handlingBody ? [dispute.handlingBody] : []),
      ...dispatches.flatMap((d) => [d.body, ...d.coHandlers]),
      ...arbitrationOffice(dispute, dispatches),
      ...countyBodyOf("LEGAL_AID", dispute, dispatches),
      ...countyBodyOf("LITIGATION", dispute, dispatches),
      ...countyBodyOf("ADMINISTRATIVE_REVIEW", dispute, dispatches),
    ],
  });
}

/**
 * A commission's staff work in the county's arbitration office (劳动人事争议仲裁院), the body their tokens name: a
 * dispute sent to one of the county's commissions is open to that office.
 */
function arbitrationOffice(
  dispute: Pick<DisputeKeys, "leadDepartment" | "regionCode">,
  dispatches: readonly { department: string }[],
): string[] {
  const sent = dispute.leadDepartment === "ARBITRATION" || dispatches.some((d) => d.department === "ARBITRATION");
  const office = sent ? mainBodyIn("arbitration", dispute.regionCode.slice(0, 6)) : undefined;
  return office ? [office] : [];
}

/**
 * The county's main body of a department whose staff also serve its other published bodies (a legal aid centre's
 * staff its workstations, 法律援助工作站; the court's service centre, 诉讼服务中心, its people's tribunals; the county's
 * review office its reception point, 行政复议受理点), the body their tokens name: a dispute sent to any of the
 * department's bodies in the county is open to it.
 */
function countyBodyOf(
  department: "LEGAL_AID" | "LITIGATION" | "ADMINISTRATIVE_REVIEW",
  dispute: Pick<DisputeKeys, "leadDepartment" | "regionCode">,
  dispatches: readonly { department: string }[],
): string[] {
  const sent = dispute.leadDepartment === department || dispatches.some((d) => d.department === department);
  const body = sent ? mainBodyIn(DEPARTMENT_SUBGRAPH[department], dispute.regionCode.slice(0, 6)) : undefined;
  return body ? [body] : [];
}

export async function disputeVisibility(ctx: PetitionsContext, dispute: DisputeKeys): Promise<Visibility> {
  return visibilityOf(ctx.identity, await scopeOfDispute(ctx, dispute));
}

/**
 * A dispute looked up by a code the caller typed. Only the registry's staff and the commander, who may
 * see every dispute, learn that a code is unused (null). To anyone else an unused code is the same
 * FORBIDDEN as someone else's dispute, so nobody can probe codes for which disputes exist.
 */
export async function disputeByTypedCode<T extends DisputeKeys>(
  ctx: PetitionsContext,
  dispute: T | null,
  code?: string,
): Promise<T | null> {
  if (dispute) await assertDisputeVisible(ctx, dispute);
  else if (
    !allows(ctx.identity, ctx.subgraph, ["departmentStaff", "commander"]) ||
    (code !== undefined && !inJurisdiction(ctx.identity, countyOfDisputeCode(code)))
  )
    throw notVisible("dispute");
  return dispute;
}

/** FORBIDDEN unless the caller may see the dispute; otherwise how much of it. */
export async function assertDisputeVisible(
  ctx: PetitionsContext,
  dispute: DisputeKeys,
): Promise<Exclude<Visibility, "none">> {
  return assertVisible(ctx, await scopeOfDispute(ctx, dispute), "dispute");
}

/** Only the disputes the caller may see (a resident's own, ...), in the given order. */
export async function visibleDisputes<T extends DisputeKeys>(
  ctx: PetitionsContext,
  disputes: readonly T[],
): Promise<T[]> {
  const scopes = new Map(await Promise.all(disputes.map(async (d) => [d.id, await scopeOfDispute(ctx, d)] as const)));
  return visibleTo(ctx, disputes, (d) => scopes.get(d.id)!);
}

/** A party's scope: the departments handling any of their disputes see them in full. */
export async function scopeOfParty(ctx: PetitionsContext, partyId: string): Promise<RecordScope> {
  const rows = await ctx.loaders.partyRowsByPartyId.load(partyId);
  return partyScope(
    partyId,
    rows.map((row) => ({ leadDepartment: row.dispute.leadDepartment, county: countyOfDisputeCode(row.dispute.code) })),
    (county) => inJurisdiction(ctx.identity, county),
  );
}

/**
 * Which disputes a list may hold for the caller, as a filter the query applies in SQL (before paging): their
 * county's, and for another department's staff only those dispatched to their body. FORBIDDEN for an
 * aggregate-level region (a province sees figures, not records).
 */
export function disputeListScope(ctx: PetitionsContext): { county?: string; body?: string } {
  const county = recordCounty(ctx.identity);
  if (county === null)
    throw forbidden(
      "A province- or city-level account sees aggregates (the cockpit), not lists of disputes",
      "省、市级账号仅可查看汇总数据（驾驶舱），不能查看纠纷清单",
    );
  const registry = allows(ctx.identity, ctx.subgraph, ["departmentStaff", "commander"]);
  const body = registry ? undefined : ctx.identity.organization;
  return { ...(county !== undefined ? { county } : {}), ...(body !== undefined ? { body } : {}) };
}

/**
 * Queues and lists: the registry's staff and the commander see all; another department's staff only
 * what is routed to their own department (the `department` filter names it).
 */
export function assertMayListRoutedTo(ctx: PetitionsContext, department: Department | null | undefined): void {
  if (allows(ctx.identity, ctx.subgraph, ["departmentStaff", "commander"])) return;
  const routedTo = subgraphOfDepartment(department);
  if (routedTo && routedTo !== "petitions" && isStaffOf(ctx.identity, routedTo)) return;
  throw forbidden(
    "Filter by your own department to list what is routed to it",
    "仅可查看派至本部门的事项，请按本部门筛选",
  );
}
