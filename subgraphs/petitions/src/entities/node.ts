import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Node } from "@onedoor/shared/graphql/node";
import type { NodeType } from "@onedoor/shared/graphql/node-id";

/**
 * A department's record `node(id:)` can name. The registry knows only its id; the gateway reads every other
 * field, and whether the caller may see the record at all, from the department that keeps it.
 */
function departmentNode(name: NodeType) {
  @Directive('@key(fields: "id", resolvable: false)')
  @ObjectType(name, { implements: Node })
  class DepartmentNode {
    @Field(() => ID)
    id!: string;
  }
  return DepartmentNode;
}

export const DEPARTMENT_NODES = (
  [
    "MediationCase",
    "MediationAgreement",
    "ArbitrationCase",
    "CourtCase",
    "LegalAidCase",
    "AdministrativeReviewCase",
  ] as const
).map(departmentNode);
