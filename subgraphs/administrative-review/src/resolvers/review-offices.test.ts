// 复议机构名录 in process: the directory administrator keeps the county's offices and officers on the shared
// lifecycle; an application is received only at the active office the registry sent the dispute to, and the
// office is recorded on the case; a reception point receives on the county office's behalf.
import { describe, expect, it } from "vitest";
import { addDays, toLocalDate } from "@onedoor/shared/clock/index";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { caller, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { subgraph } from "../subgraph.js";
import { publishedDirectory } from "../db/directory.js";

const ADMIN = caller("directoryAdministrator", { department: "administrative-review", region: "330122" });
const OTHER_ADMIN = caller("directoryAdministrator", { department: "administrative-review", region: "330903" });
const OFFICE_NAME = "桐庐县人民政府行政复议办公室";
const POINT_NAME = "桐庐县社会治理综合服务中心行政复议受理点";
const officer = (organization: string) =>
  caller("reviewOfficer", { department: "administrative-review", region: "330122", organization });

const OFFICE = "id name kind regionCode categories status statusReason version";
const ADD = `mutation ($input: AddReviewOfficeInput!) { addReviewOffice(input: $input) { ${OFFICE} } }`;
const CHANGE = `mutation ($input: ChangeReviewOfficeStatusInput!) { changeReviewOfficeStatus(input: $input) { ${OFFICE} } }`;
const REGISTER = `mutation ($input: RegisterReviewOfficerInput!) { registerReviewOfficer(input: $input) { id name officeId status version } }`;
const CHANGE_OFFICER = `mutation ($input: ChangeReviewOfficerStatusInput!) { changeReviewOfficerStatus(input: $input) { id status statusReason } }`;
const OFFICES = `query ($filter: ReviewOfficeFilter) { reviewOffices(filter: $filter) { name kind status } }`;
const OFFICERS = `query ($filter: ReviewOfficerFilter) { reviewOfficers(filter: $filter) { name status } }`;
const RECEIVE = `mutation ($input: ReceiveAdministrativeReviewCaseInput!) { receiveAdministrativeReviewCase(input: $input) { id officeId status } }`;
const ACCEPT = `mutation ($input: AcceptAdministrativeReviewCaseInput!) { acceptAdministrativeReviewCase(input: $input) { id status } }`;

let sequence = 950_000;
const freshCode = () => formatDisputeCode({ region: "330122", year: 2026, sequence: ++sequence });
const application = (disputeCode: string) => ({
  disputeCode,
  request: "请求撤销桐市监罚〔2026〕42号行政处罚决定",
  respondentAgency: "桐庐县市场监督管理局",
  contestedAct: "桐市监罚〔2026〕42号行政处罚决定",
  // Relative to the real clock, so the application is in time on any day.
  actKnownOn: addDays(toLocalDate(new Date()), -10),
});

describe("the review offices' directory (复议机构名录)", () => {
  const { store, run, notify } = useSubgraphKit(subgraph);
  const offices: Record<string, { id: string; version: number }> = {};

  it("adds the county's office and reception point, for the county's own directory administrator only", async () => {
    const office = { name: OFFICE_NAME, kind: "COUNTY_REVIEW_OFFICE", regionCode: "330122" };
    expect((await run(OTHER_ADMIN, ADD, { input: office })).codes).toEqual(["FORBIDDEN"]);
    expect((await run(officer(OFFICE_NAME), ADD, { input: office })).codes).toEqual(["FORBIDDEN"]);
    const bad = await run(ADMIN, ADD, { input: { ...office, name: "", regionCode: "3301" } });
    expect(bad.codes).toEqual(["BAD_USER_INPUT"]);
    const added = await run(ADMIN, ADD, { input: office });
    expect(added.codes).toEqual([]);
    expect(added.data!.addReviewOffice).toMatchObject({ ...office, categories: [], status: "ACTIVE", version: 1 });
    offices[OFFICE_NAME] = added.data!.addReviewOffice as { id: string; version: number };
    const again = await run(ADMIN, ADD, { input: office });
    expect(again.errors[0]!.extensions).toMatchObject({ reason: "REVIEW_OFFICE_ALREADY_IN_DIRECTORY" });
    const point = await run(ADMIN, ADD, { input: { name: POINT_NAME, kind: "RECEPTION_POINT", regionCode: "330122" } });
    offices[POINT_NAME] = point.data!.addReviewOffice as { id: string; version: number };
    const listed = await run(ADMIN, OFFICES, { filter: { regionCode: "330122" } });
    expect(listed.data!.reviewOffices).toEqual([
      { name: OFFICE_NAME, kind: "COUNTY_REVIEW_OFFICE", status: "ACTIVE" },
      { name: POINT_NAME, kind: "RECEPTION_POINT", status: "ACTIVE" },
    ]);
  });

  it("registers officers, whose active ones are the office's staff as published", async () => {
    const officeId = offices[OFFICE_NAME]!.id;
    for (const name of ["钟国平", "吴晓红"])
      expect((await run(ADMIN, REGISTER, { input: { officeId, name } })).codes).toEqual([]);
    const twice = await run(ADMIN, REGISTER, { input: { officeId, name: "钟国平" } });
    expect(twice.errors[0]!.extensions).toMatchObject({ reason: "OFFICER_ALREADY_ON_ROSTER" });
    expect((await run(OTHER_ADMIN, REGISTER, { input: { officeId, name: "虞静" } })).codes).toEqual(["FORBIDDEN"]);
    const [first] = (await run(ADMIN, OFFICERS, { filter: { officeId } })).data!.reviewOfficers as { name: string }[];
    const id = (await store().reviewOfficer.findFirstOrThrow({ where: { officeId, name: first!.name } })).id;
    const suspended = await run(ADMIN, CHANGE_OFFICER, {
      input: { officerId: id, status: "SUSPENDED", reason: "休假" },
    });
    expect(suspended.data!.changeReviewOfficerStatus).toMatchObject({ status: "SUSPENDED", statusReason: "休假" });
    const published = await publishedDirectory(store());
    expect(published.find((b) => b.id === officeId)).toMatchObject({ staffed: 1, coversAllCategories: true });
    expect(published.find((b) => b.name === POINT_NAME)).toMatchObject({ staffed: 0 });
  });

  it("receives an application at the office the registry sent the dispute to, and records it", async () => {
    const code = freshCode();
    await notify(code, "SENT", { id: offices[OFFICE_NAME]!.id, name: OFFICE_NAME });
    const received = await run(officer(OFFICE_NAME), RECEIVE, { input: application(code) });
    expect(received.codes).toEqual([]);
    expect(received.data!.receiveAdministrativeReviewCase).toMatchObject({
      officeId: offices[OFFICE_NAME]!.id,
      status: "RECEIVED",
    });
  });

  it("lets the reception point receive on the office's behalf, and the office alone examine the case", async () => {
    const code = freshCode();
    await notify(code, "SENT", { id: offices[OFFICE_NAME]!.id, name: OFFICE_NAME });
    const received = await run(officer(POINT_NAME), RECEIVE, { input: application(code) });
    expect(received.codes).toEqual([]);
    const row = received.data!.receiveAdministrativeReviewCase as { id: string; officeId: string };
    expect(row.officeId).toBe(offices[OFFICE_NAME]!.id);
    const input = { id: row.id, procedure: "ORDINARY" };
    expect((await run(officer(POINT_NAME), ACCEPT, { input })).codes).toEqual(["FORBIDDEN"]);
    expect((await run(officer(OFFICE_NAME), ACCEPT, { input })).codes).toEqual([]);
    // Another county's office receives nothing of this county.
    const other = freshCode();
    await notify(other, "SENT", { id: offices[OFFICE_NAME]!.id, name: OFFICE_NAME });
    const stranger = caller("reviewOfficer", {
      department: "administrative-review",
      region: "330122",
      organization: "舟山市普陀区人民政府行政复议办公室",
    });
    expect((await run(stranger, RECEIVE, { input: application(other) })).codes).toEqual(["FORBIDDEN"]);
  });

  it("refuses a dispute sent to another office, and one sent to an office not taking new matters", async () => {
    const elsewhere = freshCode();
    await notify(elsewhere, "SENT", { id: "5a0f3c1e-0000-4000-8000-000000000001", name: "另一复议机构" });
    const refused = await run(officer(OFFICE_NAME), RECEIVE, { input: application(elsewhere) });
    expect(refused.codes).toEqual(["INVALID_STATE"]);
    expect(refused.errors[0]!.extensions).toMatchObject({ reason: "SENT_TO_ANOTHER_BODY", disputeCode: elsewhere });

    const code = freshCode();
    await notify(code, "SENT", { id: offices[OFFICE_NAME]!.id, name: OFFICE_NAME });
    const office = offices[OFFICE_NAME]!;
    const suspend = await run(ADMIN, CHANGE, {
      input: { officeId: office.id, status: "SUSPENDED", reason: "机构调整", expectedVersion: office.version },
    });
    expect(suspend.data!.changeReviewOfficeStatus).toMatchObject({ status: "SUSPENDED", version: 2 });
    const closed = await run(officer(OFFICE_NAME), RECEIVE, { input: application(code) });
    expect(closed.errors[0]!.extensions).toMatchObject({ reason: "DIRECTORY_ENTRY_SUSPENDED" });
    expect(await store().administrativeReviewCase.count({ where: { disputeCode: code } })).toBe(0);
    // A stale version changes nothing.
    const stale = await run(ADMIN, CHANGE, {
      input: { officeId: office.id, status: "ACTIVE", reason: "恢复受理", expectedVersion: office.version },
    });
    expect(stale.codes).toEqual(["CONFLICT"]);
  });

  it("does not retire an office with open cases; retires one without", async () => {
    const office = offices[OFFICE_NAME]!;
    const refused = await run(ADMIN, CHANGE, { input: { officeId: office.id, status: "RETIRED", reason: "撤并" } });
    expect(refused.codes).toEqual(["INVALID_STATE"]);
    expect(refused.errors[0]!.extensions).toMatchObject({ reason: "OPEN_CASES" });
    const point = offices[POINT_NAME]!;
    const retired = await run(ADMIN, CHANGE, { input: { officeId: point.id, status: "RETIRED", reason: "撤并" } });
    expect(retired.data!.changeReviewOfficeStatus).toMatchObject({ status: "RETIRED", statusReason: "撤并" });
    const closed = await run(ADMIN, REGISTER, { input: { officeId: point.id, name: "袁丽娟" } });
    expect(closed.errors[0]!.extensions).toMatchObject({ reason: "DIRECTORY_ENTRY_RETIRED" });
  });
});
