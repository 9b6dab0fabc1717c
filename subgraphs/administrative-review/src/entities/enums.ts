// GraphQL enums of the administrative review body, built from the Prisma enums the database enforces.
import { registerEnumType } from "type-graphql";
import {
  AdministrativeReviewCaseStatus,
  AdministrativeReviewDecisionKind,
  AdministrativeReviewProcedure,
  ReviewOfficeKind,
} from "../generated/prisma/enums.js";

const describe = <E extends string>(labels: Record<E, string>) =>
  Object.fromEntries(
    Object.entries(labels).map(([value, label]) => [value, { description: label as string }]),
  ) as Record<E, { description: string }>;

registerEnumType(AdministrativeReviewCaseStatus, {
  name: "AdministrativeReviewCaseStatus",
  description: "行政复议案件状态: where the review stands.",
  valuesConfig: describe<AdministrativeReviewCaseStatus>({
    RECEIVED: "已收到申请 received, acceptance being examined (5 working days)",
    ACCEPTED: "已受理 accepted, the decision period runs",
    REJECTED: "不予受理 rejected",
    DECIDED: "已作出复议决定 decided (or closed by a review mediation statement, 调解书)",
    TERMINATED: "已终止 terminated (e.g. the applicant withdrew, 撤回申请)",
    VOIDED: "已撤销受理（误受理） voided: the acceptance was recorded in error and corrected",
  }),
});

registerEnumType(AdministrativeReviewProcedure, {
  name: "AdministrativeReviewProcedure",
  description: "审理程序: which procedure, and so which decision period.",
  valuesConfig: describe<AdministrativeReviewProcedure>({
    ORDINARY: "普通程序 ordinary procedure, 60 days, extendable once by up to 30 days when approved",
    SIMPLIFIED: "简易程序 simplified procedure, 30 days",
  }),
});

registerEnumType(AdministrativeReviewDecisionKind, {
  name: "AdministrativeReviewDecisionKind",
  description: "复议决定: what the review body decided (行政复议法 arts. 63–69, 73).",
  valuesConfig: describe<AdministrativeReviewDecisionKind>({
    VARY: "变更 vary the act",
    REVOKE: "撤销 revoke the act",
    CONFIRM_ILLEGAL: "确认违法 confirm the act illegal",
    ORDER_PERFORMANCE: "责令履行 order the organ to perform its duty",
    CONFIRM_INVALID: "确认无效 confirm the act invalid",
    UPHOLD: "维持 uphold the act",
    DISMISS: "驳回复议请求 dismiss the request",
    MEDIATED: "调解书 closed by a review mediation statement",
  }),
});

registerEnumType(ReviewOfficeKind, {
  name: "ReviewOfficeKind",
  description: "复议机构类型: the kind of review office, which the registry's routing rules name.",
  valuesConfig: describe<ReviewOfficeKind>({
    COUNTY_REVIEW_OFFICE:
      "县级人民政府行政复议机构: since the 2023 revision the county government alone reviews the county's organs",
    RECEPTION_POINT: "行政复议受理点 at the county's social governance centre: receives applications for the office",
  }),
});

export {
  AdministrativeReviewCaseStatus,
  AdministrativeReviewDecisionKind,
  AdministrativeReviewProcedure,
  ReviewOfficeKind,
};
