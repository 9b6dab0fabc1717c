// A review office's jurisdiction, run on the schema in process: a case of 普陀区 is received, read and changed
// only by 普陀区's office (and commander); 桐庐县's office and commander, and a token naming a body of another
// kind, are refused, and the case stays as it was.
import { beforeAll, describe, expect, it } from "vitest";
import type { Identity } from "@onedoor/shared/auth/identity";
import { addDays, toLocalDate } from "@onedoor/shared/clock/index";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { caller, useSubgraphKit } from "@onedoor/shared/testing/subgraph-kit";
import { subgraph } from "../subgraph.js";
import { recordKey } from "@onedoor/shared/graphql/node-id";

const PUTUO = "330903"; // 舟山市普陀区
const TONGLU = "330122"; // 杭州市桐庐县
const DISPUTE = formatDisputeCode({ region: PUTUO, year: 2026, sequence: 21 });

const officer = (region: string, organization: string): Identity =>
  caller("reviewOfficer", {
    userId: `officer@${organization}`,
    department: "administrative-review",
    region,
    organization,
  });
const PUTUO_OFFICE = officer(PUTUO, "普陀区人民政府行政复议办公室");
const TONGLU_OFFICE = officer(TONGLU, "桐庐县人民政府行政复议办公室");
const WRONG_BODY = officer(PUTUO, "普陀区法律援助中心");
const PUTUO_COMMANDER = caller("commander", { region: PUTUO });
const TONGLU_COMMANDER = caller("commander", { region: TONGLU });

const RECEIVE = `mutation ($input: ReceiveAdministrativeReviewCaseInput!) { receiveAdministrativeReviewCase(input: $input) { id version } }`;
const ACCEPT = `mutation ($input: AcceptAdministrativeReviewCaseInput!) { acceptAdministrativeReviewCase(input: $input) { id status } }`;
const READ = `query ($id: ID!) { administrativeReviewCase(id: $id) { id } }`;
const ENTITY = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on AdministrativeReviewCase { id } } }`;
const THROUGH_DISPUTE = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Dispute { administrativeReviewCases { id } } } }`;

const input = {
  disputeCode: DISPUTE,
  request: "请求撤销普陀区海洋与渔业局作出的行政处罚决定",
  respondentAgency: "舟山市普陀区海洋与渔业局",
  contestedAct: "普海渔罚〔2026〕7号行政处罚决定",
  // Relative to the real clock, so the application is in time on any day.
  actKnownOn: addDays(toLocalDate(new Date()), -10),
};

describe("a review office's jurisdiction", () => {
  const { store, run, notify } = useSubgraphKit(subgraph);
  beforeAll(() => notify(DISPUTE, "SENT", "普陀区人民政府行政复议办公室"));

  it("receives, reads and changes a case only within the office's own county", async () => {
    for (const identity of [TONGLU_OFFICE, WRONG_BODY])
      expect((await run(identity, RECEIVE, { input })).codes).toEqual(["FORBIDDEN"]);
    expect(await store().administrativeReviewCase.count({ where: { disputeCode: DISPUTE } })).toBe(0);

    const received = await run(PUTUO_OFFICE, RECEIVE, { input });
    expect(received.codes).toEqual([]);
    const kase = received.data!.receiveAdministrativeReviewCase as { id: string; version: number };

    const reps = [{ __typename: "AdministrativeReviewCase", id: kase.id }];
    const disputeReps = [{ __typename: "Dispute", code: DISPUTE }];
    for (const identity of [PUTUO_OFFICE, PUTUO_COMMANDER]) {
      expect((await run(identity, READ, { id: kase.id })).data!.administrativeReviewCase).toEqual({ id: kase.id });
      expect((await run(identity, ENTITY, { reps })).data!._entities).toEqual([{ id: kase.id }]);
      expect((await run(identity, THROUGH_DISPUTE, { reps: disputeReps })).data!._entities).toEqual([
        { administrativeReviewCases: [{ id: kase.id }] },
      ]);
    }
    for (const identity of [TONGLU_OFFICE, TONGLU_COMMANDER, WRONG_BODY]) {
      expect((await run(identity, READ, { id: kase.id })).codes).toEqual(["FORBIDDEN"]);
      expect((await run(identity, ENTITY, { reps })).codes).toEqual(["FORBIDDEN"]);
      expect((await run(identity, THROUGH_DISPUTE, { reps: disputeReps })).data!._entities).toEqual([
        { administrativeReviewCases: [] },
      ]);
    }

    const accept = { id: kase.id, procedure: "ORDINARY" };
    for (const identity of [TONGLU_OFFICE, WRONG_BODY])
      expect((await run(identity, ACCEPT, { input: accept })).codes).toEqual(["FORBIDDEN"]);
    expect(
      await store().administrativeReviewCase.findUniqueOrThrow({ where: { id: recordKey(kase.id) } }),
    ).toMatchObject({
      status: "RECEIVED",
      version: kase.version,
    });
    const accepted = await run(PUTUO_OFFICE, ACCEPT, { input: accept });
    expect(accepted.codes).toEqual([]);
    expect(accepted.data!.acceptAdministrativeReviewCase).toEqual({ id: kase.id, status: "ACCEPTED" });
  });
});
