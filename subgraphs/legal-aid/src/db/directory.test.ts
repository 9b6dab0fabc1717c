// What legal aid publishes to the registry (名录发布): every centre and workstation, whatever its status, with the
// number of its providers who may be assigned a new case; each body as the registry accepts it.
import { beforeAll, describe, expect, it } from "vitest";
import { isPublishedBody } from "@onedoor/shared/directory/publication";
import { DEMO_LEGAL_AID_CENTRES } from "@onedoor/shared/demo/legal-aid-directory";
import { useMigratedStore } from "@onedoor/shared/testing/migrated-store";
import { subgraph } from "../subgraph.js";
import { openCasesOf, publishedDirectory, receivingCentre } from "./directory.js";

const named = (name: string) => DEMO_LEGAL_AID_CENTRES.find((c) => c.name === name)!;
const TONGLU = named("桐庐县法律援助中心");
const TONGLU_STATION = named("桐庐县法律援助中心驻县社会治理综合服务中心工作站");
const PUTUO = named("舟山市普陀区法律援助中心");

const provider = (centre: { id: string; regionCode: string }, name: string, status = "ACTIVE" as const) => ({
  centreId: centre.id,
  regionCode: centre.regionCode,
  name,
  kind: "LAWYER" as const,
  organisation: "浙江桐君律师事务所",
  specialties: ["LABOUR" as const],
  maxOpenCases: 5,
  status,
});

describe("legal aid's published directory", () => {
  const store = useMigratedStore(subgraph);
  beforeAll(async () => {
    await store().legalAidCentre.createMany({
      data: [
        TONGLU,
        TONGLU_STATION,
        { ...PUTUO, status: "SUSPENDED", statusReason: "办公场所搬迁", statusChangedAt: new Date(0) },
      ],
    });
    await store().legalAidProvider.createMany({
      data: [
        provider(TONGLU, "章立群"),
        provider(TONGLU, "方晓燕"),
        { ...provider(TONGLU, "钟伟"), status: "SUSPENDED" },
        { ...provider(TONGLU_STATION, "叶国庆"), status: "RETIRED" },
      ],
    });
  });

  it("publishes every centre with its active providers as its staff", async () => {
    const published = await publishedDirectory(store());
    expect(published).toEqual([
      {
        id: TONGLU.id,
        name: "桐庐县法律援助中心",
        kind: "CENTRE",
        regionCode: "330122",
        categories: [],
        coversAllCategories: true,
        status: "ACTIVE",
        staffed: 2,
      },
      {
        id: TONGLU_STATION.id,
        name: "桐庐县法律援助中心驻县社会治理综合服务中心工作站",
        kind: "WORKSTATION",
        regionCode: "330122",
        categories: [],
        coversAllCategories: true,
        status: "ACTIVE",
        staffed: 0,
      },
      {
        id: PUTUO.id,
        name: "舟山市普陀区法律援助中心",
        kind: "CENTRE",
        regionCode: "330903",
        categories: [],
        coversAllCategories: true,
        status: "SUSPENDED",
        staffed: 0,
      },
    ]);
    expect(published.every(isPublishedBody)).toBe(true);
  });

  it("receives an application at the centre named, else at the county's centre itself taking new matters", async () => {
    expect((await receivingCentre(store(), TONGLU_STATION.id, "330122"))?.id).toBe(TONGLU_STATION.id);
    // A workstation is not the county's default, even where its name sorts first.
    expect((await receivingCentre(store(), null, "330122003"))?.id).toBe(TONGLU.id);
    // The county's only centre is suspended: it is the one, and its status refuses the application.
    expect((await receivingCentre(store(), null, "330903"))?.status).toBe("SUSPENDED");
    expect(await receivingCentre(store(), null, "330127")).toBeNull();
  });

  it("counts a centre's cases in hand, not those decided against or closed", async () => {
    const base = {
      matter: "CLAIM_LABOUR_REMUNERATION" as const,
      applicantName: "汪建新",
      regionCode: "330122",
      appliedAt: new Date("2026-03-02T02:00:00Z"),
      receivedBy: "ye-zhigang",
    };
    await store().legalAidCase.createMany({
      data: (["SUBMITTED", "GRANTED", "REFUSED", "CLOSED", "VOIDED"] as const).map((status) => ({
        ...base,
        status,
        centreId: TONGLU_STATION.id,
      })),
    });
    expect(await openCasesOf(store(), TONGLU_STATION.id)).toBe(2);
    expect(await openCasesOf(store(), PUTUO.id)).toBe(0);
  });
});
