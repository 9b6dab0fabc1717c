// Every clock a record can show, declared once: its name in code and what it is. The graph's `ClockKind`
// enum is made from this list (SCREAMING_SNAKE_CASE names), and a clock spec can only name one of these.

export const CLOCK_KINDS = {
  petitionAcceptance: "信访受理 15 日 decide whether to accept a petition",
  petitionHandling: "信访办理 60 日 answer an accepted petition (extendable by 30)",
  petitionReviewRequest: "请求复查 30 日 ask for a review of the answer",
  petitionReview: "复查 30 日 answer a review",
  petitionReexaminationRequest: "请求复核 30 日 ask for a re-examination of the review",
  petitionReexamination: "复核 30 日 answer a re-examination",
  labourEnterpriseMediation: "劳动争议调解 15 日 labour mediation, after which arbitration may be applied for",
  labourArbitrationLimitation: "仲裁时效 1 年 limitation period for labour arbitration",
  labourArbitrationAcceptance: "仲裁受理 5 日 accept or reject an arbitration application",
  labourArbitrationService: "仲裁送达 5 日 serve the application on the respondent",
  labourArbitrationAnswer: "答辩 10 日 the respondent's answer",
  labourArbitrationTribunalNotice: "组庭通知 5 日 notify the parties of the tribunal",
  labourArbitrationAward: "仲裁裁决 45 日 award (extendable by 15)",
  labourFinalAwardWorkerSuit: "终局裁决起诉 15 日 a worker sues after a final award",
  labourFinalAwardEmployerRevocation: "申请撤销终局裁决 30 日 an employer applies to revoke a final award",
  labourNonFinalAwardSuit: "非终局裁决起诉 15 日 sue after a non-final award",
  peopleMediation: "人民调解 一个月 people's mediation, one month as a rule",
  medicalMediation: "医疗纠纷调解 30 个工作日 medical mediation, appraisal not counted",
  judicialConfirmationApplication: "申请司法确认 30 日 apply jointly for judicial confirmation of an agreement",
  judicialConfirmationAcceptance: "司法确认受理 3 日 the court decides whether to accept",
  judicialConfirmationRuling: "司法确认裁定 15 日 the court rules (extendable by 10)",
  preFilingMediation: "诉前调解 30 日 pre-filing mediation (extendable by the parties' consent)",
  inLitigationMediationOrdinary: "诉中调解 15 日 mediation during an ordinary trial",
  inLitigationMediationSimplified: "诉中调解 7 日 mediation during a simplified trial",
  trialOrdinary: "普通程序审限 6 个月 ordinary first-instance trial",
  trialSimplified: "简易程序审限 3 个月 simplified trial",
  trialSmallClaims: "小额诉讼审限 2 个月 small-claims trial",
  enforcement: "执行期限 6 个月 enforcement",
  legalAidDecision: "法律援助审查 7 日 decide on a legal aid application",
  legalAidAssignment: "指派 3 日 assign a lawyer after granting aid",
  administrativeReviewApplication: "申请行政复议 60 日 apply for review after knowing of the act",
  administrativeReviewAcceptance: "复议受理 5 个工作日 accept a review application or not",
  administrativeReviewDecision: "复议决定 60 日 decide under the ordinary procedure (extendable by 30)",
  administrativeReviewSimplifiedDecision: "复议决定 30 日 decide under the simplified procedure",
  centerServiceSimple: "中心服务承诺 1 日 the center's promise for a simple matter",
  centerServiceOrdinary: "中心服务承诺 7 日 the center's promise for an ordinary matter",
  centerServiceComplex: "中心服务承诺 20 日 the center's promise for a complex matter",
  firstResponse:
    "首次响应 12345 first contact after a hotline work order (one clock hour if urgent, else one working day)",
  handOffResponse: "移交答复 3 个工作日 the receiving department answers a hand-off",
} as const satisfies Record<string, string>;

export type ClockKind = keyof typeof CLOCK_KINDS;

/** `petitionHandling` → `PETITION_HANDLING`: the kind's name in the graph. */
export const clockKindEnumName = (kind: ClockKind): string => kind.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase();
