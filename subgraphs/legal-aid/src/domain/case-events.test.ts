import { describe, expect, it } from "vitest";
import { consultationEvent } from "./case-events.js";
import { ConsultationChannel } from "../generated/prisma/enums.js";

describe("legal aid events for the registry's timeline", () => {
  const at = new Date("2026-10-12T01:10:00.000Z");

  it("reports a consultation at the window as the enquirer's attendance at the county's legal aid center", () => {
    expect(consultationEvent({ channel: ConsultationChannel.WINDOW, at, disputeCode: "330122260000027" })).toEqual({
      type: "LEGAL_CONSULTATION_RECORDED",
      summary: "法律援助窗口提供法律咨询",
      occurredAt: at,
      data: {
        channel: "WINDOW",
        attendance: { at: at.toISOString(), place: "桐庐县法律援助中心窗口", inPerson: true },
      },
    });
  });

  it("reports no attendance for a consultation by phone: nobody travelled", () => {
    const phone = consultationEvent({ channel: ConsultationChannel.PHONE, at, disputeCode: "330122260000016" });
    expect(phone.summary).toBe("12348法律服务热线提供法律咨询");
    expect(phone.data).toEqual({ channel: "PHONE" });
  });
});
