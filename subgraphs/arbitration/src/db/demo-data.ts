import { DEMO_DISPUTES } from "@onedoor/shared/demo/stories";
import { DEMO_ARBITRATORS, DEMO_COMMISSIONS } from "@onedoor/shared/demo/arbitration-directory";
import { LONG_TRANSACTION } from "@onedoor/shared/db/database";
import type { Logger } from "@onedoor/shared/logger";
import { isCollective } from "../domain/collective.js";
import { applicationReceived } from "../domain/case-events.js";
import { reportedCaseClocks } from "../domain/case-machine.js";
import { parseCaseNumber } from "../domain/commission.js";
import { checkLimitation } from "../domain/limitation.js";
import { fenOf } from "../domain/money.js";
import { upgradeLegacyResidentId } from "@onedoor/shared/validators/resident-id";
import { recordCaseEvent } from "@onedoor/shared/events/outbox";
import type { Prisma } from "../generated/prisma/client.js";
import { ArbitrationStatus, type ClaimKind, type FinalityReason } from "../generated/prisma/enums.js";
import { respondentPartyIdOf, withPartyId } from "./parties.js";
import { factsOf } from "./rows.js";
import type { ArbitrationStore } from "./store.js";

interface DemoDetails {
  respondent: { name: string; creditCode: string; legalRepresentative: string; address: string };
  applicants: { name: string; residentId: string; phone: string }[];
  claims: {
    kind: ClaimKind;
    description: string;
    applicantPosition: number | null;
    /** Yuan with two decimals. */
    amount: string | null;
    knewOfInfringementOn: string;
    employmentEndedOn: string | null;
  }[];
  evidence: { title: string; description: string; submittedBy: string }[];
}

/** Wages owed for July–September 2026 per worker, in yuan: 126,000 yuan in all. */
const WAGES_OWED: [string, string, string, string][] = [
  ["吴建军", "330122198203142516", "13857112436", "22500.00"],
  ["张德胜", "341222197908061533", "15968135207", "24000.00"],
  ["徐美娟", "33012219880117362X", "13758169023", "19500.00"],
  ["杨光明", "522127199105234015", "18268047751", "21000.00"],
  ["方卫国", "330182197509302131", "13615718694", "22500.00"],
  ["刘桂英", "360428198604125848", "15157126380", "16500.00"],
];

/** The arbitration side of the stories, by dispute code (the case number and status come from the shared story). */
const DETAILS: Record<string, DemoDetails> = {
  // 服装厂停产老板失联，六名工人追索工资: the workers apply for arbitration while mediation is still under way.
  "330122260000027": {
    respondent: {
      name: "桐庐横村锦绣针织服饰有限公司",
      creditCode: "91330122MA2H3K7P50",
      legalRepresentative: "邵国良",
      address: "浙江省杭州市桐庐县横村镇横村大道268号",
    },
    applicants: WAGES_OWED.map(([name, residentId, phone]) => ({ name, residentId, phone })),
    claims: [
      ...WAGES_OWED.map(([name, , , amount], position) => ({
        kind: "WAGE_ARREARS" as const,
        description: `${name}：支付2026年7月至9月拖欠工资${amount.replace(/\.00$/, "")}元`,
        applicantPosition: position,
        amount,
        knewOfInfringementOn: "2026-09-30",
        employmentEndedOn: "2026-09-30",
      })),
      {
        kind: "CONFIRM_LABOUR_RELATION",
        description: "确认六名申请人与被申请人自入职之日起至2026年9月30日存在劳动关系（均未签订书面劳动合同）",
        applicantPosition: null,
        amount: null,
        knewOfInfringementOn: "2026-09-30",
        employmentEndedOn: "2026-09-30",
      },
    ],
    evidence: [
      { title: "考勤记录（微信打卡截图）", description: "证明2026年7月至9月在厂出勤", submittedBy: "申请人" },
      { title: "工资发放银行流水", description: "证明此前按月由法定代表人个人账户发放工资", submittedBy: "申请人" },
      {
        title: "横村镇劳动保障所停产情况说明",
        description: "证明工厂于2026年9月30日停产、经营者下落不明",
        submittedBy: "申请人",
      },
    ],
  },
};

/** A case the commission closed (or turned away) before the center's registry followed it: docket history. */
interface HistoryCase {
  disputeCode: string;
  caseNumber: string;
  status: "ACCEPTED" | "REJECTED" | "MEDIATED" | "AWARDED";
  receivedAt: string;
  acceptedAt?: string;
  rejectedAt?: string;
  rejectionReason?: string;
  /** Award clock extension approved by the chair (art. 43: ≤ 15 days). */
  extension?: { days: number; approvedBy: string; reason: string; at: string };
  closedAt?: string;
  closingDocumentNumber?: string;
  closingSummary?: string;
  awardFinal?: boolean;
  respondent: { name: string; creditCode: string };
  /** Name and 15-digit legacy resident number (upgraded to 18 digits with its check character). */
  applicants: [string, string][];
  claims: {
    kind: ClaimKind;
    description: string;
    applicantPosition: number | null;
    amount: string | null;
    awardedAmount?: string;
    final?: boolean;
    finalityReason?: FinalityReason;
  }[];
}

/**
 * The Tonglu commission's 2025–2026 docket before the stories, so the data cockpit has figures to show.
 * Dates are UTC instants; local (China) days in the comments. Award clock: 45 days from acceptance (+ extension),
 * a last day off rolls to the next working day. Their dispute codes come from a range the window never
 * reaches (sequence 900001+), so no registration can collide with them; the registry does not hold them.
 */
const HISTORY: HistoryCase[] = [
  {
    // Accepted 2025-05-09, awarded 2025-06-20 (last day 06-23): on time, final.
    disputeCode: "330122259000013",
    caseNumber: "桐劳人仲案字〔2025〕第140号",
    status: "AWARDED",
    receivedAt: "2025-05-06T01:20:00.000Z",
    acceptedAt: "2025-05-09T02:00:00.000Z",
    closedAt: "2025-06-20T07:00:00.000Z",
    closingDocumentNumber: "桐劳人仲案字〔2025〕第140号裁决书",
    closingSummary: "被申请人支付申请人2025年2月至3月工资15800元，本裁决为终局裁决",
    awardFinal: true,
    respondent: { name: "桐庐县江南镇富源五金制品厂", creditCode: "92330122MA2D8R5L7C" },
    applicants: [["潘志强", "330122780512213"]],
    claims: [
      {
        kind: "WAGE_ARREARS",
        description: "支付2025年2月至3月拖欠工资15800元",
        applicantPosition: 0,
        amount: "15800.00",
        awardedAmount: "15800.00",
        final: true,
        finalityReason: "SMALL_CLAIM",
      },
    ],
  },
  {
    // Accepted 2026-03-05, awarded 2026-04-10 (last day 04-19): on time, final.
    disputeCode: "330122269000014",
    caseNumber: "桐劳人仲案字〔2026〕第21号",
    status: "AWARDED",
    receivedAt: "2026-03-02T01:00:00.000Z",
    acceptedAt: "2026-03-05T02:00:00.000Z",
    closedAt: "2026-04-10T06:00:00.000Z",
    closingDocumentNumber: "桐劳人仲案字〔2026〕第21号裁决书",
    closingSummary: "被申请人支付申请人2025年12月至2026年1月工资18600元，本裁决为终局裁决",
    awardFinal: true,
    respondent: { name: "杭州桐庐富春江包装材料有限公司", creditCode: "91330122MA27XK3Q1D" },
    applicants: [["李红梅", "330122820917224"]],
    claims: [
      {
        kind: "WAGE_ARREARS",
        description: "支付2025年12月至2026年1月拖欠工资18600元",
        applicantPosition: 0,
        amount: "18600.00",
        awardedAmount: "18600.00",
        final: true,
        finalityReason: "SMALL_CLAIM",
      },
    ],
  },
  {
    // Accepted 2026-04-16, extended by 15 days: last day 05-31 + 15 = 06-15; awarded 06-12: on time, not final.
    disputeCode: "330122269000023",
    caseNumber: "桐劳人仲案字〔2026〕第34号",
    status: "AWARDED",
    receivedAt: "2026-04-13T02:30:00.000Z",
    acceptedAt: "2026-04-16T02:00:00.000Z",
    extension: {
      days: 15,
      approvedBy: "仲裁委主任 何建华",
      reason: "案情复杂，需调取社保缴费记录",
      at: "2026-05-25T02:00:00.000Z",
    },
    closedAt: "2026-06-12T07:00:00.000Z",
    closingDocumentNumber: "桐劳人仲案字〔2026〕第34号裁决书",
    closingSummary: "被申请人支付申请人违法解除劳动合同赔偿金86400元，驳回其他请求",
    awardFinal: false,
    respondent: { name: "桐庐分水恒达制笔有限公司", creditCode: "91330122MA2CD4PT8B" },
    applicants: [["陈立新", "330122760304191"]],
    claims: [
      {
        kind: "DAMAGES",
        description: "支付违法解除劳动合同赔偿金86400元",
        applicantPosition: 0,
        amount: "86400.00",
        awardedAmount: "86400.00",
        final: false,
        finalityReason: "EXCEEDS_SMALL_CLAIM_LIMIT",
      },
    ],
  },
  {
    // Accepted 2026-06-03: last day 07-18, a Saturday, so 07-20; awarded 07-24: late, final.
    disputeCode: "330122269000038",
    caseNumber: "桐劳人仲案字〔2026〕第52号",
    status: "AWARDED",
    receivedAt: "2026-06-01T01:40:00.000Z",
    acceptedAt: "2026-06-03T02:00:00.000Z",
    closedAt: "2026-07-24T03:00:00.000Z",
    closingDocumentNumber: "桐劳人仲案字〔2026〕第52号裁决书",
    closingSummary: "被申请人支付申请人2026年3月至4月延时加班工资12300元，本裁决为终局裁决",
    awardFinal: true,
    respondent: { name: "桐庐横村美佳针织厂", creditCode: "92330122MA2E0TQ349" },
    applicants: [["黄晓燕", "330182900611242"]],
    claims: [
      {
        kind: "OVERTIME_PAY",
        description: "支付2026年3月至4月延时加班工资12300元",
        applicantPosition: 0,
        amount: "12300.00",
        awardedAmount: "12300.00",
        final: true,
        finalityReason: "SMALL_CLAIM",
      },
    ],
  },
  {
    // Accepted 2026-06-24, closed by mediation statement 2026-07-15.
    disputeCode: "330122269000046",
    caseNumber: "桐劳人仲案字〔2026〕第60号",
    status: "MEDIATED",
    receivedAt: "2026-06-22T02:10:00.000Z",
    acceptedAt: "2026-06-24T02:00:00.000Z",
    closedAt: "2026-07-15T08:00:00.000Z",
    closingDocumentNumber: "桐劳人仲案字〔2026〕第60号调解书",
    closingSummary: "双方自愿达成协议：被申请人一次性支付工伤医疗费36000元，当庭履行",
    respondent: { name: "桐庐县凤川街道宏达木业加工厂", creditCode: "92330122MA2G6HU50J" },
    applicants: [["王志刚", "330127740205153"]],
    claims: [
      { kind: "WORK_INJURY_MEDICAL", description: "支付工伤医疗费42000元", applicantPosition: 0, amount: "42000.00" },
    ],
  },
  {
    // Accepted 2026-08-20: last day 10-04, in the National Day holiday, so 10-08; awarded 10-08: on time, not final.
    disputeCode: "330122269000051",
    caseNumber: "桐劳人仲案字〔2026〕第70号",
    status: "AWARDED",
    receivedAt: "2026-08-14T03:00:00.000Z",
    acceptedAt: "2026-08-20T02:00:00.000Z",
    closedAt: "2026-10-08T02:00:00.000Z",
    closingDocumentNumber: "桐劳人仲案字〔2026〕第70号裁决书",
    closingSummary: "被申请人支付申请人解除劳动合同经济补偿64000元",
    awardFinal: false,
    respondent: { name: "杭州桐庐迅达物流有限公司", creditCode: "91330122MA2H1WN63Y" },
    applicants: [["邵建华", "330122800823171"]],
    claims: [
      {
        kind: "SEVERANCE",
        description: "支付解除劳动合同经济补偿64000元",
        applicantPosition: 0,
        amount: "64000.00",
        awardedAmount: "64000.00",
        final: false,
        finalityReason: "EXCEEDS_SMALL_CLAIM_LIMIT",
      },
    ],
  },
  {
    // Received 2026-08-17, not accepted (a contract for work, not employment): rejected 08-20.
    disputeCode: "330122269000067",
    caseNumber: "桐劳人仲案字〔2026〕第79号",
    status: "REJECTED",
    receivedAt: "2026-08-17T06:00:00.000Z",
    rejectedAt: "2026-08-20T03:00:00.000Z",
    rejectionReason: "申请人与被申请人之间系承揽关系，不属于劳动人事争议处理范围",
    respondent: { name: "桐庐百江林海竹木制品有限公司", creditCode: "91330122MA27Y9JB2P" },
    applicants: [["孙建平", "330122690419211"]],
    claims: [{ kind: "OTHER", description: "支付竹制品加工款9600元", applicantPosition: 0, amount: "9600.00" }],
  },
  {
    // Twelve workers with a common wage claim (集体劳动争议): received 2026-09-21, accepted 09-24, pending.
    disputeCode: "330122269000072",
    caseNumber: "桐劳人仲案字〔2026〕第83号",
    status: "ACCEPTED",
    receivedAt: "2026-09-21T01:30:00.000Z",
    acceptedAt: "2026-09-24T02:00:00.000Z",
    respondent: { name: "桐庐江南建筑劳务有限公司", creditCode: "91330122MA2KC3M453" },
    applicants: [
      ["何永福", "330122710305131"],
      ["钟卫东", "330122730918153"],
      ["蒋国平", "330122750126171"],
      ["叶小军", "330182770714193"],
      ["朱海林", "330122790302213"],
      ["金水根", "330127680911231"],
      ["卢建新", "330122820527253"],
      ["程立明", "330122840819271"],
      ["施德明", "330182720103293"],
      ["袁家兴", "330122810611313"],
      ["俞林峰", "330127850923331"],
      ["童旭东", "330122870402353"],
    ],
    claims: [
      {
        kind: "WAGE_ARREARS",
        description: "支付2026年5月至8月拖欠的工地劳务工资合计436800元",
        applicantPosition: null,
        amount: "436800.00",
      },
    ],
  },
];

function residentId(legacy15: string): string {
  const upgraded = upgradeLegacyResidentId(legacy15);
  if (!upgraded.ok) throw new Error(`demo resident number ${legacy15} is not valid`);
  return upgraded.value;
}

/** The docket history: counted by the data cockpit; not replayed to the registry, which did not follow these cases. */
async function seedHistory(store: Prisma.TransactionClient): Promise<void> {
  for (const h of HISTORY) {
    const number = parseCaseNumber(h.caseNumber);
    if (!number) throw new Error(`demo case number ${h.caseNumber} is malformed`);
    const at = (iso: string | undefined): Date | null => (iso ? new Date(iso) : null);
    const receivedAt = new Date(h.receivedAt);
    await store.arbitrationCase.create({
      data: {
        disputeCode: h.disputeCode,
        commissionId: commissionIn(h.disputeCode.slice(0, 6)).id,
        commissionRegion: h.disputeCode.slice(0, 6),
        caseNumber: h.caseNumber,
        status: h.status,
        collective: isCollective(h.applicants.length, h.claims),
        receivedAt,
        respondentName: h.respondent.name,
        respondentCreditCode: h.respondent.creditCode,
        respondentPartyId: respondentPartyIdOf(h.respondent.creditCode),
        acceptedAt: at(h.acceptedAt),
        servedAt: at(h.acceptedAt),
        rejectedAt: at(h.rejectedAt),
        rejectionReason: h.rejectionReason ?? null,
        awardExtensions: h.extension ? [h.extension] : [],
        closedAt: at(h.closedAt),
        closingDocumentNumber: h.closingDocumentNumber ?? null,
        closingSummary: h.closingSummary ?? null,
        awardServedAt: h.status === "AWARDED" ? at(h.closedAt) : null,
        awardFinal: h.awardFinal ?? null,
        applicants: {
          create: h.applicants.map(([name, legacy], position) =>
            withPartyId({ position, name, residentId: residentId(legacy) }),
          ),
        },
        claims: {
          create: h.claims.map((c, position) => ({
            position,
            kind: c.kind,
            description: c.description,
            applicantPosition: c.applicantPosition,
            amount: c.amount,
            knewOfInfringementOn: h.receivedAt.slice(0, 10),
            decision: c.awardedAmount !== undefined ? "GRANTED" : null,
            awardedAmount: c.awardedAmount ?? null,
            final: c.final ?? null,
            finalityReason: c.finalityReason ?? null,
          })),
        },
        steps: { create: { type: "FILE", occurredAt: receivedAt, actor: "demo" } },
      },
    });
    await store.caseNumberCounter.upsert({
      where: { commissionRegion_year: { commissionRegion: h.disputeCode.slice(0, 6), year: number.year } },
      create: { commissionRegion: h.disputeCode.slice(0, 6), year: number.year, lastSequence: number.sequence },
      update: { lastSequence: { set: number.sequence } },
    });
  }
}

/** The demo commission of a county (one in each demo county). */
function commissionIn(regionCode: string) {
  const commission = DEMO_COMMISSIONS.find((c) => c.regionCode === regionCode);
  if (!commission) throw new Error(`no demo arbitration commission serves ${regionCode}`);
  return commission;
}

/** This department's part of the demo stories, written once into an empty database. */
export async function seedDemoData(store: ArbitrationStore, log: Logger): Promise<void> {
  if ((await store.arbitrationCase.count()) > 0) return;
  // One transaction: a start interrupted while seeding leaves an empty database, seeded again next time.
  const count = await store.$transaction((tx) => seed(tx), LONG_TRANSACTION);
  log.info({ count }, "seeded demo data");
}

async function seed(tx: Prisma.TransactionClient): Promise<number> {
  // The same commissions as the registry's seeded copy of the directory, by the same ids.
  await tx.arbitrationCommission.createMany({ data: DEMO_COMMISSIONS });
  await tx.arbitrator.createMany({
    data: DEMO_COMMISSIONS.flatMap((c) =>
      (DEMO_ARBITRATORS[c.name] ?? []).map((name) => ({ commissionId: c.id, name })),
    ),
  });
  // History first: its numbers come before the stories' in each commission's yearly sequence.
  await seedHistory(tx);
  let count = HISTORY.length;
  for (const dispute of DEMO_DISPUTES) {
    for (const demo of dispute.arbitration) {
      const details = DETAILS[dispute.code];
      const number = parseCaseNumber(demo.caseNumber);
      const commission = commissionIn(dispute.regionCode);
      const status = Object.values(ArbitrationStatus).find((s) => s === demo.status);
      if (!details || !number || !commission || !status)
        throw new Error(
          `demo arbitration case ${demo.caseNumber} of ${dispute.code} needs its details in demo-data.ts and an arbitration status`,
        );
      const receivedAt = new Date(demo.receivedAt);
      const collective = isCollective(details.applicants.length, details.claims);
      const row = await tx.arbitrationCase.create({
        data: {
          disputeCode: dispute.code,
          commissionId: commission.id,
          commissionRegion: dispute.regionCode,
          caseNumber: demo.caseNumber,
          status,
          collective,
          receivedAt,
          respondentName: details.respondent.name,
          respondentCreditCode: details.respondent.creditCode,
          respondentPartyId: respondentPartyIdOf(details.respondent.creditCode),
          respondentLegalRep: details.respondent.legalRepresentative,
          respondentAddress: details.respondent.address,
          evidence: details.evidence,
          applicants: { create: details.applicants.map((a, position) => withPartyId({ ...a, position })) },
          claims: {
            create: details.claims.map((c, position) => {
              const limitation = checkLimitation(c, receivedAt);
              return {
                ...c,
                position,
                limitationDeadline: limitation.running ? limitation.deadlineDate : null,
                limitationExpired: limitation.running && limitation.expired,
              };
            }),
          },
          steps: { create: { type: "FILE", occurredAt: receivedAt, actor: "demo" } },
        },
      });
      // The story's timeline in the registry starts with the application, at its historical time.
      const claimedFen = details.claims.reduce((sum, c) => sum + (c.amount === null ? 0n : fenOf(c.amount)), 0n);
      await recordCaseEvent(tx, {
        ...applicationReceived({
          commissionName: commission.name,
          caseNumber: demo.caseNumber,
          collective,
          applicantCount: details.applicants.length,
          claimedFen,
        }),
        disputeCode: row.disputeCode,
        recordId: row.id,
        occurredAt: receivedAt,
        // The case's clocks as they stand in the story, as every step of the commission reports them.
        clocks: reportedCaseClocks(row.id, factsOf(row)),
      });
      // Numbering continues after the seeded cases of each commission and year.
      await tx.caseNumberCounter.upsert({
        where: { commissionRegion_year: { commissionRegion: dispute.regionCode, year: number.year } },
        create: { commissionRegion: dispute.regionCode, year: number.year, lastSequence: number.sequence },
        update: { lastSequence: { set: number.sequence } },
      });
      count++;
    }
  }
  return count;
}
