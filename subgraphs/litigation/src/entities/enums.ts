// The court's closed sets, declared once in prisma/schema.prisma (the database refuses any other value)
// and registered here for the schema under their GraphQL names.
import { registerEnumType } from "type-graphql";
import {
  ConsentChannel,
  ConsentRecorder,
  CourtBodyKind,
  CourtCaseStatus,
  CourtProcedure,
  EnforcementOutcome,
  MediatorKind,
  PartyRole,
  Performance,
  PreFilingSuccess,
  TrialProcedure,
} from "../generated/prisma/enums.js";
import { PartyKind } from "@onedoor/shared/graphql/party-kind";

export {
  ConsentChannel,
  ConsentRecorder,
  CourtBodyKind,
  CourtCaseStatus,
  CourtProcedure,
  EnforcementOutcome,
  MediatorKind,
  PartyKind,
  PartyRole,
  Performance,
  PreFilingSuccess,
  TrialProcedure,
};

registerEnumType(ConsentChannel, {
  name: "JudicialConfirmationConsentChannel",
  description: "How a party's consent to a joint application for judicial confirmation reached the court.",
  valuesConfig: {
    IN_PERSON: { description: "现场 at the court's or the center's window, the party or its representative present" },
    ONLINE: { description: "线上 online, e.g. 移动微法院 / 掌上办" },
  },
});

registerEnumType(ConsentRecorder, {
  name: "JudicialConfirmationConsentRecorder",
  description: "Who recorded a party's consent.",
  valuesConfig: {
    PARTY: { description: "当事人本人 the party itself, signed in" },
    COURT_CLERK: { description: "法院工作人员 a court clerk, taking it at the window" },
  },
});

registerEnumType(CourtProcedure, {
  name: "CourtProcedure",
  description: "The court's procedure a case follows, named by its 类型代字 in the case number.",
  valuesConfig: {
    PRE_FILING_MEDIATION: { description: "诉前调解 (民诉前调) pre-filing mediation" },
    FIRST_INSTANCE: { description: "民事一审 (民初) first-instance civil case" },
    JUDICIAL_CONFIRMATION: { description: "司法确认 (民特) judicial confirmation of a mediation agreement" },
    ENFORCEMENT: { description: "执行 (执) enforcement" },
  },
});

registerEnumType(CourtCaseStatus, {
  name: "CourtCaseStatus",
  description: "Where a court case stands; the steps between the statuses are the court's procedures.",
  valuesConfig: {
    IN_MEDIATION: { description: "诉前调解中 in pre-filing mediation" },
    RESOLVED: { description: "诉前调解成功 resolved before filing" },
    MEDIATION_FAILED: { description: "诉前调解不成 mediation failed, case filed" },
    FILED: { description: "已立案 filed" },
    JUDGED: { description: "已判决 judged" },
    APPLIED: { description: "已申请 (司法确认) applied for" },
    ACCEPTED: { description: "已受理 accepted" },
    NOT_ACCEPTED: { description: "不予受理 not accepted" },
    CONFIRMED: { description: "裁定确认有效 agreement confirmed" },
    REJECTED: { description: "裁定驳回申请 application rejected" },
    ENFORCING: { description: "执行中 being enforced" },
    CONCLUDED: { description: "执行结案 enforcement concluded" },
    VOIDED: { description: "已撤销立案（误立案） voided: the filing was recorded in error and corrected" },
  },
});

registerEnumType(TrialProcedure, {
  name: "CourtTrialProcedure",
  description: "审理程序 of a first-instance case; it sets the trial clock.",
  valuesConfig: {
    ORDINARY: { description: "普通程序 (6 个月) ordinary procedure" },
    SIMPLIFIED: { description: "简易程序 (3 个月) simplified procedure" },
    SMALL_CLAIMS: { description: "小额诉讼程序 (2 个月) small-claims procedure" },
  },
});

registerEnumType(MediatorKind, {
  name: "CourtMediatorKind",
  description: "Who the court delegates a pre-filing mediation to (委派).",
  valuesConfig: {
    MEDIATION_COMMITTEE: { description: "人民调解委员会 people's mediation committee" },
    INVITED_MEDIATOR: { description: "特邀调解员 invited mediator" },
  },
});

registerEnumType(PreFilingSuccess, {
  name: "CourtPreFilingSuccess",
  description: "诉前调解成功的结果: how a successful pre-filing mediation ended.",
  valuesConfig: {
    AGREEMENT: { description: "调解协议 mediation agreement" },
    MEDIATION_STATEMENT: { description: "调解书 mediation statement issued by the court" },
  },
});

registerEnumType(PartyRole, {
  name: "CourtPartyRole",
  description: "A party's role in a court case.",
  valuesConfig: {
    PLAINTIFF: { description: "原告 plaintiff" },
    DEFENDANT: { description: "被告 defendant" },
    APPLICANT: { description: "申请人 applicant" },
    RESPONDENT: { description: "被申请人 (被执行人) respondent (the party enforced against)" },
    THIRD_PARTY: { description: "第三人 third party" },
  },
});

registerEnumType(Performance, {
  name: "CourtPerformance",
  description: "履行情况 of a confirmed agreement or a judgment.",
  valuesConfig: {
    PENDING: { description: "待履行 awaiting performance" },
    PERFORMED: { description: "已履行 performed" },
    ENFORCEMENT_APPLIED: { description: "已申请强制执行 sent to enforcement" },
  },
});

registerEnumType(EnforcementOutcome, {
  name: "CourtEnforcementOutcome",
  description: "结案方式: how an enforcement ended.",
  valuesConfig: {
    FULLY_ENFORCED: { description: "执行完毕 fully enforced" },
    SETTLED: { description: "执行和解 settled" },
    TERMINATED_THIS_ROUND: { description: "终结本次执行程序 this round terminated (no assets found)" },
    TERMINATED: { description: "终结执行 terminated" },
  },
});

/** The queue's order (by filing time, then id so a page boundary is stable). */
export enum CourtCaseSort {
  FILED_AT_DESC = "FILED_AT_DESC",
  FILED_AT_ASC = "FILED_AT_ASC",
}

registerEnumType(CourtCaseSort, {
  name: "CourtCaseSort",
  description: "Order of the court's queue.",
  valuesConfig: {
    FILED_AT_DESC: { description: "立案时间由新到旧 newest filing first (the default)" },
    FILED_AT_ASC: { description: "立案时间由旧到新 oldest filing first" },
  },
});

registerEnumType(CourtBodyKind, {
  name: "CourtBodyKind",
  description: "法院机构类型: the kind of court body, which the registry's routing rules name.",
  valuesConfig: {
    LITIGATION_SERVICE_CENTRE: { description: "诉讼服务中心 of the county court: takes every category" },
    PEOPLES_TRIBUNAL: { description: "人民法庭 (派出法庭): takes the everyday disputes of its towns" },
  },
});
