import { describe, expect, it } from "vitest";
import { checkProvider, pickProvider, type ProviderCandidate } from "./assignment.js";
import { LegalAidMatter, LegalSpecialty } from "../generated/prisma/enums.js";

const TONGLU = "330122";
const provider = (over: Partial<ProviderCandidate>): ProviderCandidate => ({
  id: over.name ?? "p",
  name: "p",
  regionCode: "330122",
  status: "ACTIVE",
  specialties: [LegalSpecialty.LABOUR],
  maxOpenCases: 5,
  openCases: 0,
  ...over,
});

describe("assigning a lawyer or legal aid worker", () => {
  it("picks the least-loaded provider with the matter's specialty", () => {
    const candidates = [
      provider({ name: "王律师", openCases: 3 }),
      provider({ name: "李律师", openCases: 1 }),
      provider({ name: "赵律师", openCases: 0, specialties: [LegalSpecialty.MARRIAGE_FAMILY] }),
    ];
    expect(
      pickProvider(candidates, { matter: LegalAidMatter.CLAIM_LABOUR_REMUNERATION, regionCode: TONGLU })?.name,
    ).toBe("李律师");
    expect(pickProvider(candidates, { matter: LegalAidMatter.SUPPORT_PAYMENT, regionCode: TONGLU })?.name).toBe(
      "赵律师",
    );
  });

  it("keeps to the county's roster", () => {
    const candidates = [provider({ name: "胡律师", regionCode: "330903" }), provider({ name: "章律师", openCases: 4 })];
    expect(
      pickProvider(candidates, { matter: LegalAidMatter.CLAIM_LABOUR_REMUNERATION, regionCode: "330122" })?.name,
    ).toBe("章律师");
    expect(
      checkProvider(candidates[0]!, { matter: LegalAidMatter.CLAIM_LABOUR_REMUNERATION, regionCode: "330122001" }).ok,
    ).toBe(false);
  });

  it("refuses a suspended or retired provider, who keeps their cases but takes no new one", () => {
    const target = { matter: LegalAidMatter.CLAIM_LABOUR_REMUNERATION, regionCode: TONGLU };
    expect(checkProvider(provider({ name: "柳青", status: "SUSPENDED" }), target)).toEqual({
      ok: false,
      reason: "DIRECTORY_ENTRY_SUSPENDED",
      messageEn: "柳青 is suspended and takes no new matters",
      messageZh: "承办人员柳青已暂停，不能承接新的事项",
    });
    expect(checkProvider(provider({ name: "柳青", status: "RETIRED" }), target)).toMatchObject({
      ok: false,
      reason: "DIRECTORY_ENTRY_RETIRED",
      messageZh: "承办人员柳青已退出名录，不能承接新的事项",
    });
    expect(checkProvider(provider({ name: "柳青", openCases: 5 }), target)).toMatchObject({
      reason: "PROVIDER_UNSUITABLE",
    });
  });

  it("skips suspended, retired and full providers, and returns nothing when nobody fits", () => {
    const candidates = [
      provider({ name: "甲", status: "SUSPENDED" }),
      provider({ name: "丙", status: "RETIRED" }),
      provider({ name: "乙", openCases: 5 }),
    ];
    expect(
      pickProvider(candidates, { matter: LegalAidMatter.CLAIM_LABOUR_REMUNERATION, regionCode: TONGLU }),
    ).toBeUndefined();
  });

  it("breaks ties by relative load, then name", () => {
    const candidates = [
      provider({ name: "乙", openCases: 2, maxOpenCases: 4 }),
      provider({ name: "甲", openCases: 2, maxOpenCases: 8 }),
    ];
    expect(pickProvider(candidates, { matter: LegalAidMatter.WORK_INJURY_DAMAGES, regionCode: TONGLU })?.name).toBe(
      "甲",
    );
  });

  it("validates a chosen provider with a reason in Chinese", () => {
    expect(
      checkProvider(provider({}), { matter: LegalAidMatter.CLAIM_LABOUR_REMUNERATION, regionCode: TONGLU }),
    ).toEqual({ ok: true });
    expect(
      checkProvider(provider({ name: "钱律师", openCases: 5 }), {
        matter: LegalAidMatter.CLAIM_LABOUR_REMUNERATION,
        regionCode: TONGLU,
      }),
    ).toMatchObject({
      ok: false,
      messageZh: "钱律师在办案件已达5件（上限5件）",
    });
    expect(
      checkProvider(provider({ name: "孙律师" }), { matter: LegalAidMatter.ENVIRONMENTAL_DAMAGES, regionCode: TONGLU })
        .ok,
    ).toBe(false);
    expect(
      checkProvider(provider({ name: "周律师", status: "SUSPENDED" }), {
        matter: LegalAidMatter.CLAIM_LABOUR_REMUNERATION,
        regionCode: TONGLU,
      }).ok,
    ).toBe(false);
  });
});
