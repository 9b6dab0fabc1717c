// Demo data for an empty database (npm start seeds it): the review body's part of the demo stories.
import type { Logger } from "@onedoor/shared/logger";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import { DEMO_DISPUTES } from "@onedoor/shared/demo/stories";
import {
  DEMO_REVIEW_OFFICERS,
  DEMO_REVIEW_OFFICES,
  demoCountyReviewOffice,
} from "@onedoor/shared/demo/review-directory";
import type { AdministrativeReviewStore } from "./store.js";
import { recordCaseEvent } from "@onedoor/shared/events/outbox";
import * as events from "../domain/case-events.js";
import { reportedReviewClocks } from "../domain/clocks.js";

export async function seedDemoData(store: AdministrativeReviewStore, log: Logger): Promise<void> {
  if ((await store.administrativeReviewCase.count()) > 0) return;
  const reviews = DEMO_DISPUTES.flatMap((dispute) =>
    (dispute.administrativeReview ?? []).map((review) => ({ ...review, disputeCode: dispute.code })),
  );
  // The directory first (as the registry's demo copy names it): the offices and their officers.
  await store.$transaction(async (tx) => {
    await tx.reviewOffice.createMany({ data: DEMO_REVIEW_OFFICES });
    await tx.reviewOfficer.createMany({
      data: DEMO_REVIEW_OFFICES.flatMap((o) =>
        (DEMO_REVIEW_OFFICERS[o.name] ?? []).map((name) => ({ officeId: o.id, name })),
      ),
    });
  });
  for (const review of reviews) {
    const receivedAt = new Date(review.receivedAt);
    const acceptedAt = review.acceptedAt ? new Date(review.acceptedAt) : null;
    const { decision } = review;
    await store.$transaction(async (tx) => {
      const row = await tx.administrativeReviewCase.create({
        data: {
          disputeCode: review.disputeCode,
          // The county's review office received each demo application.
          officeId: demoCountyReviewOffice(review.disputeCode.slice(0, 6)).id,
          status: review.status,
          request: review.request,
          respondentAgency: review.respondentAgency,
          contestedAct: review.contestedAct,
          actKnownOn: new Date(`${review.actKnownOn}T00:00:00Z`),
          applicantPartyId: partyIdOf({ residentId: review.applicantResidentId }),
          receivedAt,
          receivedBy: "demo-review-officer",
          procedure: review.procedure,
          acceptedAt,
          ...(decision && {
            decisionKind: decision.kind,
            closedAt: new Date(decision.at),
            result: decision.summary,
          }),
        },
      });
      // The registry's timeline gets the story's steps as the relay delivers them.
      const steps = [
        events.received(receivedAt),
        ...(acceptedAt && review.procedure ? [events.accepted(acceptedAt, review.procedure)] : []),
        ...(decision ? [events.decided(new Date(decision.at), decision.kind)] : []),
      ];
      // The story's last step reports the case's clocks as they stand after the story.
      for (const [i, step] of steps.entries())
        await recordCaseEvent(tx, {
          ...step,
          disputeCode: row.disputeCode,
          recordId: row.id,
          ...(i === steps.length - 1 ? { clocks: reportedReviewClocks(row) } : {}),
        });
    });
  }
  log.info({ count: reviews.length }, "seeded demo data");
}
