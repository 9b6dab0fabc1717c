// 法律援助机构: the department's centres and workstations (法律援助机构名录) and their lifecycle.
import type { DirectoryBodies } from "@onedoor/shared/directory/bodies";
import { notTakingNewMatters } from "@onedoor/shared/directory/lifecycle";
import type { DirectoryStatus, LegalAidStatus } from "../generated/prisma/enums.js";

/** A centre as its rules read it (the LegalAidCentre row). */
export interface Centre {
  id: string;
  name: string;
  /** GB/T 2260 code of the county it serves. */
  regionCode: string;
  status: DirectoryStatus;
}

/** A centre's cases still in hand: applied for and not yet decided, or granted and not closed. */
export const OPEN_CASE_STATUSES: readonly LegalAidStatus[] = [
  "SUBMITTED",
  "MATERIALS_REQUESTED",
  "PROVISIONAL_AID",
  "GRANTED",
];

/** How the centres are named in refusals; a centre with open cases does not retire. */
export const CENTRES: DirectoryBodies = {
  named: (name) => ({ zh: `法律援助机构${name}`, en: `The legal aid centre ${name}` }),
  openCasesEn: "open",
  openCasesRemedy: { zh: "办结", en: "close them first" },
};

/** Why the centre may not receive a new application (null when it may): only an active one does. */
export function centreRefusal(centre: Pick<Centre, "name" | "status">) {
  return notTakingNewMatters(centre.status, CENTRES.named(centre.name));
}

/** Why no provider joins the centre's roster (null when one may): a retired centre has no roster to join. */
export function rosterRefusal(centre: Pick<Centre, "name" | "status">) {
  return centre.status === "RETIRED" ? notTakingNewMatters(centre.status, CENTRES.named(centre.name)) : null;
}
