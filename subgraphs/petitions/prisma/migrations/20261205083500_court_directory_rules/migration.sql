-- The court publishes its bodies (名录发布): routing names a court body by its kind or id, as it names mediation's
-- committees and arbitration's commissions. A saved rule that sent matters to the court by name alone meant the
-- county court's door, its litigation service centre (诉讼服务中心), and now says so; without it the rule would be
-- passed over and its matters would go to the catch-all window.
UPDATE "RoutingRule" SET "bodyKind" = 'LITIGATION_SERVICE_CENTRE'
WHERE "department" = 'LITIGATION' AND "bodyKind" IS NULL AND "bodyId" IS NULL;
