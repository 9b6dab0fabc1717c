// 特邀调解员名册: the court delegates a pre-filing mediation to an invited mediator only when they are on its
// roster and active (a suspended or retired one finishes the mediations they hold and is given no new one).
import { notTakingNewMatters } from "@onedoor/shared/directory/lifecycle";
import type { DirectoryStatus } from "../generated/prisma/enums.js";

export interface RosterRefusal {
  reason: string;
  messageEn: string;
  messageZh: string;
}

/** Why the court may not delegate a new pre-filing mediation to `name` (null when it may). */
export function invitedMediatorRefusal(
  name: string,
  entry: { status: DirectoryStatus } | null,
  courtCode: string,
): RosterRefusal | null {
  if (!entry)
    return {
      reason: "INVITED_MEDIATOR_NOT_ON_ROSTER",
      messageZh: `${name}不在${courtCode}法院特邀调解员名册中`,
      messageEn: `${name} is not on the invited mediators' roster of court ${courtCode}`,
    };
  return notTakingNewMatters(entry.status, { zh: `特邀调解员${name}`, en: `Invited mediator ${name}` });
}
