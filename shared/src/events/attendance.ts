// 到场: a department reports, with the event of the step where it happened, that the parties came in person to a
// place at a time (a mediation session or an arbitration hearing held at the center, a consent given at the court's
// window, a consultation at the legal aid window). The registry counts it as a visit of the dispute, so
// the runs measure (跑动次数) shows every trip the resident made, not only the window's. An online step carries
// no attendance: nobody travelled. The payload names a place and a time, never a person.
import type { CaseEventType } from "./case-event-types.js";

/** Where in an event's `data` the attendance travels. */
export const ATTENDANCE_KEY = "attendance";

/** The steps whose attendance the registry counts: each means the parties came in person. */
export const ATTENDANCE_STEPS = [
  "MEDIATION_SESSION_HELD",
  "ARBITRATION_HEARING_HELD",
  "JUDICIAL_CONFIRMATION_CONSENTED",
  "LEGAL_CONSULTATION_RECORDED",
] as const satisfies readonly CaseEventType[];

/** Longest place name taken (a room or building of the center, as the department records it). */
export const ATTENDANCE_PLACE_MAX = 100;

export interface Attendance {
  /** When the parties came (ISO instant). */
  at: string;
  /** Where, e.g. 矛调中心第二调解室. */
  place: string;
  /** Always true: an attendance is in person by definition; the field says so on the wire. */
  inPerson: true;
}

/** The attendance a step reports: none when it was held online. */
export function reportAttendance(at: Date, place: string, inPerson: boolean): Attendance | undefined {
  return inPerson ? { at: at.toISOString(), place, inPerson: true } : undefined;
}

/** Whether a name can stand as an attendance's place: not blank, one line, at most ATTENDANCE_PLACE_MAX long. */
export const isAttendancePlace = (place: string): boolean =>
  place.trim().length > 0 && place.length <= ATTENDANCE_PLACE_MAX && !/[\r\n]/.test(place);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/** Whether a value from the wire is a well-formed attendance: an instant, a short one-line place, in person. */
export function isAttendance(value: unknown): value is Attendance {
  if (!isObject(value)) return false;
  const { at, place, inPerson } = value;
  return (
    typeof at === "string" &&
    !Number.isNaN(Date.parse(at)) &&
    typeof place === "string" &&
    isAttendancePlace(place) &&
    inPerson === true &&
    Object.keys(value).every((key) => key === "at" || key === "place" || key === "inPerson")
  );
}

/**
 * The attendance an event reports: undefined when it reports none, "malformed" when it carries one that is not
 * well-formed or on a step that is not an attendance (the intake then refuses the batch).
 */
export function attendanceOf(event: {
  type: string;
  data?: Record<string, unknown> | null;
}): Attendance | undefined | "malformed" {
  const value = isObject(event.data) ? event.data[ATTENDANCE_KEY] : undefined;
  if (value === undefined) return undefined;
  if (!(ATTENDANCE_STEPS as readonly string[]).includes(event.type) || !isAttendance(value)) return "malformed";
  return value;
}
