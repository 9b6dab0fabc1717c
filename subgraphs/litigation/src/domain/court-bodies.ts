// 法院机构名录: the court's bodies that take cases (诉讼服务中心, 人民法庭), their lifecycle and which one a new case
// is opened in. The registry routes to a body by id; the court opens a case only in the body it was sent to.
import type { DirectoryBodies } from "@onedoor/shared/directory/bodies";
import { notTakingNewMatters } from "@onedoor/shared/directory/lifecycle";
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

/** How the bodies are named in refusals; a body with open cases does not retire. */
export const COURT_BODIES: DirectoryBodies = {
  named: (name) => ({ zh: name, en: name }),
  openCasesEn: "open",
  openCasesRemedy: { zh: "办结或移送", en: "conclude or transfer them first" },
};

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
  return notTakingNewMatters(body.status, COURT_BODIES.named(body.name));
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
