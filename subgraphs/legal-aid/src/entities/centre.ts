import { Field, ID, Int, ObjectType } from "type-graphql";
import { DirectoryStatus } from "@onedoor/shared/graphql/directory-status";
import { LegalAidCentreKind } from "./enums.js";

@ObjectType({
  description:
    "法律援助机构: the county's legal aid centre or one of its workstations, in the department's directory " +
    "(法律援助机构名录), published to the registry, which dispatches and refers disputes to it by id.",
})
export class LegalAidCentre {
  @Field(() => ID, { description: "The centre's id, as the registry's routing and dispatch name it." })
  id!: string;

  @Field(() => String, { description: "e.g. 桐庐县法律援助中心" })
  name!: string;

  @Field(() => LegalAidCentreKind)
  kind!: LegalAidCentreKind;

  @Field(() => String, { description: "GB/T 2260 code of the county it serves, e.g. 330122." })
  regionCode!: string;

  @Field(() => [String], { description: "Dispute categories it takes, when it does not take any." })
  categories!: string[];

  @Field(() => Boolean, { description: "Whether it takes a dispute of any category (a county's centre does)." })
  coversAllCategories!: boolean;

  @Field(() => DirectoryStatus, { description: "名录状态: only an active centre receives new applications." })
  status!: DirectoryStatus;

  @Field(() => String, { nullable: true, description: "Why the status last changed." })
  statusReason!: string | null;

  @Field(() => Date, { nullable: true, description: "When the status last changed (null: as added)." })
  statusChangedAt!: Date | null;

  @Field(() => Int, { description: "Version of the entry, for expectedVersion." })
  version!: number;
}
