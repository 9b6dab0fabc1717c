// What the court publishes to the registry (名录发布): every body, whatever its status, with the number of its
// judges who may handle a case; each body as the registry accepts it.
import { beforeAll, describe, expect, it } from "vitest";
import { isPublishedBody } from "@onedoor/shared/directory/publication";
import { DEMO_COURT_BODIES } from "@onedoor/shared/demo/court-directory";
import { useMigratedStore } from "@onedoor/shared/testing/migrated-store";
import { subgraph } from "../subgraph.js";
import { bodiesOfCourt, openCasesOf, publishedDirectory } from "./directory.js";

const named = (name: string) => DEMO_COURT_BODIES.find((b) => b.name === name)!;
const CENTRE = named("桐庐县人民法院诉讼服务中心");
const FENSHUI = named("桐庐县人民法院分水人民法庭");
const DONGJI = named("普陀区人民法院东极人民法庭");

describe("the court's published directory", () => {
  const store = useMigratedStore(subgraph);
  beforeAll(async () => {
    await store().courtBody.createMany({
      data: [
        CENTRE,
        FENSHUI,
        { ...DONGJI, status: "SUSPENDED", statusReason: "台风停航", statusChangedAt: new Date(0) },
      ],
    });
    await store().courtJudge.createMany({
      data: [
        { bodyId: CENTRE.id, name: "方晓燕" },
        { bodyId: CENTRE.id, name: "何立新" },
        { bodyId: CENTRE.id, name: "潘建华", status: "SUSPENDED", statusReason: "休假", statusChangedAt: new Date(0) },
        { bodyId: FENSHUI.id, name: "李卫东", status: "RETIRED", statusReason: "调离", statusChangedAt: new Date(0) },
      ],
    });
  });

  it("publishes every body with its active judges as its staff, the service centre taking every category", async () => {
    const published = await publishedDirectory(store());
    expect(published).toEqual([
      {
        id: DONGJI.id,
        name: "普陀区人民法院东极人民法庭",
        kind: "PEOPLES_TRIBUNAL",
        regionCode: "330903",
        categories: DONGJI.categories,
        coversAllCategories: false,
        status: "SUSPENDED",
        staffed: 0,
      },
      {
        id: FENSHUI.id,
        name: "桐庐县人民法院分水人民法庭",
        kind: "PEOPLES_TRIBUNAL",
        regionCode: "330122",
        categories: FENSHUI.categories,
        coversAllCategories: false,
        status: "ACTIVE",
        staffed: 0,
      },
      {
        id: CENTRE.id,
        name: "桐庐县人民法院诉讼服务中心",
        kind: "LITIGATION_SERVICE_CENTRE",
        regionCode: "330122",
        categories: [],
        coversAllCategories: true,
        status: "ACTIVE",
        staffed: 2,
      },
    ]);
    expect(published.every(isPublishedBody)).toBe(true);
  });

  it("lists a court's bodies, service centre first, and counts a body's open cases only", async () => {
    expect((await bodiesOfCourt(store(), "浙0122")).map((b) => b.name)).toEqual([
      "桐庐县人民法院诉讼服务中心",
      "桐庐县人民法院分水人民法庭",
    ]);
    const filedAt = new Date("2026-03-02T02:00:00Z");
    await store().courtCase.createMany({
      data: [
        {
          disputeCode: "330122260000701",
          caseNumber: "(2026)浙0122民初9701号",
          courtCode: "浙0122",
          bodyId: FENSHUI.id,
          procedure: "FIRST_INSTANCE",
          status: "FILED",
          filedAt,
        },
        {
          disputeCode: "330122260000702",
          caseNumber: "(2026)浙0122民初9702号",
          courtCode: "浙0122",
          bodyId: FENSHUI.id,
          procedure: "FIRST_INSTANCE",
          status: "JUDGED",
          filedAt,
        },
        {
          disputeCode: "330122260000703",
          caseNumber: "(2026)浙0122民诉前调9703号",
          courtCode: "浙0122",
          bodyId: FENSHUI.id,
          procedure: "PRE_FILING_MEDIATION",
          status: "IN_MEDIATION",
          filedAt,
        },
      ],
    });
    expect(await openCasesOf(store(), FENSHUI.id)).toBe(2);
    expect(await openCasesOf(store(), CENTRE.id)).toBe(0);
  });
});
