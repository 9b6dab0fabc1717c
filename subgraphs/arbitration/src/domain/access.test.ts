import { describe, expect, it } from "vitest";
import type { Identity } from "@onedoor/shared/auth/identity";
import { visibilityOf } from "@onedoor/shared/auth/policy";
import { listCounties, mayFileAt, onlineFilingRefusal, placeOf, scopeOf } from "./access.js";

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

describe("jurisdiction (管辖)", () => {
  const PUTUO = "330903"; // 舟山市普陀区
  const TONGLU = "330122"; // 杭州市桐庐县
  const PUTUO_BODY = "普陀区劳动人事争议仲裁院";
  const TONGLU_BODY = "桐庐县劳动人事争议仲裁院";
  const arbitrator = (region?: string, organization?: string) =>
    who({
      roles: ["arbitrator"],
      department: "arbitration",
      ...(region ? { region } : {}),
      ...(organization ? { organization } : {}),
    });
  const commander = (region?: string) => who({ roles: ["commander"], ...(region ? { region } : {}) });
  const record = { respondentPartyId: "p-employer", applicants: [{ partyId: "p-worker" }] };
  const putuoCase = { ...scopeOf(record), ...placeOf("330903260000027") };

  it("places a case in its dispute's county, at that county's one commission", () => {
    expect(placeOf("330903260000027")).toEqual({ county: PUTUO, bodies: [PUTUO_BODY] });
    expect(placeOf("330122260000027")).toEqual({ county: TONGLU, bodies: [TONGLU_BODY] });
  });

  it("shows a case in full to its own county's commission and commander, and nothing to another county's", () => {
    expect(visibilityOf(arbitrator(PUTUO, PUTUO_BODY), putuoCase)).toBe("full");
    expect(visibilityOf(commander(PUTUO), putuoCase)).toBe("full");
    expect(visibilityOf(arbitrator(TONGLU, TONGLU_BODY), putuoCase)).toBe("none");
    expect(visibilityOf(commander(TONGLU), putuoCase)).toBe("none");
    expect(visibilityOf(commander("330000"), putuoCase)).toBe("none");
  });

  it("shows nothing to a token of the right county naming another county's commission or a body of another kind", () => {
    expect(visibilityOf(arbitrator(PUTUO, TONGLU_BODY), putuoCase)).toBe("none");
    expect(visibilityOf(arbitrator(PUTUO, "普陀区联合人民调解委员会"), putuoCase)).toBe("none");
  });

  it("still shows the case to its worker, whatever the county", () => {
    expect(visibilityOf(worker, putuoCase)).toBe("full");
  });

  it("lets the commission's staff file only a dispute of their county, with their own commission receiving it", () => {
    expect(mayFileAt(arbitrator(PUTUO, PUTUO_BODY), "330903260000027", PUTUO)).toBe(true);
    expect(mayFileAt(arbitrator(TONGLU, TONGLU_BODY), "330903260000027", PUTUO)).toBe(false);
    // Their own commission named, but another county's dispute; another commission named for their own dispute.
    expect(mayFileAt(arbitrator(TONGLU, TONGLU_BODY), "330903260000027", TONGLU)).toBe(false);
    expect(mayFileAt(arbitrator(PUTUO, PUTUO_BODY), "330903260000027", TONGLU)).toBe(false);
    expect(mayFileAt(arbitrator(PUTUO, "普陀区联合人民调解委员会"), "330903260000027", PUTUO)).toBe(false);
    expect(mayFileAt(arbitrator("330900", PUTUO_BODY), "330903260000027", PUTUO)).toBe(false);
    // A token without jurisdiction claims (development only) is not narrowed.
    expect(mayFileAt(arbitrator(), "330903260000027", PUTUO)).toBe(true);
  });

  it("narrows lists to the caller's county, to none for another body, and refuses them at aggregate level", () => {
    expect(listCounties(arbitrator(PUTUO, PUTUO_BODY))).toEqual([PUTUO]);
    expect(listCounties(arbitrator(PUTUO))).toEqual([PUTUO]);
    expect(listCounties(commander(TONGLU))).toEqual([TONGLU]);
    expect(listCounties(arbitrator(PUTUO, TONGLU_BODY))).toEqual([]);
    expect(listCounties(arbitrator(PUTUO, "普陀区联合人民调解委员会"))).toEqual([]);
    expect(listCounties(commander("330000"))).toBeNull();
    expect(listCounties(arbitrator("330900", PUTUO_BODY))).toBeNull();
  });

  it("narrows a token naming only its body to that body's county, and leaves callers without claims as they are", () => {
    expect(listCounties(arbitrator(undefined, TONGLU_BODY))).toEqual([TONGLU]);
    expect(listCounties(arbitrator())).toBeUndefined();
    expect(listCounties(commander())).toBeUndefined();
  });
});
