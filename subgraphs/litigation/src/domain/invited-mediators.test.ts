import { describe, expect, it } from "vitest";
import { DIRECTORY_STATUSES } from "@onedoor/shared/directory/lifecycle";
import { DirectoryStatus } from "../generated/prisma/enums.js";
import { invitedMediatorRefusal } from "./invited-mediators.js";

describe("delegating to an invited mediator of the roster", () => {
  it("declares the shared directory statuses in the database", () => {
    expect(Object.values(DirectoryStatus)).toEqual(DIRECTORY_STATUSES);
  });

  it("delegates to an active mediator of the court's roster only", () => {
    expect(invitedMediatorRefusal("叶文涛", { status: "ACTIVE" }, "浙0122")).toBeNull();
    expect(invitedMediatorRefusal("王海军", null, "浙0122")).toEqual({
      reason: "INVITED_MEDIATOR_NOT_ON_ROSTER",
      messageZh: "王海军不在浙0122法院特邀调解员名册中",
      messageEn: "王海军 is not on the invited mediators' roster of court 浙0122",
    });
    expect(invitedMediatorRefusal("叶文涛", { status: "SUSPENDED" }, "浙0122")).toMatchObject({
      reason: "DIRECTORY_ENTRY_SUSPENDED",
      messageZh: "特邀调解员叶文涛已暂停，不能承接新的事项",
    });
    expect(invitedMediatorRefusal("叶文涛", { status: "RETIRED" }, "浙0122")).toMatchObject({
      reason: "DIRECTORY_ENTRY_RETIRED",
    });
  });
});
