import { Authorized, Query, Resolver } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { AUDIT_LOG_ID, AuditLogStub } from "@onedoor/shared/audit/audit";

/** The registry gives the audit log its key; each department adds its section (auditLogSection). */
@Resolver(() => AuditLogStub)
export class AuditLogResolver {
  @Authorized<Policy>("auditor")
  @Query(() => AuditLogStub, { description: "审计日志 of the center: one section per department. Auditors only." })
  auditLog(): AuditLogStub {
    return { id: AUDIT_LOG_ID };
  }
}
