-- The counts by status and committee and the performed agreements now come from the rollup
DROP INDEX "MediationAgreement_caseId_id_idx";
DROP INDEX "MediationCase_acceptedAt_status_committeeId_disputeCode_id_idx";
DROP INDEX "PerformanceFollowUp_status_agreementId_idx";

-- CreateTable
CREATE TABLE "MediationDayRollup" (
    "day" DATE NOT NULL,
    "county" TEXT NOT NULL,
    "committeeId" UUID NOT NULL,
    "accepted" INTEGER NOT NULL DEFAULT 0,
    "agreements" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "performed" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MediationDayRollup_pkey" PRIMARY KEY ("day","county","committeeId")
);

-- The rollup is kept by the database in the transaction of every write to a case, an agreement or a
-- follow-up: each change takes the old contributions out and puts the new ones in. Days are China time
-- (UTC+8, no daylight saving), the stored instants being UTC.
CREATE FUNCTION "mediation_rollup_bump"(c "MediationCase", add_accepted INT, add_agreements INT, add_failed INT, add_performed INT)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "MediationDayRollup" AS r ("day", "county", "committeeId", "accepted", "agreements", "failed", "performed")
  VALUES ((c."acceptedAt" + interval '8 hours')::date, left(c."disputeCode", 6), c."committeeId", add_accepted, add_agreements, add_failed, add_performed)
  ON CONFLICT ("day", "county", "committeeId") DO UPDATE SET
    "accepted" = r."accepted" + excluded."accepted",
    "agreements" = r."agreements" + excluded."agreements",
    "failed" = r."failed" + excluded."failed",
    "performed" = r."performed" + excluded."performed";
END
$$;

-- Performed (已履行): the case has an agreement with a PERFORMED follow-up.
CREATE FUNCTION "mediation_rollup_performed"(case_id UUID) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM "MediationAgreement" a JOIN "PerformanceFollowUp" f ON f."agreementId" = a."id"
                 WHERE a."caseId" = case_id AND f."status" = 'PERFORMED')
$$;

CREATE FUNCTION "mediation_rollup_apply"(c "MediationCase", sign INT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "mediation_rollup_bump"(c, sign,
    CASE WHEN c."status" = 'AGREEMENT_REACHED' THEN sign ELSE 0 END,
    CASE WHEN c."status" = 'FAILED' THEN sign ELSE 0 END,
    CASE WHEN "mediation_rollup_performed"(c."id") THEN sign ELSE 0 END);
END
$$;

CREATE FUNCTION "mediation_rollup_on_case"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM "mediation_rollup_apply"(OLD, -1);
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    PERFORM "mediation_rollup_apply"(NEW, 1);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "MediationCase_rollup_insert_delete" AFTER INSERT OR DELETE ON "MediationCase"
  FOR EACH ROW EXECUTE FUNCTION "mediation_rollup_on_case"();
CREATE TRIGGER "MediationCase_rollup_update" AFTER UPDATE ON "MediationCase"
  FOR EACH ROW WHEN (
    OLD."status" IS DISTINCT FROM NEW."status" OR OLD."acceptedAt" IS DISTINCT FROM NEW."acceptedAt"
    OR OLD."committeeId" IS DISTINCT FROM NEW."committeeId" OR OLD."disputeCode" IS DISTINCT FROM NEW."disputeCode"
    OR OLD."id" IS DISTINCT FROM NEW."id")
  EXECUTE FUNCTION "mediation_rollup_on_case"();

-- Agreements or follow-ups written by one statement: a case whose "performed" changed moves by one.
-- Statement-level with transition tables, because row triggers of a multi-row statement all see its end
-- state. Before the statement, a case was performed when a PERFORMED follow-up joined one of its
-- agreements, counting the statement's old rows and not its new ones.
CREATE FUNCTION "mediation_rollup_performed_changed"(case_ids UUID[], before_performed UUID[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  c "MediationCase";
  was BOOLEAN;
  now_performed BOOLEAN;
BEGIN
  FOR c IN SELECT * FROM "MediationCase" WHERE "id" = ANY(case_ids) LOOP
    was := c."id" = ANY(before_performed);
    now_performed := "mediation_rollup_performed"(c."id");
    IF was IS DISTINCT FROM now_performed THEN
      PERFORM "mediation_rollup_bump"(c, 0, 0, 0, CASE WHEN now_performed THEN 1 ELSE -1 END);
    END IF;
  END LOOP;
END
$$;

CREATE FUNCTION "mediation_rollup_on_agreement"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  case_ids UUID[];
  before_performed UUID[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT n."caseId") INTO case_ids FROM new_agreements n;
    SELECT array_agg(DISTINCT a."caseId") INTO before_performed FROM "MediationAgreement" a JOIN "PerformanceFollowUp" f ON f."agreementId" = a."id"
     WHERE f."status" = 'PERFORMED' AND a."caseId" = ANY(case_ids) AND a."id" NOT IN (SELECT n."id" FROM new_agreements n);
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT o."caseId") INTO case_ids FROM old_agreements o;
    SELECT array_agg(DISTINCT x."caseId") INTO before_performed FROM (
      SELECT a."id", a."caseId" FROM "MediationAgreement" a WHERE a."caseId" = ANY(case_ids)
      UNION ALL SELECT o."id", o."caseId" FROM old_agreements o) x
     JOIN "PerformanceFollowUp" f ON f."agreementId" = x."id" WHERE f."status" = 'PERFORMED';
  ELSE
    SELECT array_agg(DISTINCT y."caseId") INTO case_ids FROM (SELECT n."caseId" FROM new_agreements n UNION ALL SELECT o."caseId" FROM old_agreements o) y;
    SELECT array_agg(DISTINCT x."caseId") INTO before_performed FROM (
      SELECT a."id", a."caseId" FROM "MediationAgreement" a WHERE a."caseId" = ANY(case_ids) AND a."id" NOT IN (SELECT n."id" FROM new_agreements n)
      UNION ALL SELECT o."id", o."caseId" FROM old_agreements o) x
     JOIN "PerformanceFollowUp" f ON f."agreementId" = x."id" WHERE f."status" = 'PERFORMED';
  END IF;
  PERFORM "mediation_rollup_performed_changed"(coalesce(case_ids, '{}'), coalesce(before_performed, '{}'));
  RETURN NULL;
END
$$;

CREATE TRIGGER "MediationAgreement_rollup_insert" AFTER INSERT ON "MediationAgreement" REFERENCING NEW TABLE AS new_agreements
  FOR EACH STATEMENT EXECUTE FUNCTION "mediation_rollup_on_agreement"();
CREATE TRIGGER "MediationAgreement_rollup_delete" AFTER DELETE ON "MediationAgreement" REFERENCING OLD TABLE AS old_agreements
  FOR EACH STATEMENT EXECUTE FUNCTION "mediation_rollup_on_agreement"();
CREATE TRIGGER "MediationAgreement_rollup_update" AFTER UPDATE ON "MediationAgreement" REFERENCING OLD TABLE AS old_agreements NEW TABLE AS new_agreements
  FOR EACH STATEMENT EXECUTE FUNCTION "mediation_rollup_on_agreement"();

CREATE FUNCTION "mediation_rollup_on_follow_up"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  case_ids UUID[];
  before_performed UUID[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT a."caseId") INTO case_ids FROM new_follow_ups n JOIN "MediationAgreement" a ON a."id" = n."agreementId";
    SELECT array_agg(DISTINCT a."caseId") INTO before_performed FROM "MediationAgreement" a JOIN "PerformanceFollowUp" f ON f."agreementId" = a."id"
     WHERE f."status" = 'PERFORMED' AND a."caseId" = ANY(case_ids) AND f."id" NOT IN (SELECT n."id" FROM new_follow_ups n);
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT a."caseId") INTO case_ids FROM old_follow_ups o JOIN "MediationAgreement" a ON a."id" = o."agreementId";
    SELECT array_agg(DISTINCT a."caseId") INTO before_performed FROM (
      SELECT f."agreementId", f."status" FROM "PerformanceFollowUp" f UNION ALL SELECT o."agreementId", o."status" FROM old_follow_ups o) x
     JOIN "MediationAgreement" a ON a."id" = x."agreementId" WHERE x."status" = 'PERFORMED' AND a."caseId" = ANY(case_ids);
  ELSE
    SELECT array_agg(DISTINCT a."caseId") INTO case_ids FROM (SELECT n."agreementId" FROM new_follow_ups n UNION ALL SELECT o."agreementId" FROM old_follow_ups o) y
      JOIN "MediationAgreement" a ON a."id" = y."agreementId";
    SELECT array_agg(DISTINCT a."caseId") INTO before_performed FROM (
      SELECT f."agreementId", f."status" FROM "PerformanceFollowUp" f WHERE f."id" NOT IN (SELECT n."id" FROM new_follow_ups n)
      UNION ALL SELECT o."agreementId", o."status" FROM old_follow_ups o) x
     JOIN "MediationAgreement" a ON a."id" = x."agreementId" WHERE x."status" = 'PERFORMED' AND a."caseId" = ANY(case_ids);
  END IF;
  PERFORM "mediation_rollup_performed_changed"(coalesce(case_ids, '{}'), coalesce(before_performed, '{}'));
  RETURN NULL;
END
$$;

CREATE TRIGGER "PerformanceFollowUp_rollup_insert" AFTER INSERT ON "PerformanceFollowUp" REFERENCING NEW TABLE AS new_follow_ups
  FOR EACH STATEMENT EXECUTE FUNCTION "mediation_rollup_on_follow_up"();
CREATE TRIGGER "PerformanceFollowUp_rollup_delete" AFTER DELETE ON "PerformanceFollowUp" REFERENCING OLD TABLE AS old_follow_ups
  FOR EACH STATEMENT EXECUTE FUNCTION "mediation_rollup_on_follow_up"();
CREATE TRIGGER "PerformanceFollowUp_rollup_update" AFTER UPDATE ON "PerformanceFollowUp" REFERENCING OLD TABLE AS old_follow_ups NEW TABLE AS new_follow_ups
  FOR EACH STATEMENT EXECUTE FUNCTION "mediation_rollup_on_follow_up"();

-- Backfill from the records already there.
INSERT INTO "MediationDayRollup" ("day", "county", "committeeId", "accepted", "agreements", "failed", "performed")
SELECT (c."acceptedAt" + interval '8 hours')::date, left(c."disputeCode", 6), c."committeeId", count(*)::int,
       count(*) FILTER (WHERE c."status" = 'AGREEMENT_REACHED')::int, count(*) FILTER (WHERE c."status" = 'FAILED')::int,
       count(*) FILTER (WHERE p."caseId" IS NOT NULL)::int
FROM "MediationCase" c
LEFT JOIN (SELECT DISTINCT a."caseId" FROM "MediationAgreement" a JOIN "PerformanceFollowUp" f ON f."agreementId" = a."id" WHERE f."status" = 'PERFORMED') p
  ON p."caseId" = c."id"
GROUP BY 1, 2, 3;
