import type { ClockSpec } from "./clock.js";
import type { LocalDate } from "./local-date.js";

/**
 * Statutory clocks as data. Law changes: when a source is amended, publish a new
 * version with its effectiveFrom rather than editing numbers in place.
 * Due-soon / very-overdue thresholds are local policy and are deliberately not set
 * here; spread a spec and add them (`{ ...clocks.petitionHandling, dueSoonDays: 5 }`).
 * maxExtensionDays: 0 = no extension in law; absent = extendable without a fixed cap.
 */
export const STATUTORY_CLOCKS = {
  version: "2024.1",
  // Latest source in force: Civil Procedure Law as amended in 2023, effective 2024-01-01.
  effectiveFrom: "2024-01-01",
  clocks: {
    // 信访工作条例 (2022): decide on acceptance within 15 days of receipt.
    petitionAcceptance: { kind: "petitionAcceptance", length: 15, unit: "naturalDays", maxExtensionDays: 0 },
    // 信访工作条例 (2022): handle within 60 days of acceptance; up to 30 more with approval, petitioner told why.
    petitionHandling: { kind: "petitionHandling", length: 60, unit: "naturalDays", maxExtensionDays: 30 },
    // 信访工作条例 (2022): request review (复查) within 30 days of receiving the reply.
    petitionReviewRequest: { kind: "petitionReviewRequest", length: 30, unit: "naturalDays", maxExtensionDays: 0 },
    // 信访工作条例 (2022): answer a review within 30 days; hearing time is excluded (pause the clock).
    petitionReview: { kind: "petitionReview", length: 30, unit: "naturalDays", maxExtensionDays: 0 },
    // 信访工作条例 (2022): request re-examination (复核) within 30 days of the review opinion.
    petitionReexaminationRequest: {
      kind: "petitionReexaminationRequest",
      length: 30,
      unit: "naturalDays",
      maxExtensionDays: 0,
    },
    // 信访工作条例 (2022): answer a re-examination within 30 days; hearing time is excluded.
    petitionReexamination: { kind: "petitionReexamination", length: 30, unit: "naturalDays", maxExtensionDays: 0 },

    // 劳动争议调解仲裁法 art. 14: no agreement within 15 days → a party may apply for arbitration.
    labourEnterpriseMediation: {
      kind: "labourEnterpriseMediation",
      length: 15,
      unit: "naturalDays",
      maxExtensionDays: 0,
    },
    // 劳动争议调解仲裁法 art. 27: 1-year limitation from knowing of the infringement; suspension = pause.
    // Wage arrears during employment run until 1 year after it ends: start the clock then.
    labourArbitrationLimitation: {
      kind: "labourArbitrationLimitation",
      length: 12,
      unit: "months",
      maxExtensionDays: 0,
    },
    // 劳动争议调解仲裁法 art. 29: accept or reject within 5 days of receipt.
    labourArbitrationAcceptance: {
      kind: "labourArbitrationAcceptance",
      length: 5,
      unit: "naturalDays",
      maxExtensionDays: 0,
    },
    // 劳动争议调解仲裁法 art. 30: serve the application on the respondent within 5 days of acceptance.
    labourArbitrationService: { kind: "labourArbitrationService", length: 5, unit: "naturalDays", maxExtensionDays: 0 },
    // 劳动争议调解仲裁法 art. 30: the respondent answers within 10 days of service.
    labourArbitrationAnswer: { kind: "labourArbitrationAnswer", length: 10, unit: "naturalDays", maxExtensionDays: 0 },
    // 劳动争议调解仲裁法 art. 32: notify the parties of the tribunal within 5 days of acceptance.
    labourArbitrationTribunalNotice: {
      kind: "labourArbitrationTribunalNotice",
      length: 5,
      unit: "naturalDays",
      maxExtensionDays: 0,
    },
    // 劳动争议调解仲裁法 art. 43: award within 45 days of acceptance; the chair may extend by ≤ 15 days.
    labourArbitrationAward: { kind: "labourArbitrationAward", length: 45, unit: "naturalDays", maxExtensionDays: 15 },
    // 劳动争议调解仲裁法 art. 48: a worker may sue within 15 days of receiving a final award (一裁终局).
    labourFinalAwardWorkerSuit: {
      kind: "labourFinalAwardWorkerSuit",
      length: 15,
      unit: "naturalDays",
      maxExtensionDays: 0,
    },
    // 劳动争议调解仲裁法 art. 49: an employer may apply to revoke a final award within 30 days.
    labourFinalAwardEmployerRevocation: {
      kind: "labourFinalAwardEmployerRevocation",
      length: 30,
      unit: "naturalDays",
      maxExtensionDays: 0,
    },
    // 劳动争议调解仲裁法 art. 50: sue within 15 days of a non-final award, or it takes effect.
    labourNonFinalAwardSuit: { kind: "labourNonFinalAwardSuit", length: 15, unit: "naturalDays", maxExtensionDays: 0 },

    // 人民调解工作若干规定 (司法部, 2002): normally concluded within one month. Guidance, not statute.
    peopleMediation: { kind: "peopleMediation", length: 1, unit: "months" },
    // 医疗纠纷预防和处理条例 (2018): 30 working days from acceptance, appraisal excluded (pause);
    // then deemed failed, so no extension.
    medicalMediation: { kind: "medicalMediation", length: 30, unit: "workingDays", maxExtensionDays: 0 },

    // 民事诉讼法 (2023): apply jointly within 30 days of the mediation agreement taking effect.
    judicialConfirmationApplication: {
      kind: "judicialConfirmationApplication",
      length: 30,
      unit: "naturalDays",
      maxExtensionDays: 0,
    },
    // 最高人民法院关于人民调解协议司法确认程序的若干规定 (2011): decide acceptance within 3 days.
    judicialConfirmationAcceptance: {
      kind: "judicialConfirmationAcceptance",
      length: 3,
      unit: "naturalDays",
      maxExtensionDays: 0,
    },
    // Same provisions: rule within 15 days of acceptance; up to 10 more with the court president's approval.
    judicialConfirmationRuling: {
      kind: "judicialConfirmationRuling",
      length: 15,
      unit: "naturalDays",
      maxExtensionDays: 10,
    },
    // 最高人民法院关于进一步完善委派调解机制的指导意见 (2020): 30 days, extendable by the parties' consent.
    preFilingMediation: { kind: "preFilingMediation", length: 30, unit: "naturalDays" },
    // 最高人民法院关于人民法院民事调解工作若干问题的规定: 15 days from consent (ordinary procedure),
    // continued with all parties' consent.
    inLitigationMediationOrdinary: { kind: "inLitigationMediationOrdinary", length: 15, unit: "naturalDays" },
    // Same provisions: 7 days under the simplified procedure.
    inLitigationMediationSimplified: { kind: "inLitigationMediationSimplified", length: 7, unit: "naturalDays" },

    // 民事诉讼法 (2023), trial periods from filing. Extensions are capped in months, not days
    // (ordinary +6 with the president's approval, further by the higher court; simplified and
    // small claims +1), so no day cap is set here (verify before enforcing one).
    trialOrdinary: { kind: "trialOrdinary", length: 6, unit: "months" },
    trialSimplified: { kind: "trialSimplified", length: 3, unit: "months" },
    trialSmallClaims: { kind: "trialSmallClaims", length: 2, unit: "months" },

    // 法律援助法 (2021) art. 43: decide within 7 days of application; asking for more materials
    // stops the clock (pause).
    legalAidDecision: { kind: "legalAidDecision", length: 7, unit: "naturalDays", maxExtensionDays: 0 },
    // 法律援助法 (2021) art. 43: assign a lawyer within 3 days of the decision to grant aid.
    legalAidAssignment: { kind: "legalAidAssignment", length: 3, unit: "naturalDays", maxExtensionDays: 0 },

    // 行政复议法 (2023 revision, effective 2024-01-01) art. 20: apply within 60 days of knowing of the
    // administrative act (a longer period set by another law prevails; time lost to force majeure or another
    // proper reason does not count: pause).
    administrativeReviewApplication: {
      kind: "administrativeReviewApplication",
      length: 60,
      unit: "naturalDays",
      maxExtensionDays: 0,
    },
    // Same law art. 30: examine an application within 5 days of receipt and accept it or not; art. 88: the
    // law's "five days" are working days.
    administrativeReviewAcceptance: {
      kind: "administrativeReviewAcceptance",
      length: 5,
      unit: "workingDays",
      maxExtensionDays: 0,
    },
    // Same law art. 62: decide within 60 days of acceptance under the ordinary procedure; a complex case may be
    // extended once approved, by at most 30 days.
    administrativeReviewDecision: {
      kind: "administrativeReviewDecision",
      length: 60,
      unit: "naturalDays",
      maxExtensionDays: 30,
    },
    // Same law art. 62: 30 days under the simplified procedure (简易程序), no extension.
    administrativeReviewSimplifiedDecision: {
      kind: "administrativeReviewSimplifiedDecision",
      length: 30,
      unit: "naturalDays",
      maxExtensionDays: 0,
    },
  },
} as const satisfies { version: string; effectiveFrom: LocalDate; clocks: Record<string, ClockSpec> };

export type StatutoryClockKey = keyof typeof STATUTORY_CLOCKS.clocks;
