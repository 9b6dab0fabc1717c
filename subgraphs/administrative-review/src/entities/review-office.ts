import { Field, ID, ObjectType } from "type-graphql";
import { DirectoryBody, DirectoryEntry } from "@onedoor/shared/directory/fields";
import { ReviewOfficeKind } from "./enums.js";

@ObjectType({
  description:
    "复议机构: a county's review office (县级人民政府行政复议机构) or its reception point (行政复议受理点), published to " +
    "the registry, which routes and dispatches disputes to it by id.",
})
export class ReviewOffice extends DirectoryBody(ReviewOfficeKind, {
  name: "e.g. 桐庐县人民政府行政复议办公室",
  regionCode: "GB/T 2260 code of the county it serves, e.g. 330122.",
  categories: "Dispute categories it takes, when it does not take any (an office reviews any administrative act).",
  status: "名录状态: only an active office receives new applications.",
}) {}

@ObjectType({ description: "行政复议人员: an officer on a review office's roster, who handles its cases." })
export class ReviewOfficer extends DirectoryEntry({
  status: "名录状态: only active officers count as the office's staff.",
}) {
  @Field(() => ID, { description: "The office whose roster this is." })
  officeId!: string;
}
