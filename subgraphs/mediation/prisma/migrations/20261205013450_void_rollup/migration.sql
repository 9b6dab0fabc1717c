-- A voided case was never accepted (误受理, corrected): it counts nowhere in the cockpit's rollup. Its own
-- migration, as an enum value added in a transaction may not be used before it commits. Voiding takes
-- its acceptance out (the update trigger removes the old contribution and adds the new one, which is nothing).
CREATE OR REPLACE FUNCTION "mediation_rollup_apply"(c "MediationCase", sign INT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF c."status"::text = 'VOIDED' THEN
    RETURN;
  END IF;
  PERFORM "mediation_rollup_bump"(c, sign,
    CASE WHEN c."status" = 'AGREEMENT_REACHED' THEN sign ELSE 0 END,
    CASE WHEN c."status" = 'FAILED' THEN sign ELSE 0 END,
    CASE WHEN "mediation_rollup_performed"(c."id") THEN sign ELSE 0 END);
END
$$;
