// 法律援助机构: the department's centres and workstations (法律援助机构名录) and their lifecycle.
import type { Transition } from "@onedoor/shared/db/write-path";
import { directoryStatusChange, notTakingNewMatters } from "@onedoor/shared/directory/lifecycle";
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

const named = (name: string) => ({ zh: `法律援助机构${name}`, en: `The legal aid centre ${name}` });

/** Why the centre may not receive a new application (null when it may): only an active one does. */
export function centreRefusal(centre: Pick<Centre, "name" | "status">) {
  return notTakingNewMatters(centre.status, named(centre.name));
}

/** Why no provider joins the centre's roster (null when one may): a retired centre has no roster to join. */
export function rosterRefusal(centre: Pick<Centre, "name" | "status">) {
  return centre.status === "RETIRED" ? notTakingNewMatters(centre.status, named(centre.name)) : null;
}

/**
 * 暂停、恢复、退出名录 of a centre: the shared lifecycle, and a centre with open cases does not retire (they are
 * closed first: no application or aid in hand is left without the centre answerable for it).
 */
export function centreStatusChange(
  centre: Pick<Centre, "name" | "status">,
  next: DirectoryStatus,
  openCases: number,
): Transition<DirectoryStatus> {
  const change = directoryStatusChange(centre.status, next, named(centre.name));
  if (change.ok && next === "RETIRED" && openCases > 0)
    return {
      ok: false,
      reason: "OPEN_CASES",
      messageEn: `The legal aid centre ${centre.name} still has ${openCases} open case(s): close them first`,
      messageZh: `法律援助机构${centre.name}尚有${openCases}件未结案件，须办结后才能退出名录`,
    };
  return change;
}
