import { DEMO_DISPUTES } from "@onedoor/shared/demo/stories";
import type { Logger } from "@onedoor/shared/logger";
import { isCollective } from "../domain/collective.js";
import { applicationReceived } from "../domain/case-events.js";
import { commissionFor, parseCaseNumber } from "../domain/commission.js";
import { checkLimitation } from "../domain/limitation.js";
import type { ClaimKindKey } from "../domain/claims.js";
import { recordEvents } from "./events.js";
import type { ArbitrationStore } from "./store.js";

interface DemoDetails {
  respondent: { name: string; creditCode: string; legalRepresentative: string; address: string };
  applicants: { name: string; residentId: string; phone: string }[];
  claims: { kind: ClaimKindKey; description: string; applicantPosition: number | null; amountFen: number | null; knewOfInfringementOn: string; employmentEndedOn: string | null }[];
  evidence: { title: string; description: string; submittedBy: string }[];
}

/** Wages owed for July–September 2026 per worker, in fen: 126,000 yuan in all. */
const WAGES_OWED: [string, string, string, number][] = [
  ["吴建军", "330122198203142516", "13857112436", 2_250_000],
  ["张德胜", "341222197908061533", "15968135207", 2_400_000],
  ["徐美娟", "33012219880117362X", "13758169023", 1_950_000],
  ["杨光明", "522127199105234015", "18268047751", 2_100_000],
  ["方卫国", "330182197509302131", "13615718694", 2_250_000],
  ["刘桂英", "360428198604125848", "15157126380", 1_650_000],
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
      ...WAGES_OWED.map(([name, , , amountFen], position) => ({
        kind: "WAGE_ARREARS" as const,
        description: `${name}：支付2026年7月至9月拖欠工资${(amountFen / 100).toFixed(0)}元`,
        applicantPosition: position,
        amountFen,
        knewOfInfringementOn: "2026-09-30",
        employmentEndedOn: "2026-09-30",
      })),
      {
        kind: "CONFIRM_LABOUR_RELATION",
        description: "确认六名申请人与被申请人自入职之日起至2026年9月30日存在劳动关系（均未签订书面劳动合同）",
        applicantPosition: null,
        amountFen: null,
        knewOfInfringementOn: "2026-09-30",
        employmentEndedOn: "2026-09-30",
      },
    ],
    evidence: [
      { title: "考勤记录（微信打卡截图）", description: "证明2026年7月至9月在厂出勤", submittedBy: "申请人" },
      { title: "工资发放银行流水", description: "证明此前按月由法定代表人个人账户发放工资", submittedBy: "申请人" },
      { title: "横村镇劳动保障所停产情况说明", description: "证明工厂于2026年9月30日停产、经营者下落不明", submittedBy: "申请人" },
    ],
  },
};

/** This department's part of the demo stories, written once into an empty database. */
export async function seedDemoData(store: ArbitrationStore, log: Logger): Promise<void> {
  if ((await store.arbitrationCase.count()) > 0) return;
  let count = 0;
  for (const dispute of DEMO_DISPUTES) {
    for (const demo of dispute.arbitration) {
      const details = DETAILS[dispute.code];
      const number = parseCaseNumber(demo.caseNumber);
      const commission = commissionFor(dispute.regionCode);
      if (!details || !number || !commission) throw new Error(`demo arbitration case ${demo.caseNumber} of ${dispute.code} needs its details in demo-data.ts`);
      const receivedAt = new Date(demo.receivedAt);
      const collective = isCollective(details.applicants.length, details.claims);
      await store.$transaction(async (tx) => {
        const row = await tx.arbitrationCase.create({
          data: {
            disputeCode: dispute.code,
            commissionRegion: dispute.regionCode,
            caseNumber: demo.caseNumber,
            status: demo.status,
            collective,
            receivedAt,
            respondentName: details.respondent.name,
            respondentCreditCode: details.respondent.creditCode,
            respondentLegalRep: details.respondent.legalRepresentative,
            respondentAddress: details.respondent.address,
            evidence: details.evidence,
            applicants: { create: details.applicants.map((a, position) => ({ ...a, position })) },
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
        const claimedFen = details.claims.reduce((sum, c) => sum + (c.amountFen ?? 0), 0);
        await recordEvents(tx, row, receivedAt, [
          applicationReceived({ commissionName: commission.name, caseNumber: demo.caseNumber, collective, applicantCount: details.applicants.length, claimedFen }),
        ]);
        // Numbering continues after the seeded cases of each commission and year.
        await tx.caseNumberCounter.upsert({
          where: { commissionRegion_year: { commissionRegion: dispute.regionCode, year: number.year } },
          create: { commissionRegion: dispute.regionCode, year: number.year, lastSequence: number.sequence },
          update: { lastSequence: { set: number.sequence } },
        });
      });
      count++;
    }
  }
  log.info({ count }, "seeded demo data");
}
