import { Field, ObjectType } from "type-graphql";
import { DirectoryBody } from "@onedoor/shared/directory/fields";
import { CommissionKind } from "./enums.js";

@ObjectType({
  description:
    "仲裁委员会: a commission of the department's directory (仲裁委名录), published to the registry, which routes " +
    "and dispatches disputes to it by id.",
})
export class ArbitrationCommission extends DirectoryBody(CommissionKind, {
  name: "e.g. 桐庐县劳动人事争议仲裁委员会",
  regionCode: "GB/T 2260 code of the county it serves, e.g. 330122.",
  categories: "Dispute categories it takes (劳动争议, 拖欠农民工工资 …).",
  status: "名录状态: only an active commission receives new applications.",
}) {
  @Field(() => String, { description: "案号 prefix (字号), e.g. 桐劳人仲案字." })
  caseNumberPrefix!: string;
}
