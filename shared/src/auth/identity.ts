// Who is asking. Verified by the gateway and carried to subgraphs over the signed internal hop.
import { isRegionCode } from "./jurisdiction.js";

/** Roles of the center (full rules come with the authorization work). */
export const ROLES = [
  "resident", // 当事人
  "intakeClerk", // 综合窗口受理员
  "petitionsOfficer", // 信访干部
  "mediator", // 调解员
  "arbitrator", // 仲裁员
  "courtClerk", // 法院诉讼服务人员
  "legalAidOfficer", // 法律援助人员
  "commander", // 中心指挥长
  "cockpitViewer", // 驾驶舱查看 (leaders)
  "auditor", // 审计
  "reviewOfficer", // 行政复议机构
  "directoryAdministrator", // 名录管理员: keeps one department's bodies and people (its token names the department)
] as const;
export type Role = (typeof ROLES)[number];

export interface Identity {
  /** Stable user id; absent for anonymous callers. */
  userId?: string;
  roles: Role[];
  department?: string;
  /**
   * Staff: the body they work for, by its directory name (e.g. 桐庐县联合人民调解委员会); they see a record
   * only while their body was sent it or holds a case on it (jurisdiction.ts).
   */
  organization?: string;
  /**
   * Staff, commanders and leaders: their region, a 6-digit GB/T 2260 code. A county confines them to its
   * records; a prefecture or province code (xxxx00, xx0000) opens aggregates across its counties, no records.
   */
  region?: string;
  /** For residents: the party id they act as. */
  partyId?: string;
  /** Where the request came from (address and client name), set by the gateway for the audit log. */
  client?: string;
  /**
   * The client's network address alone, as the gateway's socket saw it: signed with the rest of the identity,
   * so unlike the client name a caller cannot choose it (tracking counts failed guesses per code and address).
   */
  address?: string;
  /**
   * Outside production only: the request acts this many milliseconds from real time (演练时间), so a
   * test or a drill can play a story across weeks. Subgraphs in production ignore it.
   */
  simulatedOffsetMs?: number;
}

/** Who acted, as stored in records and audit entries (用户标识). */
export const actorId = (identity: Identity): string => identity.userId ?? "anonymous";

export const ANONYMOUS: Identity = Object.freeze({ roles: [] }) as Identity;

export function isIdentity(value: unknown): value is Identity {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    Array.isArray(v.roles) &&
    v.roles.every((r) => (ROLES as readonly string[]).includes(r as string)) &&
    (v.userId === undefined || typeof v.userId === "string") &&
    (v.department === undefined || typeof v.department === "string") &&
    (v.organization === undefined || (typeof v.organization === "string" && v.organization.length > 0)) &&
    (v.region === undefined || (typeof v.region === "string" && isRegionCode(v.region))) &&
    (v.partyId === undefined || typeof v.partyId === "string") &&
    (v.client === undefined || typeof v.client === "string") &&
    (v.address === undefined || typeof v.address === "string") &&
    (v.simulatedOffsetMs === undefined ||
      (typeof v.simulatedOffsetMs === "number" && Number.isFinite(v.simulatedOffsetMs)))
  );
}
