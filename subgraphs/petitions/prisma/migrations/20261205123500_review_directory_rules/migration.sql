-- Administrative review publishes its offices (名录发布): routing names a review office by its kind or id, as it names
-- the other departments' bodies. A saved rule that sent matters to review by name alone meant the county
-- government's review office (县级人民政府行政复议机构), and now says so; without it the rule would be passed over and
-- its matters would go to the catch-all window.
UPDATE "RoutingRule" SET "bodyKind" = 'COUNTY_REVIEW_OFFICE'
WHERE "department" = 'ADMINISTRATIVE_REVIEW' AND "bodyKind" IS NULL AND "bodyId" IS NULL;
