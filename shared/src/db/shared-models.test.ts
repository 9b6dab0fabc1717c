import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SUBGRAPH_NAMES } from "../config.js";
import { REPO_ROOT } from "../system/service-command.js";
import { modelBlock, sharedModelsOf, sharedModelText, withSharedModels } from "./shared-models.js";

describe("models every department shares", () => {
  it.each(SUBGRAPH_NAMES)(
    "%s's schema.prisma holds the shared blocks exactly (npm run generate rewrites them)",
    (name) => {
      const schema = readFileSync(join(REPO_ROOT, "subgraphs", name, "prisma", "schema.prisma"), "utf8");
      for (const shared of sharedModelsOf(name)) {
        const block = modelBlock(schema, shared.model);
        expect(block, `${name} declares ${shared.model}`).toBeDefined();
        expect(schema.slice(block!.start, block!.end)).toBe(sharedModelText(shared));
      }
    },
  );

  it("rewrites a drifted copy with its doc comment, and leaves the rest of the schema as it was", () => {
    const drifted = `model A {\n  id Int @id\n}\n\n/// old words\nmodel AuditEntry {\n  id String @id\n}\n\nmodel B {\n  id Int @id\n}\n`;
    const [audit] = sharedModelsOf("petitions");
    const synced = withSharedModels(drifted, [audit!]);
    expect(synced).not.toContain("old words");
    expect(synced).toContain(sharedModelText(audit!));
    expect(synced.startsWith("model A {\n  id Int @id\n}\n\n")).toBe(true);
    expect(synced.endsWith("\n\nmodel B {\n  id Int @id\n}\n")).toBe(true);
  });
});
