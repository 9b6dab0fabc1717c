// The center's member units (入驻部门 / 协办单位) as the registry keeps them, for a department that brings a unit
// to its case's table by id (mediation's `addParticipatingDepartments`). A dispatch's co-handlers reach the case by
// the notice; a unit added later is checked against the registry's list at that moment. Read live, like a
// dispute's parties (dispute-parties.ts): the step is a staff step taken a few times per case, and taking an
// unknown or retired unit unchecked is not the safe side, so while the registry is away it is refused.
import type { Router } from "express";
import { GraphQLError } from "graphql";
import type { ReplayGuard } from "../auth/internal-hop.js";
import { registryRead, registryReadRoute, type RegistryReadSettings } from "./registry-link.js";

export const MEMBER_UNITS_PATH = "/internal/member-units";
const COUNTY = /^\d{6}$/;

/** A member unit as the registry answers it. */
export interface MemberUnitEntry {
  id: string;
  name: string;
  regionCode: string;
  status: "ACTIVE" | "SUSPENDED" | "RETIRED";
}

/** Registry side: `GET /internal/member-units?county=…`, every member unit of the county, whatever its status. */
export function memberUnitsRoute(
  secret: string,
  read: (county: string) => Promise<MemberUnitEntry[]>,
  replay: ReplayGuard,
): Router {
  return registryReadRoute(MEMBER_UNITS_PATH, "member units", secret, replay, async (_reader, req, res) => {
    const county = typeof req.query.county === "string" && COUNTY.test(req.query.county) ? req.query.county : null;
    if (county === null) {
      res.status(400).json({ error: "county must be a 6-digit region code" });
      return;
    }
    const units = await read(county);
    res.json({ units: units.map(({ id, name, regionCode, status }) => ({ id, name, regionCode, status })) });
  });
}

/** A county's member units as the registry knows them now. */
export type MemberUnitsReader = (county: string) => Promise<readonly MemberUnitEntry[]>;

const registryUnreachable = () =>
  new GraphQLError("The registry could not be asked for the center's member units: retry shortly", {
    extensions: {
      code: "SERVICE_UNAVAILABLE",
      messageZh: "暂时无法向登记中心核实入驻部门名录，请稍后再试",
      messageEn: "The registry could not be asked for the center's member units: retry shortly",
    },
  });

const STATUSES: ReadonlySet<unknown> = new Set<MemberUnitEntry["status"]>(["ACTIVE", "SUSPENDED", "RETIRED"]);

/** The registry's reply, when every unit in it has the shape of a `MemberUnitEntry`; null otherwise. */
export function parseMemberUnits(body: unknown): MemberUnitEntry[] | null {
  const units = (body as { units?: unknown } | null)?.units;
  if (!Array.isArray(units)) return null;
  const entries = units.map((unit: unknown): MemberUnitEntry | null => {
    const { id, name, regionCode, status } = (unit ?? {}) as Record<string, unknown>;
    return typeof id === "string" && typeof name === "string" && typeof regionCode === "string" && STATUSES.has(status)
      ? { id, name, regionCode, status: status as MemberUnitEntry["status"] }
      : null;
  });
  return entries.every((entry) => entry !== null) ? (entries as MemberUnitEntry[]) : null;
}

/** Department side: asks the registry, signed as the department. */
export function registryMemberUnits(settings: RegistryReadSettings): MemberUnitsReader {
  return (county) =>
    registryRead(
      settings,
      `${MEMBER_UNITS_PATH}?county=${encodeURIComponent(county)}`,
      parseMemberUnits,
      registryUnreachable,
    );
}

/** For a department's resolvers: the county's member units as the registry knows them now. */
export function memberUnits(ctx: { memberUnits?: MemberUnitsReader }, county: string) {
  if (!ctx.memberUnits) throw new Error("only departments ask the registry for its member units");
  return ctx.memberUnits(county);
}
