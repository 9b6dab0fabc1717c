// 名录状态, one lifecycle for every department's bodies and people (committees, mediators, experts,
// arbitrators, tribunals, legal aid providers): federation merges the enum only when every department
// declares it alike, so all take it from here. Each database declares the same values as its own enum.
import { registerEnumType } from "type-graphql";

export const DirectoryStatus = { ACTIVE: "ACTIVE", SUSPENDED: "SUSPENDED", RETIRED: "RETIRED" } as const;
export type DirectoryStatus = (typeof DirectoryStatus)[keyof typeof DirectoryStatus];

registerEnumType(DirectoryStatus, {
  name: "DirectoryStatus",
  description: "名录状态: whether a body or person of a department's directory takes new matters.",
  valuesConfig: {
    ACTIVE: { description: "在册 active: may be sent, assigned or picked for new matters" },
    SUSPENDED: { description: "暂停 suspended: keeps what it holds, takes nothing new until reinstated" },
    RETIRED: { description: "退出 retired: left the directory for good; its past records stay" },
  },
});
