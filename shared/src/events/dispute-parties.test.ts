import { afterAll, beforeAll, describe, expect, it } from "vitest";
import express from "express";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { MemoryReplayGuard } from "../auth/internal-hop.js";
import { disputePartiesRoute, registryDisputeParties } from "./dispute-parties.js";

const SECRET = "dispute-parties-test-secret-of-enough-length";
const CODE = "330903202600001X";
const BROKEN = "3309032026000028";
const PARTIES = {
  partyIds: ["P-LIJING", "P-HOSPITAL"],
  partyNames: [
    { kind: "PERSON" as const, partyId: "P-LIJING", name: "李静" },
    { kind: "ORGANISATION" as const, partyId: "P-HOSPITAL", name: "舟山市普陀区人民医院" },
    { kind: "PERSON" as const, partyId: null, name: "王师傅" },
  ],
};

describe("a dispute's parties, asked of the registry by a department", () => {
  let server: Server;
  let origin: string;
  const asked: string[] = [];
  beforeAll(async () => {
    const app = express();
    // The registry answers only for a dispute it sent to the department asking.
    app.use(
      disputePartiesRoute(
        SECRET,
        async (department, code) => {
          asked.push(`${department}:${code}`);
          if (code === BROKEN) throw new Error("the registry's database is away");
          return department === "mediation" && code === CODE ? PARTIES : null;
        },
        new MemoryReplayGuard(),
      ),
    );
    server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("answers the parties of a dispute sent to the department, and none of one that was not", async () => {
    expect(await registryDisputeParties({ name: "mediation", secret: SECRET, origin })(CODE)).toEqual(PARTIES);
    expect(await registryDisputeParties({ name: "arbitration", secret: SECRET, origin })(CODE)).toEqual({
      partyIds: [],
      partyNames: [],
    });
    expect(asked).toEqual([`mediation:${CODE}`, `arbitration:${CODE}`]);
  });

  it("refuses a read not signed by a department, and the department waits while the registry cannot answer", async () => {
    const unsigned = await fetch(`${origin}/internal/dispute-parties?code=${CODE}`);
    expect(unsigned.status).toBe(401);
    const forged = registryDisputeParties({ name: "mediation", secret: "another-secret-of-enough-length-000", origin });
    await expect(forged(CODE)).rejects.toMatchObject({ extensions: { code: "SERVICE_UNAVAILABLE" } });
    const reader = registryDisputeParties({ name: "mediation", secret: SECRET, origin });
    await expect(reader(BROKEN)).rejects.toMatchObject({
      extensions: { code: "SERVICE_UNAVAILABLE", messageZh: "暂时无法向登记中心核实纠纷当事人，请稍后再试" },
    });
  });

  it("takes an answer of the wrong shape for a registry that cannot answer, not for a dispute without parties", async () => {
    const app = express();
    app.get("/internal/dispute-parties", (_req, res) => {
      res.json({ partyIds: "P-LIJING" });
    });
    const odd = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => odd.once("listening", resolve));
    try {
      const reader = registryDisputeParties({
        name: "mediation",
        secret: SECRET,
        origin: `http://127.0.0.1:${(odd.address() as AddressInfo).port}`,
      });
      await expect(reader(CODE)).rejects.toMatchObject({ extensions: { code: "SERVICE_UNAVAILABLE" } });
    } finally {
      await new Promise((resolve) => odd.close(resolve));
    }
  });
});
