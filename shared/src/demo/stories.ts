// Demo data: the field stories of ../shared/domain.md as one dispute each, with every department's
// records for it. Each subgraph seeds its own part into an empty database (SEED_DEMO_DATA=1),
// so the departments agree on the dispute codes without reading each other's tables.

export interface DemoMediationCase {
  committee: string;
  mediatorName: string;
  status: string;
  acceptedAt: string;
}
export interface DemoArbitrationCase {
  caseNumber: string;
  status: string;
  receivedAt: string;
}
export interface DemoCourtCase {
  caseNumber: string;
  procedure: string;
  status: string;
  filedAt: string;
}
export interface DemoLegalAidCase {
  matterType: string;
  status: string;
  appliedAt: string;
}

export interface DemoAdministrativeReviewCase {
  status: "RECEIVED" | "ACCEPTED" | "DECIDED";
  request: string;
  respondentAgency: string;
  contestedAct: string;
  /** YYYY-MM-DD */
  actKnownOn: string;
  applicantResidentId: string;
  receivedAt: string;
  acceptedAt?: string;
  procedure?: "ORDINARY" | "SIMPLIFIED";
  decision?: { at: string; kind: "REVOKE" | "UPHOLD"; summary: string };
}

export interface DemoDispute {
  /** 解纷码: county 330122 (桐庐县) or 330903 (普陀区), year 26, sequence, Damm check digit. */
  code: string;
  title: string;
  description: string;
  category: string;
  regionCode: string;
  channel: string;
  status: string;
  registeredAt: string;
  mediation: DemoMediationCase[];
  arbitration: DemoArbitrationCase[];
  litigation: DemoCourtCase[];
  legalAid: DemoLegalAidCase[];
  administrativeReview?: DemoAdministrativeReviewCase[];
}

export const DEMO_DISPUTES: DemoDispute[] = [
  {
    code: "330122260000016",
    title: "行人被凸起窨井盖绊倒致牙齿脱落索赔",
    description:
      "居民周秀英在城南街道迎春南路人行道被凸起的窨井盖绊倒，门牙脱落一颗。城管、住建、街道办、社区居委会、信访五家单位均可能负有责任，当事人不知向谁主张。",
    category: "损害赔偿",
    regionCode: "330122",
    channel: "WALK_IN",
    status: "CLOSED",
    registeredAt: "2026-03-09T01:20:00.000Z",
    mediation: [
      {
        committee: "桐庐县联合人民调解委员会",
        mediatorName: "何建华",
        status: "AGREEMENT_PERFORMED",
        acceptedAt: "2026-03-09T02:05:00.000Z",
      },
    ],
    arbitration: [],
    litigation: [],
    legalAid: [],
  },
  {
    code: "330122260000027",
    title: "服装厂停产老板失联 六名工人追索工资",
    description:
      "桐庐县横村镇某针织服装厂停产，经营者下落不明，六名工人（均未签订书面劳动合同）被拖欠三个月工资共计人民币十二万六千元。",
    category: "拖欠农民工工资",
    regionCode: "330122",
    channel: "WALK_IN",
    status: "IN_PROGRESS",
    registeredAt: "2026-10-12T00:40:00.000Z",
    mediation: [
      {
        committee: "桐庐县劳动争议人民调解委员会",
        mediatorName: "钱卫东",
        status: "IN_MEDIATION",
        acceptedAt: "2026-10-12T03:00:00.000Z",
      },
      {
        committee: "桐庐县商会人民调解委员会",
        mediatorName: "俞丽萍",
        status: "IN_MEDIATION",
        acceptedAt: "2026-10-12T03:00:00.000Z",
      },
    ],
    arbitration: [
      { caseNumber: "桐劳人仲案字〔2026〕第87号", status: "RECEIVED", receivedAt: "2026-11-18T01:30:00.000Z" },
    ],
    litigation: [],
    legalAid: [{ matterType: "追索劳动报酬", status: "GRANTED", appliedAt: "2026-10-13T02:10:00.000Z" }],
  },
  {
    code: "330122260000034",
    title: "两公司厂房租赁合同纠纷（标的八百万元）",
    description:
      "浙江富春某实业有限公司与杭州某机械制造有限公司因厂房租赁合同解除及八百万元租金、装修补偿发生纠纷，双方人员发生肢体冲突，街道、派出所调解未果。",
    category: "合同",
    regionCode: "330122",
    channel: "GRID_WORKER",
    status: "CLOSED",
    registeredAt: "2026-05-20T06:15:00.000Z",
    mediation: [
      {
        committee: "桐庐县商事人民调解委员会",
        mediatorName: "孙国平",
        status: "AGREEMENT_REACHED",
        acceptedAt: "2026-05-22T01:00:00.000Z",
      },
    ],
    arbitration: [],
    litigation: [
      {
        caseNumber: "(2026)浙0122民诉前调512号",
        procedure: "PRE_FILING_MEDIATION",
        status: "RESOLVED",
        filedAt: "2026-05-21T02:00:00.000Z",
      },
    ],
    legalAid: [],
  },
  {
    code: "330903260000011",
    title: "海岛渔民船员劳务费纠纷在线调解并申请司法确认",
    description:
      "普陀区东极镇渔民王海军与船东就船员劳务费四万二千元发生争议，经线上调解达成协议，通过移动微法院申请司法确认，全程未离岛。",
    category: "海事渔事",
    regionCode: "330903",
    channel: "ONLINE",
    status: "CLOSED",
    registeredAt: "2026-07-02T00:30:00.000Z",
    mediation: [
      {
        committee: "普陀区海事渔业人民调解委员会",
        mediatorName: "林志海",
        status: "AGREEMENT_REACHED",
        acceptedAt: "2026-07-02T01:00:00.000Z",
      },
    ],
    arbitration: [],
    litigation: [
      {
        caseNumber: "(2026)浙0903民特45号",
        procedure: "JUDICIAL_CONFIRMATION",
        status: "CONFIRMED",
        filedAt: "2026-07-06T02:00:00.000Z",
      },
    ],
    legalAid: [],
  },
  {
    code: "330122260000042",
    title: "美容院预付卡集中投诉（涉及105人、48.5万元）",
    description:
      "某连锁美容院突然停业，预付卡消费者集中投诉，投诉量超过去年同期，涉及105人、金额48.5万元，经联合调查与联合调解次日化解。",
    category: "消费",
    regionCode: "330122",
    channel: "HOTLINE_12345",
    status: "CLOSED",
    registeredAt: "2026-09-03T07:45:00.000Z",
    mediation: [
      {
        committee: "桐庐县消费纠纷人民调解委员会",
        mediatorName: "陈美华",
        status: "AGREEMENT_PERFORMED",
        acceptedAt: "2026-09-03T09:00:00.000Z",
      },
    ],
    arbitration: [],
    litigation: [],
    legalAid: [],
  },
  {
    code: "330122260000050",
    title: "相邻宅基地排水沟占用纠纷",
    description: "分水镇村民李建国与邻居张海明因排水沟走向及宅基地边界发生争执，经村调委会现场调解当场化解。",
    category: "邻里",
    regionCode: "330122",
    channel: "WALK_IN",
    status: "CLOSED",
    registeredAt: "2026-11-02T02:00:00.000Z",
    mediation: [],
    arbitration: [],
    litigation: [],
    legalAid: [],
  },
  {
    code: "330122260000069",
    title: "不服县自然资源和规划局非法占地行政处罚申请复议",
    description:
      "江南镇村民王春生在承包地上搭建农机棚，县自然资源和规划局认定非法占用耕地，作出责令限期拆除并处罚款的行政处罚。王春生认为农机棚属设施农业用地，请求撤销处罚。",
    category: "山林土地",
    regionCode: "330122",
    channel: "WALK_IN",
    status: "CLOSED",
    registeredAt: "2026-11-16T01:30:00.000Z",
    mediation: [],
    arbitration: [],
    litigation: [],
    legalAid: [],
    administrativeReview: [
      {
        status: "DECIDED",
        request: "请求撤销桐自然资罚〔2026〕18号行政处罚决定",
        respondentAgency: "桐庐县自然资源和规划局",
        contestedAct: "桐自然资罚〔2026〕18号行政处罚决定（责令限期拆除农机棚并处罚款）",
        actKnownOn: "2026-11-02",
        applicantResidentId: "330122196703152113",
        receivedAt: "2026-11-16T01:40:00.000Z",
        acceptedAt: "2026-11-18T02:00:00.000Z",
        procedure: "ORDINARY",
        decision: {
          at: "2026-11-27T06:00:00.000Z",
          kind: "REVOKE",
          summary: "经现场勘验，农机棚属设施农业用地，原处罚认定事实不清，决定撤销",
        },
      },
    ],
  },
];
