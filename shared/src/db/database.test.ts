import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { databaseLocation, REPO_ROOT } from "./database.js";

describe("where a subgraph's database lives", () => {
  it("defaults to embedded PGlite under ./data/<subgraph>", () => {
    expect(databaseLocation("legal-aid", {})).toEqual({
      kind: "pglite",
      dataDir: join(REPO_ROOT, "data", "legal-aid"),
    });
  });

  it("keeps PGlite in memory when DATA_DIR=memory", () => {
    expect(databaseLocation("mediation", { DATA_DIR: "memory" })).toEqual({ kind: "pglite", dataDir: "memory" });
  });

  it("gives each subgraph its own database from one base URL", () => {
    const env = { DATABASE_BASE_URL: "postgresql://127.0.0.1:5432/onedoor" };
    expect(databaseLocation("legal-aid", env)).toEqual({
      kind: "postgres",
      url: "postgresql://127.0.0.1:5432/onedoor_legal_aid",
    });
    expect(databaseLocation("petitions", env)).toEqual({
      kind: "postgres",
      url: "postgresql://127.0.0.1:5432/onedoor_petitions",
    });
  });

  it("prefers the subgraph's own URL over the base URL", () => {
    const env = {
      DATABASE_BASE_URL: "postgresql://127.0.0.1:5432/onedoor",
      ARBITRATION_DATABASE_URL: "postgresql://db.example/arb",
    };
    expect(databaseLocation("arbitration", env)).toEqual({ kind: "postgres", url: "postgresql://db.example/arb" });
  });
});
