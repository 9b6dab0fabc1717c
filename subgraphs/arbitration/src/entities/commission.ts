import { Field, ID, Int, ObjectType } from "type-graphql";
import { DirectoryStatus } from "@onedoor/shared/graphql/directory-status";
import { CommissionKind } from "./enums.js";

@ObjectType({
  description:
    "仲裁委员会: a commission of the department's directory (仲裁委名录), published to the registry, which routes " +
    "and dispatches disputes to it by id.",
})
export class ArbitrationCommission {
  @Field(() => ID, { description: "The commission's id, as the registry's routing and dispatch name it." })
  id!: string;

  @Field(() => String, { description: "e.g. 桐庐县劳动人事争议仲裁委员会" })
  name!: string;

  @Field(() => CommissionKind)
  kind!: CommissionKind;

  @Field(() => String, { description: "GB/T 2260 code of the county it serves, e.g. 330122." })
  regionCode!: string;

  @Field(() => [String], { description: "Dispute categories it takes (劳动争议, 拖欠农民工工资 …)." })
  categories!: string[];

  @Field(() => String, { description: "案号 prefix (字号), e.g. 桐劳人仲案字." })
  caseNumberPrefix!: string;

  @Field(() => DirectoryStatus, { description: "名录状态: only an active commission receives new applications." })
  status!: DirectoryStatus;

  @Field(() => String, { nullable: true, description: "Why the status last changed." })
  statusReason!: string | null;

  @Field(() => Date, { nullable: true, description: "When the status last changed (null: as added)." })
  statusChangedAt!: Date | null;

  @Field(() => Int, { description: "Version of the entry, for expectedVersion." })
  version!: number;
}
