-- CreateEnum
CREATE TYPE "RegistryNoticeKind" AS ENUM ('SENT', 'HANDED_OVER', 'DELEGATED', 'RECALLED', 'CLOSED');

-- CreateTable
CREATE TABLE "DepartmentNotice" (
    "id" UUID NOT NULL,
    "sequence" BIGSERIAL NOT NULL,
    "department" "Department" NOT NULL,
    "disputeCode" TEXT NOT NULL,
    "kind" "RegistryNoticeKind" NOT NULL,
    "body" TEXT,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DepartmentNotice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DepartmentNotice_sequence_key" ON "DepartmentNotice"("sequence");

-- CreateIndex
CREATE INDEX "DepartmentNotice_department_sequence_idx" ON "DepartmentNotice"("department", "sequence");

-- CreateIndex
CREATE INDEX "DepartmentNotice_disputeCode_idx" ON "DepartmentNotice"("disputeCode");
