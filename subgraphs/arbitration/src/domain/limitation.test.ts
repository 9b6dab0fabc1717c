import { describe, expect, it } from "vitest";
import { startOfLocalDay } from "@onedoor/shared/clock/index";
import { checkLimitation } from "./limitation.js";

const on = (day: string) => new Date(startOfLocalDay(day).getTime() + 10 * 3_600_000);

describe("limitation at filing (art. 27)", () => {
  it("runs one year from knowing of the infringement, warning the day after", () => {
    // Known on Monday 2025-11-24: the year ends Tuesday 2026-11-24.
    const claim = { kind: "SEVERANCE" as const, knewOfInfringementOn: "2025-11-24", employmentEndedOn: "2025-11-24" };
    expect(checkLimitation(claim, on("2026-11-24"))).toMatchObject({
      running: true,
      deadlineDate: "2026-11-24",
      expired: false,
      warningZh: null,
    });
    const late = checkLimitation(claim, on("2026-11-25"));
    expect(late).toMatchObject({ running: true, expired: true });
    expect(late.running && late.warningZh).toContain("仲裁时效");
  });

  it("ends on the next working day when the year ends on a weekend", () => {
    // Known on Saturday 2025-11-22: the year ends Sunday 2026-11-22, carried to Monday.
    const result = checkLimitation(
      { kind: "CONFIRM_LABOUR_RELATION", knewOfInfringementOn: "2025-11-22", employmentEndedOn: null },
      on("2026-11-23"),
    );
    expect(result).toMatchObject({ deadlineDate: "2026-11-23", expired: false });
  });

  it("does not run for pay owed during a continuing employment, and runs from its end afterwards", () => {
    expect(
      checkLimitation(
        { kind: "WAGE_ARREARS", knewOfInfringementOn: "2020-01-31", employmentEndedOn: null },
        on("2026-11-23"),
      ),
    ).toMatchObject({ running: false });
    const ended = checkLimitation(
      { kind: "OVERTIME_PAY", knewOfInfringementOn: "2020-01-31", employmentEndedOn: "2026-03-31" },
      on("2026-11-23"),
    );
    expect(ended).toMatchObject({ running: true, startedOn: "2026-03-31", deadlineDate: "2027-03-31", expired: false });
    const old = checkLimitation(
      { kind: "WAGE_ARREARS", knewOfInfringementOn: "2024-06-30", employmentEndedOn: "2024-08-31" },
      on("2026-11-23"),
    );
    expect(old).toMatchObject({ expired: true });
  });
});
