// A dispute's parties as the registry knows them, for a department that lets a party act on its case herself
// (点单 in mediation). Departments keep no party rows of the registry's disputes; on a GraphQL read the parties
// come sealed through the federation join (dispute-stub.ts), but a mutation has no such join, so the department
// asks the registry at the moment of the step. Read live, never cached: a party added a moment ago counts, one
// removed no longer does.
import type { Router } from "express";
import { GraphQLError } from "graphql";
import type { PartyName } from "../auth/access.js";
import type { ReplayGuard } from "../auth/internal-hop.js";
import { decodePartyNames, encodePartyName } from "../federation/dispute-stub.js";
import {
  registryRead,
  registryReadRoute,
  stringList,
  type NoticeReader,
  type RegistryReadSettings,
} from "./registry-link.js";

export const DISPUTE_PARTIES_PATH = "/internal/dispute-parties";
const CODE = /^[0-9A-Za-z-]{1,40}$/;

/** A dispute's parties: their ids (who may act as a party) and their names with who each is (for masking). */
export interface DisputePartyList {
  partyIds: readonly string[];
  partyNames: readonly PartyName[];
}

const NO_PARTIES: DisputePartyList = { partyIds: [], partyNames: [] };

/**
 * Registry side: `GET /internal/dispute-parties?code=…`, the parties of a dispute the registry sent to the
 * reading department (`read` answers null for any other, and the department hears 404 as for an unknown code).
 */
export function disputePartiesRoute(
  secret: string,
  read: (department: NoticeReader, disputeCode: string) => Promise<DisputePartyList | null>,
  replay: ReplayGuard,
): Router {
  return registryReadRoute(DISPUTE_PARTIES_PATH, "dispute parties", secret, replay, async (reader, req, res) => {
    const code = typeof req.query.code === "string" && CODE.test(req.query.code) ? req.query.code : null;
    const parties = code ? await read(reader, code) : null;
    if (parties === null) res.status(404).json({ error: "no such dispute sent to this department" });
    // Names travel encoded as in the sealed federation list, so both paths decode them alike.
    else res.json({ partyIds: parties.partyIds, partyNames: parties.partyNames.map(encodePartyName) });
  });
}

/** A dispute's parties; none for a dispute the registry does not know or did not send here. */
export type DisputePartiesReader = (disputeCode: string) => Promise<DisputePartyList>;

/** While the registry cannot be asked, a party's own step waits: nobody is taken for a party unchecked. */
export const registryUnreachable = () =>
  new GraphQLError("The registry could not be asked who the dispute's parties are: retry shortly", {
    extensions: {
      code: "SERVICE_UNAVAILABLE",
      messageZh: "暂时无法向登记中心核实纠纷当事人，请稍后再试",
      messageEn: "The registry could not be asked who the dispute's parties are: retry shortly",
    },
  });

/** Department side: asks the registry, signed as the department. */
export function registryDisputeParties(settings: RegistryReadSettings): DisputePartiesReader {
  return (disputeCode) =>
    registryRead(
      settings,
      `${DISPUTE_PARTIES_PATH}?code=${encodeURIComponent(disputeCode)}`,
      (body) => {
        const reply = body as { partyIds?: unknown; partyNames?: unknown } | null;
        const partyIds = stringList(reply?.partyIds);
        const names = stringList(reply?.partyNames);
        return partyIds && names ? { partyIds, partyNames: decodePartyNames(names) } : null;
      },
      registryUnreachable,
      NO_PARTIES,
    );
}

/** For a department's resolvers: the dispute's parties as the registry knows them now. */
export function disputeParties(
  ctx: { disputeParties?: DisputePartiesReader },
  disputeCode: string,
): Promise<DisputePartyList> {
  if (!ctx.disputeParties) throw new Error("only departments ask the registry for a dispute's parties");
  return ctx.disputeParties(disputeCode);
}
