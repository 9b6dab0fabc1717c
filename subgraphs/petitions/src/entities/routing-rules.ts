import { Field, ID, ObjectType } from "type-graphql";
import type { LocalDate } from "@onedoor/shared/clock/local-date";
import { LocalDateScalar, MoneyScalar } from "@onedoor/shared/graphql/scalars";
import { Department, RoutingFlag } from "./enums.js";

@ObjectType({ description: "One routing rule (分流规则), tried in its set's order: the first that matches wins." })
export class RoutingRuleRecord {
  @Field(() => ID, { description: "The rule's id in its set, as dispatches record it (e.g. mediation-medical)." })
  id!: string;

  @Field(() => String, { description: "Why the rule exists, for the clerk who sees it fire." })
  description!: string;

  @Field(() => [String], { nullable: true, description: "Categories it takes; null = any." })
  categories!: string[] | null;

  @Field(() => MoneyScalar, { nullable: true, description: "Smallest amount it takes (yuan); null = no minimum." })
  minAmountYuan!: number | null;

  @Field(() => MoneyScalar, { nullable: true, description: "Largest amount it takes (yuan); null = no maximum." })
  maxAmountYuan!: number | null;

  @Field(() => [String], { nullable: true, description: "County codes (or prefixes) where it applies; null = all." })
  regionPrefixes!: string[] | null;

  @Field(() => [RoutingFlag], { nullable: true, description: "Flags that must all be set; null = none needed." })
  flags!: RoutingFlag[] | null;

  @Field(() => [RoutingFlag], { nullable: true, description: "Flags none of which may be set; null = none." })
  withoutFlags!: RoutingFlag[] | null;

  @Field(() => Department)
  department!: Department;

  @Field(() => String, { description: "Handling body as the clerk reads it; {county} becomes the county's name." })
  body!: string;

  @Field(() => String, {
    name: "bodyKindCode",
    nullable: true,
    description:
      "Directory departments: the department's code of the kind of body that takes the matter (mediation: its committee type, e.g. MEDICAL); each department has its own.",
  })
  bodyKind!: string | null;

  @Field(() => ID, { nullable: true, description: "Directory departments: the one published body, by id, it names." })
  bodyId!: string | null;
}

@ObjectType({ description: "A saved version of the routing rules (分流规则集), never changed once saved." })
export class RoutingRuleSetRecord {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "Version label, as dispatches and suggestions record it." })
  version!: string;

  @Field(() => LocalDateScalar, { description: "First day it routes (China time)." })
  effectiveFrom!: LocalDate;

  @Field(() => String, { description: "User id of who saved it." })
  savedBy!: string;

  @Field(() => Date)
  savedAt!: Date;

  @Field(() => [RoutingRuleRecord], { description: "Its rules in order; the last takes every matter (兜底)." })
  rules!: RoutingRuleRecord[];
}
