/** Role APPLICANT or RESPONDENT; stored rows carry it as plain text. */
export interface PartyKey {
  role: string;
  name: string;
  residentId: string | null;
  creditCode: string | null;
}

export interface DuplicateCandidate {
  code: string;
  category: string;
  registeredAt: Date;
  parties: readonly PartyKey[];
}

const identifier = (p: PartyKey): string | null => p.residentId ?? p.creditCode;

/** Respondents are often known only by name at intake; a name counts only when no identifier is known. */
const respondentKey = (p: PartyKey): string => identifier(p) ?? `name:${p.name.replace(/\s+/g, "")}`;

/** Applicant identifiers the registry indexes, to find candidates before `isPossibleDuplicate` decides. */
export function applicantIdentifiers(parties: readonly PartyKey[]): string[] {
  return [
    ...new Set(
      parties
        .filter((p) => p.role === "APPLICANT")
        .map(identifier)
        .filter((id): id is string => id !== null),
    ),
  ];
}

/**
 * 重复诉求: the same applicant (by resident ID or credit code) against the same respondent (or both
 * without one) in the same category, registered within the window before `at`. Only flagged: staff
 * decide whether to merge or link.
 */
export function isPossibleDuplicate(
  incoming: { category: string; parties: readonly PartyKey[] },
  candidate: DuplicateCandidate,
  at: Date,
  windowDays: number,
): boolean {
  if (candidate.category !== incoming.category) return false;
  const ageMs = at.getTime() - candidate.registeredAt.getTime();
  if (ageMs < 0 || ageMs > windowDays * 86_400_000) return false;
  const applicants = new Set(applicantIdentifiers(incoming.parties));
  if (!applicantIdentifiers(candidate.parties).some((id) => applicants.has(id))) return false;
  const mine = new Set(incoming.parties.filter((p) => p.role === "RESPONDENT").map(respondentKey));
  const theirs = candidate.parties.filter((p) => p.role === "RESPONDENT").map(respondentKey);
  if (mine.size === 0 && theirs.length === 0) return true;
  return theirs.some((key) => mine.has(key));
}
