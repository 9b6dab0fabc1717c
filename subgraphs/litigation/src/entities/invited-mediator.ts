import { Field, ID, Int, ObjectType } from "type-graphql";
import { DirectoryStatus } from "@onedoor/shared/graphql/directory-status";

@ObjectType({ description: "特邀调解员: an invited mediator on a court's roster (特邀调解员名册)." })
export class CourtInvitedMediator {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: "法院代字 of the court whose roster this is, e.g. 浙0122." })
  courtCode!: string;

  @Field(() => String, { description: "Where the mediator works from." })
  organisation!: string;

  @Field(() => DirectoryStatus, { description: "名录状态: only an active mediator is delegated new mediations." })
  status!: DirectoryStatus;

  @Field(() => String, { nullable: true, description: "Why the status last changed." })
  statusReason!: string | null;

  @Field(() => Date, { nullable: true, description: "When the status last changed (null: as registered)." })
  statusChangedAt!: Date | null;

  @Field(() => Int, { description: "Version of the entry, for expectedVersion." })
  version!: number;
}
