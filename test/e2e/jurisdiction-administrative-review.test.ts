// Administrative review jurisdiction through the gateway: a county's review office (and its commander) reads,
// changes and receives the county's review cases; another county's office and commander are refused. Each
// attack has its control: the same request from 普陀区's office works. The department keeps no case list.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { sharedGateway } from "../support/system.js";
import { residentId } from "../support/identities.js";
import { chinaDaysAgo } from "../support/calendar.js";
import { COMMANDER, STAFF, as, within, type Caller } from "../support/callers.js";
import { registeredAndSentTo } from "../support/registration.js";

const gql = sharedGateway(inject("gatewayUrl"));

const PUTUO = "330903"; // 舟山市普陀区
const TONGLU = "330122"; // 杭州市桐庐县

const putuoOffice = within(STAFF["administrative-review"], PUTUO, "普陀区人民政府行政复议办公室");
const tongluOffice = within(STAFF["administrative-review"], TONGLU, "桐庐县人民政府行政复议办公室");
const putuoCommander = within(COMMANDER, PUTUO);
const tongluCommander = within(COMMANDER, TONGLU);

const BUREAU = "舟山市普陀区海洋与渔业局";

/** A fisherman contests a fishery fine in 普陀区; the dispute goes to the county's review office (the default body). */
const contestedFine = () => ({
  title: "不服区海洋与渔业局渔业行政处罚",
  description:
    "渔民在禁渔期内被认定违规作业，区海洋与渔业局没收渔具并处罚款。渔民认为作业海域不在禁渔区，请求撤销处罚。",
  category: "海事渔事",
  region: PUTUO,
  channel: "WALK_IN",
  flags: ["ADMINISTRATIVE_ACT"],
  parties: [{ kind: "PERSON", name: "郑海生", residentId: residentId({ region: PUTUO }), phone: "13905803316" }],
  respondents: [{ kind: "ORGANISATION", name: BUREAU }],
});
const application = (disputeCode: string) => ({
  disputeCode,
  request: "请求撤销普海渔罚〔2026〕7号行政处罚决定",
  respondentAgency: BUREAU,
  contestedAct: "普海渔罚〔2026〕7号行政处罚决定（没收渔具并处罚款）",
  actKnownOn: chinaDaysAgo(10),
});

const RECEIVE = `mutation ($input: ReceiveAdministrativeReviewCaseInput!) { receiveAdministrativeReviewCase(input: $input) { id } }`;
const CASE = `query ($id: ID!) { administrativeReviewCase(id: $id) { id status version } }`;
const DISPUTE_CASES = `query ($code: ID!) { dispute(code: $code) { code administrativeReviewCases { id } } }`;
const ACCEPT = `mutation ($id: ID!) { acceptAdministrativeReviewCase(input: { id: $id, procedure: ORDINARY }) { id status } }`;

const errorCodes = (errors: { extensions?: { code?: string } }[] | undefined) =>
  (errors ?? []).map((e) => e.extensions?.code);

let code: string;
let caseId: string;

beforeAll(async () => {
  code = await registeredAndSentTo(gql, contestedFine(), "ADMINISTRATIVE_REVIEW");
  const { body } = await gql<{ receiveAdministrativeReviewCase: { id: string } }>(
    RECEIVE,
    { input: application(code) },
    await as(putuoOffice),
  );
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  caseId = body.data!.receiveAdministrativeReviewCase.id;
});

async function read(caller: Caller) {
  const [byId, throughDispute] = await Promise.all([
    gql<{ administrativeReviewCase: { id: string } | null }>(CASE, { id: caseId }, await as(caller)),
    gql<{ dispute: { administrativeReviewCases: { id: string }[] } | null }>(DISPUTE_CASES, { code }, await as(caller)),
  ]);
  return {
    byId: byId.body.data?.administrativeReviewCase?.id ?? errorCodes(byId.body.errors),
    throughDispute: throughDispute.body.data?.dispute?.administrativeReviewCases.map((c) => c.id) ?? null,
  };
}

describe("a county's administrative review case", () => {
  it("is read by the county's office and commander, by id and through the dispute", async () => {
    for (const caller of [putuoOffice, putuoCommander])
      expect(await read(caller)).toEqual({ byId: caseId, throughDispute: [caseId] });
  });

  it("is refused to another county's office and commander", async () => {
    for (const caller of [tongluOffice, tongluCommander])
      expect(await read(caller)).toEqual({ byId: ["FORBIDDEN"], throughDispute: null });
  });

  it("cannot be changed by another county's office, and stays as it was", async () => {
    const { body } = await gql(ACCEPT, { id: caseId }, await as(tongluOffice));
    expect(errorCodes(body.errors)).toEqual(["FORBIDDEN"]);
    const { body: seen } = await gql<{ administrativeReviewCase: { status: string; version: number } }>(
      CASE,
      { id: caseId },
      await as(putuoOffice),
    );
    expect(seen.data?.administrativeReviewCase).toMatchObject({ status: "RECEIVED", version: 1 });
  });

  it("is received only by its own county's office", async () => {
    const another = await registeredAndSentTo(gql, contestedFine(), "ADMINISTRATIVE_REVIEW");
    const { body } = await gql(RECEIVE, { input: application(another) }, await as(tongluOffice));
    expect(errorCodes(body.errors)).toEqual(["FORBIDDEN"]);
    const { body: seen } = await gql<{ dispute: { administrativeReviewCases: unknown[] } }>(
      DISPUTE_CASES,
      { code: another },
      await as(putuoOffice),
    );
    expect(seen.data?.dispute.administrativeReviewCases).toEqual([]);
    const { body: control } = await gql(RECEIVE, { input: application(another) }, await as(putuoOffice));
    expect(control.errors, JSON.stringify(control.errors)).toBeUndefined();
  });
});
