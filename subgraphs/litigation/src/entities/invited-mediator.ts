import { Field, ObjectType } from "type-graphql";
import { DirectoryEntry } from "@onedoor/shared/directory/fields";

@ObjectType({ description: "特邀调解员: an invited mediator on a court's roster (特邀调解员名册)." })
export class CourtInvitedMediator extends DirectoryEntry({
  status: "名录状态: only an active mediator is delegated new mediations.",
}) {
  @Field(() => String, { description: "法院代字 of the court whose roster this is, e.g. 浙0122." })
  courtCode!: string;

  @Field(() => String, { description: "Where the mediator works from." })
  organisation!: string;
}
