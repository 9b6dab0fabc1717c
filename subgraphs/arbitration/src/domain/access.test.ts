import { describe, expect, it } from "vitest";
import type { Identity } from "@onedoor/shared/auth/identity";
import { visibilityOf } from "@onedoor/shared/auth/policy";
import { onlineFilingRefusal, scopeOf } from "./access.js";

const who = (identity: Partial<Identity>): Identity => ({ roles: [], ...identity });
const worker = who({ roles: ["resident"], partyId: "p-worker" });

describe("arbitration case scope", () => {
  const record = { respondentPartyId: "p-employer", applicants: [{ partyId: "p-worker" }, { partyId: null }] };

  it("names the applicants and the respondent as parties, skipping rows without a party id", () => {
    expect(scopeOf(record)).toEqual({ department: "arbitration", partyIds: ["p-worker", "p-employer"] });
  });

  it("adds the dispute's parties once each when the registry passed them", () => {
    expect(scopeOf(record, ["p-agent", "p-worker"]).partyIds).toEqual(["p-agent", "p-worker", "p-employer"]);
  });

  it("shows the case in full to its worker and the arbitrator, as a summary to a mediator, and not to another resident", () => {
    const scope = scopeOf(record);
    expect(visibilityOf(worker, scope)).toBe("full");
    expect(visibilityOf(who({ roles: ["arbitrator"], department: "arbitration" }), scope)).toBe("full");
    expect(visibilityOf(who({ roles: ["mediator"], department: "mediation" }), scope)).toBe("summary");
    expect(visibilityOf(who({ roles: ["resident"], partyId: "p-stranger" }), scope)).toBe("none");
  });
});

describe("online application by a worker (网上仲裁申请)", () => {
  it("accepts the worker's own application", () => {
    expect(onlineFilingRefusal("p-worker", [{ partyId: "p-worker", representative: false }])).toBeNull();
  });

  it("refuses an application in which the caller is not an applicant", () => {
    expect(onlineFilingRefusal("p-worker", [{ partyId: "p-other", representative: false }])?.messageZh).toBe(
      "网上仲裁申请须由申请人本人提交",
    );
    expect(onlineFilingRefusal(undefined, [{ partyId: "p-worker", representative: false }])).not.toBeNull();
  });

  it("lets only an elected representative file a collective application", () => {
    const applicants = [
      { partyId: "p-rep", representative: true },
      { partyId: "p-worker", representative: false },
    ];
    expect(onlineFilingRefusal("p-worker", applicants)?.messageZh).toBe("集体劳动争议须由推举的代表提交申请");
    expect(onlineFilingRefusal("p-rep", applicants)).toBeNull();
  });
});
