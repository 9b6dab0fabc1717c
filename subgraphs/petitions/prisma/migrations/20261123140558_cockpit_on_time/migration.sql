-- DropIndex (the on-time judgement joins closures by the whole rollup key, channel included)
DROP INDEX "Dispute_closedAt_serviceTier_registeredAt_status_regionCode_idx";

-- AlterTable
ALTER TABLE "DisputeDayRollup" ADD COLUMN     "closedChanges" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "closedOnTime" INTEGER;

-- CreateIndex
CREATE INDEX "Dispute_closedAt_serviceTier_registeredAt_status_regionCode_idx" ON "Dispute"("closedAt", "serviceTier", "registeredAt", "status", "regionCode", "category", "localityCode", "channel");
-- A row with no closures has none on time. Any change to a day's closures forgets its judgement and
-- counts the change: the cockpit judges again from the records and stores the figure only if no change
-- came in between.
UPDATE "DisputeDayRollup" SET "closedOnTime" = 0 WHERE "closed" = 0;

CREATE OR REPLACE FUNCTION "dispute_rollup_bump"(d "Dispute", on_day DATE, add_registered INT, add_registered_closed INT, add_on_the_spot INT,
    add_closed INT, add_zero_runs INT, add_one_run INT, add_evaluated INT, add_satisfied INT, add_visits INT)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "DisputeDayRollup" AS r ("day", "regionCode", "localityCode", "category", "channel", "serviceTier",
      "registered", "registeredClosed", "registeredOnTheSpot", "closed", "closedZeroRuns", "closedOneRun", "evaluated", "satisfied", "visits",
      "closedOnTime", "closedChanges")
  VALUES (on_day, d."regionCode", coalesce(d."localityCode", ''), d."category", d."channel", d."serviceTier",
      add_registered, add_registered_closed, add_on_the_spot, add_closed, add_zero_runs, add_one_run, add_evaluated, add_satisfied, add_visits,
      CASE WHEN add_closed = 0 THEN 0 END, CASE WHEN add_closed = 0 THEN 0 ELSE 1 END)
  ON CONFLICT ("day", "regionCode", "localityCode", "category", "channel", "serviceTier") DO UPDATE SET
    "registered" = r."registered" + excluded."registered",
    "registeredClosed" = r."registeredClosed" + excluded."registeredClosed",
    "registeredOnTheSpot" = r."registeredOnTheSpot" + excluded."registeredOnTheSpot",
    "closed" = r."closed" + excluded."closed",
    "closedZeroRuns" = r."closedZeroRuns" + excluded."closedZeroRuns",
    "closedOneRun" = r."closedOneRun" + excluded."closedOneRun",
    "evaluated" = r."evaluated" + excluded."evaluated",
    "satisfied" = r."satisfied" + excluded."satisfied",
    "visits" = r."visits" + excluded."visits",
    "closedOnTime" = CASE WHEN excluded."closed" = 0 THEN r."closedOnTime" END,
    "closedChanges" = r."closedChanges" + excluded."closedChanges";
END
$$;
