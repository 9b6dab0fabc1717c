-- Income per head and the hardship standard: integer fen become Decimal(14,2) yuan, converting the rows already stored.
ALTER TABLE "LegalAidCase" ALTER COLUMN "monthlyIncomePerHeadFen" TYPE DECIMAL(14,2) USING "monthlyIncomePerHeadFen" / 100.0;
ALTER TABLE "LegalAidCase" RENAME COLUMN "monthlyIncomePerHeadFen" TO "monthlyIncomePerHead";
ALTER TABLE "LegalAidCase" ALTER COLUMN "hardshipStandardFen" TYPE DECIMAL(14,2) USING "hardshipStandardFen" / 100.0;
ALTER TABLE "LegalAidCase" RENAME COLUMN "hardshipStandardFen" TO "hardshipStandard";
