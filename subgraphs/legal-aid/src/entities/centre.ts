import { Field, ObjectType } from "type-graphql";
import { DirectoryBody } from "@onedoor/shared/directory/fields";
import { LegalAidCentreKind } from "./enums.js";

@ObjectType({
  description:
    "法律援助机构: the county's legal aid centre or one of its workstations, in the department's directory " +
    "(法律援助机构名录), published to the registry, which dispatches and refers disputes to it by id.",
})
export class LegalAidCentre extends DirectoryBody(LegalAidCentreKind, {
  name: "e.g. 桐庐县法律援助中心",
  regionCode: "GB/T 2260 code of the county it serves, e.g. 330122.",
  categories: "Dispute categories it takes, when it does not take any.",
  status: "名录状态: only an active centre receives new applications.",
}) {
  @Field(() => Boolean, { description: "Whether it takes a dispute of any category (a county's centre does)." })
  coversAllCategories!: boolean;
}
