-- AlterTable
ALTER TABLE "DepartmentNotice" ADD COLUMN     "clock" JSONB;
