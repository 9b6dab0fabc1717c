// The cases-by-dispute loader read through the driver adapter gives the very rows Prisma's findMany gives: an enum
// array, text arrays, decimals, enums, nulls, timestamps, Chinese text. On PGlite, and on PostgreSQL when
// TEST_DATABASE_URL is set (the two drivers give some types differently).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { statementsDuring, type SqlCounter } from "@onedoor/shared/testing/sql-counter";
import { openCountingStore } from "@onedoor/shared/testing/counting-store";
import { testDatabaseKinds } from "@onedoor/shared/testing/test-databases";
import { Prisma } from "../generated/prisma/client.js";
import { subgraph } from "../subgraph.js";
import { createLoaders, type LegalAidStore } from "./store.js";
import { casesOfDisputes } from "./case-reads.js";

describe.each(testDatabaseKinds())("legal aid reads through the driver adapter (%s)", (kind) => {
  let close = async () => {};
  let store: LegalAidStore;
  let counter: SqlCounter;
  const codes = ["330122202600001A", "330122202600002B", "330122202600003C"];

  beforeAll(async () => {
    ({ store, counter, close } = await openCountingStore(subgraph, kind));
    const appliedAt = new Date("2026-03-02T02:00:00.123Z");
    // A closed and reviewed case (every optional column set, two applicant groups), a bare one applied for at the
    // same instant (ordered by id), a refused one of another dispute, and one of no dispute.
    await store.legalAidCase.createMany({
      data: [
        {
          disputeCode: codes[0]!,
          arbitrationCaseId: "5f58ac07-be90-4cbf-84f0-dbf065ed4dbe",
          courtCaseId: "3f6323b8-30a2-4b4c-a80a-3a86cf70ae22",
          matter: "CLAIM_LABOUR_REMUNERATION",
          status: "CLOSED",
          version: 7,
          applicantName: "周秀英",
          applicantResidentId: "33012219750505002X",
          applicantPartyId: "p-1",
          applicantPhone: "13857123456",
          applicantGroups: ["MIGRANT_WORKER", "SOCIAL_ASSISTANCE"],
          householdSize: 4,
          monthlyIncomePerHead: new Prisma.Decimal("1234.56"),
          regionCode: "330122",
          urgentDeadline: new Date("2026-03-05T15:59:59.999Z"),
          provisionalAidStartedAt: new Date("2026-03-02T03:00:00Z"),
          provisionalAidNote: "仲裁时效将届满，先行援助",
          appliedAt,
          receivedBy: "staff-legal-aid",
          decidedAt: new Date("2026-03-04T01:00:00Z"),
          decidedBy: "何建华",
          eligibilityBasis: "MEANS_TEST_PASSED",
          eligibilityArticle: "《法律援助法》第三十一条",
          eligibilityRuleVersion: "2026-浙",
          meansTestApplied: true,
          hardshipStandard: new Prisma.Decimal("1300"),
          hardshipStandardSource: "桐庐县最低生活保障标准",
          decisionExplanation: "人均收入低于标准",
          refusalReasons: [],
          assignedAt: new Date("2026-03-04T02:00:00Z"),
          assignedBy: "staff-legal-aid",
          closedAt: new Date("2026-05-01T08:00:00Z"),
          closureOutcome: "MEDIATED",
          closureSummary: "调解结案",
          reviewRating: "GOOD",
          reviewer: "蒋晓燕",
          reviewComment: "材料齐全",
          reviewedAt: new Date("2026-05-10T08:00:00Z"),
        },
        {
          disputeCode: codes[0]!,
          matter: "WORK_INJURY_DAMAGES",
          status: "SUBMITTED",
          applicantName: "何建军",
          applicantGroups: [],
          regionCode: "330122",
          appliedAt,
          receivedBy: "staff-legal-aid",
          refusalReasons: [],
        },
        {
          disputeCode: codes[1]!,
          matter: "TRAFFIC_ACCIDENT_DAMAGES",
          status: "REFUSED",
          applicantName: "方志强",
          applicantGroups: ["NO_FIXED_INCOME_VULNERABLE"],
          regionCode: "330122",
          appliedAt: new Date("2026-03-01T00:00:00Z"),
          receivedBy: "staff-legal-aid",
          eligibilityBasis: "MEANS_TEST_FAILED",
          refusalReasons: ["经济状况不符合条件", "事项不属于援助范围"],
        },
        {
          matter: "SUPPORT_PAYMENT",
          status: "SUBMITTED",
          applicantName: "钱卫东",
          applicantGroups: [],
          regionCode: "330122",
          appliedAt,
          receivedBy: "staff-legal-aid",
          refusalReasons: [],
        },
      ],
    });
  }, 120_000);

  afterAll(() => close());

  it("reads the cases of disputes, first applied for first, as findMany does", async () => {
    const asked = [...codes, "330122209900000X"];
    const cases = await casesOfDisputes(store, asked);
    expect(cases).toHaveLength(3);
    expect(cases.map((row) => row.applicantGroups.length).sort()).toEqual([0, 1, 2]);
    expect(cases).toStrictEqual(
      await store.legalAidCase.findMany({
        where: { disputeCode: { in: asked } },
        orderBy: [{ appliedAt: "asc" }, { id: "asc" }],
      }),
    );
    expect(await casesOfDisputes(store, [])).toEqual([]);
  });

  it("batches a request's lookups into one statement, seen by the statement counter", async () => {
    const loaders = createLoaders(store);
    const { result, sql } = await statementsDuring(counter, () =>
      Promise.all(codes.map(async (code) => (await loaders.casesByDispute.load(code)).length)),
    );
    expect(result).toEqual([2, 1, 0]);
    expect(sql).toEqual([expect.stringMatching(/FROM "LegalAidCase" WHERE/)]);
  });
});
