// Production runs each service's bundle (`<service>/dist/main.js`) with plain node: no TypeScript loader,
// only packages a production install (`npm ci --omit=dev`) provides, only the files its image copies, and
// migrations as a step of their own (`main.js migrate`), so replicas started with MIGRATE_AT_START=0 do not
// race to migrate.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { isBuiltin } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { envPrefix, SUBGRAPH_NAMES, type SubgraphName } from "@onedoor/shared/config";
import { buildAll } from "@onedoor/shared/cli/build";
import { bundlePaths, REPO_ROOT, type ServiceName } from "@onedoor/shared/system/service-command";
import { describeService } from "../../deploy/docker/describe-service.mjs";
import { readDockerfile, runtimeCopies } from "./dockerfile.js";

const SERVICES: ServiceName[] = [...SUBGRAPH_NAMES, "gateway"];

/** Where a bundle names a module it loads at run time: static and dynamic imports, require, resolve. */
const MODULE_REFERENCES = [
  /\bfrom\s*"([^"\s]+)"/g,
  /\bimport\s*"([^"\s]+)"/g,
  /\bimport\s*\(\s*"([^"\s]+)"\s*\)/g,
  /require\s*\(\s*"([^"\s]+)"\s*\)/g, // esbuild's `__require` too
  /\.resolve\(\s*"([^"\s]+)"\s*\)/g, // import.meta.resolve, createRequire(...).resolve: files read from a package
];
const PACKAGE_SPECIFIER = /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?:\/[\w./-]*)?$/;
/**
 * Optional packages their users require inside try/catch and that OneDoor does not install: pg's native
 * driver, type-graphql's validation, node-fetch's legacy charset conversion, ws's native accelerators.
 */
const OPTIONAL_PACKAGES = new Set(["pg-native", "class-validator", "encoding", "bufferutil", "utf-8-validate"]);

function moduleReferences(code: string): string[] {
  const found = new Set<string>();
  for (const pattern of MODULE_REFERENCES) for (const match of code.matchAll(pattern)) found.add(match[1]!);
  return [...found];
}

function packageName(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!;
}

/** Packages of the lock file a production install leaves out (`"dev": true`) or never installs (absent). */
async function productionInstall(): Promise<(name: string) => "installed" | "dev only" | "absent"> {
  const lock = JSON.parse(await readFile(join(REPO_ROOT, "package-lock.json"), "utf8")) as {
    packages: Record<string, { dev?: boolean }>;
  };
  return (name) => {
    const entry = lock.packages[`node_modules/${name}`];
    return entry === undefined ? "absent" : entry.dev ? "dev only" : "installed";
  };
}

/** Which packages of a bundle's run-time references a production install would not provide, and why. */
function missingInProduction(code: string, installed: (name: string) => string): string[] {
  return moduleReferences(code)
    .filter((specifier) => PACKAGE_SPECIFIER.test(specifier) && !isBuiltin(specifier))
    .map(packageName)
    .filter((name) => !OPTIONAL_PACKAGES.has(name) || installed(name) !== "absent")
    .map((name) => `${name}: ${installed(name)}`)
    .filter((verdict) => !verdict.endsWith(": installed"));
}

// Bundles are rebuilt when a source changed (a no-op when current): the checks below read what production runs.
beforeAll(async () => {
  await buildAll();
}, 300_000);

describe("service bundles", () => {
  it.each(SERVICES)("%s loads no TypeScript and only packages `npm ci --omit=dev` installs", async (name) => {
    const code = await readFile(bundlePaths(name).bundle, "utf8");
    const references = moduleReferences(code);
    expect(references.filter((specifier) => /\.[cm]?tsx?$/.test(specifier))).toEqual([]);
    expect(references.filter((specifier) => packageName(specifier) === "tsx")).toEqual([]);
    expect(missingInProduction(code, await productionInstall())).toEqual([]);
  });

  it("the check notices a development-only package and a TypeScript import", async () => {
    const installed = await productionInstall();
    const broken = 'import { x } from "vitest";\nconst y = __require("tsx/esm");\nconst z = await import("./a.ts");';
    expect(missingInProduction(broken, installed)).toEqual(["vitest: dev only", "tsx: dev only"]);
    expect(moduleReferences(broken).filter((specifier) => /\.[cm]?tsx?$/.test(specifier))).toEqual(["./a.ts"]);
    expect(missingInProduction('require("pg-native")', installed)).toEqual([]);
  });
});

interface Started {
  child: ChildProcess;
  output(): string;
  exit: Promise<number | null>;
}

const children = new Set<ChildProcess>();
const scratch: string[] = [];
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await Promise.all(scratch.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function scratchDir(label: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `onedoor-${label}-`));
  scratch.push(dir);
  return dir;
}

/**
 * The files of a service's image, as its Dockerfile's runtime stage copies them, in a folder of their own.
 * The image installs its packages with `npm ci --omit=dev`; here the installed ones are linked in (a
 * superset, and the bundle checks above show no development-only package is loaded).
 */
async function imageFiles(service: ServiceName): Promise<string> {
  const root = await scratchDir(`image-${service}`);
  const dockerfile = await readDockerfile(service === "gateway" ? "gateway" : "subgraph");
  for (const [from, to] of runtimeCopies(dockerfile, { DEPARTMENT: service })) {
    const target = join(root, to);
    if (from === "deploy/docker/service.json") {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, JSON.stringify(describeService(service)));
    } else {
      await cp(join(REPO_ROOT, from), target, { recursive: true });
    }
  }
  const { workspaces } = JSON.parse(await readFile(join(REPO_ROOT, "package.json"), "utf8")) as {
    workspaces: string[];
  };
  for (const folder of ["", ...workspaces]) {
    const installed = join(REPO_ROOT, folder, "node_modules");
    if (!existsSync(installed)) continue;
    await mkdir(join(root, folder), { recursive: true });
    await symlink(installed, join(root, folder, "node_modules"));
  }
  return root;
}

/**
 * A command in an image's folder as the container runs it: plain node, a clean environment (no NODE_OPTIONS
 * from the test runner, so no loader), production mode with its secrets, the image's environment.
 */
function runInImage(image: string, args: string[], env: NodeJS.ProcessEnv): Started {
  const child = spawn(process.execPath, args, {
    cwd: image,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      HOST: "127.0.0.1", // 0.0.0.0 in the image; loopback is enough here
      LOG_LEVEL: "info",
      ONEDOOR_INTERNAL_SECRET: randomBytes(24).toString("hex"),
      ONEDOOR_PARTY_ID_SECRET: randomBytes(24).toString("hex"),
      ...env,
    },
    // No IPC channel: a container has no launcher to report to.
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.add(child);
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exit = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exit };
}

/** The port a service says it is ready on (its `subgraph ready` or `gateway ready` log line). */
function readyPort({ child, output }: Started): Promise<number> {
  const readyLine = /"url":"http:\/\/127\.0\.0\.1:(\d+)\/graphql"[^\n]*"msg":"(?:subgraph|gateway) ready"/;
  return new Promise((resolve, reject) => {
    const check = () => {
      const port = readyLine.exec(output())?.[1];
      if (port === undefined) return;
      child.stdout!.off("data", check);
      child.off("exit", exited);
      resolve(Number(port));
    };
    const exited = () => reject(new Error(`exited before it was ready:\n${output()}`));
    child.stdout!.on("data", check);
    child.once("exit", exited);
  });
}

/** The image's HEALTHCHECK command (deploy/docker/healthcheck.mjs) against the running service. */
async function healthcheck(image: string, path: string, env: NodeJS.ProcessEnv): Promise<number | null> {
  return runInImage(image, ["deploy/docker/healthcheck.mjs", path], env).exit;
}

/** The migrations the `migrations up to date` log line says were applied by this run. */
function appliedMigrations(output: string): string[] | undefined {
  for (const line of output.split("\n")) {
    if (!line.startsWith("{")) continue;
    const entry = JSON.parse(line) as { msg?: string; applied?: string[] };
    if (entry.msg === "migrations up to date" && entry.applied) return entry.applied;
  }
  return undefined;
}

describe("a department's image", () => {
  const name: SubgraphName = "legal-aid";
  const { bundle, portVariable } = describeService(name);

  it("migrates as a separate step, then starts with plain node without migrating and passes its health checks", async () => {
    const image = await imageFiles(name);
    // PGlite stands in for the external PostgreSQL (DATABASE_URL) a deployment gives it.
    const env = { DATA_DIR: await scratchDir("data"), [portVariable]: "0", MIGRATE_AT_START: "0" };
    const committed = (await readdir(join(image, "subgraphs", name, "prisma", "migrations"), { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();

    // A replica that does not migrate refuses an unmigrated database rather than serving on it.
    const early = runInImage(image, [bundle], env);
    expect(await early.exit).toBe(1);
    expect(early.output()).toContain("MIGRATE_AT_START=0");

    const migrate = runInImage(image, [bundle, "migrate"], env);
    expect(await migrate.exit, migrate.output()).toBe(0);
    expect(appliedMigrations(migrate.output())).toEqual(committed);
    const again = runInImage(image, [bundle, "migrate"], env);
    expect(await again.exit, again.output()).toBe(0);
    expect(appliedMigrations(again.output())).toEqual([]);

    const replica = runInImage(image, ["--liftoff-only", "--max-semi-space-size=4", bundle], env);
    const port = await readyPort(replica);
    const health = await fetch(`http://127.0.0.1:${port}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await fetch(`http://127.0.0.1:${port}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true, database: true, migrations: true });
    expect(await healthcheck(image, "/health", { [portVariable]: String(port) })).toBe(0);
    expect(await healthcheck(image, "/ready", { [portVariable]: String(port) })).toBe(0);
    expect(await healthcheck(image, "/nowhere", { [portVariable]: String(port) })).toBe(1);
    replica.child.kill("SIGTERM");
    expect(await replica.exit, replica.output()).toBe(0);

    const unknown = runInImage(image, [bundle, "migrat"], env);
    expect(await unknown.exit).toBe(2);
    expect(unknown.output()).toContain("usage: main.js [migrate]");
  }, 300_000);
});

describe("the gateway's image", () => {
  it("starts in production with plain node and a JWKS of its own, live before the departments are", async () => {
    const image = await imageFiles("gateway");
    const { publicKey } = generateKeyPairSync("ed25519");
    const jwksFile = join(await scratchDir("jwks"), "jwks.json");
    await writeFile(
      jwksFile,
      JSON.stringify({ keys: [{ ...publicKey.export({ format: "jwk" }), kid: "t", alg: "EdDSA" }] }),
    );
    // Every department at an address where nothing listens.
    const departments = Object.fromEntries(
      SUBGRAPH_NAMES.map((name) => [`${envPrefix(name)}_URL`, "http://127.0.0.1:9/graphql"]),
    );
    const gateway = runInImage(image, [describeService("gateway").bundle], {
      GATEWAY_PORT: "0",
      JWKS_FILE: jwksFile,
      JWT_ISSUER: "https://id.example.test",
      ...departments,
    });
    const port = await readyPort(gateway);
    expect(await healthcheck(image, "/health", { GATEWAY_PORT: String(port) })).toBe(0);
    const ready = await fetch(`http://127.0.0.1:${port}/ready`);
    expect(ready.status).toBe(503);
    gateway.child.kill("SIGTERM");
    expect(await gateway.exit, gateway.output()).toBe(0);
  });
});
