import { Directive, Field, ID, ObjectType } from "type-graphql";
import { Node } from "@onedoor/shared/graphql/node";

// The departments' records `node(id:)` can name. The registry knows only their ids; the gateway reads every
// other field, and whether the caller may see the record at all, from the department that keeps it.

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("MediationCase", { implements: Node })
export class MediationCaseNode {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("MediationAgreement", { implements: Node })
export class MediationAgreementNode {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("ArbitrationCase", { implements: Node })
export class ArbitrationCaseNode {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("CourtCase", { implements: Node })
export class CourtCaseNode {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("LegalAidCase", { implements: Node })
export class LegalAidCaseNode {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType("AdministrativeReviewCase", { implements: Node })
export class AdministrativeReviewCaseNode {
  @Field(() => ID)
  id!: string;
}

export const DEPARTMENT_NODES = [
  MediationCaseNode,
  MediationAgreementNode,
  ArbitrationCaseNode,
  CourtCaseNode,
  LegalAidCaseNode,
  AdministrativeReviewCaseNode,
];
