-- Claim amounts: integer fen become Decimal(14,2) yuan, converting the rows already stored.
ALTER TABLE "Claim" ALTER COLUMN "amountFen" TYPE DECIMAL(14,2) USING "amountFen" / 100.0;
ALTER TABLE "Claim" RENAME COLUMN "amountFen" TO "amount";
ALTER TABLE "Claim" ALTER COLUMN "awardedAmountFen" TYPE DECIMAL(14,2) USING "awardedAmountFen" / 100.0;
ALTER TABLE "Claim" RENAME COLUMN "awardedAmountFen" TO "awardedAmount";
