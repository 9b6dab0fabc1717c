// Callers and a fresh dispute for the in-process resolver tests (shared/src/testing/subgraph-kit.ts).
import { caller, type SubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import type { PetitionsStore } from "../db/store.js";

/** 周秀英 of the demo stories: a valid resident ID and phone. */
const APPLICANT_ID = "330122196805120024";

export const CLERK = caller("intakeClerk", { department: "petitions" });
export const OFFICER = caller("petitionsOfficer", { department: "petitions" });
export const COMMANDER = caller("commander");
export const MEDIATOR = caller("mediator", { department: "mediation" });
export const ARBITRATOR = caller("arbitrator", { department: "arbitration" });
export const LEADER = caller("cockpitViewer");
export const ANONYMOUS = caller(null);
export const APPLICANT = caller("resident", { partyId: partyIdOf({ residentId: APPLICANT_ID }) });
export const SOMEONE_ELSE = caller("resident", { partyId: "PSOMEONEELSE000000001" });

/** A matter registered now at the window (walk-in, one applicant), returned with its code and version. */
export async function registerDispute(kit: SubgraphKit<PetitionsStore>): Promise<{ code: string; version: number }> {
  const { data, errors } = await kit.run(
    CLERK,
    `mutation ($input: RegisterDisputeInput!) { registerDispute(input: $input) { code version } }`,
    {
      input: {
        title: "楼上漏水致天花板受损",
        description: "楼上住户卫生间漏水，楼下天花板和墙面受损，双方就维修和赔偿协商不成。",
        category: "损害赔偿",
        region: "330122",
        channel: "WALK_IN",
        parties: [{ kind: "PERSON", name: "周秀英", residentId: APPLICANT_ID, phone: "13857123456" }],
        respondents: [{ kind: "PERSON", name: "楼上住户" }],
      },
    },
  );
  if (errors.length > 0) throw new Error(`registration failed: ${JSON.stringify(errors)}`);
  return data!.registerDispute;
}
