import { Field, ID, Int, ObjectType } from "type-graphql";
import { DirectoryStatus } from "@onedoor/shared/graphql/directory-status";
import { CourtBodyKind } from "./enums.js";

@ObjectType({
  description:
    "法院机构: a body of the court that takes cases (诉讼服务中心, 人民法庭), published to the registry, which routes " +
    "and dispatches disputes to it by id.",
})
export class CourtBody {
  @Field(() => ID, { description: "The body's id, as the registry's routing and dispatch name it." })
  id!: string;

  @Field(() => String, { description: "e.g. 桐庐县人民法院分水人民法庭" })
  name!: string;

  @Field(() => CourtBodyKind)
  kind!: CourtBodyKind;

  @Field(() => String, { description: "法院代字 of the court it belongs to, e.g. 浙0122." })
  courtCode!: string;

  @Field(() => String, { description: "GB/T 2260 code of the county the court serves, e.g. 330122." })
  regionCode!: string;

  @Field(() => [String], {
    description: "Dispute categories a tribunal takes; empty for the service centre, which takes every category.",
  })
  categories!: string[];

  @Field(() => DirectoryStatus, { description: "名录状态: only an active body opens new cases." })
  status!: DirectoryStatus;

  @Field(() => String, { nullable: true, description: "Why the status last changed." })
  statusReason!: string | null;

  @Field(() => Date, { nullable: true, description: "When the status last changed (null: as added)." })
  statusChangedAt!: Date | null;

  @Field(() => Int, { description: "Version of the entry, for expectedVersion." })
  version!: number;
}

@ObjectType({ description: "承办法官: a judge on a court body's roster, who handles its cases." })
export class CourtJudge {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: "The body whose roster this is." })
  bodyId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => DirectoryStatus, { description: "名录状态: only active judges count as the body's staff." })
  status!: DirectoryStatus;

  @Field(() => String, { nullable: true, description: "Why the status last changed." })
  statusReason!: string | null;

  @Field(() => Date, { nullable: true, description: "When the status last changed (null: as registered)." })
  statusChangedAt!: Date | null;

  @Field(() => Int, { description: "Version of the entry, for expectedVersion." })
  version!: number;
}
