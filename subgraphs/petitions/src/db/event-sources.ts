// The department an event names, as the timeline and the reported clocks store it (EventSource's `@map` values).
import type { CaseEvent } from "@onedoor/shared/events/case-event";
import type { EventSource } from "../generated/prisma/enums.js";

/** Stored value (the event's source) → EventSource; also how a read through the driver adapter names them. */
export const EVENT_SOURCE: Record<CaseEvent["source"], EventSource> = {
  petitions: "PETITIONS",
  mediation: "MEDIATION",
  arbitration: "ARBITRATION",
  litigation: "LITIGATION",
  "legal-aid": "LEGAL_AID",
  "administrative-review": "ADMINISTRATIVE_REVIEW",
};
