import { Field, ID, ObjectType } from "type-graphql";
import { DirectoryEntry } from "@onedoor/shared/directory/fields";

@ObjectType({ description: "仲裁员: an arbitrator on a commission's roster (仲裁员名册)." })
export class ArbitrationArbitrator extends DirectoryEntry({
  status: "名录状态: only an active arbitrator is appointed to a new tribunal.",
}) {
  @Field(() => ID, { description: "The commission whose roster this is." })
  commissionId!: string;

  @Field(() => String, { description: "Region code of the commission whose roster this is, e.g. 330122." })
  commissionRegion!: string;

  @Field(() => String, { description: "The commission's name." })
  commission!: string;
}
