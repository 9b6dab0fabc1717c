// Reading OneDoor's Dockerfiles without Docker (no base image is reachable on our machines): their
// instructions by stage, the rules every image follows, and the files its runtime stage takes from the build.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { REPO_ROOT, type ServiceName } from "@onedoor/shared/system/service-command";

export interface Instruction {
  keyword: string;
  /** The rest of the instruction, continuation lines joined. */
  value: string;
}

export interface Stage {
  name: string;
  from: string;
  instructions: Instruction[];
}

export interface Dockerfile {
  /** ARGs before the first FROM. */
  globalArgs: Instruction[];
  stages: Stage[];
}

export function parseDockerfile(text: string): Dockerfile {
  const logical: string[] = [];
  let pending = "";
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (line.startsWith("#") || (line === "" && pending === "")) continue;
    if (line.endsWith("\\")) {
      pending += `${line.slice(0, -1).trim()} `;
      continue;
    }
    logical.push(`${pending}${line}`.trim());
    pending = "";
  }
  const parsed: Dockerfile = { globalArgs: [], stages: [] };
  for (const line of logical.filter(Boolean)) {
    const [, keyword = "", value = ""] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    const instruction = { keyword: keyword.toUpperCase(), value };
    if (instruction.keyword === "FROM") {
      const [, from = "", name] = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(value) ?? [];
      parsed.stages.push({ name: name ?? String(parsed.stages.length), from, instructions: [] });
    } else if (parsed.stages.length === 0) {
      parsed.globalArgs.push(instruction);
    } else {
      parsed.stages.at(-1)!.instructions.push(instruction);
    }
  }
  return parsed;
}

const SUBGRAPH_ARG = "DEPARTMENT";

/** `${NAME}` and `$NAME` replaced by the build arguments given. */
function substitute(text: string, args: Record<string, string>): string {
  return text.replace(
    /\$\{(\w+)\}|\$(\w+)/g,
    (whole, braced?: string, bare?: string) => args[braced ?? bare!] ?? whole,
  );
}

/**
 * What the runtime stage copies, from the build context or the build stage (whose /app is the context plus
 * what `npm run build` made): [path in the repository, path in the image's /app].
 */
export function runtimeCopies(dockerfile: Dockerfile, args: Record<string, string>): [string, string][] {
  const runtime = dockerfile.stages.at(-1)!;
  const copies: [string, string][] = [];
  for (const { keyword, value } of runtime.instructions) {
    if (keyword !== "COPY") continue;
    const parts = substitute(value, args)
      .split(/\s+/)
      .filter((part) => !part.startsWith("--"));
    const destination = parts.pop()!;
    // A source ending in "/" is a folder: its contents go to the destination.
    for (const source of parts) {
      const from = source.replace(/^\/app\//, "").replace(/\/$/, "");
      const to = source.endsWith("/")
        ? destination.replace(/\/$/, "")
        : destination.endsWith("/")
          ? `${destination}${from.split("/").at(-1)}`
          : destination;
      copies.push([from, to]);
    }
  }
  return copies;
}

/** What a service's own code serves: the path its health check asks for must be one of its routes. */
async function serves(service: ServiceName, path: string): Promise<boolean> {
  const server = join(REPO_ROOT, service === "gateway" ? "gateway/src/server.ts" : "shared/src/server/subgraph.ts");
  return (await readFile(server, "utf8")).includes(`app.get(${JSON.stringify(path)}`);
}

/**
 * Made in the build stage, not in the repository: a service's bundle folder (`npm run build` bundles its
 * src/main.ts) and the image's description (deploy/docker/describe-service.mjs).
 */
function madeInBuild(path: string): boolean {
  const bundleFolder = /^(gateway|subgraphs\/[\w-]+)\/dist$/.exec(path);
  if (bundleFolder) return existsSync(join(REPO_ROOT, bundleFolder[1]!, "src/main.ts"));
  return path === "deploy/docker/service.json";
}

/**
 * Breaches of the rules every OneDoor image follows, for the image of `service` (a department is chosen with
 * the build argument DEPARTMENT). Files the runtime stage copies must be in the repository or made by the build.
 */
export async function imageProblems(dockerfile: Dockerfile, service: ServiceName): Promise<string[]> {
  const problems: string[] = [];
  const [build, runtime] = [dockerfile.stages.at(0), dockerfile.stages.at(-1)];
  if (!build || !runtime || build === runtime) return ["not multi-stage: a build stage and a runtime stage"];
  const run = (stage: Stage) => stage.instructions.filter((i) => i.keyword === "RUN").map((i) => i.value);
  const last = (stage: Stage, keyword: string) => stage.instructions.filter((i) => i.keyword === keyword).at(-1);
  if (!run(build).some((command) => command.includes("npm run build"))) problems.push("build stage: no npm run build");
  if (!run(runtime).some((command) => /\bnpm ci\b.*--omit=dev/.test(command)))
    problems.push("runtime stage: no npm ci --omit=dev");
  if (runtime.from === build.name || runtime.instructions.some((i) => i.keyword === "COPY" && /^\.\s/.test(i.value)))
    problems.push("runtime stage: built on the build stage or copies the whole context");

  const user = last(runtime, "USER")?.value.split(":")[0];
  if (!user || user === "root" || user === "0") problems.push(`runtime stage: user ${user ?? "(none)"} is root`);

  const healthcheck = last(runtime, "HEALTHCHECK")?.value;
  const healthPath = healthcheck && /healthcheck\.mjs",\s*"([^"]+)"/.exec(healthcheck)?.[1];
  if (!healthPath) problems.push("runtime stage: no HEALTHCHECK through deploy/docker/healthcheck.mjs");
  else if (!(await serves(service, healthPath))) problems.push(`HEALTHCHECK asks for ${healthPath}, not served`);

  const args: Record<string, string> = {};
  if (service !== "gateway") {
    const declared = runtime.instructions.some((i) => i.keyword === "ARG" && i.value.split("=")[0] === SUBGRAPH_ARG);
    if (!declared) problems.push(`runtime stage: no ARG ${SUBGRAPH_ARG}`);
    args[SUBGRAPH_ARG] = service;
  }
  const bundle = service === "gateway" ? "gateway/dist/main.js" : `subgraphs/${service}/dist/main.js`;
  const command = substitute(last(runtime, "CMD")?.value ?? "", args);
  if (!command.includes(bundle)) problems.push(`CMD does not start ${bundle}: ${command}`);

  const copies = runtimeCopies(dockerfile, args);
  for (const [source] of copies)
    if (!madeInBuild(source) && !existsSync(join(REPO_ROOT, source)))
      problems.push(`runtime stage copies ${source}, which the build does not have`);
  if (!copies.some(([source]) => bundle.startsWith(`${source}/`) || source === bundle))
    problems.push(`runtime stage does not copy ${bundle}`);

  const workspaces = (JSON.parse(await readFile(join(REPO_ROOT, "package.json"), "utf8")) as { workspaces: string[] })
    .workspaces;
  const manifests = runtime.instructions.filter((i) => i.keyword === "COPY" && !i.value.startsWith("--from="));
  for (const workspace of workspaces)
    if (!manifests.some((i) => i.value.startsWith(`${workspace}/package.json `)))
      problems.push(`runtime stage: npm ci without ${workspace}/package.json`);
  return problems;
}

export async function readDockerfile(name: "gateway" | "subgraph"): Promise<Dockerfile> {
  return parseDockerfile(await readFile(join(REPO_ROOT, "deploy/docker", `${name}.Dockerfile`), "utf8"));
}
