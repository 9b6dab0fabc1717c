-- The center's service clock leaves out the time a department's procedure clock on the dispute was paused
-- (SERVICE_CLOCKS.pausesWithProcedures): the overdue queue filter and the cockpit's on-time count ask the
-- database how many days, from the departments' reported clocks (DepartmentClock).
--
-- "service_paused_days": the days the clock engine (shared/src/clock/clock.ts, computeClock) skips for pauses on a
-- clock of `clock_days` natural days started on `started` and judged as of `as_of` (its stop, or today). As the
-- engine counts them: a pause from day P to day Q skips P+1 … Q (not before the day after the start); one still
-- open ends where its procedure stopped, else on `as_of`; overlapping pauses count once; and a pause that begins
-- after the count has run out skips nothing. A day skipped is counted only while fewer than `clock_days` days had
-- counted before it: for the n-th paused day `day`, (day - started) - n < clock_days. A natural-day clock started
-- on `started` with these days skipped ends exactly as one started that many days later with none.
CREATE OR REPLACE FUNCTION "service_paused_days"(dispute_code TEXT, started DATE, as_of DATE, clock_days INT)
RETURNS INT LANGUAGE sql STABLE AS $$
  SELECT count(*)::int FROM (
    SELECT paused."day", row_number() OVER (ORDER BY paused."day") AS n
    FROM (
      SELECT DISTINCT started + g AS "day"
      FROM "DepartmentClock" c
      CROSS JOIN LATERAL jsonb_array_elements(c."clock" -> 'pauses') p
      CROSS JOIN LATERAL generate_series(
        greatest((((p ->> 'from')::timestamptz AT TIME ZONE 'UTC') + interval '8 hours')::date + 1, started + 1) - started,
        coalesce(
          (((p ->> 'to')::timestamptz AT TIME ZONE 'UTC') + interval '8 hours')::date,
          (((c."clock" ->> 'stoppedAt')::timestamptz AT TIME ZONE 'UTC') + interval '8 hours')::date,
          as_of
        ) - started
      ) g
      WHERE c."disputeCode" = dispute_code
    ) paused
  ) ranked
  WHERE ranked."day" - started - ranked.n < clock_days
$$;

-- A report that arrives after the dispute closed (a department's events were held up) may change how long its
-- service clock ran: like a change of the day's closures, it forgets the rollup's on-time judgement of the
-- closure's row and counts the change, so the cockpit judges that row again.
CREATE OR REPLACE FUNCTION "department_clock_forgets_on_time"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "DisputeDayRollup" r SET "closedOnTime" = NULL, "closedChanges" = r."closedChanges" + 1
  FROM "Dispute" d
  WHERE d."code" = NEW."disputeCode" AND d."closedAt" IS NOT NULL AND d."status" <> 'MERGED'
    AND r."day" = (d."closedAt" + interval '8 hours')::date AND r."regionCode" = d."regionCode"
    AND r."localityCode" = coalesce(d."localityCode", '') AND r."category" = d."category"
    AND r."channel" = d."channel" AND r."serviceTier" = d."serviceTier";
  RETURN NULL;
END
$$;

CREATE TRIGGER "DepartmentClock_forgets_on_time" AFTER INSERT OR UPDATE ON "DepartmentClock"
  FOR EACH ROW EXECUTE FUNCTION "department_clock_forgets_on_time"();
