// The audit entry of a mutation (审计日志), written with the transaction of the change.
import { recordAudit, type AuditActor, type AuditFact, type AuditStore } from "@onedoor/shared/audit/audit";
import type { Prisma } from "../generated/prisma/client.js";

export async function auditChange(tx: Prisma.TransactionClient, actor: AuditActor, fact: AuditFact): Promise<void> {
  // The generated transaction client fits the audit store's structural type at run time; only its
  // argument types are narrower on paper.
  await recordAudit(tx as unknown as AuditStore, actor, fact);
}

/** Names of the input fields the caller gave, never their values. */
export function givenFields(input: object): string[] {
  return Object.entries(input)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([name]) => name);
}
