// Choosing who handles a granted case (指派): a lawyer or legal aid worker of the county's roster with the
// matter's specialty, below their load cap, least loaded first.
import { notTakingNewMatters } from "@onedoor/shared/directory/lifecycle";
import type { DirectoryStatus, LegalAidMatter, LegalSpecialty } from "../generated/prisma/enums.js";
import { MATTERS } from "./matters.js";

export interface ProviderCandidate {
  id: string;
  name: string;
  /** County (GB/T 2260, 6 digits) of the legal aid center whose roster the provider is on. */
  regionCode: string;
  status: DirectoryStatus;
  specialties: readonly LegalSpecialty[];
  maxOpenCases: number;
  /** Cases assigned and not yet closed. */
  openCases: number;
}

/** Why not: DIRECTORY_ENTRY_SUSPENDED / _RETIRED (the directory lifecycle's reasons), else PROVIDER_UNSUITABLE. */
export type AssignmentCheck = { ok: true } | { ok: false; reason: string; messageEn: string; messageZh: string };

const unsuitable = (messageEn: string, messageZh: string): AssignmentCheck => ({
  ok: false,
  reason: "PROVIDER_UNSUITABLE",
  messageEn,
  messageZh,
});

/** The case being assigned: its matter and the county whose legal aid center handles it. */
export interface AssignmentTarget {
  matter: LegalAidMatter;
  regionCode: string;
}

/** Whether `provider` may take the case (a chosen provider is validated, not trusted). */
export function checkProvider(provider: ProviderCandidate, target: AssignmentTarget): AssignmentCheck {
  const needed = MATTERS[target.matter].specialty;
  // A suspended or retired provider keeps the cases they hold but is given no new one.
  const inactive = notTakingNewMatters(provider.status, { zh: `承办人员${provider.name}`, en: provider.name });
  if (inactive) return inactive;
  if (provider.regionCode !== target.regionCode.slice(0, 6))
    return unsuitable(
      `${provider.name} is on another county's roster`,
      `${provider.name}不属于本县（市、区）法律援助承办人员名册`,
    );
  if (!provider.specialties.includes(needed))
    return unsuitable(`${provider.name} lacks the specialty ${needed}`, `${provider.name}不具备该事项所需的专业领域`);
  if (provider.openCases >= provider.maxOpenCases)
    return unsuitable(
      `${provider.name} already has ${provider.openCases} open cases (cap ${provider.maxOpenCases})`,
      `${provider.name}在办案件已达${provider.openCases}件（上限${provider.maxOpenCases}件）`,
    );
  return { ok: true };
}

/** The eligible provider with the lowest load (ties: fewest open cases relative to cap, then name, then id). */
export function pickProvider(
  candidates: readonly ProviderCandidate[],
  target: AssignmentTarget,
): ProviderCandidate | undefined {
  return candidates
    .filter((c) => checkProvider(c, target).ok)
    .sort(
      (a, b) =>
        a.openCases - b.openCases ||
        a.openCases / a.maxOpenCases - b.openCases / b.maxOpenCases ||
        a.name.localeCompare(b.name, "zh-CN") ||
        a.id.localeCompare(b.id),
    )[0];
}
