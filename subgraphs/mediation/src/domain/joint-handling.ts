// 联合调解 by reference: the units at the table are the registry's member units and the bodies departments
// publish, kept by id with the name the registry gave; a session records which of them attended and who
// represented each, and which of the committee's mediators sat, by id. Names of people acting in office (a
// mediator, a unit's representative, an expert) are not private persons' names: they are read in full.
import type { JointUnit } from "@onedoor/shared/events/registry-notices";

export type { JointUnit };

/** A unit present at a session, with the name of the person who represented it. */
export interface AttendingUnit extends JointUnit {
  representative: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

/** The case's `participatingUnits` column; an entry that is not a unit is left out (only this code writes it). */
export function participatingUnitsOf(stored: unknown): JointUnit[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry: unknown) =>
    isRecord(entry) && typeof entry.unitId === "string" && typeof entry.name === "string"
      ? [{ unitId: entry.unitId, name: entry.name }]
      : [],
  );
}

/** A session's `attendingUnits` column, read as `participatingUnitsOf` reads the case's. */
export function attendingUnitsOf(stored: unknown): AttendingUnit[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry: unknown) =>
    isRecord(entry) &&
    typeof entry.unitId === "string" &&
    typeof entry.name === "string" &&
    typeof entry.representative === "string"
      ? [{ unitId: entry.unitId, name: entry.name, representative: entry.representative }]
      : [],
  );
}

/** The units at the table after `added` join `present`, each once (by id), in the order they came. */
export function joinUnits(present: readonly JointUnit[], added: readonly JointUnit[]): JointUnit[] {
  const seen = new Set<string>();
  return [...present, ...added].filter((unit) => !seen.has(unit.unitId) && seen.add(unit.unitId));
}

export type AttendanceProblem = { index: number; messageZh: string; messageEn: string };

/**
 * Which of the units a session names sat at this case's table: each must be among the case's participating units
 * (a unit joins the case first, through the dispatch or `addParticipatingDepartments`), and appear once.
 */
export function checkAttendingUnits(
  named: readonly { unitId: string; representative: string }[],
  atTheTable: readonly JointUnit[],
): { units: AttendingUnit[]; problems: AttendanceProblem[] } {
  const units: AttendingUnit[] = [];
  const problems: AttendanceProblem[] = [];
  named.forEach(({ unitId, representative }, index) => {
    const unit = atTheTable.find((u) => u.unitId === unitId);
    if (!unit)
      problems.push({
        index,
        messageZh: "该单位未参与本案联合调解，请先将其加入本案",
        messageEn: "This unit is not at the case's table: add it to the case first",
      });
    else if (units.some((u) => u.unitId === unitId))
      problems.push({ index, messageZh: `${unit.name}重复填写`, messageEn: `${unit.name} is named twice` });
    else units.push({ ...unit, representative });
  });
  return { units, problems };
}
