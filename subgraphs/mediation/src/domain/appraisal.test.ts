import { describe, expect, it } from "vitest";
import {
  appraisalPauseReason,
  checkAppraisalRequest,
  checkAppraisalResult,
  checkManualResume,
  isLiabilityShare,
} from "./appraisal.js";
import { appraisalReceivedEvent, appraisalRequestedEvent } from "./case-events.js";
import type { CaseFacts } from "./case-state.js";

const medical: CaseFacts = {
  status: "IN_MEDIATION",
  activeMediators: 1,
  sessionsHeld: 1,
  clockPausable: true,
  clockPaused: false,
  deemedFailed: false,
};
const requestedAt = new Date("2026-10-12T02:00:00.000Z");
const awaited = { requestedAt, receivedAt: null };

describe("appraisal (鉴定) rules", () => {
  it("lets an open medical case with a running clock commission an appraisal, keeping its status", () => {
    expect(checkAppraisalRequest(medical, false)).toEqual({ ok: true, status: "IN_MEDIATION" });
    expect(checkAppraisalRequest({ ...medical, status: "ACCEPTED" }, false)).toEqual({ ok: true, status: "ACCEPTED" });
  });

  it("refuses a non-medical case, a second open appraisal, a clock paused by hand and a closed case", () => {
    expect(checkAppraisalRequest({ ...medical, clockPausable: false }, false)).toMatchObject({
      ok: false,
      reason: "NOT_MEDICAL",
      messageZh: "仅医疗纠纷调解可委托鉴定",
    });
    expect(checkAppraisalRequest({ ...medical, clockPaused: true }, true)).toMatchObject({
      ok: false,
      reason: "APPRAISAL_OPEN",
    });
    expect(checkAppraisalRequest({ ...medical, clockPaused: true }, false)).toMatchObject({
      ok: false,
      reason: "ALREADY_PAUSED",
    });
    expect(checkAppraisalRequest({ ...medical, status: "FAILED" }, false)).toMatchObject({
      ok: false,
      reason: "CASE_CLOSED",
    });
  });

  it("records an opinion once, not before the request, and resumes the paused clock", () => {
    const paused = { ...medical, clockPaused: true };
    expect(checkAppraisalResult(paused, awaited, new Date("2026-11-20T02:00:00.000Z"))).toEqual({
      ok: true,
      status: "IN_MEDIATION",
    });
    // Received the same moment it was commissioned: allowed (the pause is empty).
    expect(checkAppraisalResult(paused, awaited, requestedAt)).toMatchObject({ ok: true });
    expect(checkAppraisalResult(paused, awaited, new Date("2026-10-11T02:00:00.000Z"))).toMatchObject({
      ok: false,
      reason: "BEFORE_REQUEST",
      messageZh: "收到鉴定意见时间不能早于委托鉴定时间",
    });
    expect(
      checkAppraisalResult(medical, { requestedAt, receivedAt: new Date("2026-11-20T02:00:00.000Z") }, new Date()),
    ).toMatchObject({ ok: false, reason: "ALREADY_RECEIVED" });
    expect(checkAppraisalResult({ ...paused, status: "WITHDRAWN" }, awaited, new Date())).toMatchObject({
      ok: false,
      reason: "CASE_CLOSED",
    });
  });

  it("keeps a bare resume off a pause an appraisal opened", () => {
    expect(checkManualResume(true)).toMatchObject({ ok: false, reason: "APPRAISAL_PAUSE" });
    expect(checkManualResume(false)).toBeNull();
  });

  it("takes a liability share as a whole percentage from 0 to 100", () => {
    for (const ok of [0, 30, 100]) expect(isLiabilityShare(ok)).toBe(true);
    for (const bad of [-1, 101, 30.5, Number.NaN]) expect(isLiabilityShare(bad)).toBe(false);
  });

  it("names the institution and the kind, never a person, on the timeline and the pause", () => {
    expect(appraisalPauseReason("MEDICAL_MALPRACTICE", "杭州市医学会")).toBe("医疗损害鉴定（杭州市医学会）");
    expect(appraisalRequestedEvent("杭州市医学会", "MEDICAL_MALPRACTICE", requestedAt)).toEqual({
      type: "MEDIATION_CLOCK_PAUSED",
      summary: "委托杭州市医学会进行医疗损害鉴定，调解期限中止",
      occurredAt: requestedAt,
      data: { appraisalKind: "MEDICAL_MALPRACTICE" },
    });
    expect(appraisalReceivedEvent(requestedAt)).toEqual({
      type: "MEDIATION_CLOCK_RESUMED",
      summary: "收到鉴定意见，调解期限恢复计算",
      occurredAt: requestedAt,
    });
  });
});
