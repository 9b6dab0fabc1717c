// The loaders of a registry detail read through the driver adapter (cases of disputes, applicants, claims) give the
// very rows Prisma's findMany gives: JSON, text arrays, decimals, enums, nulls, timestamps, Chinese text. On
// PGlite, and on PostgreSQL when TEST_DATABASE_URL is set (the two drivers give some types differently).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { statementsDuring, type SqlCounter } from "@onedoor/shared/testing/sql-counter";
import { openCountingStore } from "@onedoor/shared/testing/counting-store";
import { testDatabaseKinds } from "@onedoor/shared/testing/test-databases";
import { DEMO_COMMISSIONS } from "@onedoor/shared/demo/arbitration-directory";
import { Prisma } from "../generated/prisma/client.js";
import { subgraph } from "../subgraph.js";
import { createLoaders, type ArbitrationStore } from "./store.js";
import { applicantsOfCases, casesOfDisputes, claimsOfCases } from "./case-reads.js";

const NOBODY = "00000000-0000-0000-0000-000000000000";
const TONGLU = DEMO_COMMISSIONS.find((c) => c.regionCode === "330122")!;

describe.each(testDatabaseKinds())("arbitration reads through the driver adapter (%s)", (kind) => {
  let close = async () => {};
  let store: ArbitrationStore;
  let counter: SqlCounter;
  const codes = ["330122202600001A", "330122202600002B", "330122202600003C"];
  const caseIds: string[] = [];

  beforeAll(async () => {
    ({ store, counter, close } = await openCountingStore(subgraph, kind));
    await store.arbitrationCommission.create({ data: TONGLU });
    const receivedAt = new Date("2026-03-02T02:00:00.123Z");
    // An awarded collective case (every optional column set), a bare one received at the same instant (ordered by
    // id), and a case of another dispute.
    const awarded = await store.arbitrationCase.create({
      data: {
        disputeCode: codes[0]!,
        commissionId: TONGLU.id,
        commissionRegion: "330122",
        caseNumber: "桐劳人仲案字〔2026〕第1号",
        status: "AWARDED",
        collective: true,
        receivedAt,
        failedMediationId: "5f58ac07-be90-4cbf-84f0-dbf065ed4dbe",
        respondentName: "桐庐某建筑劳务有限公司",
        respondentCreditCode: "91330122MA2XXXXX0X",
        respondentPartyId: "p-org",
        respondentAddress: "桐庐县城南街道迎春南路 1 号",
        respondentLegalRep: "钱卫东",
        evidence: [{ title: "工资条", description: null, submittedBy: "周秀英" }],
        acceptedAt: new Date("2026-03-04T01:00:00Z"),
        servedAt: new Date("2026-03-05T01:00:00Z"),
        answeredAt: new Date("2026-03-12T01:00:00Z"),
        tribunalKind: "PANEL",
        presidingArbitrator: "何建华",
        arbitrators: ["何建华", "蒋晓燕", "方志强"],
        tribunalNotifiedAt: new Date("2026-03-13T01:00:00Z"),
        hearingAt: new Date("2026-03-20T01:30:00Z"),
        hearingPlace: "第一仲裁庭",
        hearingNoticeAt: new Date("2026-03-14T01:00:00Z"),
        postponements: [
          {
            requestedBy: "周秀英",
            reason: "住院",
            at: "2026-03-18T00:00:00.000Z",
            previousHearingAt: "2026-03-19T01:30:00.000Z",
            newHearingAt: "2026-03-20T01:30:00.000Z",
          },
        ],
        awardExtensions: [{ days: 15, approvedBy: "主任", reason: "案情复杂", at: "2026-04-01T00:00:00.000Z" }],
        closedAt: new Date("2026-04-20T08:00:00Z"),
        closingDocumentNumber: "桐劳人仲裁字〔2026〕第1号",
        closingSummary: "支持申请人部分请求",
        awardServedAt: new Date("2026-04-22T08:00:00Z"),
        awardFinal: false,
        version: 9,
      },
    });
    const bare = await store.arbitrationCase.create({
      data: {
        disputeCode: codes[0]!,
        commissionId: TONGLU.id,
        commissionRegion: "330122",
        caseNumber: "桐劳人仲案字〔2026〕第2号",
        receivedAt,
        respondentName: "桐庐某餐饮店",
        respondentCreditCode: "92330122MA2YYYYY1Y",
      },
    });
    const other = await store.arbitrationCase.create({
      data: {
        disputeCode: codes[1]!,
        commissionId: TONGLU.id,
        commissionRegion: "330122",
        caseNumber: "桐劳人仲案字〔2026〕第3号",
        status: "ACCEPTED",
        receivedAt: new Date("2026-03-01T00:00:00Z"),
        respondentName: "桐庐某物业服务有限公司",
        respondentCreditCode: "91330122MA2ZZZZZ2Z",
      },
    });
    caseIds.push(awarded.id, bare.id, other.id);
    await store.applicant.createMany({
      data: [
        {
          caseId: awarded.id,
          position: 1,
          name: "何建军",
          residentId: "330122198001011234",
          partyId: "p-2",
          phone: "13857123456",
        },
        {
          caseId: awarded.id,
          position: 0,
          name: "周秀英",
          residentId: "33012219750505002X",
          partyId: "p-1",
          representative: true,
        },
        { caseId: other.id, position: 0, name: "蒋晓燕", residentId: "330122199002023456" },
      ],
    });
    await store.claim.createMany({
      data: [
        {
          caseId: awarded.id,
          position: 0,
          kind: "WAGE_ARREARS",
          description: "支付拖欠工资",
          applicantPosition: 0,
          amount: new Prisma.Decimal("42000.05"),
          knewOfInfringementOn: "2026-01-15",
          employmentEndedOn: "2026-02-28",
          limitationDeadline: "2027-02-28",
          decision: "PARTIALLY_GRANTED",
          awardedAmount: new Prisma.Decimal("30000"),
          final: true,
          finalityReason: "SMALL_CLAIM",
          finalityExplanation: "小额仲裁，一裁终局",
        },
        {
          caseId: awarded.id,
          position: 1,
          kind: "CONFIRM_LABOUR_RELATION",
          description: "确认劳动关系",
          knewOfInfringementOn: "2026-01-15",
          limitationExpired: true,
        },
        {
          caseId: other.id,
          position: 0,
          kind: "OVERTIME_PAY",
          description: "支付加班费",
          amount: new Prisma.Decimal("0.5"),
          knewOfInfringementOn: "2026-02-01",
        },
      ],
    });
  }, 120_000);

  afterAll(() => close());

  it("reads the cases of disputes, first received first, as findMany does", async () => {
    const asked = [...codes, "330122209900000X"];
    const cases = await casesOfDisputes(store, asked);
    expect(cases).toHaveLength(3);
    expect(cases).toStrictEqual(
      await store.arbitrationCase.findMany({
        where: { disputeCode: { in: asked } },
        orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
      }),
    );
    expect(await casesOfDisputes(store, [])).toEqual([]);
  });

  it("reads the cases' applicants and claims, by case and position, as findMany does", async () => {
    const asked = [...caseIds, NOBODY];
    const applicants = await applicantsOfCases(store, asked);
    expect(applicants).toHaveLength(3);
    expect(applicants).toStrictEqual(
      await store.applicant.findMany({
        where: { caseId: { in: asked } },
        orderBy: [{ caseId: "asc" }, { position: "asc" }],
      }),
    );
    const claims = await claimsOfCases(store, asked);
    expect(claims).toHaveLength(3);
    expect(claims).toStrictEqual(
      await store.claim.findMany({
        where: { caseId: { in: asked } },
        orderBy: [{ caseId: "asc" }, { position: "asc" }],
      }),
    );
  });

  it("batches a request's lookups into one statement each, seen by the statement counter", async () => {
    const loaders = createLoaders(store);
    const { result, sql } = await statementsDuring(counter, () =>
      Promise.all(
        codes.map(async (code) => {
          const cases = await loaders.casesByDispute.load(code);
          return Promise.all(
            cases.map(async (row) => {
              const [applicants, claims] = await Promise.all([
                loaders.applicantsByCase.load(row.id),
                loaders.claimsByCase.load(row.id),
              ]);
              return [applicants.length, claims.length];
            }),
          );
        }),
      ),
    );
    expect(result).toEqual([
      expect.arrayContaining([
        [2, 2],
        [0, 0],
      ]),
      [[1, 1]],
      [],
    ]);
    expect(sql.map((statement) => /FROM "(\w+)"/.exec(statement)?.[1]).sort()).toEqual([
      "Applicant",
      "ArbitrationCase",
      "Claim",
    ]);
  });
});
