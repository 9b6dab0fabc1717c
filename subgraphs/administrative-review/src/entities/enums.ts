// GraphQL enums of the administrative review body, built from the Prisma enums the database enforces.
import { registerEnumType } from "type-graphql";
import {
  AdministrativeReviewCaseStatus,
  AdministrativeReviewDecisionKind,
  AdministrativeReviewProcedure,
} from "../generated/prisma/enums.js";

registerEnumType(AdministrativeReviewCaseStatus, {
  name: "AdministrativeReviewCaseStatus",
  description: "已收到申请 / 已受理 / 不予受理 / 已作出复议决定 / 已终止",
});

registerEnumType(AdministrativeReviewProcedure, {
  name: "AdministrativeReviewProcedure",
  description: "普通程序（六十日，经批准可延长不超过三十日） / 简易程序（三十日）",
});

registerEnumType(AdministrativeReviewDecisionKind, {
  name: "AdministrativeReviewDecisionKind",
  description: "复议决定: 变更 / 撤销 / 确认违法 / 责令履行 / 确认无效 / 维持 / 驳回复议请求 / 调解书",
});

export { AdministrativeReviewCaseStatus, AdministrativeReviewDecisionKind, AdministrativeReviewProcedure };
