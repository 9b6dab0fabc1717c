// The loaders' reads through the driver adapter (cases by dispute, committees, mediators, assignments, clock
// pauses) give the very rows Prisma's findMany gives, and so do this schema's other column types (decimals, JSON,
// int8) read the same way. On PGlite, and on PostgreSQL when TEST_DATABASE_URL is set (the two drivers give some
// types differently).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@onedoor/shared/db/database";
import { selectList } from "@onedoor/shared/db/adapter-reads";
import { applyMigrations, prismaProject } from "@onedoor/shared/db/schema-engine";
import { openTestDatabase, testDatabaseKinds } from "@onedoor/shared/testing/test-databases";
import { Prisma, type AgreementObligation, type OutboxEvent } from "../generated/prisma/client.js";
import { subgraph } from "../subgraph.js";
import type { MediationStore } from "./store.js";
import { assignmentsOfCases, casesOfDisputes, committeesByIds, mediatorsByIds, pausesOfCases } from "./case-queries.js";

describe.each(testDatabaseKinds())("mediation reads through the driver adapter (%s)", (kind) => {
  let database: Database;
  let store: MediationStore;
  const codes = ["330122202600001A", "330122202600002B", "330122202600003C"];
  const committeeIds: string[] = [];
  const mediatorIds: string[] = [];
  const caseIds: string[] = [];
  const NOBODY = "00000000-0000-0000-0000-000000000000";
  const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    await applyMigrations(prismaProject(subgraph.prismaDir), database);
    store = subgraph.openStore(database.adapterFactory);
    const committee = await store.committee.create({
      data: {
        name: "桐庐县联合人民调解委员会",
        type: "JOINT",
        level: "COUNTY",
        regionCode: "330122",
        specialties: ["劳动争议", "邻里纠纷"],
      },
    });
    // Two cases of one dispute (a failed one, then a second attempt), one bare case of another.
    committeeIds.push(committee.id);
    const first = await store.mediationCase.create({
      data: {
        disputeCode: codes[0]!,
        committeeId: committee.id,
        source: "COURT_DELEGATION",
        sourceReference: "（2026）浙0122民诉前调123号",
        clockKind: "LABOUR",
        status: "FAILED",
        participatingDepartments: ["桐庐县人力资源和社会保障局", "城南街道"],
        acceptedAt: new Date("2026-03-02T02:00:00.123Z"),
        acceptedBy: "staff-mediation",
        failureReason: "双方对赔偿金额分歧过大",
        suggestedNextStep: "ARBITRATION",
        closedAt: new Date("2026-03-10T09:00:00Z"),
        closedBy: "何建华",
        version: 4,
      },
    });
    const second = await store.mediationCase.create({
      data: {
        disputeCode: codes[0]!,
        committeeId: committee.id,
        source: "DISPATCH",
        clockKind: "PEOPLE",
        status: "AGREEMENT_REACHED",
        participatingDepartments: [],
        acceptedAt: new Date("2026-03-12T00:00:00Z"),
        acceptedBy: "staff-mediation",
      },
    });
    const third = await store.mediationCase.create({
      data: {
        disputeCode: codes[1]!,
        committeeId: committee.id,
        source: "DIRECT_APPLICATION",
        clockKind: "MEDICAL",
        status: "IN_MEDIATION",
        participatingDepartments: ["卫健局"],
        acceptedAt: new Date("2026-03-12T00:00:00Z"),
        acceptedBy: "staff-mediation",
        withdrawalReason: null,
      },
    });
    caseIds.push(first.id, second.id, third.id);
    // A second committee with no specialties; mediators with and without dialects; a lead recused and replaced,
    // two assignments at one instant (ordered by id); pauses open and closed, two from one instant.
    const township = await store.committee.create({
      data: { name: "城南街道人民调解委员会", type: "GENERAL", level: "TOWN", regionCode: "330122", specialties: [] },
    });
    committeeIds.push(township.id);
    const mediators = await Promise.all(
      [
        { name: "何建华", role: "CHIEF" as const, specialties: ["劳动争议"], dialects: ["桐庐话"] },
        { name: "钱卫东", role: "FULL_TIME" as const, specialties: [], dialects: [] },
        {
          name: "蒋晓燕",
          role: "PART_TIME" as const,
          specialties: ["邻里纠纷", "婚姻家庭"],
          dialects: [],
          available: false,
        },
      ].map((data) => store.mediator.create({ data: { ...data, committeeId: committee.id } })),
    );
    mediatorIds.push(...mediators.map((m) => m.id));
    const at = new Date("2026-03-12T01:00:00Z");
    await store.caseMediator.createMany({
      data: [
        { caseId: second.id, mediatorId: mediators[0]!.id, lead: true, assignedAt: at, assignedBy: "staff-1" },
        { caseId: second.id, mediatorId: mediators[1]!.id, lead: false, assignedAt: at, assignedBy: "staff-1" },
        {
          caseId: first.id,
          mediatorId: mediators[2]!.id,
          lead: true,
          assignedAt: new Date("2026-03-02T03:00:00.5Z"),
          assignedBy: "staff-1",
          recusedAt: new Date("2026-03-03T00:00:00Z"),
          recusalReason: "与当事人有亲属关系",
          recusalRequestedBy: "周秀英",
          recordedBy: "staff-2",
        },
        {
          caseId: first.id,
          mediatorId: mediators[0]!.id,
          lead: true,
          assignedAt: new Date("2026-03-03T01:00:00Z"),
          assignedBy: "staff-1",
        },
      ],
    });
    await store.mediationClockPause.createMany({
      data: [
        {
          caseId: first.id,
          from: new Date("2026-03-05T00:00:00Z"),
          to: new Date("2026-03-07T00:00:00Z"),
          reason: "鉴定",
        },
        { caseId: first.id, from: new Date("2026-03-04T00:00:00Z"), to: null, reason: "当事人住院" },
        { caseId: third.id, from: new Date("2026-03-13T00:00:00Z"), to: null, reason: "等待工伤认定" },
        {
          caseId: third.id,
          from: new Date("2026-03-13T00:00:00Z"),
          to: new Date("2026-03-14T00:00:00.001Z"),
          reason: "补充材料",
        },
      ],
    });
    await store.mediationAgreement.create({
      data: {
        caseId: second.id,
        terms: "被申请人于 2026 年 4 月 30 日前支付拖欠工资。",
        performanceDeadline: new Date("2026-04-30T15:59:59.999Z"),
        signedAt: new Date("2026-03-15T06:00:00Z"),
        signatories: ["周秀英", "桐庐某建筑劳务有限公司"],
        recordedBy: "何建华",
        obligations: {
          create: [
            {
              position: 0,
              payer: "桐庐某建筑劳务有限公司",
              payee: "周秀英",
              amount: new Prisma.Decimal("42000.05"),
              description: "工资",
            },
            {
              position: 1,
              payer: "桐庐某建筑劳务有限公司",
              payee: "周秀英",
              amount: new Prisma.Decimal("0.5"),
              description: "利息",
            },
          ],
        },
      },
    });
    await store.outboxEvent.createMany({
      data: [
        {
          disputeCode: codes[0]!,
          type: "CASE_ACCEPTED",
          occurredAt: new Date("2026-03-02T02:00:00Z"),
          summary: "调解受理",
          data: { 委员会: "桐庐县联合人民调解委员会", 人数: 3, 列表: [1, "二", null], 真: true },
        },
        {
          disputeCode: codes[0]!,
          type: "CASE_FAILED",
          occurredAt: new Date("2026-03-10T09:00:00Z"),
          summary: "调解不成",
          recordId: "r-1",
          data: Prisma.DbNull,
          attempts: 2,
          lastError: "连接超时",
        },
      ],
    });
  }, 120_000);

  afterAll(async () => {
    await store?.$disconnect();
    await database?.close();
  });

  it("reads the cases of disputes, first accepted first, as findMany does", async () => {
    const asked = [...codes, "330122209900000X"];
    const raw = await casesOfDisputes({ store }, asked);
    const prisma = await store.mediationCase.findMany({
      where: { disputeCode: { in: asked } },
      orderBy: [{ acceptedAt: "asc" }, { createdAt: "asc" }],
    });
    expect(raw).toHaveLength(3);
    expect(raw).toStrictEqual(prisma);
    expect(await casesOfDisputes({ store }, [])).toEqual([]);
  });

  it("reads committees and mediators by id as findMany does", async () => {
    const committees = await committeesByIds({ store }, [...committeeIds, NOBODY]);
    expect(committees).toHaveLength(2);
    expect(byId(committees)).toStrictEqual(
      byId(await store.committee.findMany({ where: { id: { in: [...committeeIds, NOBODY] } } })),
    );
    const mediators = await mediatorsByIds({ store }, [...mediatorIds, NOBODY]);
    expect(mediators).toHaveLength(3);
    expect(byId(mediators)).toStrictEqual(
      byId(await store.mediator.findMany({ where: { id: { in: [...mediatorIds, NOBODY] } } })),
    );
  });

  it("reads cases' assignments and clock pauses, in their order, as findMany does", async () => {
    const asked = [...caseIds, NOBODY];
    const assignments = await assignmentsOfCases({ store }, asked);
    expect(assignments).toHaveLength(4);
    expect(assignments).toStrictEqual(
      await store.caseMediator.findMany({
        where: { caseId: { in: asked } },
        orderBy: [{ assignedAt: "asc" }, { id: "asc" }],
      }),
    );
    const pauses = await pausesOfCases({ store }, asked);
    expect(pauses).toHaveLength(4);
    expect(pauses).toStrictEqual(
      await store.mediationClockPause.findMany({
        where: { caseId: { in: asked } },
        orderBy: [{ from: "asc" }, { id: "asc" }],
      }),
    );
    expect(await pausesOfCases({ store }, [])).toEqual([]);
  });

  it("reads decimals, JSON (null included) and int8 as findMany does", async () => {
    const obligations = await store.rawQuery<AgreementObligation>(
      `SELECT ${selectList(Prisma.AgreementObligationScalarFieldEnum)} FROM "AgreementObligation" ORDER BY "position"`,
      [],
    );
    expect(obligations).toStrictEqual(await store.agreementObligation.findMany({ orderBy: { position: "asc" } }));
    const events = await store.rawQuery<OutboxEvent>(
      `SELECT ${selectList(Prisma.OutboxEventScalarFieldEnum)} FROM "OutboxEvent" WHERE "disputeCode" = $1 ORDER BY "sequence"`,
      [codes[0]!],
    );
    expect(events.map((event) => typeof event.sequence)).toEqual(["bigint", "bigint"]);
    expect(events).toStrictEqual(
      await store.outboxEvent.findMany({ where: { disputeCode: codes[0]! }, orderBy: { sequence: "asc" } }),
    );
  });
});
