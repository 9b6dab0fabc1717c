// The images' Dockerfiles follow OneDoor's rules (multi-stage, production dependencies only, an
// unprivileged user, a health check on a path the service serves, a real department) and copy files the
// build has. Docker cannot build them here (no base image reachable); production-build.test.ts runs the
// files they copy as the image would.
import { describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { SUBGRAPH_NAMES } from "@onedoor/shared/config";
import { REPO_ROOT } from "@onedoor/shared/system/service-command";
import { describeService } from "../../deploy/docker/describe-service.mjs";
import { imageProblems, parseDockerfile, readDockerfile, type Dockerfile } from "./dockerfile.js";

describe("gateway image", () => {
  it("follows the rules", async () => {
    expect(await imageProblems(await readDockerfile("gateway"), "gateway")).toEqual([]);
  });
});

describe.each(SUBGRAPH_NAMES)("department image built with DEPARTMENT=%s", (department) => {
  it("follows the rules", async () => {
    expect(await imageProblems(await readDockerfile("subgraph"), department)).toEqual([]);
  });
});

describe("the rules", () => {
  /** The Dockerfile with one instruction's text replaced. */
  async function mutated(replace: [RegExp, string]): Promise<Dockerfile> {
    const text = await readFile(join(REPO_ROOT, "deploy/docker/subgraph.Dockerfile"), "utf8");
    const changed = text.replace(...replace);
    expect(changed).not.toBe(text);
    return parseDockerfile(changed);
  }

  it.each([
    ["root user", [/^USER .*$/m, "USER root"], "is root"],
    ["a full install", [/npm ci --omit=dev/, "npm ci"], "no npm ci --omit=dev"],
    ["a health check on a path nobody serves", [/"\/health"\]/, '"/healthz"]'], "not served"],
    [
      "a folder the build does not make",
      [/\/prisma\/ subgraphs/, "/schema/ subgraphs"],
      "which the build does not have",
    ],
    ["a workspace left out of npm ci", [/^COPY test\/package\.json test\/$/m, ""], "without test/package.json"],
    ["one stage", [/^FROM \$\{NODE_IMAGE\} AS runtime$/m, "WORKDIR /app"], "runtime stage"],
  ] as const)("catch %s", async (_, replace, problem) => {
    const problems = await imageProblems(await mutated([replace[0], replace[1]]), "mediation");
    expect(problems.join("\n")).toContain(problem);
  });

  it("the build refuses a department that does not exist", () => {
    expect(describeService("mediation")).toMatchObject({ portVariable: "MEDIATION_PORT", port: 4002 });
    expect(describeService("gateway")).toMatchObject({ portVariable: "GATEWAY_PORT", port: 4000 });
    expect(() => describeService("tax-bureau")).toThrow(/unknown service "tax-bureau"/);
  });

  it("the build context leaves out installed packages, bundles and local data", async () => {
    const ignored = (await readFile(join(REPO_ROOT, ".dockerignore"), "utf8")).split("\n");
    expect(ignored).toEqual(expect.arrayContaining(["**/node_modules", "**/dist", "data", ".git"]));
  });
});
