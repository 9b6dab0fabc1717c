// Code lists of the legal aid center's records other than matters and statuses, with Chinese labels.

/** 咨询渠道 */
export enum ConsultationChannel {
  WINDOW = "WINDOW",
  PHONE = "PHONE",
}

/** 办案工作类别 in the assigned lawyer's work log. */
export enum WorkActivity {
  MEETING = "MEETING",
  INVESTIGATION = "INVESTIGATION",
  DRAFTING = "DRAFTING",
  MEDIATION = "MEDIATION",
  HEARING = "HEARING",
  OTHER = "OTHER",
}

/** 结案方式 */
export enum ClosureOutcome {
  JUDGMENT_OR_AWARD = "JUDGMENT_OR_AWARD",
  SETTLED = "SETTLED",
  MEDIATED = "MEDIATED",
  WITHDRAWN = "WITHDRAWN",
  TERMINATED = "TERMINATED",
}

/** 质量评查等级 */
export enum QualityRating {
  EXCELLENT = "EXCELLENT",
  GOOD = "GOOD",
  PASS = "PASS",
  FAIL = "FAIL",
}
