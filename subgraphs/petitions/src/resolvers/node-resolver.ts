import { Arg, Authorized, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Policy } from "@onedoor/shared/auth/access";
import { InputProblems } from "@onedoor/shared/graphql/errors";
import { Node } from "@onedoor/shared/graphql/node";
import { parseNodeId } from "@onedoor/shared/graphql/node-id";
import type { PetitionsContext } from "./context.js";
import { disputeByCode } from "./dispute-resolver.js";
import { partyById } from "./party-resolver.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record with the name of its type, which `Node` reads to tell the gateway what it is. */
type NamedNode = Node & { __typename: string };

/** 统一查询: any record by its node id, served by the one door that registered its dispute. */
@Resolver()
export class NodeResolver {
  @Authorized<Policy>("signedIn")
  @Query(() => Node, {
    nullable: true,
    description:
      "Any record by its node id (the `id` of a `Node`), with the same rules as reading it by its own query: a dispute as `dispute(code:)`, a party as `party(id:)`, " +
      "a department's case or agreement as that department shows it (null, with FORBIDDEN where that department says so, when the caller may not see it; null when it does not exist). A string that is no node id is BAD_USER_INPUT.",
  })
  async node(@Arg("id", () => ID) id: string, @Ctx() ctx: PetitionsContext): Promise<NamedNode | null> {
    const named = parseNodeId(id);
    if (!named) {
      const problems = new InputProblems();
      problems.add(["id"], "FORMAT", "记录标识（node id）格式不正确", "Not a node id");
      problems.throwIfAny();
    }
    const { type, key } = named!;
    if (type === "Dispute") {
      const dispute = await disputeByCode(ctx, key, ["id"]);
      return dispute && { ...dispute, __typename: type };
    }
    if (type === "Party") {
      const party = await partyById(ctx, key);
      return party && { ...party, __typename: type };
    }
    return UUID.test(key) ? { id: key, __typename: type } : null;
  }
}
