// The registry's sealed party names of a party's disputes (Party.disputePartyNames), as a department opens them:
// each dispute's own parties under its code, believed only under the registry's seal.
import { describe, expect, it } from "vitest";
import { partyWithDisputesReference } from "@onedoor/shared/federation/party-stub";
import { useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { subgraph } from "../subgraph.js";
import { APPLICANT, CLERK } from "../testing/callers.js";

const REGISTER = `mutation ($input: RegisterDisputeInput!) { registerDispute(input: $input) { code } }`;
const PLUMBING = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Party { disputePartyNames disputePartyNamesSeal } } }`;

describe("Party.disputePartyNames", () => {
  const kit = useSubgraphKit(subgraph, { seed: true });

  /** A matter of 周秀英 (the APPLICANT) against `respondent`, registered at the window. */
  const registeredAgainst = async (respondent: Record<string, unknown>): Promise<string> => {
    const { data, errors } = await kit.run(CLERK, REGISTER, {
      input: {
        title: "楼上漏水致天花板受损",
        description: "楼上住户卫生间漏水，楼下天花板和墙面受损，双方就维修和赔偿协商不成。",
        category: "损害赔偿",
        region: "330122",
        channel: "WALK_IN",
        parties: [{ kind: "PERSON", name: "周秀英", residentId: "330122196805120024", phone: "13857123456" }],
        respondents: [respondent],
      },
    });
    expect(errors).toEqual([]);
    return (data!.registerDispute as { code: string }).code;
  };

  it("gives each of the party's disputes its own parties' names, sealed to the party", async () => {
    const company = await registeredAgainst({
      kind: "ORGANISATION",
      name: "桐庐县安居物业服务有限公司",
      creditCode: "91330122MA2H3K7P50",
    });
    const neighbour = await registeredAgainst({ kind: "PERSON", name: "蔡建明" });
    const id = APPLICANT.partyId!;
    const { data, codes } = await kit.run(APPLICANT, PLUMBING, { reps: [{ __typename: "Party", id }] });
    expect(codes).toEqual([]);
    const sealed = data!._entities[0] as { disputePartyNames: string[]; disputePartyNamesSeal: string };
    const opened = partyWithDisputesReference.__resolveReference({ id, ...sealed }).disputePartyNames!;

    expect(opened.get(company)).toEqual([
      { kind: "PERSON", partyId: id, name: "周秀英" },
      { kind: "ORGANISATION", partyId: expect.any(String), name: "桐庐县安居物业服务有限公司" },
    ]);
    expect(opened.get(neighbour)).toEqual([
      { kind: "PERSON", partyId: id, name: "周秀英" },
      { kind: "PERSON", partyId: null, name: "蔡建明" },
    ]);
    // Sealed to this party: another party's representation carrying them opens nothing.
    expect(partyWithDisputesReference.__resolveReference({ id: "PSOMEONEELSE000000001", ...sealed })).toEqual({
      id: "PSOMEONEELSE000000001",
    });
  });
});
