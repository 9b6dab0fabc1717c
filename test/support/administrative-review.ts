// A contested administrative act as the e2e stories bring it to review: the dispute registered at the window and
// the application the review office receives on it.
import { chinaDaysAgo } from "./calendar.js";
import { residentId } from "./identities.js";

/** A fine contested at the window, each with its own applicant (no possible duplicate). */
export const contestedFine = () => ({
  title: "不服县市场监督管理局行政处罚",
  description: "个体经营者被县市场监督管理局以标价不规范为由处以罚款，认为事实认定有误，请求撤销处罚。",
  category: "其他",
  region: "330122",
  channel: "WALK_IN",
  flags: ["ADMINISTRATIVE_ACT"],
  parties: [{ kind: "PERSON", name: "方建平", residentId: residentId(), phone: "13588127315" }],
  respondents: [{ kind: "ORGANISATION", name: "桐庐县市场监督管理局" }],
});

/** The application against that fine, known of ten days ago (well within the 60-day period). */
export const fineApplication = (disputeCode: string) => ({
  disputeCode,
  request: "请求撤销桐市监罚〔2026〕42号行政处罚决定",
  respondentAgency: "桐庐县市场监督管理局",
  contestedAct: "桐市监罚〔2026〕42号行政处罚决定",
  actKnownOn: chinaDaysAgo(10),
});
