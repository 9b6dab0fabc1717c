import { afterEach, beforeEach, describe, expect, it } from "vitest";
import http from "node:http";
import { readFileSync } from "node:fs";
import { mkdir, mkdtemp, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import express from "express";
import { EXAMPLE_QUERY } from "@onedoor/shared/demo/example-query";
import type { Logger } from "@onedoor/shared/logger";
import {
  MANIFEST_FORMAT,
  operationDocuments,
  sha256,
  SHARED_LIST,
  TrustedDocuments,
  trustedDocumentsMode,
} from "./trusted-documents.js";

const DISPUTE = `query DisputeTitle($code: ID!) {
  dispute(code: $code) { ...Title }   # the registry's part
}
fragment Title on Dispute { title status ...Code }
fragment Code on Dispute { code }
fragment Unused on Dispute { category }
query Other { __typename }`;

describe("registering operations", () => {
  it("registers each named operation with exactly the fragments it uses, printed canonically", () => {
    const [title, other] = operationDocuments(DISPUTE);
    expect(title!.name).toBe("DisputeTitle");
    expect(title!.document).toContain("fragment Title on Dispute");
    expect(title!.document).toContain("fragment Code on Dispute");
    expect(title!.document).not.toContain("Unused");
    expect(title!.document).not.toContain("#");
    expect(other).toEqual({ name: "Other", document: "query Other {\n  __typename\n}" });
  });

  it("refuses anonymous operations and unknown fragments", () => {
    expect(() => operationDocuments("{ __typename }")).toThrow(/name/);
    expect(() => operationDocuments("query A { ...Missing }")).toThrow(/Missing/);
  });
});

describe("trusted documents", () => {
  const registered = operationDocuments(DISPUTE)[0]!.document;
  const trusted = new TrustedDocuments(new Map([[sha256(registered), registered]]));

  it("trusts a registered document as sent, or laid out differently, and nothing else", () => {
    expect(trusted.trusts(registered)).toBe(true);
    expect(
      trusted.trusts(DISPUTE.split("\nquery Other")[0]!.replace("fragment Unused on Dispute { category }", "")),
    ).toBe(true);
    expect(trusted.trusts(registered.replace("status", "status category"))).toBe(false);
    expect(trusted.trusts("query {")).toBe(false);
    expect(trusted.trusts(`{ ${"a ".repeat(20_000)} }`)).toBe(false);
  });

  it("serves registered hashes to Apollo's persisted-query cache, and in enforce mode remembers nothing else", async () => {
    const enforced = trusted.persistedQueryCache("enforce");
    expect(await enforced.get(`apq:${sha256(registered)}`)).toBe(registered);
    await enforced.set(`apq:${sha256("{ __typename }")}`, "{ __typename }");
    expect(await enforced.get(`apq:${sha256("{ __typename }")}`)).toBeUndefined();

    const open = trusted.persistedQueryCache("open", 2);
    for (const q of ["{ a }", "{ b }", "{ c }"]) await open.set(`apq:${sha256(q)}`, q);
    expect(await open.get(`apq:${sha256("{ c }")}`)).toBe("{ c }");
    expect(await open.get(`apq:${sha256("{ a }")}`)).toBeUndefined();
  });

  it("is enforced in production or when asked, open otherwise", () => {
    expect(trustedDocumentsMode({ NODE_ENV: "production" })).toBe("enforce");
    expect(trustedDocumentsMode({ NODE_ENV: "development", TRUSTED_DOCUMENTS: "enforce" })).toBe("enforce");
    expect(trustedDocumentsMode({ NODE_ENV: "test" })).toBe("open");
  });

  it("refuses an unregistered document with OPERATION_NOT_TRUSTED before Apollo sees it (POST and GET)", async () => {
    const app = express();
    app.use(
      "/graphql",
      express.json(),
      trusted.middleware("enforce"),
      (_req, res) => void res.json({ data: { ran: true } }),
    );
    const server = http.createServer(app);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`;
    try {
      const post = (body: unknown) =>
        fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      expect((await post({ query: registered })).status).toBe(200);
      // Hash-only requests are resolved (or refused as PERSISTED_QUERY_NOT_FOUND) by Apollo.
      expect((await post({ extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } })).status).toBe(
        200,
      );
      const refused = await post({ query: "{ __schema { types { name } } }" });
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: "OPERATION_NOT_TRUSTED" } }] });
      expect((await fetch(`${url}?query=${encodeURIComponent("{ __typename }")}`)).status).toBe(403);
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});

describe("the committed manifest", () => {
  const manifest = TrustedDocuments.load();
  const gateway = resolve(import.meta.dirname, "..");

  it("holds the cockpit page's query and subscription, GraphiQL's example and the README's example", () => {
    // The page sends each operation with the fragments it uses, as registered.
    const page = operationDocuments(readFileSync(resolve(gateway, "public/cockpit/cockpit.graphql"), "utf8"));
    expect(page.map((o) => o.name)).toEqual(["Cockpit", "CockpitChanged"]);
    for (const { document } of page) expect(manifest.trusts(document)).toBe(true);
    expect(manifest.trusts(page[1]!.document.replace("key", "key from"))).toBe(false);
    expect(manifest.trusts(EXAMPLE_QUERY)).toBe(true);
    const readmeExample = /```graphql\n([\s\S]*?)```/.exec(readFileSync(resolve(gateway, "../README.md"), "utf8"))?.[1];
    expect(manifest.trusts(readmeExample ?? "")).toBe(true);
  });

  it("keys every document by the sha256 of its text", () => {
    expect(manifest.size).toBeGreaterThanOrEqual(3);
    const raw = JSON.parse(readFileSync(resolve(gateway, "trusted-documents.json"), "utf8")) as {
      operations: Record<string, string>;
    };
    for (const [hash, document] of Object.entries(raw.operations)) expect(sha256(document)).toBe(hash);
  });
});

describe("trusted documents per app", () => {
  const shared = operationDocuments("query Shared { __typename }")[0]!.document;
  const clerk = operationDocuments("query ClerkQueue { __typename }")[0]!.document;
  const manifest = (...documents: string[]) =>
    JSON.stringify({ format: MANIFEST_FORMAT, operations: Object.fromEntries(documents.map((d) => [sha256(d), d])) });
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), "onedoor-trusted-"));
    await writeFile(join(dir, "trusted-documents.json"), manifest(shared));
    await mkdir(join(dir, "trusted-documents"));
    await writeFile(join(dir, "trusted-documents", "window-clerk.json"), manifest(clerk));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  const load = () => TrustedDocuments.load(join(dir, "trusted-documents.json"));
  /** Written whole, as the gateway's next check must never see half a file here. */
  const writeList = async (app: string, text: string) => {
    await writeFile(join(dir, "trusted-documents", `${app}.json.tmp`), text);
    await rename(join(dir, "trusted-documents", `${app}.json.tmp`), join(dir, "trusted-documents", `${app}.json`));
  };

  it("applies an app's own list to that app, and the shared manifest to every other client", () => {
    const trusted = load();
    expect(trusted.apps).toEqual(["window-clerk"]);
    expect(trusted.trusts(clerk, "window-clerk")).toBe(true);
    expect(trusted.trusts(shared, "window-clerk")).toBe(false);
    expect(trusted.trusts(shared)).toBe(true);
    expect(trusted.trusts(shared, "resident-mini-program")).toBe(true);
    expect(trusted.trusts(clerk)).toBe(false);
    expect(trusted.byHash(sha256(clerk), "window-clerk")).toBe(clerk);
    expect(trusted.byHash(sha256(clerk))).toBeUndefined();
    expect(trusted.registered().map(({ list, document }) => [list, document])).toEqual([
      [SHARED_LIST, shared],
      ["window-clerk", clerk],
    ]);
  });

  it("refuses a list whose file name is not a client name", async () => {
    await writeFile(join(dir, "trusted-documents", "no spaces.json"), manifest(clerk));
    expect(load).toThrow(/not a client name/);
  });

  it("reloads when a list is added or changed, and keeps the lists in service when one does not load", async () => {
    const trusted = load();
    const errors: unknown[] = [];
    let reloaded = () => {};
    const log = {
      info: () => {},
      error: (...args: unknown[]) => {
        errors.push(args);
        reloaded();
      },
    } as unknown as Logger;
    const nextReload = () => new Promise<void>((resolve) => (reloaded = resolve));
    const stop = trusted.watch(5, log, () => reloaded());
    try {
      let done = nextReload();
      await writeList("resident", manifest(shared, clerk));
      await done;
      expect(trusted.apps).toEqual(["resident", "window-clerk"]);
      expect(trusted.trusts(clerk, "resident")).toBe(true);

      done = nextReload();
      await writeList("window-clerk", manifest(shared));
      await done;
      expect(trusted.trusts(shared, "window-clerk")).toBe(true);
      expect(trusted.trusts(clerk, "window-clerk")).toBe(false);

      done = nextReload();
      await writeList("window-clerk", "{ not json");
      await done;
      expect(errors).toHaveLength(1);
      expect(trusted.trusts(shared, "window-clerk")).toBe(true);
    } finally {
      stop();
    }
  });

  it("runs, in enforce mode, only what the named app registered, by document or by hash", async () => {
    const trusted = load();
    const app = express();
    app.use(
      "/graphql",
      express.json(),
      trusted.middleware("enforce"),
      (_req, res) => void res.json({ data: { ran: true } }),
    );
    const server = http.createServer(app);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`;
    try {
      const post = (body: unknown, clientName?: string) =>
        fetch(url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            ...(clientName ? { "apollographql-client-name": clientName } : {}),
          },
          body: JSON.stringify(body),
        });
      const byHash = (document: string) => ({
        extensions: { persistedQuery: { version: 1, sha256Hash: sha256(document) } },
      });
      expect((await post({ query: clerk }, "window-clerk")).status).toBe(200);
      expect((await post({ query: shared }, "window-clerk")).status).toBe(403);
      expect((await post({ query: clerk })).status).toBe(403);
      expect(await (await post(byHash(clerk), "window-clerk")).json()).toEqual({ data: { ran: true } });
      const elsewhere = await post(byHash(clerk), "resident");
      expect(elsewhere.status).toBe(200);
      expect(await elsewhere.json()).toMatchObject({ errors: [{ extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }] });
      const extensions = encodeURIComponent(JSON.stringify(byHash(clerk).extensions));
      const get = await fetch(`${url}?extensions=${extensions}`);
      expect(await get.json()).toMatchObject({ errors: [{ extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }] });
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
