// 期限上报: a procedure clock travels with the case events of the record that runs it, as that department
// runs it (its spec, local configuration included, and its start, pauses, extensions and stop). The registry
// computes the same status from the same inputs with the same engine and calendar, so the two never differ.
import { CLOCK_KINDS } from "../clock/clock-kinds.js";
import type { ClockRecord, ClockSpec, ClockUnit } from "../clock/clock.js";

/** A clock as JSON: what the outbox stores and the registry receives. */
export interface ReportedClock {
  /** The department's record that runs the clock (e.g. a MediationCase id), whichever record the event is about. */
  recordId: string;
  spec: ClockSpec;
  startedAt: string;
  pauses: { from: string; to?: string; reason: string }[];
  extensions: { days: number; approvedBy: string; reason: string; at: string }[];
  stoppedAt?: string;
}

/** A record's clock as its department reports it with a case event. */
export function reportClock(recordId: string, spec: ClockSpec, record: ClockRecord): ReportedClock {
  return {
    recordId,
    spec,
    startedAt: record.startedAt.toISOString(),
    pauses: record.pauses.map((p) => ({
      from: p.from.toISOString(),
      ...(p.to ? { to: p.to.toISOString() } : {}),
      reason: p.reason,
    })),
    extensions: record.extensions.map((e) => ({ ...e, at: e.at.toISOString() })),
    ...(record.stoppedAt ? { stoppedAt: record.stoppedAt.toISOString() } : {}),
  };
}

/** The reported clock's inputs, as the engine takes them. */
export function reportedClockRecord(clock: ReportedClock): ClockRecord {
  return {
    startedAt: new Date(clock.startedAt),
    pauses: clock.pauses.map((p) => ({
      from: new Date(p.from),
      ...(p.to ? { to: new Date(p.to) } : {}),
      reason: p.reason,
    })),
    extensions: clock.extensions.map((e) => ({ ...e, at: new Date(e.at) })),
    ...(clock.stoppedAt ? { stoppedAt: new Date(clock.stoppedAt) } : {}),
  };
}

const UNITS: readonly ClockUnit[] = ["naturalDays", "workingDays", "months"];
const isInstant = (v: unknown): v is string => typeof v === "string" && !Number.isNaN(Date.parse(v));
const isCount = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;
const optionalCount = (v: unknown) => v === undefined || isCount(v);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/** Whether a value from the wire is a well-formed report of a listed clock kind. */
export function isReportedClock(value: unknown): value is ReportedClock {
  if (!isObject(value) || !isObject(value.spec)) return false;
  const { spec } = value;
  return (
    typeof value.recordId === "string" &&
    value.recordId.length > 0 &&
    typeof spec.kind === "string" &&
    Object.hasOwn(CLOCK_KINDS, spec.kind) &&
    typeof spec.length === "number" &&
    spec.length > 0 &&
    UNITS.includes(spec.unit as ClockUnit) &&
    optionalCount(spec.dueSoonDays) &&
    optionalCount(spec.veryOverdueDays) &&
    optionalCount(spec.maxExtensionDays) &&
    isInstant(value.startedAt) &&
    (value.stoppedAt === undefined || isInstant(value.stoppedAt)) &&
    Array.isArray(value.pauses) &&
    value.pauses.every(
      (p: unknown) =>
        isObject(p) && isInstant(p.from) && (p.to === undefined || isInstant(p.to)) && typeof p.reason === "string",
    ) &&
    Array.isArray(value.extensions) &&
    value.extensions.every(
      (e: unknown) =>
        isObject(e) &&
        isCount(e.days) &&
        typeof e.approvedBy === "string" &&
        typeof e.reason === "string" &&
        isInstant(e.at),
    )
  );
}
