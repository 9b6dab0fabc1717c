import { DEMO_DISPUTES } from "@onedoor/shared/demo/stories";
import { LONG_TRANSACTION } from "@onedoor/shared/db/database";
import { formatDisputeCode, parseDisputeCode } from "@onedoor/shared/dispute-code/index";
import type { Logger } from "@onedoor/shared/logger";
import { CATEGORY_LISTS } from "../domain/categories.js";
import { INTAKE_POLICY, isMajor } from "../domain/thresholds.js";
import { route, ROUTING_RULES } from "../domain/routing.js";
import { serviceTierFor } from "../domain/clocks.js";
import { withPartyId } from "../domain/party.js";
import {
  Channel,
  DisputeStatus,
  type ContactMethod,
  type Department,
  type DisputeOutcome,
  type DisputePartyRole,
  type HotlineRequestType,
  type RoutingFlag,
} from "../generated/prisma/enums.js";
import type { Dispute } from "../generated/prisma/client.js";
import { lookupRegion } from "@onedoor/shared/validators/index";
import { registrationSummary } from "../domain/registration.js";
import { addContact } from "./registry.js";
import type { Tx } from "./write.js";
import { OUTCOME_LABEL } from "../domain/lifecycle.js";
import { noticeClosure, recordNotice } from "./notices.js";
import { recordReferral } from "./hand-offs.js";
import type { PetitionsStore } from "./store.js";
import { seedDirectory } from "./directory.js";
import { seedMemberUnits } from "./member-units.js";
import { demoMemberUnits } from "@onedoor/shared/demo/member-units";
import { demoMediationDirectory } from "@onedoor/shared/demo/mediation-directory";
import { demoArbitrationDirectory } from "@onedoor/shared/demo/arbitration-directory";
import { demoLegalAidDirectory } from "@onedoor/shared/demo/legal-aid-directory";
import { demoReviewDirectory } from "@onedoor/shared/demo/review-directory";
import { demoCourtDirectory } from "@onedoor/shared/demo/court-directory";
import { detectAlerts } from "./alerts.js";
import { recordRegistryStep, type RegistryStep } from "./timeline.js";

interface DemoParty {
  kind: "PERSON" | "ORGANISATION";
  name: string;
  residentId?: string;
  phone?: string;
  creditCode?: string;
  legalRepresentative?: string;
}

/** The registry's side of each story in ../shared/domain.md: who came, where it went, how it ended. */
interface DemoIntake {
  amountInvolved: string | null;
  /** Routing flags the window recorded (e.g. an administrative act is contested). */
  flags?: RoutingFlag[];
  peopleInvolved: number;
  localityCode?: string;
  serviceTier?: "SIMPLE" | "ORDINARY" | "COMPLEX";
  parties: DemoParty[];
  respondents: DemoParty[];
  visits: { at: string; place: string; purpose: string }[];
  consultation?: {
    at: string;
    judge: string;
    chiefMediator: string;
    legalAidLawyer: string;
    departments: string[];
    conclusion: string;
  };
  dispatch?: { at: string; coHandlers: string[]; by: string };
  closure?: { at: string; result: string; outcome: DisputeOutcome; onTheSpot?: boolean };
  evaluation?: { at: string; satisfaction: "SATISFIED" | "BASICALLY_SATISFIED" | "DISSATISFIED"; comment?: string };
  followUp?: { at: string; method: string; notes: string; agreementPerformed?: boolean };
  /** The 12345 work order the matter came from, and the handler's first call-back (首次响应). */
  hotline?: DemoWorkOrder;
}

interface DemoWorkOrder {
  orderNumber: string;
  calledAt: string;
  requestType: HotlineRequestType;
  urgent: boolean;
  firstContact: { at: string; method: ContactMethod; summary: string };
}

/** Older than any real publication, so a department's first publication replaces the demo's copy of its directory. */
const DEMO_DIRECTORY_PUBLISHED_AT = new Date("2000-01-01T00:00:00Z");
const TONGLU_WINDOW = "桐庐县社会治理综合服务中心综合受理窗口";

const INTAKES: Record<string, DemoIntake> = {
  // A pedestrian trips on a raised manhole cover: one intake, five possibly responsible bodies, one joint session.
  "330122260000016": {
    amountInvolved: "3800.00",
    peopleInvolved: 1,
    localityCode: "330122003",
    serviceTier: "SIMPLE",
    parties: [{ kind: "PERSON", name: "周秀英", residentId: "330122196805120024", phone: "13857123456" }],
    respondents: [
      { kind: "ORGANISATION", name: "桐庐县综合行政执法局" },
      { kind: "ORGANISATION", name: "桐庐县住房和城乡建设局" },
    ],
    // The window records its own registration only: the joint session is the committee's, which reports the
    // parties' attendance at it (到场), so the registry counts it once.
    visits: [{ at: "2026-03-09T01:20:00.000Z", place: TONGLU_WINDOW, purpose: "窗口登记受理" }],
    dispatch: {
      at: "2026-03-09T01:50:00.000Z",
      coHandlers: [
        "桐庐县综合行政执法局",
        "桐庐县住房和城乡建设局",
        "桐庐县城南街道办事处",
        "城南街道迎春社区居民委员会",
        "桐庐县信访局",
      ],
      by: "window-clerk-fang",
    },
    closure: {
      outcome: "RESOLVED_BY_AGREEMENT",
      at: "2026-03-09T08:30:00.000Z",
      result:
        "五方联合调解达成一致：窨井盖产权单位当日先行支付医疗费2000元，余款凭票据一周内结清；城管当日完成井盖整改。",
    },
    evaluation: {
      at: "2026-03-09T08:40:00.000Z",
      satisfaction: "SATISFIED",
      comment: "一个窗口就办好了，不用到处跑。",
    },
    followUp: {
      at: "2026-03-17T02:00:00.000Z",
      method: "电话",
      notes: "余款已于3月15日结清，井盖已整改到位。",
      agreementPerformed: true,
    },
  },
  // A factory closes, the owner disappears; six workers claim wages.
  "330122260000027": {
    amountInvolved: "126000.00",
    peopleInvolved: 6,
    localityCode: "330122102",
    parties: [
      { kind: "PERSON", name: "钱志明", residentId: "330122198503171511", phone: "13906712345" },
      { kind: "PERSON", name: "吴建军", residentId: "330122199001010018", phone: "13757198760" },
      { kind: "PERSON", name: "孙丽娟", residentId: "330122197508084527", phone: "15968123470" },
      { kind: "PERSON", name: "何国强", residentId: "330122198202143613", phone: "13588765432" },
      { kind: "PERSON", name: "徐伟", residentId: "330122198811300039", phone: "18857134567" },
      { kind: "PERSON", name: "蒋美玲", residentId: "330122199306227824", phone: "13605718899" },
    ],
    respondents: [
      {
        kind: "ORGANISATION",
        name: "桐庐横村某针织服装厂",
        creditCode: "91330122MA27XQ6U4Y",
        legalRepresentative: "郑国华",
      },
    ],
    visits: [
      { at: "2026-10-12T00:40:00.000Z", place: TONGLU_WINDOW, purpose: "窗口登记受理" },
      { at: "2026-10-20T02:00:00.000Z", place: "桐庐县社会治理综合服务中心劳动争议调解室", purpose: "参加联合调解" },
    ],
    consultation: {
      at: "2026-10-12T02:00:00.000Z",
      judge: "桐庐县人民法院 方志远",
      chiefMediator: "钱卫东",
      legalAidLawyer: "浙江桐君律师事务所 胡晓燕",
      departments: ["桐庐县人力资源和社会保障局", "横村镇人民政府", "桐庐县公安局横村派出所"],
      conclusion: "劳动关系待确认，先行劳动争议调解与商会调解联合处理，同步法律援助；调解不成引导劳动仲裁。",
    },
    dispatch: {
      at: "2026-10-12T02:45:00.000Z",
      coHandlers: ["桐庐县商会人民调解委员会", "桐庐县法律援助中心", "桐庐县横村镇人民政府"],
      by: "window-clerk-fang",
    },
  },
  // Two companies' 8-million-yuan lease dispute, after street, police and district mediation failed.
  "330122260000034": {
    amountInvolved: "8000000.00",
    peopleInvolved: 2,
    parties: [
      {
        kind: "ORGANISATION",
        name: "浙江富春某实业有限公司",
        creditCode: "91330122MA2H3K4L5U",
        legalRepresentative: "王志强",
        phone: "0571-64621234",
      },
    ],
    respondents: [
      {
        kind: "ORGANISATION",
        name: "杭州某机械制造有限公司",
        creditCode: "91330122704712345A",
        legalRepresentative: "陆建平",
      },
    ],
    visits: [
      { at: "2026-05-21T01:30:00.000Z", place: TONGLU_WINDOW, purpose: "双方到中心说明情况" },
      { at: "2026-05-25T06:00:00.000Z", place: "桐庐县社会治理综合服务中心商事调解室", purpose: "联合调解并签署协议" },
    ],
    consultation: {
      at: "2026-05-21T03:00:00.000Z",
      judge: "桐庐县人民法院 叶建明",
      chiefMediator: "孙国平",
      legalAidLawyer: "桐庐县法律援助中心 章丽",
      departments: ["桐庐县人民检察院", "桐庐县司法局", "桐庐县自然资源和规划局", "城南街道办事处"],
      conclusion: "委派诉前调解，商事调委会牵头，法院、检察院、司法局、自然资源局协同。",
    },
    dispatch: {
      at: "2026-05-21T04:00:00.000Z",
      coHandlers: ["桐庐县人民法院", "桐庐县人民检察院", "桐庐县司法局", "桐庐县自然资源和规划局"],
      by: "commander-li",
    },
    closure: {
      outcome: "RESOLVED_BY_AGREEMENT",
      at: "2026-05-25T08:00:00.000Z",
      result: "双方签订调解协议：解除租赁合同，承租方分期支付租金及装修补偿共计620万元。",
    },
    evaluation: { at: "2026-05-26T01:00:00.000Z", satisfaction: "BASICALLY_SATISFIED" },
  },
  // An island resident mediates online and has the agreement confirmed without leaving the island.
  "330903260000011": {
    amountInvolved: "42000.00",
    peopleInvolved: 1,
    serviceTier: "ORDINARY",
    parties: [{ kind: "PERSON", name: "王海军", residentId: "33090319780923401X", phone: "13967201234" }],
    respondents: [{ kind: "PERSON", name: "陈阿根" }],
    visits: [],
    dispatch: { at: "2026-07-02T00:50:00.000Z", coHandlers: ["普陀区人民法院东极人民法庭"], by: "window-clerk-zhang" },
    closure: {
      outcome: "RESOLVED_BY_AGREEMENT",
      at: "2026-07-08T02:00:00.000Z",
      result: "线上调解达成协议，船东分两期支付劳务费4.2万元，协议经移动微法院司法确认。",
    },
    evaluation: { at: "2026-07-08T03:00:00.000Z", satisfaction: "SATISFIED", comment: "没离开岛就办好了。" },
  },
  // Complaints about one beauty salon chain: 105 people, 485,000 yuan, resolved the next morning.
  "330122260000042": {
    amountInvolved: "485000.00",
    peopleInvolved: 105,
    // A group complaint, so the hotline marked it urgent: the mediator called back within the hour.
    hotline: {
      orderNumber: "ZJ12345-20260903-330122-0417",
      calledAt: "2026-09-03T07:20:00.000Z",
      requestType: "COMPLAINT",
      urgent: true,
      firstContact: {
        at: "2026-09-03T07:58:00.000Z",
        method: "PHONE",
        summary: "调解员回电消费者代表，告知已启动联合调查，次日上午联合调解",
      },
    },
    parties: [{ kind: "PERSON", name: "刘芳", residentId: "33012219870611252X", phone: "13819126677" }],
    respondents: [
      {
        kind: "ORGANISATION",
        name: "桐庐某美容连锁有限公司",
        creditCode: "91330122MA28B7C9DN",
        legalRepresentative: "黄丽丽",
      },
    ],
    visits: [
      {
        at: "2026-09-04T01:00:00.000Z",
        place: "桐庐县社会治理综合服务中心联合调解室",
        purpose: "消费者代表参加联合调解",
      },
    ],
    consultation: {
      at: "2026-09-03T09:30:00.000Z",
      judge: "桐庐县人民法院 叶建明",
      chiefMediator: "陈美华",
      legalAidLawyer: "桐庐县法律援助中心 章丽",
      departments: ["桐庐县市场监督管理局", "桐庐县公安局", "桐庐县商务局"],
      conclusion: "启动预警，市场监管、公安联合调查，次日上午联合调解。",
    },
    dispatch: {
      at: "2026-09-03T10:00:00.000Z",
      coHandlers: ["桐庐县市场监督管理局", "桐庐县公安局"],
      by: "commander-li",
    },
    closure: {
      outcome: "RESOLVED_BY_AGREEMENT",
      at: "2026-09-04T04:00:00.000Z",
      result: "经营者承诺按剩余卡值分期退款，105名消费者签署调解协议。",
    },
    evaluation: { at: "2026-09-04T05:00:00.000Z", satisfaction: "SATISFIED" },
  },
  // Neighbours' drainage ditch: settled on the spot at the village window.
  "330122260000050": {
    amountInvolved: null,
    peopleInvolved: 2,
    localityCode: "330122109",
    serviceTier: "SIMPLE",
    parties: [{ kind: "PERSON", name: "李建国", residentId: "330122196503023018", phone: "13587654321" }],
    respondents: [{ kind: "PERSON", name: "张海明", residentId: "330122197208174010" }],
    visits: [{ at: "2026-11-02T02:00:00.000Z", place: "分水镇社会治理综合服务中心受理窗口", purpose: "窗口登记受理" }],
    closure: {
      outcome: "RESOLVED_BY_AGREEMENT",
      at: "2026-11-02T03:30:00.000Z",
      result: "村调委会现场调解：排水沟沿原走向修复，费用双方各半，边界以2009年宅基地证为准。",
      onTheSpot: true,
    },
    evaluation: { at: "2026-11-02T03:40:00.000Z", satisfaction: "SATISFIED" },
  },
  // A villager contests a county bureau's fine: an administrative act goes to administrative review, not to 信访.
  "330122260000069": {
    amountInvolved: "20000.00",
    peopleInvolved: 1,
    localityCode: "330122110",
    serviceTier: "COMPLEX",
    flags: ["ADMINISTRATIVE_ACT"],
    parties: [{ kind: "PERSON", name: "王春生", residentId: "330122196703152113", phone: "13588126907" }],
    respondents: [{ kind: "ORGANISATION", name: "桐庐县自然资源和规划局" }],
    visits: [{ at: "2026-11-16T01:30:00.000Z", place: TONGLU_WINDOW, purpose: "申请行政复议，窗口登记受理" }],
    dispatch: { at: "2026-11-16T01:35:00.000Z", coHandlers: [], by: "demo-clerk" },
    closure: {
      outcome: "RESOLVED_BY_DECISION",
      at: "2026-11-30T02:00:00.000Z",
      result: "行政复议机构决定撤销原行政处罚，当事人无异议，办结。",
    },
  },
};

/** The shared stories name channels and statuses as text: each must be one of the registry's. */
function oneOf<T extends string>(values: Record<string, T>, value: string, what: string): T {
  const found = Object.values(values).find((v) => v === value);
  if (!found) throw new Error(`demo story: ${value} is not a ${what}`);
  return found;
}

const parties = (role: DisputePartyRole, list: DemoParty[]) =>
  list.map((p, position) =>
    withPartyId({
      role,
      position,
      kind: p.kind,
      name: p.name,
      residentId: p.residentId ?? null,
      phone: p.phone ?? null,
      creditCode: p.creditCode ?? null,
      legalRepresentative: p.legalRepresentative ?? null,
    }),
  );

/** This department's part of the demo stories, written once into an empty database. */
export async function seedDemoData(store: PetitionsStore, log: Logger): Promise<void> {
  if ((await store.dispute.count()) === 0) {
    await seedStories(store);
    log.info({ count: DEMO_DISPUTES.length }, "seeded demo data");
  }
  // A step of its own, taken again by the next start if this one is interrupted before it (the stories'
  // transaction has committed by then). The salon story's alert was raised on the day its complaints
  // surged; today's alerts come after it.
  if ((await store.alert.count()) > 0) return;
  const alerts = [await detectAlerts(store, SALON_ALERT_DAY), await detectAlerts(store)];
  log.info({ alerts: alerts.map((a) => a.raised) }, "raised the demo alerts");
}

async function seedStories(store: PetitionsStore): Promise<void> {
  const listVersion = CATEGORY_LISTS.at(-1)!.version;
  // Mediation's committees, arbitration's commissions, the court's bodies, legal aid's centres and review's offices
  // as their departments publish them; each department's first publication replaces its copy.
  const committees = demoMediationDirectory();
  const commissions = demoArbitrationDirectory();
  const courtBodies = demoCourtDirectory();
  const centres = demoLegalAidDirectory();
  const reviewOffices = demoReviewDirectory();
  const directory = [
    ...committees.map((body) => ({ department: "MEDIATION" as const, ...body })),
    ...commissions.map((body) => ({ department: "ARBITRATION" as const, ...body })),
    ...courtBodies.map((body) => ({ department: "LITIGATION" as const, ...body })),
    ...centres.map((body) => ({ department: "LEGAL_AID" as const, ...body })),
    ...reviewOffices.map((body) => ({ department: "ADMINISTRATIVE_REVIEW" as const, ...body })),
  ];
  const units = demoMemberUnits();
  // A co-handler is named by id: a member unit of the center, else a body a department published.
  const coHandlerIds = (names: readonly string[]) =>
    names.map((name) => {
      const found = units.find((u) => u.name === name) ?? directory.find((b) => b.name === name);
      if (!found) throw new Error(`demo co-handler ${name} is neither a member unit nor a published body`);
      return found.id;
    });
  await store.$transaction(async (tx) => {
    await seedDirectory(tx, "MEDIATION", committees, DEMO_DIRECTORY_PUBLISHED_AT);
    await seedDirectory(tx, "ARBITRATION", commissions, DEMO_DIRECTORY_PUBLISHED_AT);
    await seedDirectory(tx, "LEGAL_AID", centres, DEMO_DIRECTORY_PUBLISHED_AT);
    await seedDirectory(tx, "LITIGATION", courtBodies, DEMO_DIRECTORY_PUBLISHED_AT);
    await seedDirectory(tx, "ADMINISTRATIVE_REVIEW", reviewOffices, DEMO_DIRECTORY_PUBLISHED_AT);
    await seedMemberUnits(tx, units);
    for (const { mediation, arbitration, litigation, legalAid, administrativeReview, ...story } of DEMO_DISPUTES) {
      const intake = INTAKES[story.code];
      if (!intake) throw new Error(`demo story ${story.code} has no intake data`);
      const major = isMajor(intake.peopleInvolved, intake.amountInvolved);
      const suggestion = route(
        {
          category: story.category,
          amountYuan: intake.amountInvolved === null ? null : Number(intake.amountInvolved),
          regionCode: story.regionCode,
          flags: intake.flags ?? [],
        },
        directory,
        // The configuration's rule set, which the registry stores as its first version (db/routing-rules.ts).
        ROUTING_RULES,
      );
      const row = await tx.dispute.create({
        data: {
          ...story,
          channel: oneOf(Channel, story.channel, "channel"),
          status: oneOf(DisputeStatus, story.status, "dispute status"),
          registeredAt: new Date(story.registeredAt),
          flags: intake.flags ?? [],
          categoryListVersion: listVersion,
          localityCode: intake.localityCode ?? null,
          amountInvolved: intake.amountInvolved,
          peopleInvolved: intake.peopleInvolved,
          major,
          majorRulesVersion: INTAKE_POLICY.version,
          serviceTier: serviceTierFor(intake.serviceTier ?? null, major),
          registeredBy: "demo-seed",
          ...(intake.hotline && workOrderColumns(intake.hotline)),
          parties: { create: [...parties("APPLICANT", intake.parties), ...parties("RESPONDENT", intake.respondents)] },
          visits: {
            create: intake.visits.map((v) => ({
              visitedAt: new Date(v.at),
              place: v.place,
              purpose: v.purpose,
              recordedBy: "demo-seed",
            })),
          },
          ...(intake.dispatch && {
            leadDepartment: suggestion.department,
            handlingBody: suggestion.body,
            handlingBodyId: suggestion.bodyId,
            coHandlerIds: coHandlerIds(intake.dispatch.coHandlers),
            dispatchedAt: new Date(intake.dispatch.at),
            dispatches: {
              create: [
                {
                  department: suggestion.department,
                  body: suggestion.body,
                  bodyId: suggestion.bodyId,
                  coHandlers: intake.dispatch.coHandlers,
                  coHandlerIds: coHandlerIds(intake.dispatch.coHandlers),
                  ruleId: suggestion.ruleId,
                  rulesVersion: suggestion.rulesVersion,
                  suggestedDepartment: suggestion.department,
                  overridden: false,
                  dispatchedBy: intake.dispatch.by,
                  dispatchedAt: new Date(intake.dispatch.at),
                },
              ],
            },
          }),
          ...(intake.consultation && {
            consultations: {
              create: [
                {
                  heldAt: new Date(intake.consultation.at),
                  judge: intake.consultation.judge,
                  chiefMediator: intake.consultation.chiefMediator,
                  legalAidLawyer: intake.consultation.legalAidLawyer,
                  departments: intake.consultation.departments,
                  conclusion: intake.consultation.conclusion,
                  recordedBy: "demo-seed",
                },
              ],
            },
          }),
          ...(intake.closure && {
            closedAt: new Date(intake.closure.at),
            closureResult: intake.closure.result,
            outcome: intake.closure.outcome,
            closedOnTheSpot: intake.closure.onTheSpot ?? false,
            closedBy: "demo-seed",
          }),
          ...(intake.evaluation && {
            satisfaction: intake.evaluation.satisfaction,
            satisfactionComment: intake.evaluation.comment ?? null,
            evaluatedAt: new Date(intake.evaluation.at),
          }),
          ...(intake.followUp && {
            followUps: {
              create: [
                {
                  ...intake.followUp,
                  at: new Date(intake.followUp.at),
                  agreementPerformed: intake.followUp.agreementPerformed ?? null,
                  recordedBy: "demo-seed",
                },
              ],
            },
          }),
        },
      });
      // What the departments were told (派件), so each department's inbox agrees with its demo cases.
      if (intake.dispatch)
        await recordNotice(tx, {
          department: suggestion.department,
          disputeCode: story.code,
          kind: "SENT",
          body: suggestion.body,
          bodyId: suggestion.bodyId,
          coHandlers: intake.dispatch.coHandlers,
          coHandlerIds: coHandlerIds(intake.dispatch.coHandlers),
          at: new Date(intake.dispatch.at),
        });
      // Departments that took the story up beside the dispatch (arbitration after a failed mediation, legal aid,
      // a court's pre-filing mediation) were referred it by the registry an hour before their first record. A
      // judicial confirmation is the parties' own application to the court, not a referral.
      const dispatchedTo = intake.dispatch ? suggestion.department : null;
      const beside: [Department, string[]][] = [
        ["MEDIATION", mediation.map((c) => c.acceptedAt)],
        ["ARBITRATION", arbitration.map((c) => c.receivedAt)],
        ["LITIGATION", litigation.filter((c) => c.procedure !== "JUDICIAL_CONFIRMATION").map((c) => c.filedAt)],
        ["LEGAL_AID", legalAid.map((c) => c.appliedAt)],
        ["ADMINISTRATIVE_REVIEW", (administrativeReview ?? []).map((c) => c.receivedAt)],
      ];
      for (const [department, dates] of beside) {
        if (dates.length === 0 || department === dispatchedTo) continue;
        const first = Math.min(...dates.map((d) => Date.parse(d)));
        await recordReferral(tx, row, { to: department, reason: "依当事人申请转介", at: new Date(first - 3_600_000) });
      }
      if (intake.closure) await noticeClosure(tx, story.code, new Date(intake.closure.at));
      // The registry's own steps of the story, so the demo timeline reads from the start.
      const steps: RegistryStep[] = [
        {
          disputeCode: story.code,
          type: "DISPUTE_REGISTERED",
          summary: registrationSummary({
            regionName: lookupRegion(story.regionCode)?.name ?? "",
            category: story.category,
            channel: row.channel,
            hotlineOrderNumber: row.hotlineOrderNumber,
          }),
          occurredAt: new Date(story.registeredAt),
        },
        ...intake.visits.map((v) => ({
          disputeCode: story.code,
          type: "VISIT_RECORDED" as const,
          summary: `来访：${v.place}`,
          occurredAt: new Date(v.at),
        })),
        ...(intake.consultation
          ? [
              {
                disputeCode: story.code,
                type: "CONSULTATION_HELD" as const,
                summary: `召开会商研判（3+X），${intake.consultation.departments.length}个部门参加`,
                occurredAt: new Date(intake.consultation.at),
              },
            ]
          : []),
        ...(intake.dispatch
          ? [
              {
                disputeCode: story.code,
                type: "DISPUTE_DISPATCHED" as const,
                summary: `派单至${suggestion.body}`,
                occurredAt: new Date(intake.dispatch.at),
              },
            ]
          : []),
        ...(intake.closure
          ? [
              {
                disputeCode: story.code,
                type: "DISPUTE_CLOSED" as const,
                summary: `${intake.closure.onTheSpot ? "窗口当场办结" : `${suggestion.body}办结`}：${OUTCOME_LABEL[intake.closure.outcome]}`,
                occurredAt: new Date(intake.closure.at),
                data: { outcome: intake.closure.outcome, closedBy: suggestion.department },
              },
            ]
          : []),
        ...(intake.evaluation
          ? [
              {
                disputeCode: story.code,
                type: "DISPUTE_EVALUATED" as const,
                summary: "当事人作出满意度评价",
                occurredAt: new Date(intake.evaluation.at),
              },
            ]
          : []),
      ];
      for (const step of steps) await recordRegistryStep(tx, step);
      if (intake.hotline) await firstCallBack(tx, row, intake.hotline);
    }
    const complaintCodes = await seedSalonComplaints(tx);
    // New registrations continue after the seeded codes of each county and year.
    const next = new Map<string, { regionCode: string; year: number; next: number }>();
    for (const code of [...DEMO_DISPUTES.map((d) => d.code), ...complaintCodes]) {
      const parsed = parseDisputeCode(code);
      if (!parsed.ok) throw new Error(`demo code ${code} is not a valid 解纷码`);
      const key = `${parsed.region}/${parsed.year}`;
      next.set(key, {
        regionCode: parsed.region,
        year: parsed.year,
        next: Math.max(next.get(key)?.next ?? 0, parsed.sequence + 1),
      });
    }
    await tx.disputeCodeCounter.createMany({ data: [...next.values()] });
  }, LONG_TRANSACTION);
}

/** The day the salon complaints reached the surge threshold (the story's early warning). */
export const SALON_ALERT_DAY = "2026-09-02";

const SALON = { name: "某连锁美容院（桐庐店）", creditCode: "91330122MA2KDL8Q7N" };
const SALON_STORY = "330122260000042";
/** 12345 complaints before the joint mediation of the salon story, from eight towns of 桐庐县. */
const SALON_COMPLAINTS = [
  {
    at: "2026-08-06T02:10:00.000Z",
    locality: "330122003",
    name: "方晓梅",
    residentId: "330122197501101005",
    phone: "13867101234",
  },
  {
    at: "2026-08-11T06:30:00.000Z",
    locality: "330122002",
    name: "汪丽华",
    residentId: "330122197602111077",
    phone: "13867102345",
  },
  {
    at: "2026-08-15T01:45:00.000Z",
    locality: "330122004",
    name: "叶春燕",
    residentId: "330122197703121143",
    phone: "13867103456",
  },
  {
    at: "2026-08-19T08:05:00.000Z",
    locality: "330122101",
    name: "盛建芳",
    residentId: "33012219780413121X",
    phone: "13867104567",
  },
  {
    at: "2026-08-22T03:20:00.000Z",
    locality: "330122110",
    name: "袁小红",
    residentId: "330122197905141281",
    phone: "13867105678",
  },
  {
    at: "2026-08-25T05:40:00.000Z",
    locality: "330122112",
    name: "邵美琴",
    residentId: "33012219800615135X",
    phone: "13867106789",
  },
  {
    at: "2026-08-27T01:15:00.000Z",
    locality: "330122102",
    name: "朱雅芬",
    residentId: "330122198107161426",
    phone: "13867107890",
  },
  {
    at: "2026-08-29T07:50:00.000Z",
    locality: "330122003",
    name: "楼佳怡",
    residentId: "330122198208171498",
    phone: "13867108901",
  },
  {
    at: "2026-08-31T02:35:00.000Z",
    locality: "330122113",
    name: "胡晓丽",
    residentId: "330122198309181564",
    phone: "13867109012",
  },
  {
    at: "2026-09-01T06:00:00.000Z",
    locality: "330122005",
    name: "华素娟",
    residentId: "330122198401191634",
    phone: "13867100123",
  },
  {
    at: "2026-09-02T01:30:00.000Z",
    locality: "330122002",
    name: "金莉莉",
    residentId: "330122198502101706",
    phone: "13867101122",
  },
  {
    at: "2026-09-02T09:10:00.000Z",
    locality: "330122004",
    name: "蔡玉兰",
    residentId: "330122198603111778",
    phone: "13867102233",
  },
];

const workOrderColumns = (order: DemoWorkOrder) => ({
  hotlineOrderNumber: order.orderNumber,
  hotlineCalledAt: new Date(order.calledAt),
  hotlineRequestType: order.requestType,
  urgent: order.urgent,
  firstContactAt: new Date(order.firstContact.at),
});

/** The call-back that answered the work order, with its step on the timeline, as `recordPartyContact` writes it. */
async function firstCallBack(tx: Tx, dispute: Dispute, order: DemoWorkOrder): Promise<void> {
  const { at, ...contact } = order.firstContact;
  // The dispute as it stood before this contact, so the step is told it was the first response.
  await addContact(tx, { ...dispute, firstContactAt: null }, { ...contact, contactedAt: new Date(at) }, "demo-seed");
}

/**
 * The complaints whose surge set off the salon story's early warning; each was merged into the joint
 * mediation (重复诉求并单), so the cockpit counts the matter once while the warning sees the volume.
 */
async function seedSalonComplaints(
  tx: Parameters<Parameters<PetitionsStore["$transaction"]>[0]>[0],
): Promise<string[]> {
  const codes: string[] = [];
  for (const [i, complaint] of SALON_COMPLAINTS.entries()) {
    const code = formatDisputeCode({ region: "330122", year: 2026, sequence: 60 + i });
    codes.push(code);
    // Each caller was registered 20 minutes after the call and called back by the window within the hour.
    const at = Date.parse(complaint.at);
    const order: DemoWorkOrder = {
      orderNumber: `ZJ12345-${complaint.at.slice(0, 10).replaceAll("-", "")}-330122-${String(300 + i * 7).padStart(4, "0")}`,
      calledAt: new Date(at - 20 * 60_000).toISOString(),
      requestType: "COMPLAINT",
      urgent: false,
      firstContact: {
        at: new Date(at + 30 * 60_000).toISOString(),
        method: "PHONE",
        summary: "窗口回电告知已登记，门店停业情况正在核实",
      },
    };
    const row = await tx.dispute.create({
      data: {
        code,
        title: "美容院预付卡无法使用，要求退款",
        description: "消费者在该美容院办理预付卡，门店突然停业，剩余卡内余额无法使用，经12345热线转办要求退款。",
        category: "消费",
        categoryListVersion: CATEGORY_LISTS.at(-1)!.version,
        regionCode: "330122",
        localityCode: complaint.locality,
        channel: "HOTLINE_12345",
        status: "MERGED",
        mergedIntoCode: SALON_STORY,
        peopleInvolved: 1,
        major: false,
        majorRulesVersion: INTAKE_POLICY.version,
        serviceTier: "ORDINARY",
        registeredAt: new Date(complaint.at),
        registeredBy: "12345-transfer",
        ...workOrderColumns(order),
        parties: {
          create: [
            withPartyId({
              role: "APPLICANT",
              kind: "PERSON",
              position: 0,
              name: complaint.name,
              residentId: complaint.residentId,
              phone: complaint.phone,
            }),
            withPartyId({
              role: "RESPONDENT",
              kind: "ORGANISATION",
              position: 0,
              name: SALON.name,
              creditCode: SALON.creditCode,
            }),
          ],
        },
      },
    });
    await tx.disputeLink.create({
      data: {
        kind: "MERGED",
        fromCode: code,
        toCode: SALON_STORY,
        reason: "同一美容院预付卡退款诉求，并入联合调解",
        createdBy: "demo-seed",
      },
    });
    await recordRegistryStep(tx, {
      disputeCode: code,
      type: "DISPUTE_REGISTERED",
      summary: registrationSummary({
        regionName: "桐庐县",
        category: "消费",
        channel: "HOTLINE_12345",
        hotlineOrderNumber: order.orderNumber,
      }),
      occurredAt: new Date(complaint.at),
    });
    await firstCallBack(tx, row, order);
    await recordRegistryStep(tx, {
      disputeCode: code,
      type: "DISPUTE_MERGED",
      summary: `重复诉求并入 ${SALON_STORY}`,
      occurredAt: new Date("2026-09-03T08:00:00.000Z"),
      data: { into: SALON_STORY },
    });
  }
  return codes;
}
