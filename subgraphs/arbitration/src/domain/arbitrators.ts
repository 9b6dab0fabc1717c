// 仲裁员名册: a tribunal is composed only of arbitrators on its commission's roster who are active (a suspended
// or retired arbitrator keeps sitting on the tribunals already formed, and is appointed to no new one).
import { notTakingNewMatters } from "@onedoor/shared/directory/lifecycle";
import type { DirectoryStatus } from "../generated/prisma/enums.js";

export interface RosterEntry {
  name: string;
  status: DirectoryStatus;
}

export interface RosterRefusal {
  ok: false;
  reason: string;
  messageEn: string;
  messageZh: string;
}

/** Why these arbitrators may not form a new tribunal of the commission (null when they all may). */
export function tribunalRosterProblem(
  names: readonly string[],
  roster: readonly RosterEntry[],
  commissionName: string,
): RosterRefusal | null {
  for (const name of names) {
    const entry = roster.find((e) => e.name === name);
    if (!entry)
      return {
        ok: false,
        reason: "ARBITRATOR_NOT_ON_ROSTER",
        messageEn: `${name} is not on the roster of ${commissionName}`,
        messageZh: `${name}不在${commissionName}仲裁员名册中`,
      };
    const inactive = notTakingNewMatters(entry.status, { zh: `仲裁员${name}`, en: `Arbitrator ${name}` });
    if (inactive) return inactive;
  }
  return null;
}
