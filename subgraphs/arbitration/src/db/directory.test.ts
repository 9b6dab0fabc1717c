// What arbitration publishes to the registry (名录发布): every commission, whatever its status, with the number of
// its arbitrators who may sit on a new tribunal; each body as the registry accepts it.
import { beforeAll, describe, expect, it } from "vitest";
import { isPublishedBody } from "@onedoor/shared/directory/publication";
import { DEMO_COMMISSIONS } from "@onedoor/shared/demo/arbitration-directory";
import { useMigratedStore } from "@onedoor/shared/testing/migrated-store";
import { subgraph } from "../subgraph.js";
import { publishedDirectory, receivingCommission } from "./directory.js";

const [TONGLU, PUTUO] = ["330122", "330903"].map((r) => DEMO_COMMISSIONS.find((c) => c.regionCode === r)!);

describe("arbitration's published directory", () => {
  const store = useMigratedStore(subgraph);
  beforeAll(async () => {
    await store().arbitrationCommission.createMany({
      data: [TONGLU!, { ...PUTUO!, status: "SUSPENDED", statusReason: "整改", statusChangedAt: new Date(0) }],
    });
    await store().arbitrator.createMany({
      data: [
        { commissionId: TONGLU!.id, name: "方建明" },
        { commissionId: TONGLU!.id, name: "周丽华" },
        { commissionId: TONGLU!.id, name: "钟伟", status: "SUSPENDED" },
        { commissionId: TONGLU!.id, name: "叶国庆", status: "RETIRED" },
      ],
    });
  });

  it("publishes every commission with its active arbitrators as its staff", async () => {
    const published = await publishedDirectory(store());
    expect(published).toEqual([
      {
        id: TONGLU!.id,
        name: "桐庐县劳动人事争议仲裁委员会",
        kind: "LABOUR_PERSONNEL",
        regionCode: "330122",
        categories: ["劳动争议", "拖欠农民工工资"],
        coversAllCategories: false,
        status: "ACTIVE",
        staffed: 2,
      },
      {
        id: PUTUO!.id,
        name: "舟山市普陀区劳动人事争议仲裁委员会",
        kind: "LABOUR_PERSONNEL",
        regionCode: "330903",
        categories: ["劳动争议", "拖欠农民工工资"],
        coversAllCategories: false,
        status: "SUSPENDED",
        staffed: 0,
      },
    ]);
    expect(published.every(isPublishedBody)).toBe(true);
  });

  it("receives an application in the commission named, else in the county's commission taking new matters", async () => {
    expect((await receivingCommission(store(), PUTUO!.id, "330122"))?.id).toBe(PUTUO!.id);
    expect((await receivingCommission(store(), null, "330122"))?.id).toBe(TONGLU!.id);
    // The county's only commission is suspended: it is the one, and its status refuses the application.
    expect((await receivingCommission(store(), null, "330903"))?.status).toBe("SUSPENDED");
    expect(await receivingCommission(store(), null, "330127")).toBeNull();
  });
});
