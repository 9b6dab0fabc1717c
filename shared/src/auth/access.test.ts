import { describe, expect, it } from "vitest";
import type { Identity } from "./identity.js";
import {
  allows,
  assertVisible,
  maskPartyNamesIn,
  readPersonalData,
  visibleAttendeeName,
  visibleName,
  visiblePartyName,
  visibleTo,
  type AccessContext,
  type PartyName,
  type PersonalDataOwner,
} from "./access.js";
import type { AuditRow, AuditStore } from "../audit/audit.js";

const who = (identity: Partial<Identity>): Identity => ({ userId: "u1", roles: [], ...identity });
const ctx = (identity: Identity): AccessContext => ({ identity, requestId: "r1", subgraph: "mediation" });
const mediator = who({ roles: ["mediator"], department: "mediation" });
const arbitrator = who({ roles: ["arbitrator"], department: "arbitration" });
const worker = who({ roles: ["resident"], partyId: "P-worker" });
const anonymous: Identity = { roles: [] };

function memoryAudit() {
  const rows: Omit<AuditRow, "id" | "at">[] = [];
  const store: AuditStore = {
    auditEntry: {
      create: async ({ data }) => void rows.push(data),
      findMany: async () => [],
      count: async () => rows.length,
    },
  };
  return { rows, store };
}

describe("operation policies", () => {
  it.each([
    ["a mediator in mediation, for departmentStaff", mediator, ["departmentStaff"], true],
    ["an arbitrator in mediation, for departmentStaff", arbitrator, ["departmentStaff"], false],
    [
      "a mediator token naming another department, for the mediator role",
      who({ roles: ["mediator"], department: "arbitration" }),
      ["mediator"],
      false,
    ],
    ["the commander, for commander", who({ roles: ["commander"] }), ["departmentStaff", "commander"], true],
    ["a resident, for signedIn", worker, ["signedIn"], true],
    ["anonymous, for signedIn", anonymous, ["signedIn"], false],
    ["anonymous, for anyone", anonymous, ["anyone"], true],
    ["a cockpit viewer, for departmentStaff", who({ roles: ["cockpitViewer"] }), ["departmentStaff"], false],
    [
      "mediation's directory administrator, for directoryAdministrator",
      who({ roles: ["directoryAdministrator"], department: "mediation" }),
      ["directoryAdministrator"],
      true,
    ],
    [
      "arbitration's directory administrator in mediation",
      who({ roles: ["directoryAdministrator"], department: "arbitration" }),
      ["directoryAdministrator"],
      false,
    ],
    [
      "a directory administrator, for departmentStaff",
      who({ roles: ["directoryAdministrator"], department: "mediation" }),
      ["departmentStaff"],
      false,
    ],
  ] as const)("%s: %s", (_label, identity, policies, expected) => {
    expect(allows(identity, "mediation", policies)).toBe(expected);
  });
});

describe("records and personal data", () => {
  const owner: PersonalDataOwner = {
    scope: { department: "mediation", partyIds: ["P-worker", "P-boss"] },
    partyId: "P-boss",
    entity: "MediationCase",
    entityId: "c1",
  };

  it("refuses a record to a resident who is not a party, with FORBIDDEN", () => {
    expect(() => assertVisible(ctx(who({ roles: ["resident"], partyId: "P-other" })), owner.scope)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "FORBIDDEN" }) }),
    );
    expect(assertVisible(ctx(worker), owner.scope)).toBe("full");
    expect(assertVisible(ctx(arbitrator), owner.scope)).toBe("summary");
  });

  it("filters lists to what the caller may see", () => {
    const records = [{ parties: ["P-worker"] }, { parties: ["P-other"] }];
    expect(visibleTo(ctx(worker), records, (r) => ({ department: "mediation", partyIds: r.parties }))).toEqual([
      records[0],
    ]);
  });

  it("masks another party's name for a resident and a summary reader, not for the mediator", () => {
    expect(visibleName(ctx(worker), owner, "王建国")).toBe("王**");
    expect(visibleName(ctx(arbitrator), owner, "王建国")).toBe("王**");
    expect(visibleName(ctx(mediator), owner, "王建国")).toBe("王建国");
  });

  describe("names written on a department's record, matched to the dispute's parties", () => {
    const record: PersonalDataOwner = { ...owner, partyId: null };
    const parties: PartyName[] = [
      { kind: "PERSON", partyId: "P-worker", name: "王建国" },
      { kind: "PERSON", partyId: "P-boss", name: "欧阳明" },
      { kind: "PERSON", partyId: null, name: "李四" },
      { kind: "ORGANISATION", partyId: "P-firm", name: "桐庐某电子元件有限公司" },
    ];

    it("shows a resident her own name in full and every other person's masked", () => {
      const seen = ["王建国", "欧阳明", "李四", "方志强"].map((n) => visiblePartyName(ctx(worker), record, n, parties));
      expect(seen).toEqual(["王建国", "欧阳*", "李*", "方**"]);
    });

    it("names an organisation in full to everyone, and masks as before when the parties are not known", () => {
      expect(visiblePartyName(ctx(arbitrator), record, "桐庐某电子元件有限公司", parties)).toBe(
        "桐庐某电子元件有限公司",
      );
      expect(visiblePartyName(ctx(worker), record, "王建国", undefined)).toBe("王**");
      expect(visiblePartyName(ctx(mediator), record, "欧阳明", parties)).toBe("欧阳明");
    });

    it("reads staff acting in office in full, a private person who is no party masked, and a party as a party", () => {
      const staff = new Set(["方志强", "王建军", "欧阳明"]);
      const seen = ["王建国", "欧阳明", "方志强", "王建军", "李四", "张三丰"].map((n) =>
        visibleAttendeeName(ctx(worker), record, n, parties, staff),
      );
      // 欧阳明 is a party here: the set of staff names does not unmask the other party.
      expect(seen).toEqual(["王建国", "欧阳*", "方志强", "王建军", "李*", "张**"]);
      expect(visibleAttendeeName(ctx(mediator), record, "张三丰", parties, staff)).toBe("张三丰");
    });

    it("masks in free text the names the caller may not read, a longer name before a shorter one inside it", () => {
      const terms = "欧阳明于十日内支付王建国工资；李四作证。";
      expect(maskPartyNamesIn(ctx(worker), record, terms, parties)).toBe("欧阳*于十日内支付王建国工资；李*作证。");
      expect(maskPartyNamesIn(ctx(mediator), record, terms, parties)).toBe(terms);
      const nested: PartyName[] = [
        { kind: "PERSON", partyId: "P-a", name: "王建" },
        { kind: "PERSON", partyId: "P-b", name: "王建国" },
      ];
      expect(maskPartyNamesIn(ctx(worker), record, "王建国与王建", nested)).toBe("王**与王*");
    });
  });

  it("audits each full read and never stores the value", async () => {
    const { rows, store } = memoryAudit();
    await expect(readPersonalData(ctx(mediator), store, owner, "residentId", "33012219800101123X")).resolves.toBe(
      "33012219800101123X",
    );
    expect(rows).toEqual([
      expect.objectContaining({
        actor: "u1",
        action: "READ_PERSONAL_DATA",
        entity: "MediationCase",
        entityId: "c1",
        fields: ["residentId"],
        requestId: "r1",
      }),
    ]);
    expect(JSON.stringify(rows)).not.toContain("33012219800101123X");
  });

  it("refuses a full read to another party and to other departments, writing nothing", async () => {
    const { rows, store } = memoryAudit();
    await expect(readPersonalData(ctx(worker), store, owner, "residentId", "x")).rejects.toMatchObject({
      extensions: { code: "FORBIDDEN" },
    });
    await expect(readPersonalData(ctx(arbitrator), store, owner, "phone", "x")).rejects.toMatchObject({
      extensions: { code: "FORBIDDEN" },
    });
    expect(rows).toEqual([]);
  });

  it("lets a resident read their own data in full (audited)", async () => {
    const { rows, store } = memoryAudit();
    await expect(
      readPersonalData(ctx(worker), store, { ...owner, partyId: "P-worker" }, "phone", "13812345678"),
    ).resolves.toBe("13812345678");
    expect(rows).toHaveLength(1);
  });
});
