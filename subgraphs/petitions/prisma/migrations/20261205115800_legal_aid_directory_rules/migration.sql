-- Legal aid publishes its bodies (名录发布): routing names a legal aid body by its kind or id. A saved rule that
-- sent matters to legal aid by name alone meant the county's legal aid centre (法律援助中心) itself, the department's
-- default kind, and now says so; without it the rule would be passed over and its matters would go to the catch-all
-- window.
UPDATE "RoutingRule" SET "bodyKind" = 'CENTRE'
WHERE "department" = 'LEGAL_AID' AND "bodyKind" IS NULL AND "bodyId" IS NULL;
