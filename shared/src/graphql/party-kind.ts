// 当事人类型, one enum for the whole graph: the registry and the court both declare it, and federation
// merges the two only when name, values and descriptions are the same, so both take them from here.
export const PARTY_KIND_ENUM = {
  name: "PartyKind",
  description: "当事人类型: a person or an organisation, and so which identifier it carries.",
  valuesConfig: {
    PERSON: { description: "自然人 (居民身份证) person, with a resident ID" },
    ORGANISATION: { description: "法人或其他组织 (统一社会信用代码) organisation, with a unified social credit code" },
  },
};
