import { describe, expect, it } from "vitest";
import { CN_HOLIDAY_CALENDAR } from "@onedoor/shared/clock/index";
import { applyPetitionEvent, receivePetition } from "../domain/petition.js";
import { recordColumns, toRecord, type PetitionRow } from "./petitions.js";

describe("stored petition ↔ domain record", () => {
  it("round-trips states, extensions and hearings", () => {
    const at = (iso: string) => new Date(`${iso}T10:00:00+08:00`);
    let record = receivePetition(at("2026-03-02"));
    record = applyPetitionEvent(record, { type: "ACCEPT", at: at("2026-03-06") }, CN_HOLIDAY_CALENDAR);
    record = applyPetitionEvent(
      record,
      { type: "EXTEND_HANDLING", at: at("2026-04-20"), days: 10, approvedBy: "王立新", reason: "联合调查" },
      CN_HOLIDAY_CALENDAR,
    );
    const row: PetitionRow = {
      id: "p1",
      disputeId: "d1",
      receivedAt: record.receivedAt,
      agentName: null,
      agentPhone: null,
      filedBy: "clerk",
      updatedAt: new Date(),
      status: record.state,
      version: 1,
      ...recordColumns(record),
      adjustments: [
        {
          id: "a1",
          petitionId: "p1",
          kind: "HANDLING_EXTENSION",
          at: at("2026-04-20"),
          days: 10,
          approvedBy: "王立新",
          reason: "联合调查",
          from: null,
          to: null,
          recordedBy: "clerk",
        },
        {
          id: "a2",
          petitionId: "p1",
          kind: "REVIEW_HEARING",
          at: at("2026-05-12"),
          days: null,
          approvedBy: null,
          reason: "听证",
          from: at("2026-05-12"),
          to: at("2026-05-15"),
          recordedBy: "clerk",
        },
      ],
    };
    expect(toRecord(row)).toEqual({
      ...record,
      reviewHearings: [{ from: at("2026-05-12"), to: at("2026-05-15"), reason: "听证" }],
    });
  });
});
