// The loaders' reads through the driver adapter give the very rows Prisma's findMany gives: every column, nulls,
// decimals, enum and text arrays, timestamps, Chinese text. On PGlite, and on PostgreSQL when TEST_DATABASE_URL
// is set (the two drivers give some types differently).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { statementsDuring, type SqlCounter } from "@onedoor/shared/testing/sql-counter";
import { openCountingStore } from "@onedoor/shared/testing/counting-store";
import { testDatabaseKinds } from "@onedoor/shared/testing/test-databases";
import { Prisma } from "../generated/prisma/client.js";
import { subgraph } from "../subgraph.js";
import { createLoaders, type PetitionsStore } from "./store.js";
import { disputesByCodes, partiesOfDisputes } from "./disputes.js";

const byCode = <T extends { code: string }>(rows: T[]) => [...rows].sort((a, b) => a.code.localeCompare(b.code));

describe.each(testDatabaseKinds())("dispute loaders through the driver adapter (%s)", (kind) => {
  let close = async () => {};
  let store: PetitionsStore;
  let counter: SqlCounter;
  const codes = ["330122202600001A", "330122202600002B", "330122202600003C"];
  const ids: string[] = [];

  beforeAll(async () => {
    ({ store, counter, close } = await openCountingStore(subgraph, kind));
    // A full dispute (every optional column set), a bare one (defaults and nulls) and a closed hotline one.
    const full = await store.dispute.create({
      data: {
        code: codes[0]!,
        title: "楼上漏水致天花板受损",
        description: "楼上住户卫生间漏水，楼下天花板和墙面受损，双方就维修和赔偿协商不成。",
        category: "损害赔偿",
        categoryListVersion: "2026-01",
        regionCode: "330122",
        localityCode: "330122101",
        channel: "WALK_IN",
        status: "DISPATCHED",
        version: 3,
        amountInvolved: new Prisma.Decimal("128500.50"),
        peopleInvolved: 12,
        major: true,
        majorRulesVersion: "2025-浙",
        serviceTier: "COMPLEX",
        flags: ["MEDIATION_DECLINED", "OWNER_UNCLEAR"],
        idempotencyKey: "登记-0001",
        inputHash: "9f2c",
        registeredAt: new Date("2026-03-02T02:00:00.123Z"),
        registeredBy: "intake-clerk-1",
        leadDepartment: "MEDIATION",
        handlingBody: "桐庐县联合人民调解委员会",
        coHandlerIds: ["7d0c2f4e-3b1a-4c5d-8e9f-0a1b2c3d4e5f", "mediation-committee-1"],
        dispatchedAt: new Date("2026-03-02T03:30:00Z"),
        parties: {
          create: [
            {
              role: "RESPONDENT",
              kind: "ORGANISATION",
              position: 0,
              name: "桐庐某物业服务有限公司",
              creditCode: "91330122MA2XXXXX0X",
              legalRepresentative: "钱卫东",
              partyId: "p-org",
            },
            {
              role: "APPLICANT",
              kind: "PERSON",
              position: 1,
              name: "何建华",
              residentId: "330122198001011234",
              phone: "13857123456",
              partyId: "p-2",
            },
            {
              role: "APPLICANT",
              kind: "PERSON",
              position: 0,
              name: "周秀英",
              residentId: "33012219750505002X",
              phone: null,
              partyId: "p-1",
            },
          ],
        },
      },
    });
    const bare = await store.dispute.create({
      data: {
        code: codes[1]!,
        title: "噪音扰民",
        description: "",
        category: "邻里纠纷",
        regionCode: "330122",
        channel: "ONLINE",
        status: "REGISTERED",
        parties: { create: [{ role: "APPLICANT", kind: "PERSON", position: 0, name: "蒋晓燕" }] },
      },
    });
    const closed = await store.dispute.create({
      data: {
        code: codes[2]!,
        title: "工资拖欠",
        description: "三名工人被拖欠工资共计 4.2 万元。",
        category: "劳动争议",
        regionCode: "330122",
        channel: "HOTLINE_12345",
        status: "CLOSED",
        amountInvolved: new Prisma.Decimal("42000"),
        flags: ["PETITION_MATTER"],
        closedAt: new Date("2026-03-20T08:00:00Z"),
        closureResult: "已调解结案",
        outcome: "RESOLVED_BY_AGREEMENT",
        closedOnTheSpot: true,
        closedBy: "staff-1",
        satisfaction: "BASICALLY_SATISFIED",
        satisfactionComment: "处理及时",
        evaluatedAt: new Date("2026-03-21T01:02:03.004Z"),
        hotlineOrderNumber: "12345-2026-000123",
        hotlineCalledAt: new Date("2026-03-01T23:59:59.999Z"),
        hotlineRequestType: "HELP",
        urgent: true,
        firstContactAt: new Date("2026-03-02T00:10:00Z"),
      },
    });
    ids.push(full.id, bare.id, closed.id);
  }, 120_000);

  afterAll(() => close());

  it("reads disputes by code as findMany does", async () => {
    const asked = [...codes, "330122209900000X"];
    const raw = await disputesByCodes(store, asked);
    const prisma = await store.dispute.findMany({ where: { code: { in: asked } } });
    expect(raw).toHaveLength(3);
    expect(byCode(raw)).toStrictEqual(byCode(prisma));
  });

  it("reads parties by role and position as findMany does", async () => {
    const asked = [...ids, "00000000-0000-0000-0000-000000000000"];
    const raw = await partiesOfDisputes(store, asked);
    const prisma = await store.disputeParty.findMany({
      where: { disputeId: { in: asked } },
      orderBy: [{ role: "asc" }, { position: "asc" }],
    });
    expect(raw).toHaveLength(4);
    expect(raw).toStrictEqual(prisma);
  });

  it("batches a request's lookups into one statement each, seen by the statement counter", async () => {
    const loaders = createLoaders(store);
    const { result, sql } = await statementsDuring(counter, async () => {
      const disputes = await Promise.all(codes.map((code) => loaders.disputeByCode.load(code)));
      return Promise.all(disputes.map((dispute) => loaders.partiesByDispute.load(dispute!.id)));
    });
    expect(result.map((parties) => parties.length)).toEqual([3, 1, 0]);
    expect(sql).toEqual([expect.stringMatching(/FROM "Dispute" WHERE/), expect.stringMatching(/FROM "DisputeParty"/)]);
  });
});
