import { describe, expect, it } from "vitest";
import { suggestMediators, type MediatorCandidate } from "./suggest-mediators.js";

const candidate = (id: string, over: Partial<MediatorCandidate> = {}): MediatorCandidate => ({
  id,
  committeeId: "labour",
  committeeRegionCode: "330122",
  specialties: [],
  available: true,
  currentLoad: 0,
  ...over,
});

describe("mediator suggestions", () => {
  const needs = {
    committeeId: "labour",
    regionCode: "330122",
    specialties: ["劳动争议", "拖欠农民工工资"],
    excludedMediatorIds: ["on-case"],
  };

  it("puts specialty, committee and region first and lighter load before heavier", () => {
    const ranked = suggestMediators(
      needs,
      [
        candidate("generalist"),
        candidate("specialist-busy", { specialties: ["劳动争议"], currentLoad: 8 }),
        candidate("specialist", { specialties: ["劳动争议", "拖欠农民工工资"], currentLoad: 1 }),
        candidate("elsewhere", { committeeId: "putuo", committeeRegionCode: "330903", specialties: ["劳动争议"] }),
      ],
      10,
    );
    expect(ranked.map((s) => s.mediatorId)).toEqual(["specialist", "elsewhere", "generalist", "specialist-busy"]);
    expect(ranked[0]!.reasons).toContain("专长匹配：劳动争议、拖欠农民工工资");
  });

  it("leaves out unavailable mediators and those already on or recused from the case", () => {
    const ranked = suggestMediators(
      needs,
      [candidate("on-case"), candidate("away", { available: false }), candidate("free")],
      10,
    );
    expect(ranked.map((s) => s.mediatorId)).toEqual(["free"]);
  });
});

describe("mediator suggestions on equal scores", () => {
  it("prefers the lighter load", () => {
    const needs = { committeeId: "c", regionCode: "330122", specialties: [], excludedMediatorIds: [] };
    // Same score: the load penalty is offset by a matching specialty for "a".
    const ranked = suggestMediators(
      { ...needs, specialties: ["医疗"] },
      [
        candidate("a", { committeeId: "c", specialties: ["医疗"], currentLoad: 6 }),
        candidate("b", { committeeId: "c", currentLoad: 0 }),
      ],
      2,
    );
    expect(ranked.map((s) => [s.mediatorId, s.score])).toEqual([
      ["b", 3],
      ["a", 3],
    ]);
  });
});
