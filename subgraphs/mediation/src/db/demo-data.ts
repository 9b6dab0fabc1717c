// This department's part of the demo stories (shared/src/demo/stories.ts) and its expert pool; its committees and
// mediators are in shared/src/demo/mediation-directory.ts, which the registry reads as mediation's directory.
import { DEMO_DISPUTES } from "@onedoor/shared/demo/stories";
import { DEMO_COMMITTEES, DEMO_MEDIATORS } from "@onedoor/shared/demo/mediation-directory";
import { demoMemberUnits } from "@onedoor/shared/demo/member-units";
import { LONG_TRANSACTION } from "@onedoor/shared/db/database";
import { recordCaseEvent } from "@onedoor/shared/events/outbox";
import type { Logger } from "@onedoor/shared/logger";
import { clockKindForCommittee, reportedCaseClocks } from "../domain/mediation-clock.js";
import type { Prisma } from "../generated/prisma/client.js";
import {
  MediationCaseStatus,
  type ExpertKind,
  type MediationCaseSource,
  type MediationClockKind,
  type MediationSessionMode,
} from "../generated/prisma/enums.js";
import { totalYuan } from "../domain/agreement.js";
import { checkAttendingUnits, type JointUnit } from "../domain/joint-handling.js";
import {
  acceptedEvent,
  agreementReachedEvent,
  expertPickedEvent,
  mediatorAssignedEvent,
  performanceRecordedEvent,
  sessionHeldEvent,
  withStatus,
  type MediationEventDraft,
} from "../domain/case-events.js";
import type { MediationStore } from "./store.js";

const TONGLU = "330122";
const PUTUO = "330903";

const EXPERTS: {
  name: string;
  kind: ExpertKind;
  organization: string;
  title?: string;
  specialties: string[];
  regionCode: string;
}[] = [
  {
    name: "章晓东",
    kind: "LAWYER",
    organization: "浙江富春江律师事务所",
    specialties: ["劳动争议", "拖欠农民工工资", "合同"],
    regionCode: TONGLU,
  },
  {
    name: "吴建国",
    kind: "EXPERT",
    organization: "桐庐县第一人民医院（退休主任医师）",
    specialties: ["医疗"],
    regionCode: TONGLU,
  },
  {
    name: "潘文斌",
    kind: "LAWYER",
    organization: "浙江桐君律师事务所",
    specialties: ["损害赔偿", "道路交通事故"],
    regionCode: TONGLU,
  },
  { name: "胡海峰", kind: "EXPERT", organization: "舟山市渔业互保协会", specialties: ["海事渔事"], regionCode: PUTUO },
  {
    name: "虞静",
    kind: "LAWYER",
    organization: "浙江六和（舟山）律师事务所",
    specialties: ["海事渔事", "合同", "医疗"],
    regionCode: PUTUO,
  },
  // Putuo's medical experts, for a family's pick (点单) in a medical dispute.
  {
    name: "孙立群",
    kind: "EXPERT",
    organization: "舟山医院",
    title: "主任医师",
    specialties: ["医疗", "普通外科"],
    regionCode: PUTUO,
  },
  {
    name: "乐美华",
    kind: "EXPERT",
    organization: "舟山市普陀医院",
    title: "副主任护师",
    specialties: ["医疗", "护理"],
    regionCode: PUTUO,
  },
];

interface StoryDetail {
  departments?: string[];
  source?: { kind: MediationCaseSource; reference: string };
  session?: {
    mode: MediationSessionMode;
    startsAt: string;
    place: string;
    /** Parties and other private persons present, by name */
    attendees: string[];
    /** The committee's mediators who sat, by name (recorded by id) */
    mediators: string[];
    /** Units at the table, each one of the case's participating units, with who represented it (recorded by id) */
    units?: { name: string; representative: string }[];
    notes: string;
  };
  expertPick?: { expert: string; pickedBy: string; pickedAt: string };
  agreement?: {
    /** Fixed where another department's demo data refers to the agreement (the court's confirmation). */
    id?: string;
    terms: string;
    signedAt: string;
    performanceDeadline: string;
    signatories: string[];
    obligations: { payer: string; payee: string; amount: string; description: string }[];
    performed?: { at: string; notes: string };
  };
}

/**
 * The departments of a story's case that the registry knows by id (its member units, mediation's committees),
 * as the registry's notice would have named them; the others stay names only.
 */
function unitsByReference(departments: readonly string[]): JointUnit[] {
  const known = [...demoMemberUnits(), ...DEMO_COMMITTEES];
  return departments.flatMap((name) => {
    const unit = known.find((k) => k.name === name);
    return unit ? [{ unitId: unit.id, name }] : [];
  });
}

/**
 * A story's session as a session recorded through the graph keeps it: the committee's own mediators by id, the units
 * among the case's participating units by id with their representatives (checked as `recordMediationSession`
 * checks them), private persons by name. Throws where the story names someone the directory does not hold.
 */
function storySession(
  session: NonNullable<StoryDetail["session"]>,
  committeeId: string,
  mediators: ReadonlyMap<string, { id: string; committeeId: string }>,
  atTheTable: readonly JointUnit[],
): Prisma.MediationSessionCreateWithoutCaseInput {
  const { mediators: mediatorNames, units = [], ...rest } = session;
  const mediatorIds = mediatorNames.map((name) => {
    const mediator = mediators.get(name);
    if (mediator?.committeeId !== committeeId) throw new Error(`demo session: ${name} is no mediator of its committee`);
    return mediator.id;
  });
  // A unit not at the table has no id here: its name stands in, which the check refuses as not at the table.
  const named = units.map(({ name, representative }) => ({
    unitId: atTheTable.find((u) => u.name === name)?.unitId ?? name,
    representative,
  }));
  const attending = checkAttendingUnits(named, atTheTable);
  const problem = attending.problems[0];
  if (problem) throw new Error(`demo session: ${units[problem.index]!.name}: ${problem.messageEn}`);
  return {
    ...rest,
    startsAt: new Date(session.startsAt),
    mediatorIds,
    attendingUnits: attending.units as unknown as Prisma.InputJsonValue,
    recordedBy: "demo",
  };
}

/** Keyed by `${dispute code}|${committee}`: one story's case at one committee. */
const DETAILS: Record<string, StoryDetail> = {
  "330122260000016|桐庐县联合人民调解委员会": {
    departments: [
      "桐庐县综合行政执法局",
      "桐庐县住房和城乡建设局",
      "桐庐县城南街道办事处",
      "城南街道迎春社区居民委员会",
      "桐庐县信访局",
    ],
    source: { kind: "DISPATCH", reference: "桐矛派〔2026〕0309-03" },
    session: {
      mode: "IN_PERSON",
      startsAt: "2026-03-09T03:00:00.000Z",
      place: "桐庐县社会治理综合服务中心三楼联合调解室",
      attendees: ["周秀英"],
      mediators: ["何建华"],
      units: [
        { name: "桐庐县综合行政执法局", representative: "楼志明" },
        { name: "桐庐县住房和城乡建设局", representative: "朱海燕" },
        { name: "桐庐县城南街道办事处", representative: "李晓燕" },
        { name: "城南街道迎春社区居民委员会", representative: "吴桂芳" },
        { name: "桐庐县信访局", representative: "徐卫东" },
      ],
      notes: "五家单位到场，确认窨井盖属市政排水设施，由执法局先行垫付部分医疗费，住建局当日整改井盖。",
    },
    agreement: {
      terms:
        "一、桐庐县综合行政执法局于当日先行支付周秀英医疗费人民币壹仟捌佰陆拾元；二、县住建局于三日内完成迎春南路窨井盖整改；三、后续种植牙费用凭票据另行协商。",
      signedAt: "2026-03-09T05:30:00.000Z",
      performanceDeadline: "2026-03-09T15:59:59.000Z",
      signatories: ["周秀英", "桐庐县综合行政执法局"],
      obligations: [
        { payer: "桐庐县综合行政执法局", payee: "周秀英", amount: "1860.00", description: "先行垫付部分医疗费" },
      ],
      performed: { at: "2026-03-09T08:00:00.000Z", notes: "当日下午款项已到账，当事人确认收到。" },
    },
  },
  "330122260000027|桐庐县劳动争议人民调解委员会": {
    departments: ["桐庐县人力资源和社会保障局劳动保障监察大队", "桐庐县横村镇人民政府", "桐庐县商会人民调解委员会"],
    source: { kind: "DISPATCH", reference: "桐矛派〔2026〕1012-07" },
    session: {
      mode: "IN_PERSON",
      startsAt: "2026-10-14T02:00:00.000Z",
      place: "桐庐县社会治理综合服务中心劳动争议调解室",
      attendees: ["刘永富等六名工人"],
      mediators: ["钱卫东"],
      units: [
        { name: "桐庐县人力资源和社会保障局劳动保障监察大队", representative: "邵建伟" },
        { name: "桐庐县横村镇人民政府", representative: "陈志明" },
        { name: "桐庐县商会人民调解委员会", representative: "俞丽萍" },
      ],
      notes: "核对六名工人出勤记录与欠薪清单，合计十二万六千元；经营者仍未到场，商会联系厂房出租方协助处置设备。",
    },
    expertPick: { expert: "章晓东", pickedBy: "刘永富", pickedAt: "2026-10-13T02:30:00.000Z" },
  },
  "330122260000027|桐庐县商会人民调解委员会": {
    departments: ["桐庐县劳动争议人民调解委员会", "桐庐县横村镇商会"],
    source: { kind: "DISPATCH", reference: "桐矛派〔2026〕1012-08" },
    session: {
      mode: "IN_PERSON",
      startsAt: "2026-10-14T02:00:00.000Z",
      place: "桐庐县社会治理综合服务中心劳动争议调解室",
      attendees: ["厂房出租方代表"],
      mediators: ["俞丽萍"],
      units: [{ name: "桐庐县横村镇商会", representative: "潘立新" }],
      notes: "商会协调厂房出租方，以设备变卖款优先支付工人工资。",
    },
  },
  "330122260000034|桐庐县商事人民调解委员会": {
    source: { kind: "COURT_DELEGATION", reference: "(2026)浙0122民诉前调512号" },
    departments: ["桐庐县人民法院", "桐庐县人民检察院", "桐庐县司法局", "桐庐县自然资源和规划局"],
    session: {
      mode: "IN_PERSON",
      startsAt: "2026-06-10T01:30:00.000Z",
      place: "桐庐县社会治理综合服务中心一号调解室",
      attendees: ["浙江富春某实业有限公司", "杭州某机械制造有限公司"],
      mediators: ["孙国平"],
      // The delegating court's pre-filing mediation judge (诉前调解法官).
      units: [{ name: "桐庐县人民法院", representative: "沈建华" }],
      notes: "双方确认解除租赁合同，就欠付租金及装修补偿分期支付达成一致。",
    },
    agreement: {
      terms:
        "一、双方于2026年6月30日解除厂房租赁合同；二、杭州某机械制造有限公司分两期支付欠付租金及装修补偿共计叁佰贰拾万元；三、双方互不追究冲突相关责任。",
      signedAt: "2026-06-18T07:00:00.000Z",
      performanceDeadline: "2026-12-31T15:59:59.000Z",
      signatories: ["浙江富春某实业有限公司", "杭州某机械制造有限公司"],
      obligations: [
        {
          payer: "杭州某机械制造有限公司",
          payee: "浙江富春某实业有限公司",
          amount: "2000000.00",
          description: "欠付租金（第一期）",
        },
        {
          payer: "杭州某机械制造有限公司",
          payee: "浙江富春某实业有限公司",
          amount: "1200000.00",
          description: "装修补偿（第二期）",
        },
      ],
    },
  },
  "330903260000011|普陀区海事渔业人民调解委员会": {
    source: { kind: "DISPATCH", reference: "普矛派〔2026〕0702-01" },
    session: {
      mode: "ONLINE_VIDEO",
      startsAt: "2026-07-02T02:00:00.000Z",
      place: "浙江解纷码在线调解（视频）",
      attendees: ["王海军", "船东陈某"],
      mediators: ["林志海"],
      notes: "线上核对出海天数与劳务费标准，船东同意一次性支付。",
    },
    expertPick: { expert: "胡海峰", pickedBy: "王海军", pickedAt: "2026-07-02T01:30:00.000Z" },
    agreement: {
      id: "6f1c2a3e-0d4b-4c8e-9a51-3b7e2d9f0c45",
      terms: "船东于2026年7月10日前一次性支付王海军船员劳务费人民币肆万贰仟元，双方就本次出海劳务再无其他争议。",
      signedAt: "2026-07-02T03:00:00.000Z",
      performanceDeadline: "2026-07-10T15:59:59.000Z",
      signatories: ["王海军", "陈某（船东）"],
      obligations: [{ payer: "陈某（船东）", payee: "王海军", amount: "42000.00", description: "船员劳务费" }],
      performed: { at: "2026-07-09T06:00:00.000Z", notes: "电话回访，劳务费已足额到账。" },
    },
  },
  "330122260000042|桐庐县消费纠纷人民调解委员会": {
    departments: ["桐庐县市场监督管理局", "桐庐县公安局城南派出所", "桐庐县城南街道办事处"],
    source: { kind: "DISPATCH", reference: "桐矛派〔2026〕0903-12" },
    session: {
      mode: "IN_PERSON",
      startsAt: "2026-09-04T00:30:00.000Z",
      place: "桐庐县社会治理综合服务中心联合调解室",
      attendees: ["消费者代表", "美容院经营者"],
      mediators: ["陈美华"],
      units: [
        { name: "桐庐县市场监督管理局", representative: "黄志刚" },
        { name: "桐庐县公安局城南派出所", representative: "郑伟" },
      ],
      notes: "联合调查核实105名消费者预付卡余额共48.5万元，经营者同意按余额退款。",
    },
    agreement: {
      terms: "经营者按登记余额向105名预付卡消费者退款共计人民币肆拾捌万伍仟元，于2026年9月10日前退清。",
      signedAt: "2026-09-04T04:00:00.000Z",
      performanceDeadline: "2026-09-10T15:59:59.000Z",
      signatories: ["某连锁美容院经营者", "消费者代表"],
      obligations: [
        { payer: "某连锁美容院经营者", payee: "105名预付卡消费者", amount: "485000.00", description: "预付卡余额退款" },
      ],
      performed: { at: "2026-09-11T02:00:00.000Z", notes: "回访确认退款已全部完成。" },
    },
  },
};

/** The timeline events of one story case as they happened, oldest first, with the case's status after each. */
function storyEvents(
  committee: string,
  source: MediationCaseSource,
  acceptedAt: Date,
  clockKind: MediationClockKind,
  detail: StoryDetail,
  agreementId: string | undefined,
  caseId: string,
): { draft: MediationEventDraft; status: MediationCaseStatus }[] {
  const events: { draft: MediationEventDraft; status: MediationCaseStatus }[] = [
    { draft: acceptedEvent(committee, source, acceptedAt, clockKind), status: "ACCEPTED" },
    { draft: { ...mediatorAssignedEvent(committee, true), occurredAt: acceptedAt }, status: "ACCEPTED" },
  ];
  const session = detail.session ? new Date(detail.session.startsAt) : undefined;
  if (detail.expertPick) {
    const expertKind = EXPERTS.find((e) => e.name === detail.expertPick!.expert)!.kind;
    const pickedAt = new Date(detail.expertPick.pickedAt);
    events.push({
      draft: { ...expertPickedEvent(expertKind), occurredAt: pickedAt },
      status: session && session < pickedAt ? "IN_MEDIATION" : "ACCEPTED",
    });
  }
  if (detail.session)
    events.push({
      draft: sessionHeldEvent(detail.session.mode, session!, 1, detail.session.place),
      status: "IN_MEDIATION",
    });
  const agreement = detail.agreement;
  if (agreement && agreementId) {
    const ref = { id: agreementId, caseId };
    const totals = {
      signedAt: new Date(agreement.signedAt),
      performanceDeadline: new Date(agreement.performanceDeadline),
      totalAmount: totalYuan(agreement.obligations.map((o) => o.amount)),
    };
    events.push({ draft: agreementReachedEvent(committee, { ...ref, ...totals }), status: "AGREEMENT_REACHED" });
    if (agreement.performed)
      events.push({
        draft: performanceRecordedEvent(ref, "PERFORMED", new Date(agreement.performed.at)),
        status: "AGREEMENT_REACHED",
      });
  }
  return events.sort((a, b) => a.draft.occurredAt!.getTime() - b.draft.occurredAt!.getTime());
}

/** A story's mediation status as stored: an agreement performed is an agreement reached with a follow-up. */
function storyStatus(status: string): MediationCaseStatus {
  const stored = status === "AGREEMENT_PERFORMED" ? "AGREEMENT_REACHED" : status;
  const known = Object.values(MediationCaseStatus).find((s) => s === stored);
  if (!known) throw new Error(`demo story: unknown mediation status ${status}`);
  return known;
}

/**
 * Writes the directory and the story cases into an empty database, with the story cases' timeline
 * events in the outbox (one transaction), so the registry's demo timeline is complete after the first start.
 */
export async function seedDemoData(store: MediationStore, log: Logger): Promise<void> {
  if ((await store.committee.count()) > 0) return;
  // Generous timeout: the first start on a busy machine seeds five departments at once.
  const count = await store.$transaction((tx) => seedStories(tx), LONG_TRANSACTION);
  log.info(
    { committees: DEMO_COMMITTEES.length, mediators: DEMO_MEDIATORS.length, experts: EXPERTS.length, cases: count },
    "seeded demo data",
  );
}

async function seedStories(store: Prisma.TransactionClient): Promise<number> {
  await store.committee.createMany({ data: DEMO_COMMITTEES });
  const committees = new Map((await store.committee.findMany()).map((c) => [c.name, c]));
  await store.mediator.createMany({
    data: DEMO_MEDIATORS.map(({ committee, ...m }) => ({ ...m, committeeId: committees.get(committee)!.id })),
  });
  await store.expert.createMany({ data: EXPERTS });
  const mediators = new Map((await store.mediator.findMany()).map((m) => [m.name, m]));
  const experts = new Map((await store.expert.findMany()).map((e) => [e.name, e]));

  let count = 0;
  for (const dispute of DEMO_DISPUTES) {
    for (const [index, demo] of dispute.mediation.entries()) {
      const committee = committees.get(demo.committee)!;
      const detail = DETAILS[`${dispute.code}|${demo.committee}`] ?? {};
      const acceptedAt = new Date(demo.acceptedAt);
      const agreement = detail.agreement;
      const status = storyStatus(demo.status);
      const units = unitsByReference(detail.departments ?? []);
      const created = await store.mediationCase.create({
        include: { agreement: true },
        data: {
          disputeCode: dispute.code,
          committeeId: committee.id,
          source: detail.source?.kind ?? "DISPATCH",
          sourceReference: detail.source?.reference ?? null,
          clockKind: clockKindForCommittee(committee.type),
          status,
          participatingDepartments: detail.departments ?? [],
          participatingUnits: units as unknown as Prisma.InputJsonValue,
          acceptedAt,
          acceptedBy: "demo",
          closedAt: agreement ? new Date(agreement.signedAt) : null,
          closedBy: agreement ? "demo" : null,
          // Cases of one dispute accepted together keep the story's order.
          createdAt: new Date(acceptedAt.getTime() + index),
          mediators: {
            create: [
              {
                mediatorId: mediators.get(demo.mediatorName)!.id,
                lead: true,
                assignedAt: acceptedAt,
                assignedBy: "demo",
              },
            ],
          },
          sessions: detail.session
            ? { create: [storySession(detail.session, committee.id, mediators, units)] }
            : undefined,
          expertPicks: detail.expertPick
            ? {
                create: [
                  {
                    expertId: experts.get(detail.expertPick.expert)!.id,
                    pickedBy: detail.expertPick.pickedBy,
                    pickedAt: new Date(detail.expertPick.pickedAt),
                    recordedBy: "demo",
                  },
                ],
              }
            : undefined,
          agreement: agreement
            ? {
                create: {
                  ...(agreement.id ? { id: agreement.id } : {}),
                  terms: agreement.terms,
                  signedAt: new Date(agreement.signedAt),
                  performanceDeadline: new Date(agreement.performanceDeadline),
                  signatories: agreement.signatories,
                  recordedBy: "demo",
                  obligations: { create: agreement.obligations.map((o, position) => ({ ...o, position })) },
                  followUps: agreement.performed
                    ? {
                        create: [
                          {
                            status: "PERFORMED",
                            notes: agreement.performed.notes,
                            at: new Date(agreement.performed.at),
                            recordedBy: "demo",
                          },
                        ],
                      }
                    : undefined,
                },
              }
            : undefined,
        },
      });
      const events = storyEvents(
        committee.name,
        detail.source?.kind ?? "DISPATCH",
        acceptedAt,
        created.clockKind,
        detail,
        created.agreement?.id,
        created.id,
      );
      // The story's last step reports the case's clock as it stands after the story.
      const pauses = await store.mediationClockPause.findMany({ where: { caseId: created.id } });
      for (const [i, { draft, status }] of events.entries()) {
        await recordCaseEvent(store, {
          ...withStatus(draft, status),
          disputeCode: dispute.code,
          recordId: draft.recordId ?? created.id,
          ...(i === events.length - 1 ? { clocks: reportedCaseClocks(created, pauses) } : {}),
        });
      }
      count++;
    }
  }
  return count;
}
