// 诉前委派调解: when the committee the court delegated a dispute to reaches an agreement, the registry relays it
// to the court (AGREEMENT_REACHED) and the court's pre-filing case records its success by itself, through the
// same write path as recordPreFilingMediationSuccess, audited as the registry relay's act.
import { GraphQLError } from "graphql";
import type { RegistryNotice } from "@onedoor/shared/events/registry-notices";
import type { Logger } from "@onedoor/shared/logger";
import { nextStep, settledByAgreement, STEPS } from "../domain/procedures.js";
import { courtEvents } from "../domain/timeline-events.js";
import type { LitigationContext } from "../resolvers/context.js";
import { moveClocks } from "./court-cases.js";
import { createLoaders, type LitigationStore } from "./store.js";
import { changeCourtCase } from "./write.js";

/** Who acts when a relayed fact moves a case: no person, the registry's relay (named in the audit log). */
const RELAY = { userId: "service:registry-relay", roles: [] };

/** Steps the case can no longer take: someone recorded it meanwhile, by hand or from the same notice read again. */
const alreadyMoved = (error: unknown) =>
  error instanceof GraphQLError && (error.extensions.code === "INVALID_STATE" || error.extensions.code === "CONFLICT");

export async function settleDelegatedMediations(
  store: LitigationStore,
  notices: readonly RegistryNotice[],
  log: Logger,
): Promise<void> {
  for (const notice of notices) {
    if (notice.kind !== "AGREEMENT_REACHED" || !notice.recordId) continue;
    const agreementId = notice.recordId;
    // The mediation succeeded when the agreement was signed, not when the court heard of it.
    const at = new Date(notice.occurredAt);
    const mediations = await store.courtCase.findMany({
      where: { disputeCode: notice.disputeCode, procedure: "PRE_FILING_MEDIATION", status: "IN_MEDIATION" },
    });
    for (const mediation of mediations.filter((c) => settledByAgreement(c, at))) {
      const ctx: LitigationContext = {
        subgraph: "litigation",
        identity: RELAY,
        requestId: `registry-notice-${notice.id}`,
        log,
        store,
        loaders: createLoaders(store),
      };
      try {
        await changeCourtCase(ctx, {
          id: mediation.id,
          expectedVersion: mediation.version,
          decide: (row) => nextStep(row, "MEDIATION_SUCCEEDED"),
          columns: () => ({ preFilingSuccess: "AGREEMENT", concludedAt: at, agreementId }),
          write: (tx, before) => moveClocks(tx, before.id, STEPS.MEDIATION_SUCCEEDED, at),
          events: ({ after }) => [courtEvents.preFilingMediationResolved(after, "AGREEMENT", at)],
          audit: { action: "recordPreFilingMediationSuccess", input: { agreementId } },
        });
        log.info({ caseId: mediation.id, agreementId }, "delegated pre-filing mediation resolved by the agreement");
      } catch (error) {
        if (!alreadyMoved(error)) throw error;
      }
    }
  }
}
