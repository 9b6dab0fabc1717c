// 复议机构名录: the department's review offices and reception points, their lifecycle and which one receives an
// application. The registry routes to an office by id; review receives an application only at the office the
// registry sent the dispute to.
import type { DirectoryBodies } from "@onedoor/shared/directory/bodies";
import { notTakingNewMatters } from "@onedoor/shared/directory/lifecycle";
import type { AdministrativeReviewCaseStatus, DirectoryStatus, ReviewOfficeKind } from "../generated/prisma/enums.js";

/** An office as its rules read it (the ReviewOffice row). */
export interface ReviewOfficeFacts {
  id: string;
  name: string;
  kind: ReviewOfficeKind;
  /** GB/T 2260 code of the county it serves. */
  regionCode: string;
  status: DirectoryStatus;
}

/** A case still in hand: received and not yet accepted or rejected, or accepted and not yet decided. */
export const OPEN_CASE_STATUSES: readonly AdministrativeReviewCaseStatus[] = ["RECEIVED", "ACCEPTED"];

/** How the offices are named in refusals; an office with open cases does not retire. */
export const REVIEW_OFFICES: DirectoryBodies = {
  named: (name) => ({ zh: `复议机构${name}`, en: `The review office ${name}` }),
  openCasesEn: "open",
  openCasesRemedy: { zh: "办结", en: "conclude them first" },
};

/** Why the office may not receive a new application (null when it may): only an active one does. */
export function officeRefusal(office: Pick<ReviewOfficeFacts, "name" | "status">) {
  return notTakingNewMatters(office.status, REVIEW_OFFICES.named(office.name));
}

/** Why no officer joins the office's roster (null when one may): a retired office has no roster to join. */
export function rosterRefusal(office: Pick<ReviewOfficeFacts, "name" | "status">) {
  return office.status === "RETIRED" ? officeRefusal(office) : null;
}

/**
 * The office an application is received at: the one the registry sent the dispute to by id, when it is one of the
 * county's; else the county's review office taking new matters; else any of the county's offices (whose status
 * then refuses the application); none when the county has no office in the directory.
 */
export function receivingOffice<O extends ReviewOfficeFacts>(
  countyOffices: readonly O[],
  sentToId: string | null,
): O | undefined {
  const sent = sentToId === null ? undefined : countyOffices.find((o) => o.id === sentToId);
  if (sent) return sent;
  const main = countyOffices.filter((o) => o.kind === "COUNTY_REVIEW_OFFICE");
  return main.find((o) => o.status === "ACTIVE") ?? main[0] ?? countyOffices[0];
}
