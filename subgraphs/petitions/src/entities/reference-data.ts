import { Field, ID, Int, ObjectType } from "type-graphql";
import { Department, MemberUnitKind, MemberUnitStatus, RegionLevel } from "./enums.js";

@ObjectType({ description: "A region (行政区划) from the province down to townships, with its name." })
export class Region {
  @Field(() => ID, { description: "GB/T 2260 code (6 digits) or statistical township code (9 digits)." })
  code!: string;

  @Field(() => String, { description: "e.g. 桐君街道" })
  name!: string;

  @Field(() => String, { description: "Names from the province down, e.g. 浙江省杭州市桐庐县桐君街道." })
  fullName!: string;

  @Field(() => RegionLevel)
  level!: RegionLevel;

  @Field(() => String, { nullable: true, description: "The region this one lies in; null for a province." })
  parentCode!: string | null;
}

@ObjectType({ description: "A routing rule that names a category (分流规则): first match wins, in this order." })
export class RoutingHint {
  @Field(() => String)
  ruleId!: string;

  @Field(() => Department)
  department!: Department;

  @Field(() => String, { description: "Handling body; {county} stands for the county's name." })
  body!: string;

  @Field(() => String, { description: "Why the rule exists." })
  description!: string;
}

@ObjectType({ description: "A dispute category (纠纷类别) of the list in force, with its routing hints." })
export class DisputeCategory {
  @Field(() => ID, { description: "Stable English code, e.g. LABOUR." })
  code!: string;

  @Field(() => String, { description: "The Chinese name the registry stores, e.g. 劳动争议." })
  name!: string;

  @Field(() => String, { description: "Version of the category list, e.g. ZJ-MTZX-2025." })
  listVersion!: string;

  @Field(() => [RoutingHint])
  routingHints!: RoutingHint[];
}

@ObjectType({ description: "A handling body routing can name in a county (承办机构)." })
export class HandlingBody {
  @Field(() => ID, { description: "<county code>:<department>:<n>" })
  id!: string;

  @Field(() => String, { description: "e.g. 桐庐县劳动人事争议仲裁院" })
  name!: string;

  @Field(() => Department)
  kind!: Department;

  @Field(() => String, { description: "County (GB/T 2260)." })
  regionCode!: string;
}

@ObjectType({
  description:
    "入驻部门 / 协办单位: a unit of a county that joins joint handling at the center, named by id as a co-handler and at mediation sessions.",
})
export class MemberUnit {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: "e.g. 桐庐县综合行政执法局" })
  name!: string;

  @Field(() => String, { description: "County code (GB/T 2260)." })
  regionCode!: string;

  @Field(() => MemberUnitKind)
  kind!: MemberUnitKind;

  @Field(() => MemberUnitStatus)
  status!: MemberUnitStatus;

  @Field(() => Int, { description: "Counts its status changes: pass it as expectedVersion." })
  version!: number;
}
