import { DEMO_DISPUTES } from "@onedoor/shared/demo/stories";
import { LONG_TRANSACTION } from "@onedoor/shared/db/database";
import { toLocalDate } from "@onedoor/shared/clock/index";
import type { Logger } from "@onedoor/shared/logger";
import { recordCaseEvent } from "@onedoor/shared/events/outbox";
import type { ReportedClock } from "@onedoor/shared/events/reported-clock";
import { evaluateEligibility } from "../domain/eligibility.js";
import { standardFen } from "../domain/hardship-standards.js";
import { fenOf, yuanOf } from "../domain/money.js";
import { matterFromLabel } from "../domain/matters.js";
import {
  applicationEvents,
  assignmentEvent,
  consultationEvent,
  decisionEvent,
  workEvent,
  type CaseEventDraft,
} from "../domain/case-events.js";
import type { LegalAidProvider as ProviderRow, Prisma } from "../generated/prisma/client.js";
import {
  ApplicantGroup,
  ClosureOutcome,
  ConsultationChannel,
  LegalAidMatter,
  LegalAidStatus,
  LegalSpecialty,
  ProviderKind,
  WorkActivity,
} from "../generated/prisma/enums.js";
import { caseClockFacts, reportedCaseClocks } from "../domain/workflow.js";
import { withApplicantPartyId } from "./write.js";
import type { LegalAidStore } from "./store.js";
import { DEMO_LEGAL_AID_CENTRES, demoCentreOf, demoCountyCentre } from "@onedoor/shared/demo/legal-aid-directory";

/** The roster of the 桐庐县 and 普陀区 legal aid centers. */
const PROVIDERS = [
  {
    name: "章立群",
    kind: ProviderKind.LAWYER,
    organisation: "浙江桐君律师事务所",
    licenseNumber: "13301200910512345",
    phone: "13857112468",
    regionCode: "330122",
    specialties: [LegalSpecialty.LABOUR, LegalSpecialty.CIVIL_GENERAL],
    maxOpenCases: 8,
  },
  {
    name: "方晓燕",
    kind: ProviderKind.LAWYER,
    organisation: "浙江富春江律师事务所",
    licenseNumber: "13301201510287613",
    phone: "13906816672",
    regionCode: "330122",
    specialties: [LegalSpecialty.MARRIAGE_FAMILY, LegalSpecialty.PERSONAL_INJURY],
    maxOpenCases: 6,
  },
  {
    name: "叶志刚",
    kind: ProviderKind.LEGAL_AID_WORKER,
    organisation: "桐庐县法律援助中心",
    licenseNumber: null,
    phone: "0571-64212348",
    regionCode: "330122",
    specialties: [LegalSpecialty.LABOUR, LegalSpecialty.ADMINISTRATIVE],
    maxOpenCases: 10,
  },
  {
    name: "胡海峰",
    kind: ProviderKind.LAWYER,
    organisation: "浙江海港律师事务所",
    licenseNumber: "13309201211034567",
    phone: "13566201893",
    regionCode: "330903",
    specialties: [LegalSpecialty.LABOUR, LegalSpecialty.PERSONAL_INJURY],
    maxOpenCases: 8,
  },
];

/** Applicant and handling of each story's legal aid case, keyed by 解纷码; the story gives matter, status and date. */
const CASE_DETAILS: Record<
  string,
  {
    applicantName: string;
    residentId: string;
    phone: string;
    groups: ApplicantGroup[];
    decidedAt: string;
    assignee: string;
    assignedAt: string;
    work: { activity: WorkActivity; description: string; minutes: number; occurredAt: string }[];
  }
> = {
  // Six knitwear workers: the representative (推选代表) applies for all six; migrant workers claiming wages.
  "330122260000027": {
    applicantName: "汪建新",
    residentId: "330122198503142016",
    phone: "13567123408",
    groups: [ApplicantGroup.MIGRANT_WORKER],
    decidedAt: "2026-10-14T01:30:00.000Z",
    assignee: "章立群",
    assignedAt: "2026-10-15T02:00:00.000Z",
    work: [
      {
        activity: WorkActivity.MEETING,
        description: "在县矛调中心会见六名工人，核对考勤记录、工资条和微信转账记录，确认拖欠三个月工资共计12.6万元。",
        minutes: 120,
        occurredAt: "2026-10-15T06:00:00.000Z",
      },
      {
        activity: WorkActivity.INVESTIGATION,
        description: "赴横村镇市场监管所调取针织服装厂营业执照及经营者信息，向镇劳动保障所了解停产情况。",
        minutes: 180,
        occurredAt: "2026-10-17T02:00:00.000Z",
      },
      {
        activity: WorkActivity.MEDIATION,
        description: "参加县劳动争议人民调解委员会与商会人民调解委员会联合调解，代工人提出工资支付方案。",
        minutes: 150,
        occurredAt: "2026-10-20T06:30:00.000Z",
      },
      {
        activity: WorkActivity.DRAFTING,
        description: "为六名工人起草劳动仲裁申请书及证据目录，以备调解不成时申请仲裁。",
        minutes: 240,
        occurredAt: "2026-11-16T02:00:00.000Z",
      },
    ],
  },
};

const CONSULTATIONS = [
  {
    channel: ConsultationChannel.WINDOW,
    disputeCode: "330122260000027",
    enquirerName: "汪建新",
    enquirerPhone: "13567123408",
    topic: "拖欠工资",
    question: "老板失联、工厂停产，没有签劳动合同，还能讨回工资吗？",
    answer:
      "未签书面合同不影响劳动关系的认定，可用考勤、工资条、转账记录、工友证言证明。进城务工人员追索劳动报酬申请法律援助，免予核查经济困难状况。建议先申请调解，同时申请法律援助。",
    answeredBy: "叶志刚",
    consultedAt: "2026-10-12T01:10:00.000Z",
  },
  {
    channel: ConsultationChannel.PHONE,
    disputeCode: "330122260000016",
    enquirerName: "周秀英",
    enquirerPhone: "13819045521",
    topic: "人身损害赔偿",
    question: "在人行道被凸起的窨井盖绊倒摔掉门牙，应该找谁赔偿？",
    answer:
      "窨井等地下设施造成他人损害，管理人不能证明尽到管理职责的，应当承担侵权责任（民法典第一千二百五十八条）。建议保留现场照片、就医票据，到矛调中心一窗登记，由中心协调相关单位联合调解。",
    answeredBy: "方晓燕",
    consultedAt: "2026-03-09T00:50:00.000Z",
  },
  {
    channel: ConsultationChannel.WINDOW,
    disputeCode: null,
    enquirerName: "李桂芳",
    enquirerPhone: null,
    topic: "赡养费",
    question: "三个儿子都不给赡养费，我能申请法律援助吗？",
    answer:
      "请求给付赡养费属于法律援助事项，须审查经济困难状况；如您是低保等社会救助对象，免予核查。请携带身份证、户口簿和收入情况材料到法律援助中心窗口申请。",
    answeredBy: "叶志刚",
    consultedAt: "2026-11-05T02:30:00.000Z",
  },
  {
    channel: ConsultationChannel.WINDOW,
    disputeCode: null,
    enquirerName: "陈阿根",
    enquirerPhone: "13758129043",
    topic: "赡养费",
    question: "我七十多岁了，三个儿子都不给生活费，可以告他们吗？",
    answer:
      "成年子女对父母负有赡养义务，可请求给付赡养费。您是低保对象，申请法律援助免予核查经济困难状况，可先由村调委会调解。",
    answeredBy: "叶志刚",
    consultedAt: "2025-10-24T06:10:00.000Z",
  },
];

/**
 * Applications made straight at the legal aid window, outside the registry's stories (no 解纷码): they give
 * the cockpit a refusal, a provisional (urgent) start and a case from the same period last year.
 */
const WALK_IN_CASES: {
  matter: LegalAidMatter;
  status: LegalAidStatus;
  applicantName: string;
  residentId: string;
  phone: string;
  groups: ApplicantGroup[];
  /** Income per head in yuan with two decimals. */
  household?: { size: number; monthlyIncomePerHead: string };
  regionCode: string;
  appliedAt: string;
  decidedAt: string;
  urgentDeadline?: string;
  provisional?: { startedAt: string; note: string };
  assignment?: { assignee: string; assignedAt: string };
  closure?: { closedAt: string; outcome: ClosureOutcome; summary: string };
}[] = [
  // Same period last year: an elderly father on 低保 claims maintenance from his sons; mediated, closed.
  {
    matter: LegalAidMatter.SUPPORT_PAYMENT,
    status: LegalAidStatus.CLOSED,
    applicantName: "陈阿根",
    residentId: "330122195208163021",
    phone: "13758129043",
    groups: [ApplicantGroup.SOCIAL_ASSISTANCE],
    regionCode: "330122",
    appliedAt: "2025-10-27T01:30:00.000Z",
    decidedAt: "2025-10-29T02:00:00.000Z",
    assignment: { assignee: "方晓燕", assignedAt: "2025-10-30T02:00:00.000Z" },
    closure: {
      closedAt: "2026-01-20T07:00:00.000Z",
      outcome: ClosureOutcome.MEDIATED,
      summary: "经村调委会调解，三子按月各给付赡养费600元，已履行两期。",
    },
  },
  // 李桂芳 applies after her consultation of 5 November; 桐君街道 recorded as her region.
  {
    matter: LegalAidMatter.SUPPORT_PAYMENT,
    status: LegalAidStatus.GRANTED,
    applicantName: "李桂芳",
    residentId: "330122196703052411",
    phone: "13588461207",
    groups: [ApplicantGroup.SOCIAL_ASSISTANCE],
    regionCode: "330122003",
    appliedAt: "2026-11-06T01:00:00.000Z",
    decidedAt: "2026-11-10T03:00:00.000Z",
    assignment: { assignee: "方晓燕", assignedAt: "2026-11-11T01:30:00.000Z" },
  },
  // Means-tested and above the Hangzhou standard (2 × 1383 = 2766 yuan a head): refused with reasons.
  {
    matter: LegalAidMatter.CONFIRM_LABOUR_RELATION,
    status: LegalAidStatus.REFUSED,
    applicantName: "徐国强",
    residentId: "330122198807213514",
    phone: "13906712285",
    groups: [],
    household: { size: 3, monthlyIncomePerHead: "3500.00" },
    regionCode: "330122",
    appliedAt: "2026-08-18T02:00:00.000Z",
    decidedAt: "2026-08-21T06:00:00.000Z",
  },
  // A migrant worker hurt at a 分水镇 workshop, six days before the arbitration time limit: aid started at once.
  {
    matter: LegalAidMatter.WORK_INJURY_DAMAGES,
    status: LegalAidStatus.GRANTED,
    applicantName: "罗永军",
    residentId: "511322199004127815",
    phone: "15167183320",
    groups: [ApplicantGroup.MIGRANT_WORKER],
    regionCode: "330122",
    appliedAt: "2026-09-08T01:00:00.000Z",
    decidedAt: "2026-09-11T02:00:00.000Z",
    urgentDeadline: "2026-09-14T15:59:59.999Z",
    provisional: {
      startedAt: "2026-09-08T01:20:00.000Z",
      note: "距劳动仲裁申请时效届满仅6日，先行提供法律援助，材料后补。",
    },
    assignment: { assignee: "叶志刚", assignedAt: "2026-09-08T03:00:00.000Z" },
  },
];

/** The stories give statuses as text: each must be one of the set. */
function statusNamed(value: string): LegalAidStatus {
  const status = Object.values(LegalAidStatus).find((s) => s === value);
  if (!status) throw new Error(`Demo legal aid status ${value} is not a LegalAidStatus`);
  return status;
}

/** The story's events as the mutations would have reported them: only records linked to a dispute report. */
async function report(
  tx: Prisma.TransactionClient,
  disputeCode: string | null,
  recordId: string,
  events: readonly (CaseEventDraft & { clocks?: ReportedClock[] })[],
): Promise<void> {
  if (!disputeCode) return;
  for (const event of events) await recordCaseEvent(tx, { ...event, disputeCode, recordId });
}

/** This department's part of the demo stories, written once into an empty database with their timeline events. */
export async function seedDemoData(store: LegalAidStore, log: Logger): Promise<void> {
  if ((await store.legalAidCase.count()) > 0) return;
  // One transaction: a half-seeded database would never be seeded again (the count above is no longer 0).
  const counts = await store.$transaction((tx) => seed(tx), LONG_TRANSACTION);
  log.info({ ...counts, providers: PROVIDERS.length, consultations: CONSULTATIONS.length }, "seeded demo data");
}

async function seed(tx: Prisma.TransactionClient): Promise<{ cases: number; events: number }> {
  // The same centres as the registry's seeded copy of the directory, by the same ids, each with its roster.
  await tx.legalAidCentre.createMany({ data: DEMO_LEGAL_AID_CENTRES });
  const providers = new Map<string, ProviderRow>();
  for (const p of PROVIDERS)
    providers.set(
      p.name,
      await tx.legalAidProvider.create({
        data: { ...p, centreId: demoCentreOf(p.name).id, createdAt: new Date("2026-01-05T01:00:00.000Z") },
      }),
    );

  let cases = 0;
  let events = 0;
  // Consultations first: in the stories they come before the applications, and the outbox keeps that order.
  for (const c of CONSULTATIONS) {
    const row = await tx.legalConsultation.create({ data: { ...c, consultedAt: new Date(c.consultedAt) } });
    await report(tx, row.disputeCode, row.id, [
      consultationEvent({ channel: c.channel, at: row.consultedAt, disputeCode: row.disputeCode }),
    ]);
    if (row.disputeCode) events++;
  }
  for (const dispute of DEMO_DISPUTES) {
    for (const story of dispute.legalAid) {
      const detail = CASE_DETAILS[dispute.code];
      const matter = matterFromLabel(story.matterType) ?? LegalAidMatter.OTHER;
      if (!detail) throw new Error(`Demo legal aid case for ${dispute.code} has no applicant details`);
      const appliedAt = new Date(story.appliedAt);
      // The recorded decision is what the rules give for these facts, so the demo never contradicts them.
      const result = evaluateEligibility({
        matter,
        applicantGroups: detail.groups,
        regionCode: dispute.regionCode,
        appliedOn: toLocalDate(appliedAt),
      });
      if (result.outcome === "UNDETERMINED")
        throw new Error(`Demo legal aid case for ${dispute.code} is not decidable: ${result.messageZh}`);
      const assignee = providers.get(detail.assignee)!;
      const decidedAt = new Date(detail.decidedAt);
      const assignedAt = new Date(detail.assignedAt);
      const row = await tx.legalAidCase.create({
        data: withApplicantPartyId({
          disputeCode: dispute.code,
          matter,
          status: statusNamed(story.status),
          applicantName: detail.applicantName,
          applicantResidentId: detail.residentId,
          applicantPhone: detail.phone,
          applicantGroups: detail.groups,
          regionCode: dispute.regionCode,
          // The registry referred the dispute to the county's centre (its default body).
          centreId: demoCountyCentre(dispute.regionCode).id,
          appliedAt,
          receivedBy: "叶志刚",
          decidedAt,
          decidedBy: "叶志刚",
          eligibilityBasis: result.basis,
          eligibilityArticle: result.article,
          eligibilityRuleVersion: result.ruleVersion,
          meansTestApplied: result.meansTestApplied,
          hardshipStandard: result.hardshipStandard ? yuanOf(standardFen(result.hardshipStandard)) : null,
          hardshipStandardSource: result.hardshipStandard?.source ?? null,
          decisionExplanation: result.outcome === "ELIGIBLE" ? result.explanationZh : null,
          refusalReasons: result.outcome === "INELIGIBLE" ? result.reasonsZh : [],
          assigneeId: assignee.id,
          assignedAt,
          assignedBy: "叶志刚",
        }),
      });
      await tx.legalAidWorkEntry.createMany({
        data: detail.work.map((w) => ({
          ...w,
          caseId: row.id,
          providerId: assignee.id,
          occurredAt: new Date(w.occurredAt),
          recordedBy: detail.assignee,
        })),
      });
      // The story's history as the mutations would have reported it, at the times it happened.
      const granted = result.outcome === "ELIGIBLE";
      const history = [
        ...applicationEvents({ matter, status: LegalAidStatus.SUBMITTED, appliedAt }),
        decisionEvent({
          granted,
          status: granted ? LegalAidStatus.GRANTED : LegalAidStatus.REFUSED,
          matter,
          basis: result.basis,
          article: result.article,
          ruleVersion: result.ruleVersion,
          meansTestApplied: result.meansTestApplied,
          at: decidedAt,
        }),
        assignmentEvent({
          providerKind: assignee.kind,
          organisation: assignee.organisation,
          status: LegalAidStatus.GRANTED,
          at: assignedAt,
        }),
        ...detail.work.map((w) => workEvent({ activity: w.activity, minutes: w.minutes, at: new Date(w.occurredAt) })),
      ];
      // The story's last step reports the case's clocks as they stand after the story.
      const clocks = reportedCaseClocks(row.id, caseClockFacts(row, []));
      await report(tx, dispute.code, row.id, [...history.slice(0, -1), { ...history.at(-1)!, clocks }]);
      events += history.length;
      cases++;
    }
  }
  for (const c of WALK_IN_CASES) {
    const appliedAt = new Date(c.appliedAt);
    const result = evaluateEligibility({
      matter: c.matter,
      applicantGroups: c.groups,
      householdSize: c.household?.size ?? null,
      monthlyIncomePerHeadFen: c.household ? fenOf(c.household.monthlyIncomePerHead) : null,
      regionCode: c.regionCode,
      appliedOn: toLocalDate(appliedAt),
    });
    if (result.outcome === "UNDETERMINED")
      throw new Error(`Demo walk-in case of ${c.applicantName} is not decidable: ${result.messageZh}`);
    if ((result.outcome === "ELIGIBLE") !== (c.status !== LegalAidStatus.REFUSED))
      throw new Error(`Demo walk-in case of ${c.applicantName} contradicts the rules`);
    await tx.legalAidCase.create({
      data: withApplicantPartyId({
        matter: c.matter,
        status: c.status,
        applicantName: c.applicantName,
        applicantResidentId: c.residentId,
        applicantPhone: c.phone,
        applicantGroups: c.groups,
        householdSize: c.household?.size ?? null,
        monthlyIncomePerHead: c.household?.monthlyIncomePerHead ?? null,
        regionCode: c.regionCode,
        // Received where its receiver works: the workstation at the county's social governance centre.
        centreId: demoCentreOf("叶志刚").id,
        urgentDeadline: c.urgentDeadline ? new Date(c.urgentDeadline) : null,
        provisionalAidStartedAt: c.provisional ? new Date(c.provisional.startedAt) : null,
        provisionalAidNote: c.provisional?.note ?? null,
        appliedAt,
        receivedBy: "叶志刚",
        decidedAt: new Date(c.decidedAt),
        decidedBy: "叶志刚",
        eligibilityBasis: result.basis,
        eligibilityArticle: result.article,
        eligibilityRuleVersion: result.ruleVersion,
        meansTestApplied: result.meansTestApplied,
        hardshipStandard: result.hardshipStandard ? yuanOf(standardFen(result.hardshipStandard)) : null,
        hardshipStandardSource: result.hardshipStandard?.source ?? null,
        decisionExplanation: result.outcome === "ELIGIBLE" ? result.explanationZh : null,
        refusalReasons: result.outcome === "INELIGIBLE" ? result.reasonsZh : [],
        assigneeId: c.assignment ? providers.get(c.assignment.assignee)!.id : null,
        assignedAt: c.assignment ? new Date(c.assignment.assignedAt) : null,
        assignedBy: c.assignment ? "叶志刚" : null,
        closedAt: c.closure ? new Date(c.closure.closedAt) : null,
        closureOutcome: c.closure?.outcome ?? null,
        closureSummary: c.closure?.summary ?? null,
      }),
    });
    cases++;
  }
  return { cases, events };
}
