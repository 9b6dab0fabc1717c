// Node ids (Relay's global object identification): a refetchable record's `id` names its type as well as its
// key, so `node(id:)` knows which department to ask. The records keep their own keys (UUIDs, 解纷码, party ids):
// the graph turns a key into a node id where an entity's `id` is resolved, and a node id back into the key
// where it arrives (arguments, entity representations), so no resolver, query or stored event sees a node id.
import { defaultFieldResolver, isObjectType, type GraphQLSchema } from "graphql";

/** The entities a client refetches by id, with the field holding the record's own key. */
export const NODE_TYPES = {
  Dispute: "code",
  Party: "id",
  MediationCase: "id",
  MediationAgreement: "id",
  ArbitrationCase: "id",
  CourtCase: "id",
  LegalAidCase: "id",
  AdministrativeReviewCase: "id",
} as const;

export type NodeType = keyof typeof NODE_TYPES;

export const isNodeType = (name: string): name is NodeType => Object.hasOwn(NODE_TYPES, name);

/** `Type:key` in unpadded base64url: opaque to clients, safe in a URL, and never mistaken for a key. */
export function nodeId(type: NodeType, key: string): string {
  return Buffer.from(`${type}:${key}`, "utf8").toString("base64url");
}

/** The type and key a node id names, or null for anything else (a plain key, a mistyped id). */
export function parseNodeId(value: string): { type: NodeType; key: string } | null {
  if (value.length < 8 || !/^[A-Za-z0-9_-]+$/.test(value)) return null;
  const text = Buffer.from(value, "base64url").toString("utf8");
  const colon = text.indexOf(":");
  if (colon < 1) return null;
  const type = text.slice(0, colon);
  const key = text.slice(colon + 1);
  // Canonical form only: a string that merely decodes to something is not a node id.
  if (!isNodeType(type) || key.length === 0 || nodeId(type, key) !== value) return null;
  return { type, key };
}

/** The record's key in an `ID` a caller sent: a node id is read as its key, anything else is taken as given. */
export function recordKey(value: string): string {
  return parseNodeId(value)?.key ?? value;
}

/** Fields that name a node of another record by its key, resolved as that node's id too. */
const NODE_REFERENCES: Record<string, NodeType> = {
  // A department's record of a party (CaseParty.partyId): a client tells "this is me" by comparing it with `me.id`.
  partyId: "Party",
  applicantPartyId: "Party",
};

/**
 * Resolves, in place, the `id` of every node type in `schema` as its node id, from the record's key field (a
 * dispute's is its code), and every field of NODE_REFERENCES as the node id of the record it names. A value that
 * already is that type's node id is kept, so a record resolved twice (or a representation passed on) is never
 * encoded twice.
 */
export function resolveNodeIds(schema: GraphQLSchema): void {
  for (const object of Object.values(schema.getTypeMap())) {
    if (!isObjectType(object) || object.name.startsWith("__")) continue;
    const keyField = isNodeType(object.name) ? NODE_TYPES[object.name] : undefined;
    for (const field of Object.values(object.getFields())) {
      const type = field.name === "id" && keyField ? (object.name as NodeType) : NODE_REFERENCES[field.name];
      if (!type) continue;
      const original = field.resolve ?? defaultFieldResolver;
      const fromSource = field.name === "id" && keyField && keyField !== "id" ? keyField : undefined;
      const encode = (key: unknown) => (typeof key === "string" ? asNodeId(type, key) : key);
      field.resolve = (source: Record<string, unknown>, args, context, info) => {
        const key: unknown = fromSource ? source[fromSource] : original(source, args, context, info);
        // A field resolver (a masked party id, say) may answer later.
        return key instanceof Promise ? key.then(encode) : encode(key);
      };
    }
  }
}

const asNodeId = (type: NodeType, key: string): string => (parseNodeId(key)?.type === type ? key : nodeId(type, key));

/**
 * A representation's key as the record's own: the gateway sends back the `id` a subgraph resolved, which is a
 * node id. Types keyed by something else (a dispute's code) pass as they are.
 */
export function representationWithKey<Representation extends Record<string, unknown>>(
  typeName: string,
  representation: Representation,
): Representation {
  if (!isNodeType(typeName) || NODE_TYPES[typeName] !== "id" || typeof representation.id !== "string") {
    return representation;
  }
  return { ...representation, id: recordKey(representation.id) };
}
