// The kit client teams build on: the committed API schema, the generated typed documents, and the two
// promises made to shipped apps (their registered operations keep validating; nothing they may use goes
// away without a deprecation first).
import { describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import { join, sep } from "node:path";
import { promisify } from "node:util";
import { buildSchema, type GraphQLObjectType } from "graphql";
import { REPO_ROOT } from "@onedoor/shared/db/database";
import { API_SCHEMA_PATH, apiSchemaOf, composeApiSchema, printApiSchema } from "../../gateway/src/api-schema.js";
import { composeSdls, subgraphSdls, type SubgraphSdl } from "../../gateway/src/compose.js";
import { breakingChanges, invalidOperations } from "../../gateway/src/schema-checks.js";
import { operationDocuments, sha256, SHARED_LIST, TrustedDocuments } from "../../gateway/src/trusted-documents.js";
import { CLIENT_DIR, generatedFiles, staleFiles } from "../../client/codegen.js";

const run = promisify(execFile);

/** Whether every operation of a file is registered in the list that applies to `clientName`. */
const registeredFor = (trusted: TrustedDocuments, text: string, clientName?: string) =>
  operationDocuments(text).every(({ document }) => trusted.byHash(sha256(document), clientName) !== undefined);

/** The API schema the graph would have with petitions' SDL changed by `change`. */
async function apiSchemaWithPetitions(change: (sdl: string) => string): Promise<string> {
  const sdls: SubgraphSdl[] = (await subgraphSdls()).map((s) =>
    s.name === "petitions" ? { ...s, sdl: change(s.sdl) } : s,
  );
  return printApiSchema(apiSchemaOf(composeSdls(sdls)));
}

/**
 * Replaces one line of petitions' `Dispute` type (exactly one occurrence, so the test fails loudly if the
 * SDL no longer reads as expected).
 */
function inDispute(sdl: string, from: string, to: string): string {
  const start = sdl.search(/type Dispute (implements [^@]+ )?@key\(fields: "code"\) \{\n/);
  const end = sdl.indexOf("\n}\n", start);
  expect(start).toBeGreaterThanOrEqual(0);
  const body = sdl.slice(start, end);
  expect(body.split(from)).toHaveLength(2);
  return sdl.slice(0, start) + body.replace(from, to) + sdl.slice(end);
}

describe("the API schema", () => {
  it("is committed at gateway/schema/api.graphql and current (npm run schema:api)", async () => {
    expect(await readFile(API_SCHEMA_PATH, "utf8")).toBe(await composeApiSchema());
  });

  it("shows no federation machinery and no inaccessible field, but the gateway's subscriptions", async () => {
    const schema = buildSchema(await readFile(API_SCHEMA_PATH, "utf8"));
    const names = Object.keys(schema.getTypeMap());
    expect(names.filter((n) => /^(join__|link__|_Service$|_Entity$|_Any$)/.test(n))).toEqual([]);
    expect(Object.keys(schema.getQueryType()!.getFields())).not.toContain("_entities");
    expect(schema.getDirectives().map((d) => d.name)).not.toContain("inaccessible");
    // Fields marked @inaccessible in petitions' SDL.
    expect(Object.keys((schema.getType("Dispute") as GraphQLObjectType).getFields())).not.toContain("partyIds");
    expect(schema.getSubscriptionType()?.getFields()).toHaveProperty("disputeUpdated");
  });

  it("has no breaking change against the committed one (GraphQL Inspector)", async () => {
    const committed = await readFile(API_SCHEMA_PATH, "utf8");
    const changes = await breakingChanges(committed, await composeApiSchema());
    expect(changes.map((c) => c.message)).toEqual([]);
  });
});

describe("registered operations", () => {
  it("all validate against the newly composed graph, in every app's list", async () => {
    const documents = TrustedDocuments.load().registered();
    expect(documents.filter((d) => d.list === SHARED_LIST).length).toBeGreaterThanOrEqual(3);
    const schema = buildSchema(await composeApiSchema());
    expect(invalidOperations(schema, documents)).toEqual([]);
  });
});

describe("a deliberately breaking rename in a subgraph", () => {
  const renamed = (sdl: string) => inDispute(sdl, "\n  title: String!\n", "\n  heading: String!\n");

  it("is caught by the schema diff and by the registered operations that use the field", async () => {
    const committed = await readFile(API_SCHEMA_PATH, "utf8");
    const after = await apiSchemaWithPetitions(renamed);
    const changes = await breakingChanges(committed, after);
    expect(changes.map((c) => `${c.type} ${c.path}`)).toEqual(["FIELD_REMOVED Dispute.title"]);
    const broken = invalidOperations(buildSchema(after), TrustedDocuments.load().registered());
    expect(broken.map((o) => o.name)).toContain("OneDispute");
    expect(broken[0]!.errors.join("\n")).toMatch(/Cannot query field "title" on type "Dispute"/);
  });

  it("passes when the old name was deprecated first, and removing a field that was not deprecated still fails", async () => {
    const deprecated = await apiSchemaWithPetitions((sdl) =>
      inDispute(
        sdl,
        "\n  title: String!\n",
        '\n  heading: String!\n  title: String! @deprecated(reason: "Use heading")\n',
      ),
    );
    // Adding the new name beside the deprecated old one breaks nothing.
    expect(await breakingChanges(await readFile(API_SCHEMA_PATH, "utf8"), deprecated)).toEqual([]);
    // Once shipped, the deprecated field may go.
    const removed = await apiSchemaWithPetitions(renamed);
    expect(await breakingChanges(deprecated, removed)).toEqual([]);
    // But not a field next to it that was never deprecated (renamed here).
    const withoutCategory = await apiSchemaWithPetitions((sdl) =>
      inDispute(renamed(sdl), "\n  category: String!\n", "\n  categoryName: String!\n"),
    );
    const changes = await breakingChanges(deprecated, withoutCategory);
    expect(changes.map((c) => `${c.type} ${c.path}`)).toEqual(["FIELD_REMOVED Dispute.category"]);
  });
});

describe("the generated client (@onedoor/client)", () => {
  it("is current (npm run codegen)", async () => {
    expect(await staleFiles()).toEqual([]);
  });

  it("types exactly the apps' operations, each registered in its app's list", async () => {
    const trusted = TrustedDocuments.load();
    const graphql = (await generatedFiles()).get(join(CLIENT_DIR, "src/generated/graphql.ts"))!;
    expect(graphql).toContain("export const CockpitDocument");
    expect(graphql).toContain("export const CockpitChangedDocument");
    // Each operation file codegen reads is registered: the cockpit page's (its query and its subscription)
    // in the shared list, an app's under client/operations/<app>/ in that app's own list.
    const cockpit = await readFile(join(REPO_ROOT, "gateway/public/cockpit/cockpit.graphql"), "utf8");
    expect(operationDocuments(cockpit).map((o) => o.name)).toEqual(["Cockpit", "CockpitChanged"]);
    expect(registeredFor(trusted, cockpit)).toBe(true);
    const operations = join(CLIENT_DIR, "operations");
    const files = await readdir(operations, { recursive: true }).catch(() => []);
    for (const file of files.filter((f) => f.endsWith(".graphql"))) {
      const app = file.split(sep)[0]!;
      const text = await readFile(join(operations, file), "utf8");
      expect(registeredFor(trusted, text, app), `client/operations/${file} is registered for ${app}`).toBe(true);
    }
  });

  it("compiles with a typed usage, and its types refuse wrong variables and unknown fields (tsc)", async () => {
    // client/examples/cockpit-channels.ts marks each mistake with @ts-expect-error: if the types let one
    // through, tsc reports the unused directive and this fails.
    await expect(
      run(
        process.execPath,
        [join(REPO_ROOT, "node_modules/typescript/bin/tsc"), "--noEmit", "-p", "client/tsconfig.json"],
        {
          cwd: REPO_ROOT,
        },
      ),
    ).resolves.toBeDefined();
  });
});
