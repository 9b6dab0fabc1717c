import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { corsPolicyFromEnv } from "./cors.js";
import { SUPERGRAPH_PATH } from "./compose.js";
import { startGateway, type RunningGateway } from "./server.js";
import { MANIFEST_FORMAT, operationDocuments, sha256 } from "./trusted-documents.js";

describe("the CORS policy", () => {
  it("allows no other origin in production unless listed, and the gateway's own origin in development", () => {
    expect(corsPolicyFromEnv({ NODE_ENV: "production" })).toMatchObject({ allowOwnOrigin: false });
    expect([...corsPolicyFromEnv({ NODE_ENV: "production" }).origins]).toEqual([]);
    expect(corsPolicyFromEnv({ NODE_ENV: "development" }).allowOwnOrigin).toBe(true);
    const listed = corsPolicyFromEnv({
      NODE_ENV: "production",
      CORS_ALLOWED_ORIGINS: "https://clerk.example.gov.cn, http://127.0.0.1:5173/",
    });
    expect([...listed.origins]).toEqual(["https://clerk.example.gov.cn", "http://127.0.0.1:5173"]);
    expect(listed.headers).not.toContain("x-onedoor-simulated-time");
  });

  it("refuses a wildcard, a path or something that is not an origin", () => {
    for (const bad of ["*", "https://clerk.example.gov.cn/app", "clerk.example.gov.cn", "ftp://x.example"])
      expect(() => corsPolicyFromEnv({ CORS_ALLOWED_ORIGINS: bad })).toThrow(/CORS_ALLOWED_ORIGINS/);
  });
});

// A real gateway on a free port; `{ __typename }` needs no department, so none is started.
describe("a gateway with allowed origins and an app's own trusted documents", () => {
  const allowed = "https://clerk.example.gov.cn";
  const ping = operationDocuments("query Ping { __typename }")[0]!.document;
  const clerkPing = operationDocuments("query ClerkPing { __typename }")[0]!.document;
  const manifest = (...documents: string[]) =>
    JSON.stringify({ format: MANIFEST_FORMAT, operations: Object.fromEntries(documents.map((d) => [sha256(d), d])) });
  let dir: string;
  let gateway: RunningGateway;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "onedoor-kit-"));
    await writeFile(join(dir, "trusted-documents.json"), manifest(ping));
    await mkdir(join(dir, "trusted-documents"));
    vi.stubEnv("CORS_ALLOWED_ORIGINS", allowed);
    vi.stubEnv("TRUSTED_DOCUMENTS", "enforce");
    vi.stubEnv("TRUSTED_DOCUMENTS_PATH", join(dir, "trusted-documents.json"));
    vi.stubEnv("TRUSTED_DOCUMENTS_RELOAD_MS", "20");
    vi.stubEnv("LOG_LEVEL", "error");
    gateway = await startGateway({ supergraphPath: SUPERGRAPH_PATH, port: 0 });
  });
  afterAll(async () => {
    await gateway?.stop();
    vi.unstubAllEnvs();
    await rm(dir, { recursive: true, force: true });
  });

  const preflight = (origin: string) =>
    fetch(gateway.url, {
      method: "OPTIONS",
      headers: {
        origin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type, authorization",
      },
    });
  const post = (query: string, headers: Record<string, string> = {}) =>
    fetch(gateway.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query }),
    });

  it("answers a preflight and a request from an allowed origin with CORS headers", async () => {
    const answer = await preflight(allowed);
    expect(answer.status).toBe(204);
    expect(answer.headers.get("access-control-allow-origin")).toBe(allowed);
    expect(answer.headers.get("access-control-allow-methods")).toContain("POST");
    expect(answer.headers.get("access-control-allow-headers")).toContain("authorization");
    const request = await post(ping, { origin: allowed });
    expect(await request.json()).toEqual({ data: { __typename: "Query" } });
    expect(request.headers.get("access-control-allow-origin")).toBe(allowed);
    expect(request.headers.get("access-control-expose-headers")).toContain("x-request-id");
  });

  it("gives another origin no CORS headers, so its browser keeps the answer from the page", async () => {
    const answer = await preflight("https://elsewhere.example.com");
    expect(answer.headers.get("access-control-allow-origin")).toBeNull();
    expect(answer.headers.get("access-control-allow-methods")).toBeNull();
    const request = await post(ping, { origin: "https://elsewhere.example.com" });
    expect(request.headers.get("access-control-allow-origin")).toBeNull();
    expect(request.headers.get("vary")).toMatch(/origin/i);
  });

  it("allows its own origin outside production", async () => {
    const own = new URL(gateway.url).origin;
    expect((await preflight(own)).headers.get("access-control-allow-origin")).toBe(own);
  });

  it("chooses the trusted list by client name and picks up a new app's list without a restart", async () => {
    const clerk = { "apollographql-client-name": "window-clerk" };
    expect((await post(ping)).status).toBe(200);
    expect((await post(clerkPing, clerk)).status).toBe(403);
    // The app's list appears while the gateway runs: from then on only its own operations run for it.
    await writeFile(join(dir, "trusted-documents", "window-clerk.json"), manifest(clerkPing));
    await vi.waitFor(async () => expect((await post(clerkPing, clerk)).status).toBe(200), {
      timeout: 10_000,
      interval: 20,
    });
    expect((await post(ping, clerk)).status).toBe(403);
    expect((await post(ping)).status).toBe(200);
  });
});
