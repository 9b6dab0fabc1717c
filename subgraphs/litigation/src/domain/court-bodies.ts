// 法院机构名录: the court's bodies that take cases (诉讼服务中心, 人民法庭), their lifecycle and which one a new case
// is opened in. The registry routes to a body by id; the court opens a case only in the body it was sent to.
import type { Transition } from "@onedoor/shared/db/write-path";
import { directoryStatusChange, notTakingNewMatters } from "@onedoor/shared/directory/lifecycle";
import type { CourtBodyKind, CourtCaseStatus, DirectoryStatus } from "../generated/prisma/enums.js";

/** A body as its rules read it (the CourtBody row). */
export interface CourtBodyFacts {
  id: string;
  name: string;
  kind: CourtBodyKind;
  courtCode: string;
  status: DirectoryStatus;
}

/** A case still being handled: in mediation, filed, applied for or accepted, or being enforced. */
export const OPEN_CASE_STATUSES: readonly CourtCaseStatus[] = [
  "IN_MEDIATION",
  "FILED",
  "APPLIED",
  "ACCEPTED",
  "ENFORCING",
];

/** The service centre is the court's door: it takes every category; a tribunal takes those it lists. */
export const coversAllCategories = (kind: CourtBodyKind): boolean => kind === "LITIGATION_SERVICE_CENTRE";

const named = (name: string) => ({ zh: name, en: name });

/**
 * Why a new case may not be opened in `body` for a case of court `courtCode` (null when it may): the body must be
 * that court's, and active.
 */
export function courtBodyRefusal(
  body: CourtBodyFacts,
  courtCode: string,
): { reason: string; messageEn: string; messageZh: string } | null {
  if (body.courtCode !== courtCode)
    return {
      reason: "BODY_OF_ANOTHER_COURT",
      messageEn: `${body.name} belongs to court ${body.courtCode}, not to court ${courtCode}`,
      messageZh: `${body.name}属于${body.courtCode}法院，不属于${courtCode}法院`,
    };
  return notTakingNewMatters(body.status, named(body.name));
}

/**
 * 暂停、恢复、退出名录 of a body: the shared lifecycle, and a body with open cases does not retire (they are
 * concluded, or transferred, first: no open case is left with no body of record).
 */
export function courtBodyStatusChange(
  body: Pick<CourtBodyFacts, "name" | "status">,
  next: DirectoryStatus,
  openCases: number,
): Transition<DirectoryStatus> {
  const change = directoryStatusChange(body.status, next, named(body.name));
  if (change.ok && next === "RETIRED" && openCases > 0)
    return {
      ok: false,
      reason: "OPEN_CASES",
      messageEn: `${body.name} still has ${openCases} open case(s): conclude or transfer them first`,
      messageZh: `${body.name}尚有${openCases}件未结案件，须办结或移送后才能退出名录`,
    };
  return change;
}

/**
 * The body a new case opens in when the clerk names none: the body the registry sent the dispute to, when it is
 * one of this court's; else the court's service centre taking new matters; else any of the court's bodies (whose
 * status then refuses the case).
 */
export function receivingBody<B extends CourtBodyFacts>(
  courtBodies: readonly B[],
  sentToId: string | null,
): B | undefined {
  const sent = sentToId === null ? undefined : courtBodies.find((b) => b.id === sentToId);
  if (sent) return sent;
  const centres = courtBodies.filter((b) => coversAllCategories(b.kind));
  return centres.find((b) => b.status === "ACTIVE") ?? centres[0] ?? courtBodies[0];
}
