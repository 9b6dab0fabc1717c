// 更正理由, one closed set for every department's corrections (events/step-void.ts): federation merges the enum
// only when every subgraph declares it alike, so all take it from here. Each database declares the same values.
import { registerEnumType } from "type-graphql";
import { VOID_REASON_ZH, VOID_REASONS, type VoidReason as VoidReasonValue } from "../events/step-void.js";

export const VoidReason = Object.fromEntries(VOID_REASONS.map((r) => [r, r])) as { [R in VoidReasonValue]: R };
export type VoidReason = VoidReasonValue;

registerEnumType(VoidReason, {
  name: "VoidReason",
  description: "更正理由: why a department voided one of its recorded steps; the timeline says it in these words.",
  valuesConfig: {
    ACCEPTED_IN_ERROR: {
      description: `${VOID_REASON_ZH.ACCEPTED_IN_ERROR} accepted in error (not this body's matter)`,
    },
    RECORDED_IN_ERROR: { description: `${VOID_REASON_ZH.RECORDED_IN_ERROR} recorded in error` },
    DUPLICATE: { description: `${VOID_REASON_ZH.DUPLICATE} recorded twice` },
  },
});
