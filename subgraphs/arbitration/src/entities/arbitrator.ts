import { Field, ID, Int, ObjectType } from "type-graphql";
import { DirectoryStatus } from "@onedoor/shared/graphql/directory-status";

@ObjectType({ description: "仲裁员: an arbitrator on a commission's roster (仲裁员名册)." })
export class ArbitrationArbitrator {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ID, { description: "The commission whose roster this is." })
  commissionId!: string;

  @Field(() => String, { description: "Region code of the commission whose roster this is, e.g. 330122." })
  commissionRegion!: string;

  @Field(() => String, { description: "The commission's name." })
  commission!: string;

  @Field(() => DirectoryStatus, { description: "名录状态: only an active arbitrator is appointed to a new tribunal." })
  status!: DirectoryStatus;

  @Field(() => String, { nullable: true, description: "Why the status last changed." })
  statusReason!: string | null;

  @Field(() => Date, { nullable: true, description: "When the status last changed (null: as registered)." })
  statusChangedAt!: Date | null;

  @Field(() => Int, { description: "Version of the entry, for expectedVersion." })
  version!: number;
}
