// The directory's lifecycle (名录状态): who may take new matters. Committees, mediators and experts that are
// suspended or retired keep what they hold and their past records, but take nothing new.
import type { Transition } from "@onedoor/shared/db/write-path";
import { directoryStatusChange, notTakingNewMatters } from "@onedoor/shared/directory/lifecycle";
import type { CommitteeType, DirectoryStatus, MediationPickChannel } from "../generated/prisma/enums.js";

export type DirectoryMember = "committee" | "mediator" | "expert";

const MEMBER: Record<DirectoryMember, { zh: string; en: string; refused: { zh: string; en: string } }> = {
  committee: { zh: "调委会", en: "committee", refused: { zh: "不能受理新案件", en: "accepts no new case" } },
  mediator: { zh: "调解员", en: "mediator", refused: { zh: "不能指派到案件", en: "cannot be assigned to a case" } },
  expert: { zh: "专家", en: "expert", refused: { zh: "不能被点单", en: "cannot be picked" } },
};

const named = (member: DirectoryMember, name: string) => ({
  zh: `${MEMBER[member].zh}${name}`,
  en: `The ${MEMBER[member].en} ${name}`,
});

export type DirectoryRefusal = Extract<Transition<DirectoryStatus>, { ok: false }>;

/** Only an ACTIVE member takes new matters (the shared lifecycle's rule); otherwise why not, in both languages. */
export function checkTakesNewMatters(
  member: DirectoryMember,
  name: string,
  status: DirectoryStatus,
): DirectoryRefusal | null {
  return notTakingNewMatters(status, named(member, name), MEMBER[member].refused);
}

/** Why no mediator joins the committee (null when one may): a retired committee has no roster to join. */
export function rosterRefusal(committee: { name: string; status: DirectoryStatus }): DirectoryRefusal | null {
  if (committee.status !== "RETIRED") return null;
  return notTakingNewMatters(committee.status, named("committee", committee.name), {
    zh: "不能增加调解员",
    en: "takes no new mediator",
  });
}

/**
 * 暂停 / 恢复 / 退出 by the shared lifecycle: a retired member stays retired (its past records keep its name).
 * Retiring someone who still holds open cases is refused: the cases are reassigned (or closed) first, so no open
 * case is left with nobody of record.
 */
export function checkStatusChange(
  member: DirectoryMember,
  name: string,
  from: DirectoryStatus,
  to: DirectoryStatus,
  openCases: number,
): Transition<DirectoryStatus> {
  const what = named(member, name);
  const change = directoryStatusChange(from, to, what);
  if (change.ok && to === "RETIRED" && openCases > 0)
    return {
      ok: false,
      reason: "OPEN_CASES",
      messageEn: `${what.en} still holds ${openCases} open case(s): reassign or close them first`,
      messageZh: `${what.zh}尚有${openCases}件在办案件，须先改派或办结后才能退出名录`,
    };
  return change;
}

/**
 * 点单 picks from the pool of the dispute's county an expert whose specialties meet the committee's: a
 * fishery expert does not mediate a hospital's dispute, nor a Tonglu expert one in Putuo.
 */
export function checkExpertFits(
  expert: { name: string; regionCode: string; specialties: readonly string[] },
  mediation: { county: string; specialties: readonly string[] },
): DirectoryRefusal | null {
  if (expert.regionCode !== mediation.county)
    return {
      ok: false,
      reason: "OTHER_REGION",
      messageEn: `The expert ${expert.name} belongs to another county's pool`,
      messageZh: `专家${expert.name}不属于本县区调解专家库`,
    };
  if (!expert.specialties.some((s) => mediation.specialties.includes(s)))
    return {
      ok: false,
      reason: "OTHER_SPECIALTY",
      messageEn: `The expert ${expert.name} has none of the committee's specialties (${mediation.specialties.join(", ")})`,
      messageZh: `专家${expert.name}的专业领域与本案调委会受理范围（${mediation.specialties.join("、")}）不符`,
    };
  return null;
}

export interface EarlierPick {
  caseId: string;
  caseAcceptedAt: Date;
  expertId: string;
  expertStatus: DirectoryStatus;
  chosenByParty: boolean;
  /** Who picked, as the committee wrote it down, or by her party id (online or at the window). */
  pickedBy: string | null;
  pickedByPartyId: string | null;
  channel: MediationPickChannel;
  pickedAt: Date;
}

/**
 * A court's delegation (委派) keeps the party's choice: the experts the party picked in the dispute's latest
 * mediation that had picks, those still ACTIVE, in the order picked. The first of them leads the new case.
 */
export function picksToCarry(earlier: readonly EarlierPick[]): EarlierPick[] {
  const chosen = earlier.filter((p) => p.chosenByParty);
  const latest = chosen.reduce<EarlierPick | null>(
    (best, p) => (best === null || p.caseAcceptedAt > best.caseAcceptedAt ? p : best),
    null,
  );
  if (!latest) return [];
  return chosen
    .filter((p) => p.caseId === latest.caseId && p.expertStatus === "ACTIVE")
    .sort((a, b) => a.pickedAt.getTime() - b.pickedAt.getTime());
}

/** A joint committee (联合人民调解委员会) takes whatever no specialised committee claims; others their specialties. */
export function takesAnyCategory(type: CommitteeType): boolean {
  return type === "JOINT";
}
