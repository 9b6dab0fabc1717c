-- CreateTable
CREATE TABLE "DisputeDayRollup" (
    "day" DATE NOT NULL,
    "regionCode" TEXT NOT NULL,
    "localityCode" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "serviceTier" TEXT NOT NULL,
    "registered" INTEGER NOT NULL DEFAULT 0,
    "registeredClosed" INTEGER NOT NULL DEFAULT 0,
    "registeredOnTheSpot" INTEGER NOT NULL DEFAULT 0,
    "closed" INTEGER NOT NULL DEFAULT 0,
    "closedZeroRuns" INTEGER NOT NULL DEFAULT 0,
    "closedOneRun" INTEGER NOT NULL DEFAULT 0,
    "evaluated" INTEGER NOT NULL DEFAULT 0,
    "satisfied" INTEGER NOT NULL DEFAULT 0,
    "visits" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DisputeDayRollup_pkey" PRIMARY KEY ("day","regionCode","localityCode","category","channel","serviceTier")
);

-- The rollup is kept by the database in the transaction of every write to Dispute or Visit: each change
-- takes the old row's contributions out and puts the new row's in. Days are China time (UTC+8, no
-- daylight saving), the stored instants being UTC. A merged duplicate and its visits contribute nothing.
CREATE FUNCTION "dispute_rollup_bump"(d "Dispute", on_day DATE, add_registered INT, add_registered_closed INT, add_on_the_spot INT,
    add_closed INT, add_zero_runs INT, add_one_run INT, add_evaluated INT, add_satisfied INT, add_visits INT)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "DisputeDayRollup" AS r ("day", "regionCode", "localityCode", "category", "channel", "serviceTier",
      "registered", "registeredClosed", "registeredOnTheSpot", "closed", "closedZeroRuns", "closedOneRun", "evaluated", "satisfied", "visits")
  VALUES (on_day, d."regionCode", coalesce(d."localityCode", ''), d."category", d."channel", d."serviceTier",
      add_registered, add_registered_closed, add_on_the_spot, add_closed, add_zero_runs, add_one_run, add_evaluated, add_satisfied, add_visits)
  ON CONFLICT ("day", "regionCode", "localityCode", "category", "channel", "serviceTier") DO UPDATE SET
    "registered" = r."registered" + excluded."registered",
    "registeredClosed" = r."registeredClosed" + excluded."registeredClosed",
    "registeredOnTheSpot" = r."registeredOnTheSpot" + excluded."registeredOnTheSpot",
    "closed" = r."closed" + excluded."closed",
    "closedZeroRuns" = r."closedZeroRuns" + excluded."closedZeroRuns",
    "closedOneRun" = r."closedOneRun" + excluded."closedOneRun",
    "evaluated" = r."evaluated" + excluded."evaluated",
    "satisfied" = r."satisfied" + excluded."satisfied",
    "visits" = r."visits" + excluded."visits";
END
$$;

-- Runs (跑动次数) of a dispute: the distinct China-time days with a visit.
CREATE FUNCTION "dispute_rollup_runs"(dispute_id UUID) RETURNS INT LANGUAGE sql STABLE AS $$
  SELECT count(DISTINCT ("visitedAt" + interval '8 hours')::date)::int FROM "Visit" WHERE "disputeId" = dispute_id
$$;

-- A dispute's contributions, added (sign 1) or taken out (sign -1): its registration day, closure day,
-- evaluation day and the days of its visits.
CREATE FUNCTION "dispute_rollup_apply"(d "Dispute", sign INT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  runs INT;
  visit RECORD;
BEGIN
  IF d."status" = 'MERGED' THEN
    RETURN;
  END IF;
  PERFORM "dispute_rollup_bump"(d, (d."registeredAt" + interval '8 hours')::date, sign,
    CASE WHEN d."status" = 'CLOSED' THEN sign ELSE 0 END, CASE WHEN d."closedOnTheSpot" THEN sign ELSE 0 END, 0, 0, 0, 0, 0, 0);
  IF d."closedAt" IS NOT NULL THEN
    runs := "dispute_rollup_runs"(d."id");
    PERFORM "dispute_rollup_bump"(d, (d."closedAt" + interval '8 hours')::date, 0, 0, 0,
      sign, CASE WHEN runs = 0 THEN sign ELSE 0 END, CASE WHEN runs = 1 THEN sign ELSE 0 END, 0, 0, 0);
  END IF;
  IF d."evaluatedAt" IS NOT NULL THEN
    PERFORM "dispute_rollup_bump"(d, (d."evaluatedAt" + interval '8 hours')::date, 0, 0, 0, 0, 0, 0,
      sign, CASE WHEN d."satisfaction" IN ('SATISFIED', 'BASICALLY_SATISFIED') THEN sign ELSE 0 END, 0);
  END IF;
  FOR visit IN SELECT ("visitedAt" + interval '8 hours')::date AS day, count(*)::int AS n FROM "Visit" WHERE "disputeId" = d."id" GROUP BY 1 LOOP
    PERFORM "dispute_rollup_bump"(d, visit.day, 0, 0, 0, 0, 0, 0, 0, 0, sign * visit.n);
  END LOOP;
END
$$;

CREATE FUNCTION "dispute_rollup_on_dispute"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM "dispute_rollup_apply"(OLD, -1);
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    PERFORM "dispute_rollup_apply"(NEW, 1);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "Dispute_rollup_insert_delete" AFTER INSERT OR DELETE ON "Dispute"
  FOR EACH ROW EXECUTE FUNCTION "dispute_rollup_on_dispute"();
CREATE TRIGGER "Dispute_rollup_update" AFTER UPDATE ON "Dispute"
  FOR EACH ROW WHEN (
    OLD."status" IS DISTINCT FROM NEW."status" OR OLD."registeredAt" IS DISTINCT FROM NEW."registeredAt"
    OR OLD."closedAt" IS DISTINCT FROM NEW."closedAt" OR OLD."closedOnTheSpot" IS DISTINCT FROM NEW."closedOnTheSpot"
    OR OLD."evaluatedAt" IS DISTINCT FROM NEW."evaluatedAt" OR OLD."satisfaction" IS DISTINCT FROM NEW."satisfaction"
    OR OLD."regionCode" IS DISTINCT FROM NEW."regionCode" OR OLD."localityCode" IS DISTINCT FROM NEW."localityCode"
    OR OLD."category" IS DISTINCT FROM NEW."category" OR OLD."channel" IS DISTINCT FROM NEW."channel"
    OR OLD."serviceTier" IS DISTINCT FROM NEW."serviceTier" OR OLD."id" IS DISTINCT FROM NEW."id")
  EXECUTE FUNCTION "dispute_rollup_on_dispute"();

-- Visits added, removed or changed by one statement: each day's visits, and for a closed dispute the
-- zero-run and one-run counts on its closure day. Statement-level with transition tables, because row
-- triggers of a multi-row statement all see the statement's end state: runs before the statement are the
-- days of the dispute's visits now, less the statement's new rows, plus its old rows.
CREATE FUNCTION "dispute_rollup_visits_changed"(added "Visit"[], removed "Visit"[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  touched RECORD;
  change RECORD;
  d "Dispute";
  before_runs INT;
  after_runs INT;
BEGIN
  FOR touched IN SELECT DISTINCT x."disputeId" AS id FROM (SELECT "disputeId" FROM unnest(added) UNION ALL SELECT "disputeId" FROM unnest(removed)) x LOOP
    SELECT * INTO d FROM "Dispute" WHERE "id" = touched.id;
    CONTINUE WHEN NOT FOUND OR d."status" = 'MERGED';
    FOR change IN
      SELECT c.day, sum(c.n)::int AS n FROM (
        SELECT ("visitedAt" + interval '8 hours')::date AS day, 1 AS n FROM unnest(added) WHERE "disputeId" = touched.id
        UNION ALL SELECT ("visitedAt" + interval '8 hours')::date, -1 FROM unnest(removed) WHERE "disputeId" = touched.id) c
      GROUP BY c.day HAVING sum(c.n) <> 0
    LOOP
      PERFORM "dispute_rollup_bump"(d, change.day, 0, 0, 0, 0, 0, 0, 0, 0, change.n);
    END LOOP;
    IF d."closedAt" IS NOT NULL THEN
      after_runs := "dispute_rollup_runs"(touched.id);
      SELECT count(DISTINCT b.day)::int INTO before_runs FROM (
        SELECT ("visitedAt" + interval '8 hours')::date AS day FROM "Visit"
         WHERE "disputeId" = touched.id AND "id" NOT IN (SELECT "id" FROM unnest(added))
        UNION ALL SELECT ("visitedAt" + interval '8 hours')::date FROM unnest(removed) WHERE "disputeId" = touched.id) b;
      IF before_runs <> after_runs THEN
        PERFORM "dispute_rollup_bump"(d, (d."closedAt" + interval '8 hours')::date, 0, 0, 0, 0,
          (CASE WHEN after_runs = 0 THEN 1 ELSE 0 END) - (CASE WHEN before_runs = 0 THEN 1 ELSE 0 END),
          (CASE WHEN after_runs = 1 THEN 1 ELSE 0 END) - (CASE WHEN before_runs = 1 THEN 1 ELSE 0 END), 0, 0, 0);
      END IF;
    END IF;
  END LOOP;
END
$$;

CREATE FUNCTION "dispute_rollup_on_visit_insert"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "dispute_rollup_visits_changed"((SELECT coalesce(array_agg(ROW(n.*)::"Visit"), '{}') FROM new_visits n), '{}'::"Visit"[]);
  RETURN NULL;
END
$$;
CREATE FUNCTION "dispute_rollup_on_visit_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "dispute_rollup_visits_changed"('{}'::"Visit"[], (SELECT coalesce(array_agg(ROW(o.*)::"Visit"), '{}') FROM old_visits o));
  RETURN NULL;
END
$$;
CREATE FUNCTION "dispute_rollup_on_visit_update"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "dispute_rollup_visits_changed"((SELECT coalesce(array_agg(ROW(n.*)::"Visit"), '{}') FROM new_visits n), (SELECT coalesce(array_agg(ROW(o.*)::"Visit"), '{}') FROM old_visits o));
  RETURN NULL;
END
$$;

CREATE TRIGGER "Visit_rollup_insert" AFTER INSERT ON "Visit" REFERENCING NEW TABLE AS new_visits
  FOR EACH STATEMENT EXECUTE FUNCTION "dispute_rollup_on_visit_insert"();
CREATE TRIGGER "Visit_rollup_delete" AFTER DELETE ON "Visit" REFERENCING OLD TABLE AS old_visits
  FOR EACH STATEMENT EXECUTE FUNCTION "dispute_rollup_on_visit_delete"();
CREATE TRIGGER "Visit_rollup_update" AFTER UPDATE ON "Visit" REFERENCING OLD TABLE AS old_visits NEW TABLE AS new_visits
  FOR EACH STATEMENT EXECUTE FUNCTION "dispute_rollup_on_visit_update"();

-- Backfill from the records already there, in one pass per kind of date.
INSERT INTO "DisputeDayRollup" ("day", "regionCode", "localityCode", "category", "channel", "serviceTier",
    "registered", "registeredClosed", "registeredOnTheSpot", "closed", "closedZeroRuns", "closedOneRun", "evaluated", "satisfied", "visits")
SELECT day, "regionCode", "localityCode", "category", "channel", "serviceTier",
  sum(registered)::int, sum(registered_closed)::int, sum(on_the_spot)::int, sum(closed)::int, sum(zero_runs)::int, sum(one_run)::int,
  sum(evaluated)::int, sum(satisfied)::int, sum(visits)::int
FROM (
  SELECT ("registeredAt" + interval '8 hours')::date AS day, "regionCode", coalesce("localityCode", '') AS "localityCode", "category", "channel", "serviceTier",
    1 AS registered, CASE WHEN "status" = 'CLOSED' THEN 1 ELSE 0 END AS registered_closed, CASE WHEN "closedOnTheSpot" THEN 1 ELSE 0 END AS on_the_spot,
    0 AS closed, 0 AS zero_runs, 0 AS one_run, 0 AS evaluated, 0 AS satisfied, 0 AS visits
  FROM "Dispute" WHERE "status" <> 'MERGED'
  UNION ALL
  SELECT (d."closedAt" + interval '8 hours')::date, d."regionCode", coalesce(d."localityCode", ''), d."category", d."channel", d."serviceTier",
    0, 0, 0, 1, CASE WHEN coalesce(v.runs, 0) = 0 THEN 1 ELSE 0 END, CASE WHEN v.runs = 1 THEN 1 ELSE 0 END, 0, 0, 0
  FROM "Dispute" d
  LEFT JOIN (SELECT "disputeId", count(DISTINCT ("visitedAt" + interval '8 hours')::date) AS runs FROM "Visit" GROUP BY "disputeId") v ON v."disputeId" = d."id"
  WHERE d."status" <> 'MERGED' AND d."closedAt" IS NOT NULL
  UNION ALL
  SELECT ("evaluatedAt" + interval '8 hours')::date, "regionCode", coalesce("localityCode", ''), "category", "channel", "serviceTier",
    0, 0, 0, 0, 0, 0, 1, CASE WHEN "satisfaction" IN ('SATISFIED', 'BASICALLY_SATISFIED') THEN 1 ELSE 0 END, 0
  FROM "Dispute" WHERE "status" <> 'MERGED' AND "evaluatedAt" IS NOT NULL
  UNION ALL
  SELECT (v."visitedAt" + interval '8 hours')::date, d."regionCode", coalesce(d."localityCode", ''), d."category", d."channel", d."serviceTier",
    0, 0, 0, 0, 0, 0, 0, 0, 1
  FROM "Visit" v JOIN "Dispute" d ON d."id" = v."disputeId" WHERE d."status" <> 'MERGED'
) contributions
GROUP BY day, "regionCode", "localityCode", "category", "channel", "serviceTier";
