// 集体劳动争议: 劳动争议调解仲裁法 art. 7: ten or more workers with a common claim may elect
// representatives; 劳动人事争议仲裁办案规则 has such cases filed and heard with priority and the
// workers elect three to five representatives.

export const COLLECTIVE_MIN_WORKERS = 10;
export const COLLECTIVE_REPRESENTATIVES = { min: 3, max: 5 } as const;

export interface ClaimOwner {
  kind: string;
  /** Applicant the claim belongs to; null = brought by all applicants together. */
  applicantPosition: number | null;
}

/** Claim kinds every applicant brings (alone or together): the "common claim" of art. 7. */
export function commonClaimKinds(applicantCount: number, claims: readonly ClaimOwner[]): string[] {
  const kinds = [...new Set(claims.map((c) => c.kind))];
  return kinds.filter((kind) => {
    const ofKind = claims.filter((c) => c.kind === kind);
    if (ofKind.some((c) => c.applicantPosition === null)) return true;
    const owners = new Set(ofKind.map((c) => c.applicantPosition));
    return applicantCount > 0 && Array.from({ length: applicantCount }, (_, i) => i).every((i) => owners.has(i));
  });
}

export function isCollective(applicantCount: number, claims: readonly ClaimOwner[]): boolean {
  return applicantCount >= COLLECTIVE_MIN_WORKERS && commonClaimKinds(applicantCount, claims).length > 0;
}

/** Problem with the elected representatives, or null. None elected yet is allowed: they may be elected later. */
export function representativesProblem(
  collective: boolean,
  representatives: number,
): { messageZh: string; messageEn: string } | null {
  if (representatives === 0) return null;
  if (!collective) {
    return {
      messageZh: "只有集体劳动争议（十人以上并有共同请求）才推举代表",
      messageEn: "Only a collective dispute (10+ workers with a common claim) elects representatives",
    };
  }
  const { min, max } = COLLECTIVE_REPRESENTATIVES;
  if (representatives < min || representatives > max) {
    return {
      messageZh: `集体劳动争议应推举${min}至${max}名代表`,
      messageEn: `A collective dispute elects ${min} to ${max} representatives`,
    };
  }
  return null;
}
