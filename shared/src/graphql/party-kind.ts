// 当事人类型, one enum for the whole graph: every department that records a party answers with it, and
// federation merges their definitions only when they are the same, so all take it from here. Each
// database declares the same two values as its own enum, which keeps the column closed.
import { registerEnumType } from "type-graphql";

export const PartyKind = { PERSON: "PERSON", ORGANISATION: "ORGANISATION" } as const;
export type PartyKind = (typeof PartyKind)[keyof typeof PartyKind];

registerEnumType(PartyKind, {
  name: "PartyKind",
  description: "当事人类型: a person or an organisation, and so which identifier it carries.",
  valuesConfig: {
    PERSON: { description: "自然人 (居民身份证) person, with a resident ID" },
    ORGANISATION: { description: "法人或其他组织 (统一社会信用代码) organisation, with a unified social credit code" },
  },
});
