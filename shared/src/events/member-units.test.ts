import { afterAll, beforeAll, describe, expect, it } from "vitest";
import express from "express";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { MemoryReplayGuard } from "../auth/internal-hop.js";
import { memberUnitsRoute, parseMemberUnits, registryMemberUnits, type MemberUnitEntry } from "./member-units.js";

const SECRET = "member-units-test-secret-of-enough-length";
const TONGLU = "330122";
const UNITS: MemberUnitEntry[] = [
  {
    id: "8d0c3a52-5b1e-4a57-9f5e-1c2b3d4e5f60",
    name: "桐庐县人力资源和社会保障局",
    regionCode: TONGLU,
    status: "ACTIVE",
  },
  { id: "0b6f2c1d-7e3a-4c9b-8a1d-2e3f4a5b6c7d", name: "桐庐县住房和城乡建设局", regionCode: TONGLU, status: "RETIRED" },
];

/** A stand-in registry answering `reply` to every member-units read, on a port the system chose. */
async function registryAnswering(reply: unknown): Promise<{ origin: string; close: () => Promise<void> }> {
  const app = express();
  app.get("/internal/member-units", (_req, res) => {
    res.json(reply);
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe("the center's member units, asked of the registry by a department", () => {
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    const app = express();
    app.use(memberUnitsRoute(SECRET, async (county) => (county === TONGLU ? UNITS : []), new MemoryReplayGuard()));
    server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("answers every unit of the county, whatever its status, to a department that signed its read", async () => {
    const reader = registryMemberUnits({ name: "mediation", secret: SECRET, origin });
    expect(await reader(TONGLU)).toEqual(UNITS);
    expect(await reader("330903")).toEqual([]);
  });

  it("refuses an unsigned or forged read, and the department hears the registry as unreachable", async () => {
    expect((await fetch(`${origin}/internal/member-units?county=${TONGLU}`)).status).toBe(401);
    const forged = registryMemberUnits({ name: "mediation", secret: "another-secret-of-enough-length-000", origin });
    await expect(forged(TONGLU)).rejects.toMatchObject({
      extensions: { code: "SERVICE_UNAVAILABLE", messageZh: "暂时无法向登记中心核实入驻部门名录，请稍后再试" },
    });
  });

  it.each([
    ["no list", { unit: UNITS }],
    ["a unit without a name", { units: [{ ...UNITS[0], name: undefined }] }],
    ["a status outside the lifecycle", { units: [{ ...UNITS[0], status: "CLOSED" }] }],
    ["a unit that is not an object", { units: ["桐庐县人力资源和社会保障局"] }],
  ])("takes a reply with %s for a registry that cannot answer, never for the county's units", async (_what, reply) => {
    expect(parseMemberUnits(reply)).toBeNull();
    const registry = await registryAnswering(reply);
    try {
      const reader = registryMemberUnits({ name: "mediation", secret: SECRET, origin: registry.origin });
      await expect(reader(TONGLU)).rejects.toMatchObject({ extensions: { code: "SERVICE_UNAVAILABLE" } });
    } finally {
      await registry.close();
    }
  });
});
