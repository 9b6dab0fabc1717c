// 诉前委派调解 in process: the committee's delegated case runs the court's pre-filing clock, and the court's later
// extension, relayed by the registry (COURT_CLOCK_CHANGED), reaches that case by itself: the deadline moves as the
// court's does, through the write path (audited as the relay's act), and only for the court case it runs.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { STATUTORY_CLOCKS } from "@onedoor/shared/clock/index";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { reportClock, type ReportedClock } from "@onedoor/shared/events/reported-clock";
import { recordKey } from "@onedoor/shared/graphql/node-id";
import { caller, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { subgraph } from "../subgraph.js";

const { store, run, notify } = useSubgraphKit(subgraph, { seed: true });

const PUTUO = "330903";
const COMMITTEE = "普陀区医疗纠纷人民调解委员会";
const STAFF = caller("mediator", {
  userId: "mediator-pt-med",
  department: "mediation",
  region: PUTUO,
  organization: COMMITTEE,
});
const DAY = 86_400_000;
const CLOCK = "clock { kind state deadline extendedDays }";

let sequence = 720_000;
const nextCode = () => formatDisputeCode({ region: PUTUO, year: 2026, sequence: ++sequence });

/** The court's 30-day pre-filing clock of its case `courtCaseId`, started 5 days ago, with its extensions. */
const courtClock = (courtCaseId: string, extensions: number[] = []): ReportedClock =>
  reportClock(courtCaseId, STATUTORY_CLOCKS.clocks.preFilingMediation, {
    startedAt: new Date(Date.now() - 5 * DAY),
    pauses: [],
    extensions: extensions.map((days, i) => ({
      days,
      approvedBy: "普陀区人民法院立案庭",
      reason: "经双方当事人同意延长诉前调解期限",
      at: new Date(Date.now() - (2 - i) * 3_600_000),
    })),
  });

/** A dispute the court delegated to the committee with its clock, and the committee's case on it. */
async function delegatedCase(clock: ReportedClock) {
  const disputeCode = nextCode();
  await notify(disputeCode, "DELEGATED", COMMITTEE, { occurredAt: new Date(), clock });
  const committee = await store().committee.findUniqueOrThrow({ where: { name: COMMITTEE } });
  const { data, codes } = await run(
    STAFF,
    `mutation ($input: AcceptMediationCaseInput!) { acceptMediationCase(input: $input) { id clockKind ${CLOCK} } }`,
    {
      input: {
        disputeCode,
        committeeId: committee.id,
        source: "COURT_DELEGATION",
        sourceReference: "(2026)浙0903民诉前调7号",
      },
    },
  );
  expect(codes).toEqual([]);
  return { disputeCode, ...(data!.acceptMediationCase as { id: string; clockKind: string; clock: Clock }) };
}

interface Clock {
  kind: string;
  state: string;
  deadline: string;
  extendedDays: number;
}
const clockOf = async (id: string): Promise<Clock> => {
  const { data, codes } = await run(STAFF, `query ($id: ID!) { mediationCase(id: $id) { ${CLOCK} } }`, { id });
  expect(codes).toEqual([]);
  return data!.mediationCase.clock as Clock;
};

describe("a delegated mediation follows the court's clock", () => {
  it("moves its deadline with the court's extension, relayed by the registry, through the write path", async () => {
    const courtCaseId = randomUUID();
    const delegated = await delegatedCase(courtClock(courtCaseId));
    expect(delegated).toMatchObject({
      clockKind: "COURT_PRE_FILING",
      clock: { kind: "PRE_FILING_MEDIATION", extendedDays: 0 },
    });

    const extended = courtClock(courtCaseId, [15]);
    await notify(delegated.disputeCode, "COURT_CLOCK_CHANGED", undefined, {
      recordId: courtCaseId,
      occurredAt: new Date(),
      clock: extended,
    });
    const after = await clockOf(delegated.id);
    expect(after.extendedDays).toBe(15);
    expect(new Date(after.deadline).getTime()).toBeGreaterThan(new Date(delegated.clock.deadline).getTime());
    const row = await store().mediationCase.findUniqueOrThrow({ where: { id: recordKey(delegated.id) } });
    expect(row.courtClock).toEqual(extended);
    expect(row.version).toBe(2);
    expect(
      (await store().auditEntry.findMany({ where: { entityId: row.id }, orderBy: { at: "asc" } })).map((a) => [
        a.action,
        a.actor,
      ]),
    ).toEqual([
      ["acceptMediationCase", "mediator-pt-med"],
      ["relayCourtClock", "service:registry-relay"],
    ]);
    // No step of the committee's: the court reports its own clock, the committee's timeline says nothing.
    expect(await store().outboxEvent.count({ where: { recordId: row.id } })).toBe(1);

    // The same notice read again, or an older clock of the court's, changes nothing.
    await notify(delegated.disputeCode, "COURT_CLOCK_CHANGED", undefined, {
      recordId: courtCaseId,
      occurredAt: new Date(),
      clock: courtClock(courtCaseId),
    });
    expect((await store().mediationCase.findUniqueOrThrow({ where: { id: row.id } })).version).toBe(2);
  });

  it("ignores a clock of another court case, and takes the latest clock when it accepts after the extension", async () => {
    const courtCaseId = randomUUID();
    const disputeCode = nextCode();
    await notify(disputeCode, "DELEGATED", COMMITTEE, { occurredAt: new Date(), clock: courtClock(courtCaseId) });
    await notify(disputeCode, "COURT_CLOCK_CHANGED", undefined, {
      recordId: courtCaseId,
      occurredAt: new Date(),
      clock: courtClock(courtCaseId, [10]),
    });
    await notify(disputeCode, "COURT_CLOCK_CHANGED", undefined, {
      recordId: randomUUID(),
      occurredAt: new Date(),
      clock: courtClock(randomUUID(), [20]),
    });
    const committee = await store().committee.findUniqueOrThrow({ where: { name: COMMITTEE } });
    const { data, codes } = await run(
      STAFF,
      `mutation ($input: AcceptMediationCaseInput!) { acceptMediationCase(input: $input) { ${CLOCK} } }`,
      {
        input: {
          disputeCode,
          committeeId: committee.id,
          source: "COURT_DELEGATION",
          sourceReference: "(2026)浙0903民诉前调8号",
        },
      },
    );
    expect(codes).toEqual([]);
    expect(data!.acceptMediationCase.clock).toMatchObject({ kind: "PRE_FILING_MEDIATION", extendedDays: 10 });
  });
});
