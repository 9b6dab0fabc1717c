// The rest of a dispute's loaders read through the driver adapter (hand-offs, dispatches, reported clocks, the
// petition with its adjustments, visits) give the very rows Prisma's findMany gives: renamed columns and enum
// values, JSON, int8, text arrays, nulls, ties in order. On PGlite, and on PostgreSQL when TEST_DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { statementsDuring, type SqlCounter } from "@onedoor/shared/testing/sql-counter";
import { openCountingStore } from "@onedoor/shared/testing/counting-store";
import { testDatabaseKinds } from "@onedoor/shared/testing/test-databases";
import { subgraph } from "../subgraph.js";
import { createLoaders, type PetitionsStore } from "./store.js";
import { dispatchesOfDisputes } from "./disputes.js";
import { departmentClocksOf } from "./department-clocks.js";
import { handOffsOfDisputes } from "./hand-offs.js";
import { petitionsOfDisputes } from "./petitions.js";
import { visitsOfDisputes } from "./visits.js";

const NOBODY = "00000000-0000-0000-0000-000000000000";
const byDispute = <T extends { disputeId: string }>(rows: T[]) =>
  [...rows].sort((a, b) => a.disputeId.localeCompare(b.disputeId));

describe.each(testDatabaseKinds())("a dispute's records through the driver adapter (%s)", (kind) => {
  let close = async () => {};
  let store: PetitionsStore;
  let counter: SqlCounter;
  const codes = ["330122202600001A", "330122202600002B", "330122202600003C"];
  const ids: string[] = [];

  beforeAll(async () => {
    ({ store, counter, close } = await openCountingStore(subgraph, kind));
    for (const [index, code] of codes.entries()) {
      const dispute = await store.dispute.create({
        data: {
          code,
          title: ["拖欠工资", "楼上漏水", "噪音扰民"][index]!,
          description: "",
          category: "劳动争议",
          regionCode: "330122",
          channel: "WALK_IN",
          status: "DISPATCHED",
        },
      });
      ids.push(dispute.id);
    }
    const [first, second] = ids as [string, string];
    const at = new Date("2026-03-02T02:00:00.123Z");
    // Hand-offs in every status, answered and not, two requested at one instant (ordered by id).
    await store.handOff.createMany({
      data: [
        {
          disputeId: first,
          disputeCode: codes[0]!,
          fromDepartment: "MEDIATION",
          toDepartment: "ARBITRATION",
          toBody: "桐庐县劳动人事争议仲裁委员会",
          reason: "调解不成，转仲裁",
          requestedBy: "staff-mediation",
          requestedAt: at,
          respondBy: new Date("2026-03-05T09:59:59.999Z"),
          status: "ACCEPTED",
          respondedBy: "staff-arbitration",
          respondedAt: new Date("2026-03-03T01:00:00Z"),
          responseReason: "已受理",
          sourceEventId: "evt-1",
          policyVersion: "2026-01",
        },
        {
          disputeId: first,
          disputeCode: codes[0]!,
          fromDepartment: "PETITIONS",
          toDepartment: "LITIGATION",
          toBody: "桐庐县人民法院",
          reason: "当事人申请诉前调解",
          requestedBy: "staff-1",
          requestedAt: at,
          respondBy: new Date("2026-03-05T09:59:59.999Z"),
          status: "PENDING",
          policyVersion: "2026-01",
        },
        {
          disputeId: second,
          disputeCode: codes[1]!,
          fromDepartment: "PETITIONS",
          toDepartment: "MEDIATION",
          toBody: "城南街道人民调解委员会",
          reason: "属地调解",
          requestedBy: "staff-1",
          requestedAt: new Date("2026-03-01T00:00:00Z"),
          respondBy: new Date("2026-03-04T00:00:00Z"),
          status: "EXPIRED",
          policyVersion: "2026-01",
        },
      ],
    });
    await store.disputeDispatch.createMany({
      data: [
        {
          disputeId: first,
          department: "MEDIATION",
          body: "桐庐县联合人民调解委员会",
          coHandlers: ["桐庐县人力资源和社会保障局", "城南街道"],
          ruleId: "labour-small",
          rulesVersion: "2026-01",
          suggestedDepartment: "MEDIATION",
          overridden: false,
          dispatchedBy: "staff-1",
          dispatchedAt: at,
        },
        {
          disputeId: first,
          department: "ARBITRATION",
          body: "桐庐县劳动人事争议仲裁委员会",
          rulesVersion: "2026-01",
          overridden: true,
          reason: "当事人坚持仲裁",
          dispatchedBy: "commander-1",
          dispatchedAt: at,
        },
      ],
    });
    // Reported clocks of two departments (sources stored under their `@map` names), JSON and int8.
    await store.departmentClock.createMany({
      data: [
        {
          disputeCode: codes[0]!,
          source: "MEDIATION",
          recordId: "case-1",
          kind: "labourEnterpriseMediation",
          clock: { spec: { kind: "labourEnterpriseMediation", days: 15 }, startedAt: "2026-03-02", 暂停: [] },
          sequence: 9_007_199_254_740_993n,
        },
        {
          disputeCode: codes[0]!,
          source: "LEGAL_AID",
          recordId: "case-2",
          kind: "petitionHandling",
          clock: { spec: { kind: "petitionHandling" }, stoppedAt: null },
          sequence: 3n,
          reportedAt: at,
        },
      ],
    });
    // A petition with adjustments (two at one instant), one without, none for the third dispute.
    const petition = await store.petition.create({
      data: {
        disputeId: first,
        status: "REVIEW_REQUESTED",
        version: 5,
        receivedAt: at,
        decidedAt: new Date("2026-03-03T00:00:00Z"),
        routedTo: "ARBITRATION",
        repliedAt: new Date("2026-03-20T08:00:00Z"),
        reviewRequestedAt: new Date("2026-03-25T08:00:00Z"),
        agentName: "蒋晓燕",
        agentPhone: "13857123456",
        filedBy: "staff-1",
      },
    });
    await store.petition.create({
      data: { disputeId: second, status: "RECEIVED", receivedAt: at, filedBy: "staff-1" },
    });
    await store.petitionAdjustment.createMany({
      data: [
        {
          petitionId: petition.id,
          kind: "HANDLING_EXTENSION",
          at,
          days: 30,
          approvedBy: "何建华",
          reason: "情况复杂",
          recordedBy: "staff-1",
        },
        {
          petitionId: petition.id,
          kind: "REVIEW_HEARING",
          at,
          reason: "听证",
          from: new Date("2026-04-01T00:00:00Z"),
          to: new Date("2026-04-03T00:00:00Z"),
          recordedBy: "staff-1",
        },
        {
          petitionId: petition.id,
          kind: "HANDLING_EXTENSION",
          at: new Date("2026-03-01T00:00:00Z"),
          reason: "补充材料",
          recordedBy: "staff-2",
        },
      ],
    });
    await store.visit.createMany({
      data: [
        { disputeId: first, visitedAt: at, place: "县矛调中心", purpose: "反映工资拖欠", recordedBy: "staff-1" },
        { disputeId: first, visitedAt: at, place: "县矛调中心", purpose: "补交材料", recordedBy: "staff-2" },
        {
          disputeId: second,
          visitedAt: new Date("2026-03-01T00:00:00Z"),
          place: "城南街道",
          purpose: "",
          recordedBy: "staff-1",
        },
      ],
    });
  }, 120_000);

  afterAll(() => close());

  it("reads hand-offs, their status renamed, and dispatches as findMany does", async () => {
    const asked = [...ids, NOBODY];
    const handOffs = await handOffsOfDisputes(store, asked);
    expect(handOffs.map((h) => h.status).sort()).toEqual(["ACCEPTED", "EXPIRED", "PENDING"]);
    expect(handOffs).toStrictEqual(
      await store.handOff.findMany({
        where: { disputeId: { in: asked } },
        orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
      }),
    );
    const dispatches = await dispatchesOfDisputes(store, asked);
    expect(dispatches).toHaveLength(2);
    expect(dispatches).toStrictEqual(
      await store.disputeDispatch.findMany({
        where: { disputeId: { in: asked } },
        orderBy: [{ dispatchedAt: "asc" }, { id: "asc" }],
      }),
    );
  });

  it("reads reported clocks, their source renamed, as findMany does", async () => {
    const asked = [...codes, "330122209900000X"];
    const clocks = await departmentClocksOf(store, asked);
    expect(clocks.map((c) => [c.source, typeof c.sequence])).toEqual([
      ["LEGAL_AID", "bigint"],
      ["MEDIATION", "bigint"],
    ]);
    expect(clocks).toStrictEqual(
      await store.departmentClock.findMany({
        where: { disputeCode: { in: asked } },
        orderBy: [{ sequence: "asc" }, { id: "asc" }],
      }),
    );
  });

  it("reads petitions with their adjustments in order, and visits, as findMany does", async () => {
    const asked = [...ids, NOBODY];
    const petitions = await petitionsOfDisputes(store, asked);
    expect(petitions.map((p) => p.adjustments.length).sort()).toEqual([0, 3]);
    expect(byDispute(petitions)).toStrictEqual(
      byDispute(
        await store.petition.findMany({
          where: { disputeId: { in: asked } },
          include: { adjustments: { orderBy: [{ at: "asc" }, { id: "asc" }] } },
        }),
      ),
    );
    expect(await petitionsOfDisputes(store, [NOBODY])).toEqual([]);
    const visits = await visitsOfDisputes(store, asked);
    expect(visits).toHaveLength(3);
    expect(visits).toStrictEqual(
      await store.visit.findMany({
        where: { disputeId: { in: asked } },
        orderBy: [{ visitedAt: "asc" }, { id: "asc" }],
      }),
    );
  });

  it("batches a request's lookups into one statement each (the petition's adjustments one more)", async () => {
    const loaders = createLoaders(store);
    const { result, sql } = await statementsDuring(counter, () =>
      Promise.all(
        ids.map(async (id, index) => {
          const [handOffs, dispatches, clocks, petition, visits] = await Promise.all([
            loaders.handOffsByDispute.load(id),
            loaders.dispatchesByDispute.load(id),
            loaders.departmentClocksByDispute.load(codes[index]!),
            loaders.petitionByDispute.load(id),
            loaders.visitsByDispute.load(id),
          ]);
          return [
            handOffs.length,
            dispatches.length,
            clocks.length,
            petition?.adjustments.length ?? null,
            visits.length,
          ];
        }),
      ),
    );
    expect(result).toEqual([
      [2, 2, 2, 3, 2],
      [1, 0, 0, 0, 1],
      [0, 0, 0, null, 0],
    ]);
    expect(sql.map((statement) => /FROM "(\w+)"/.exec(statement)?.[1]).sort()).toEqual([
      "DepartmentClock",
      "DisputeDispatch",
      "HandOff",
      "Petition",
      "PetitionAdjustment",
      "Visit",
    ]);
  });

  it("reads the co-handling units of a page of disputes in one statement, an id of no unit as none", async () => {
    const units = await store.memberUnit.createManyAndReturn({
      data: [
        { name: "桐庐县综合行政执法局（测试）", regionCode: "330122", kind: "LAW_ENFORCEMENT" },
        { name: "桐庐县城南街道办事处（测试）", regionCode: "330122", kind: "SUBDISTRICT_OFFICE" },
      ],
    });
    const [enforcement, street] = units.map((u) => u.id) as [string, string];
    // Co-handlers as dispatches name them: units shared by disputes, a committee's id (not a unit), none at all.
    const coHandlerIds = [[street, enforcement], [enforcement, "mediation-committee-1", NOBODY], []];
    const loaders = createLoaders(store);
    const { result, sql } = await statementsDuring(counter, () =>
      Promise.all(
        coHandlerIds.map(async (ids) =>
          (await Promise.all(ids.map((id) => loaders.memberUnitById.load(id)))).map((unit) => unit?.name ?? null),
        ),
      ),
    );
    expect(result).toEqual([
      ["桐庐县城南街道办事处（测试）", "桐庐县综合行政执法局（测试）"],
      ["桐庐县综合行政执法局（测试）", null, null],
      [],
    ]);
    expect(sql).toHaveLength(1);
    expect(sql[0]).toContain('"MemberUnit"');
  });
});
