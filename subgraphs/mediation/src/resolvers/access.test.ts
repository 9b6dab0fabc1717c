// Access rules of the mediation subgraph, executed on the schema with the callers of the authorization matrix: the
// committee's staff, a co-handling department, another department (summary), the parties (only through
// the registry's dispute or party), and everyone who is refused.
import { beforeAll, describe, expect, it } from "vitest";
import type { Identity } from "@onedoor/shared/auth/identity";
import { encodePartyName } from "@onedoor/shared/federation/dispute-stub";
import { encodeDisputePartyName } from "@onedoor/shared/federation/party-stub";
import { sealList } from "@onedoor/shared/federation/representation-seal";
import { caller, refusalOf, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { subgraph } from "../subgraph.js";

const MANHOLE = "330122260000016";
const LEASE = "330122260000034";
const victim = "PZHOUXIUYINGPARTY0001";
const neighbour = "PSOMEONEELSE000000001";

const MEDIATOR = caller("mediator", { userId: "mediator-1", department: "mediation" });
const ARBITRATOR = caller("arbitrator", { userId: "arbitrator-1", department: "arbitration" });
const COURT_CLERK = caller("courtClerk", { userId: "clerk-1", department: "litigation" });
const VICTIM = caller("resident", { userId: "resident-1", partyId: victim });
const NEIGHBOUR = caller("resident", { userId: "resident-2", partyId: neighbour });
const AUDITOR = caller("auditor", { userId: "auditor-1" });
const LEADER = caller("cockpitViewer", { userId: "leader-1" });
const ANONYMOUS: Identity = caller(null);

const { store, run } = useSubgraphKit(subgraph, { seed: true });
let manholeCaseId: string;
let leaseCaseId: string;

beforeAll(async () => {
  manholeCaseId = (await store().mediationCase.findFirstOrThrow({ where: { disputeCode: MANHOLE } })).id;
  leaseCaseId = (await store().mediationCase.findFirstOrThrow({ where: { disputeCode: LEASE } })).id;
});

const CASE = /* GraphQL */ `
  status committee acceptedBy failureReason participatingDepartments
  mediators { assignedBy mediator { name } }
  sessions { attendees mediators { name } attendingUnits { name representative } notes recordedBy }
  agreement { terms signatories recordedBy totalAmount performanceStatus obligations { payer payee amount description } followUps { status notes } }
`;
const BY_ID = `query ($id: ID!) { mediationCase(id: $id) { ${CASE} } }`;
const THROUGH_DISPUTE = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Dispute { mediationCases { ${CASE} } } } }`;
const THROUGH_PARTY = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Party { mediationCases(sort: OLDEST_ACCEPTED) { edges { node { status committee } } } } } }`;
/** The cases of the first entity's Party.mediationCases page. */
const partyCases = (data: Awaited<ReturnType<typeof run>>["data"]) =>
  data!._entities[0].mediationCases.edges.map((e: { node: unknown }) => e.node);

describe("a case by id", () => {
  it("is complete for the committee's staff", async () => {
    const { data, codes } = await run(MEDIATOR, BY_ID, { id: manholeCaseId });
    expect(codes).toEqual([]);
    expect(data!.mediationCase).toMatchObject({
      acceptedBy: expect.any(String),
      sessions: [
        {
          attendees: ["周秀英"],
          mediators: [{ name: "何建华" }],
          attendingUnits: expect.arrayContaining([{ name: "桐庐县综合行政执法局", representative: "楼志明" }]),
          notes: expect.stringContaining("五家单位到场"),
        },
      ],
      agreement: {
        terms: expect.stringContaining("壹仟捌佰陆拾元"),
        signatories: ["周秀英", "桐庐县综合行政执法局"],
        obligations: [{ payee: "周秀英", description: "先行垫付部分医疗费" }],
      },
    });
  });

  it("is a summary for another department's staff: status, dates, committee and amounts; names masked, narratives null", async () => {
    const { data, codes } = await run(ARBITRATOR, BY_ID, { id: manholeCaseId });
    expect(codes).toEqual([]);
    const seen = data!.mediationCase;
    expect(seen).toMatchObject({
      status: "AGREEMENT_REACHED",
      committee: "桐庐县联合人民调解委员会",
      acceptedBy: null,
      mediators: [{ assignedBy: null, mediator: { name: "何建华" } }],
    });
    expect(seen.sessions[0]).toMatchObject({ notes: null, recordedBy: null });
    expect(seen.sessions[0].attendees).toEqual(["周**"]);
    // People acting in office are named in full to every reader.
    expect(seen.sessions[0].mediators).toEqual([{ name: "何建华" }]);
    expect(seen.sessions[0].attendingUnits).toHaveLength(5);
    expect(seen.agreement).toMatchObject({
      terms: null,
      recordedBy: null,
      totalAmount: "1860.00",
      performanceStatus: "PERFORMED",
    });
    expect(seen.agreement.obligations).toEqual([
      { payer: expect.stringMatching(/^桐\*+$/), payee: "周**", amount: "1860.00", description: null },
    ]);
    expect(seen.agreement.followUps).toEqual([{ status: "PERFORMED", notes: null }]);
    expect(JSON.stringify(seen)).not.toContain("周秀英");
  });

  it("is complete for a co-handling department: the court that delegated the case (诉前委派)", async () => {
    const { data, codes } = await run(COURT_CLERK, BY_ID, { id: leaseCaseId });
    expect(codes).toEqual([]);
    expect(data!.mediationCase.sessions[0].notes).toContain("解除租赁合同");
    expect((await run(COURT_CLERK, BY_ID, { id: manholeCaseId })).data!.mediationCase.sessions[0].notes).toBeNull();
  });

  it("is refused to residents, party or not (they come through their dispute), cockpit viewers, auditors and anonymous callers", async () => {
    for (const caller of [VICTIM, LEADER, AUDITOR, ANONYMOUS]) {
      const { data, codes } = await run(caller, BY_ID, { id: manholeCaseId });
      expect(codes).toEqual([refusalOf(caller)]);
      expect(data?.mediationCase ?? null).toBeNull();
    }
    const entity = await run(
      VICTIM,
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on MediationCase { status } } }`,
      {
        reps: [{ __typename: "MediationCase", id: manholeCaseId }],
      },
    );
    expect(entity.codes).toEqual(["FORBIDDEN"]);
  });
});

describe("through the registry's dispute and party", () => {
  // As the registry sends them: the lists sealed (see representation-seal.ts).
  const dispute = (partyIds: string[]) => ({
    reps: [
      { __typename: "Dispute", code: MANHOLE, partyIds, partyIdsSeal: sealList("dispute-parties", MANHOLE, partyIds) },
    ],
  });

  it("shows a party their own dispute's mediation, with narratives but no staff details", async () => {
    const { data, codes } = await run(VICTIM, THROUGH_DISPUTE, dispute([victim, "PSTATEAGENCY000000001"]));
    expect(codes).toEqual([]);
    const [seen] = data!._entities[0].mediationCases;
    expect(seen).toMatchObject({
      status: "AGREEMENT_REACHED",
      acceptedBy: null,
      sessions: [{ notes: expect.stringContaining("五家单位到场"), recordedBy: null }],
    });
    expect(seen.agreement.terms).toContain("壹仟捌佰陆拾元");
    expect(seen.agreement.followUps[0].notes).toContain("款项已到账");
  });

  it("shows another resident nothing of it", async () => {
    const { data, codes } = await run(NEIGHBOUR, THROUGH_DISPUTE, dispute([victim]));
    expect(codes).toEqual([]);
    expect(data!._entities[0].mediationCases).toEqual([]);
  });

  it("lists a party's cases across their disputes, for the party and staff only", async () => {
    const disputeCodes = [MANHOLE, LEASE];
    const sealed = { __typename: "Party", id: victim, disputeCodes };
    const party = { reps: [{ ...sealed, disputeCodesSeal: sealList("party-disputes", victim, disputeCodes) }] };
    const mine = await run(VICTIM, THROUGH_PARTY, party);
    expect(mine.codes).toEqual([]);
    expect(partyCases(mine.data).map((c: { committee: string }) => c.committee)).toEqual([
      "桐庐县联合人民调解委员会",
      "桐庐县商事人民调解委员会",
    ]);
    expect(partyCases((await run(NEIGHBOUR, THROUGH_PARTY, party)).data)).toEqual([]);
    expect(partyCases((await run(ARBITRATOR, THROUGH_PARTY, party)).data)).toHaveLength(2);
  });

  it("masks the names on a party's cases exactly as through their dispute, with each dispute's own names", async () => {
    const manholeNames = [
      { kind: "PERSON" as const, partyId: victim, name: "周秀英" },
      { kind: "ORGANISATION" as const, partyId: "PSTATEAGENCY000000001", name: "桐庐县综合行政执法局" },
    ];
    const SIGNED = `agreement { terms signatories obligations { payer payee } }`;
    const throughDispute = await run(
      VICTIM,
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Dispute { mediationCases { ${SIGNED} } } } }`,
      {
        reps: [
          {
            ...dispute([victim]).reps[0],
            partyNames: manholeNames.map(encodePartyName),
            partyNamesSeal: sealList("dispute-party-names", MANHOLE, manholeNames.map(encodePartyName)),
          },
        ],
      },
    );
    expect(throughDispute.codes).toEqual([]);
    const [seen] = throughDispute.data!._entities[0].mediationCases;
    expect(seen.agreement.signatories).toEqual(["周秀英", "桐庐县综合行政执法局"]);

    const THROUGH_PARTY_SIGNED = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Party { mediationCases { edges { node { ${SIGNED} } } } } } }`;
    const disputeCodes = [MANHOLE];
    const party = (names: string[], sealedFor = victim) => ({
      reps: [
        {
          __typename: "Party",
          id: victim,
          disputeCodes,
          disputeCodesSeal: sealList("party-disputes", victim, disputeCodes),
          disputePartyNames: names,
          disputePartyNamesSeal: sealList("party-dispute-party-names", sealedFor, names),
        },
      ],
    });
    const ownNames = manholeNames.map((name) => encodeDisputePartyName(MANHOLE, name));
    const mine = await run(VICTIM, THROUGH_PARTY_SIGNED, party(ownNames));
    expect(mine.codes).toEqual([]);
    expect(partyCases(mine.data)).toEqual([seen]);

    // The same names under another dispute of hers, or under a seal made for someone else, name nobody here.
    const leaseNames = manholeNames.map((name) => encodeDisputePartyName(LEASE, name));
    for (const reps of [party(leaseNames), party(ownNames, neighbour)]) {
      const [masked] = partyCases((await run(VICTIM, THROUGH_PARTY_SIGNED, reps)).data);
      expect(masked.agreement.signatories).toEqual(["周**", "桐*********"]);
    }
  });

  it("believes no list a caller wrote into a representation: unsealed, or sealed for other values", async () => {
    const claimed = [neighbour];
    const forged = [
      { reps: [{ __typename: "Dispute", code: MANHOLE, partyIds: claimed }] },
      { reps: [{ ...dispute([victim]).reps[0], partyIds: claimed }] },
    ];
    for (const reps of forged)
      expect((await run(NEIGHBOUR, THROUGH_DISPUTE, reps)).data!._entities[0].mediationCases).toEqual([]);
    const codes = [MANHOLE];
    const myCodes = { __typename: "Party", id: neighbour, disputeCodes: codes };
    for (const rep of [myCodes, { ...myCodes, disputeCodesSeal: sealList("party-disputes", victim, codes) }])
      expect(partyCases((await run(NEIGHBOUR, THROUGH_PARTY, { reps: [rep] })).data)).toEqual([]);
  });
});

describe("operations", () => {
  it("refuses another department's staff a mutation and writes nothing", async () => {
    const before = await store().auditEntry.count();
    const { codes } = await run(
      ARBITRATOR,
      `mutation ($input: WithdrawMediationInput!) { withdrawMediation(input: $input) { status } }`,
      {
        input: { caseId: leaseCaseId, reason: "撤回" },
      },
    );
    expect(codes).toEqual(["FORBIDDEN"]);
    expect(await store().auditEntry.count()).toBe(before);
  });

  it("keeps the queue to the committee's staff and the commander, the directory to anyone signed in", async () => {
    expect((await run(ARBITRATOR, `{ mediationCases(first: 1) { edges { node { id } } } }`)).codes).toEqual([
      "FORBIDDEN",
    ]);
    expect((await run(VICTIM, `{ mediators(first: 1) { edges { node { name } } } }`)).codes).toEqual([]);
    expect((await run(ANONYMOUS, `{ committees(first: 1) { edges { node { name } } } }`)).codes).toEqual([
      "UNAUTHENTICATED",
    ]);
  });

  it("gives the cockpit section to cockpit viewers and the commander only", async () => {
    const SECTION = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Cockpit { mediation { acceptedCases { value } } } } }`;
    const reps = { reps: [{ __typename: "Cockpit", key: "2026-01-01|2026-12-31||" }] };
    expect((await run(LEADER, SECTION, reps)).codes).toEqual([]);
    expect((await run(MEDIATOR, SECTION, reps)).codes).toEqual(["FORBIDDEN"]);
  });

  it("lets auditors, and only them, read this department's audit section", async () => {
    await run(MEDIATOR, `mutation ($input: WithdrawMediationInput!) { withdrawMediation(input: $input) { status } }`, {
      input: {
        caseId: (
          await store().mediationCase.findFirstOrThrow({ where: { status: { in: ["ACCEPTED", "IN_MEDIATION"] } } })
        ).id,
        reason: "当事人撤回申请",
      },
    });
    const LOG = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on AuditLog { mediation(first: 5) { edges { node { action entity fields actor } } } } } }`;
    const reps = { reps: [{ __typename: "AuditLog", id: "center" }] };
    const { data, codes } = await run(AUDITOR, LOG, reps);
    expect(codes).toEqual([]);
    expect(data!._entities[0].mediation.edges[0].node).toEqual({
      action: "withdrawMediation",
      entity: "MediationCase",
      fields: ["caseId", "reason"],
      actor: "mediator-1",
    });
    expect((await run(MEDIATOR, LOG, reps)).codes).toEqual(["FORBIDDEN"]);
  });
});
