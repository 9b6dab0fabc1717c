// The loaders of a registry detail or page read through the driver adapter (cases of disputes, their parties)
// give the very rows Prisma's findMany gives: enums, nulls, timestamps, Chinese text. On PGlite, and on PostgreSQL
// when TEST_DATABASE_URL is set (the two drivers give some types differently).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { statementsDuring, type SqlCounter } from "@onedoor/shared/testing/sql-counter";
import { openCountingStore } from "@onedoor/shared/testing/counting-store";
import { testDatabaseKinds } from "@onedoor/shared/testing/test-databases";
import { DEMO_COURT_BODIES } from "@onedoor/shared/demo/court-directory";
import type { CourtCaseParty } from "../generated/prisma/client.js";
import { subgraph } from "../subgraph.js";
import { createLoaders, type LitigationStore } from "./store.js";
import { casesOfDisputes, partiesOfCases } from "./case-reads.js";

/** 桐庐县人民法院诉讼服务中心, the body of the cases. */
const TONGLU = DEMO_COURT_BODIES.find((b) => b.courtCode === "浙0122" && b.kind === "LITIGATION_SERVICE_CENTRE")!;
const NOBODY = "00000000-0000-0000-0000-000000000000";
// Both reads order parties by position only: compare them case by case.
const byCase = (rows: CourtCaseParty[]) =>
  [...rows].sort((a, b) => a.caseId.localeCompare(b.caseId) || a.position - b.position);

describe.each(testDatabaseKinds())("court reads through the driver adapter (%s)", (kind) => {
  let close = async () => {};
  let store: LitigationStore;
  let counter: SqlCounter;
  const codes = ["330122202600001A", "330122202600002B", "330122202600003C"];
  const caseIds: string[] = [];

  beforeAll(async () => {
    ({ store, counter, close } = await openCountingStore(subgraph, kind));
    await store.courtBody.create({ data: TONGLU });
    const filedAt = new Date("2026-03-02T02:00:00.123Z");
    // A pre-filing mediation that ended in an agreement, its judicial confirmation filed at the same instant
    // (ordered by id, every optional column set), and a bare case of another dispute.
    const preFiling = await store.courtCase.create({
      data: {
        disputeCode: codes[0]!,
        caseNumber: "(2026)浙0122民诉前调1号",
        courtCode: "浙0122",
        bodyId: TONGLU.id,
        procedure: "PRE_FILING_MEDIATION",
        status: "RESOLVED",
        filedAt,
        online: true,
        causeCode: "9208",
        causeListVersion: "2021",
        mediatorKind: "INVITED_MEDIATOR",
        mediatorBody: "桐庐县人民法院",
        mediatorName: "何建华",
        preFilingSuccess: "AGREEMENT",
        concludedAt: new Date("2026-03-10T08:00:00Z"),
        agreementId: "5f58ac07-be90-4cbf-84f0-dbf065ed4dbe",
        agreementEffectiveAt: new Date("2026-03-10T08:00:00Z"),
        performance: "PENDING",
        createdBy: "clerk-1",
      },
    });
    const confirmation = await store.courtCase.create({
      data: {
        disputeCode: codes[0]!,
        caseNumber: "(2026)浙0122民特1号",
        courtCode: "浙0122",
        bodyId: TONGLU.id,
        procedure: "JUDICIAL_CONFIRMATION",
        status: "FILED",
        version: 3,
        filedAt,
        trialProcedure: "SIMPLIFIED",
        fastTrack: true,
        enforcementOutcome: "SETTLED",
        outcomeReason: "双方自愿和解",
        acceptedAt: new Date("2026-03-11T01:00:00Z"),
        originCaseId: preFiling.id,
      },
    });
    const other = await store.courtCase.create({
      data: {
        disputeCode: codes[1]!,
        caseNumber: "(2026)浙0122民初1号",
        bodyId: TONGLU.id,
        procedure: "FIRST_INSTANCE",
        status: "IN_MEDIATION",
        filedAt: new Date("2026-03-01T00:00:00Z"),
      },
    });
    caseIds.push(preFiling.id, confirmation.id, other.id);
    await store.courtCaseParty.createMany({
      data: [
        {
          caseId: preFiling.id,
          position: 1,
          role: "RESPONDENT",
          kind: "ORGANISATION",
          name: "桐庐某物业服务有限公司",
          idNumber: "91330122MA2XXXXX0X",
          partyId: "p-org",
        },
        {
          caseId: preFiling.id,
          position: 0,
          role: "APPLICANT",
          name: "周秀英",
          idNumber: "33012219750505002X",
          partyId: "p-1",
        },
        { caseId: confirmation.id, position: 0, role: "APPLICANT", name: "周秀英" },
        { caseId: other.id, position: 0, role: "PLAINTIFF", name: "蒋晓燕", idNumber: null },
        { caseId: other.id, position: 1, role: "DEFENDANT", name: "方志强" },
      ],
    });
  }, 120_000);

  afterAll(() => close());

  it("reads the cases of disputes, first filed first, as findMany does", async () => {
    const asked = [...codes, "330122209900000X"];
    const cases = await casesOfDisputes(store, asked);
    expect(cases).toHaveLength(3);
    expect(cases).toStrictEqual(
      await store.courtCase.findMany({
        where: { disputeCode: { in: asked } },
        orderBy: [{ filedAt: "asc" }, { id: "asc" }],
      }),
    );
    expect(await casesOfDisputes(store, [])).toEqual([]);
  });

  it("reads the cases' parties by position as findMany does", async () => {
    const asked = [...caseIds, NOBODY];
    const parties = await partiesOfCases(store, asked);
    expect(parties).toHaveLength(5);
    expect(parties.map((p) => p.position)).toEqual([0, 0, 0, 1, 1]);
    expect(byCase(parties)).toStrictEqual(
      byCase(await store.courtCaseParty.findMany({ where: { caseId: { in: asked } }, orderBy: { position: "asc" } })),
    );
  });

  it("batches a request's lookups into one statement each, seen by the statement counter", async () => {
    const loaders = createLoaders(store);
    const { result, sql } = await statementsDuring(counter, () =>
      Promise.all(
        codes.map(async (code) => {
          const cases = await loaders.casesByDispute.load(code);
          return Promise.all(cases.map(async (row) => (await loaders.partiesByCase.load(row.id)).map((p) => p.name)));
        }),
      ),
    );
    expect(result).toEqual([
      expect.arrayContaining([["周秀英", "桐庐某物业服务有限公司"], ["周秀英"]]),
      [["蒋晓燕", "方志强"]],
      [],
    ]);
    expect(sql.map((statement) => /FROM "(\w+)"/.exec(statement)?.[1])).toEqual(["CourtCase", "CourtCaseParty"]);
  });
});
