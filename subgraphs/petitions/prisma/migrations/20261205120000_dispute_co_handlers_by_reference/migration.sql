-- The dispute keeps its latest dispatch's co-handlers (协办单位) by id, which the graph resolves to member units
-- (Dispute.coHandlingUnits); their names as at the dispatch stay on the dispatch record (DisputeDispatch.coHandlers).
-- AlterTable
ALTER TABLE "Dispute" ADD COLUMN     "coHandlerIds" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Each dispute takes the ids of its latest dispatch (empty for dispatches made before co-handlers had ids).
UPDATE "Dispute" AS d SET "coHandlerIds" = latest."coHandlerIds"
FROM (
    SELECT DISTINCT ON ("disputeId") "disputeId", "coHandlerIds"
    FROM "DisputeDispatch"
    ORDER BY "disputeId", "dispatchedAt" DESC, "id" DESC
) AS latest
WHERE latest."disputeId" = d."id";

-- AlterTable
ALTER TABLE "Dispute" DROP COLUMN "coHandlers";
