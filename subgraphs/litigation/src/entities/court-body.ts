import { Field, ID, ObjectType } from "type-graphql";
import { DirectoryBody, DirectoryEntry } from "@onedoor/shared/directory/fields";
import { CourtBodyKind } from "./enums.js";

@ObjectType({
  description:
    "法院机构: a body of the court that takes cases (诉讼服务中心, 人民法庭), published to the registry, which routes " +
    "and dispatches disputes to it by id.",
})
export class CourtBody extends DirectoryBody(CourtBodyKind, {
  name: "e.g. 桐庐县人民法院分水人民法庭",
  regionCode: "GB/T 2260 code of the county the court serves, e.g. 330122.",
  categories: "Dispute categories a tribunal takes; empty for the service centre, which takes every category.",
  status: "名录状态: only an active body opens new cases.",
}) {
  @Field(() => String, { description: "法院代字 of the court it belongs to, e.g. 浙0122." })
  courtCode!: string;
}

@ObjectType({ description: "承办法官: a judge on a court body's roster, who handles its cases." })
export class CourtJudge extends DirectoryEntry({
  status: "名录状态: only active judges count as the body's staff.",
}) {
  @Field(() => ID, { description: "The body whose roster this is." })
  bodyId!: string;
}
