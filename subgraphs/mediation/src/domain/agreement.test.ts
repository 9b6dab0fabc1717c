import { describe, expect, it } from "vitest";
import {
  agreementProblems,
  canonicalAmount,
  checkFollowUp,
  eligibleForJudicialRemedy,
  parseAmount,
  performanceStatus,
  totalYuan,
} from "./agreement.js";

const signedAt = new Date("2026-03-09T06:00:00Z");

describe("mediation agreements", () => {
  it("sums canonical amounts exactly, in fen", () => {
    expect(totalYuan(["2000000.00", "1200000.00"])).toBe("3200000.00");
    expect(totalYuan(["0.10", "0.20"])).toBe("0.30");
    expect(totalYuan(["999999999999.99", "0.01"])).toBe("1000000000000.00");
    expect(totalYuan([])).toBe("0.00");
  });

  it("reads amounts in yuan to two decimals", () => {
    expect(parseAmount("21000")).toEqual({ ok: true, value: "21000.00" });
    expect(parseAmount("1,500.5")).toEqual({ ok: true, value: "1500.50" });
    expect(parseAmount("０３００")).toEqual({ ok: true, value: "300.00" });
    expect(parseAmount("0")).toMatchObject({ ok: false, messageZh: "金额必须大于零" });
    expect(parseAmount("12.345")).toMatchObject({ ok: false });
    expect(parseAmount("-5")).toMatchObject({ ok: false });
    expect(canonicalAmount("42000")).toBe("42000.00");
    expect(() => canonicalAmount("abc")).toThrow(RangeError);
  });

  it("takes performance from the latest follow-up, DUE before any", () => {
    expect(performanceStatus([])).toBe("DUE");
    expect(
      performanceStatus([
        { status: "PERFORMED", at: new Date("2026-03-20T00:00:00Z") },
        { status: "PARTLY_PERFORMED", at: new Date("2026-03-10T00:00:00Z") },
      ]),
    ).toBe("PERFORMED");
  });

  it("counts the court's record of performance as the same fact as a follow-up finding it performed", () => {
    const notPerformed = [{ status: "NOT_PERFORMED" as const, at: new Date("2026-03-10T00:00:00Z") }];
    expect(performanceStatus(notPerformed, new Date("2026-03-20T00:00:00Z"))).toBe("PERFORMED");
    expect(performanceStatus([], new Date("2026-03-20T00:00:00Z"))).toBe("PERFORMED");
    expect(performanceStatus(notPerformed)).toBe("NOT_PERFORMED");
  });

  it("closes performance once performed and refuses follow-ups before signing", () => {
    expect(checkFollowUp("PERFORMED", signedAt, new Date())).toMatchObject({
      ok: false,
      reason: "ALREADY_PERFORMED",
      messageZh: "调解协议已履行完毕，不能再记录回访结果",
    });
    expect(checkFollowUp("DUE", signedAt, new Date("2026-03-01T00:00:00Z"))).toMatchObject({
      ok: false,
      reason: "BEFORE_SIGNING",
    });
    expect(checkFollowUp("PARTLY_PERFORMED", signedAt, new Date("2026-03-10T00:00:00Z"))).toEqual({ ok: true });
  });

  it("opens judicial confirmation or enforcement for an agreement not performed", () => {
    const deadline = new Date("2026-04-09T15:59:59Z");
    expect(eligibleForJudicialRemedy("NOT_PERFORMED", deadline, signedAt)).toBe(true);
    expect(eligibleForJudicialRemedy("PARTLY_PERFORMED", deadline, signedAt)).toBe(false);
    expect(eligibleForJudicialRemedy("PARTLY_PERFORMED", deadline, new Date("2026-04-10T00:00:00Z"))).toBe(true);
    expect(eligibleForJudicialRemedy("PERFORMED", deadline, new Date("2026-05-01T00:00:00Z"))).toBe(false);
    expect(eligibleForJudicialRemedy("DUE", deadline, new Date("2026-05-01T00:00:00Z"))).toBe(false);
  });

  it("needs every party's signature, a deadline after signing and distinct payer and payee", () => {
    const ok = {
      signatories: ["周秀英", "桐庐县城市管理局"],
      signedAt,
      performanceDeadline: signedAt,
      obligations: [{ payer: "桐庐县城市管理局", payee: "周秀英", amount: "3000" }],
    };
    expect(agreementProblems(ok)).toEqual([]);
    const bad = agreementProblems({
      signatories: ["周秀英"],
      signedAt,
      performanceDeadline: new Date("2026-03-01T00:00:00Z"),
      obligations: [{ payer: "周秀英", payee: "周秀英", amount: "abc" }],
    });
    expect(bad.map((p) => p.field.join("."))).toEqual([
      "signatories",
      "performanceDeadline",
      "obligations.0.payee",
      "obligations.0.amount",
    ]);
  });
});
