// GraphiQL at the gateway's root in a real browser (Debian's Chromium, headless), as a new user meets it under
// `npm start`: it reads the schema (the docs explorer lists every department's Query fields), opens on the
// README's example with a note on tokens, and runs it with the development token it offers. A screenshot is
// kept (test/artifacts/graphiql.png).
import { readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { Kind, parse, type EnumValueNode, type ObjectTypeDefinitionNode } from "graphql";
import type { Page, Response } from "playwright-core";
import { seededSystemWithBrowser } from "../support/browser.js";
import { REPO_ROOT } from "@onedoor/shared/db/database";
import { SUBGRAPH_NAMES } from "@onedoor/shared/config";

const EXAMPLE_CODE = "330122260000027";

/** Each Query field of the composed graph and the department that resolves it (join__Graph value). */
function queryFieldOwners(): Map<string, string> {
  const sdl = readFileSync(resolve(REPO_ROOT, "gateway/supergraph.graphql"), "utf8");
  const query = parse(sdl).definitions.find(
    (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === "Query",
  )!;
  return new Map(
    (query.fields ?? []).flatMap((field) => {
      const graph = field.directives
        ?.find((d) => d.name.value === "join__field")
        ?.arguments?.find((a) => a.name.value === "graph")?.value as EnumValueNode | undefined;
      return graph ? [[field.name.value, graph.value] as const] : [];
    }),
  );
}

/** The answer to the first request whose GraphQL body satisfies `matches`. */
const graphqlResponse = (page: Page, matches: (query: string) => boolean) =>
  page.waitForResponse(
    (response) => {
      if (!response.url().endsWith("/graphql") || response.request().method() !== "POST") return false;
      const body = response.request().postDataJSON() as { query?: string } | null;
      return matches(body?.query ?? "");
    },
    { timeout: 30_000 },
  );

const answerOf = async (response: Response) =>
  (await response.json()) as { data?: Record<string, any> | null; errors?: { message: string }[] };

describe("GraphiQL", () => {
  const own = seededSystemWithBrowser();

  it("reads the schema, opens on the example with a note on tokens, and runs it with a development token", async () => {
    const page = await own.browser.newPage({ viewport: { width: 1440, height: 900 } });
    const failed: string[] = [];
    // Requests cut short by the reload the token button causes (net::ERR_ABORTED) are no failure.
    page.on("requestfailed", (request) => {
      if (!request.failure()?.errorText.includes("ERR_ABORTED")) failed.push(request.url());
    });
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));

    // The schema: GraphiQL's own introspection query passes the gateway's limits.
    const introspection = graphqlResponse(page, (query) => query.includes("__schema"));
    await page.goto(`${own.system.gatewayOrigin}/`);
    const schemaAnswer = await introspection;
    expect(schemaAnswer.status()).toBe(200);
    const schema = await answerOf(schemaAnswer);
    expect(schema.errors).toBeUndefined();
    expect(schema.data?.__schema?.queryType?.name).toBe("Query");

    // The first tab: how to get a token and where to put it, in Chinese and English, then the example.
    await page.waitForSelector(".graphiql-query-editor .view-lines");
    const editor = (await page.locator(".graphiql-query-editor .view-lines").innerText()).replace(/\u00a0/g, " ");
    expect(editor).toContain("npm run token -- --role commander");
    expect(editor).toContain("Headers（请求头）");
    expect(editor).toContain("put it in the Headers pane");
    expect(editor).toContain(`query OneDispute`);
    expect(editor).toContain(EXAMPLE_CODE);
    // Nothing has run yet, so nothing went wrong.
    expect((await page.locator(".graphiql-response").innerText()).trim()).toBe("");

    // The docs explorer lists every Query field, from each of the departments.
    await page.click('button[aria-label="Show Documentation Explorer"]');
    await page.click(".graphiql-doc-explorer-content a.graphiql-doc-explorer-type-name:text-is('Query')");
    await page.waitForSelector(".graphiql-doc-explorer-title:text-is('Query')");
    const listed = await page.locator(".graphiql-doc-explorer-field-name").allInnerTexts();
    const owners = queryFieldOwners();
    expect([...listed].sort()).toEqual([...owners.keys()].sort());
    const departments = new Set(listed.map((field) => owners.get(field)));
    expect([...departments].sort()).toEqual(
      SUBGRAPH_NAMES.map((name) => name.toUpperCase().replaceAll("-", "_")).sort(),
    );

    // The development token: the button fetches a commander token and GraphiQL starts again with it.
    await Promise.all([page.waitForEvent("load"), page.click("#dev-token")]);
    // The headers pane (the editor tools hold the variables editor too, hidden).
    await page.waitForFunction(() =>
      [...document.querySelectorAll(".graphiql-editor-tool .view-lines")].some((lines) =>
        lines.textContent?.replace(/\u00a0/g, " ").includes('"Authorization": "Bearer ey'),
      ),
    );
    expect(await page.locator(".graphiql-tab").count()).toBe(1);
    expect(await page.locator("#dev-token-status").innerText()).toContain("A commander development token");

    const example = graphqlResponse(page, (query) => query.includes("OneDispute"));
    await page.click('button[aria-label="Execute query (Ctrl-Enter)"]');
    const answer = await answerOf(await example);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.dispute).toMatchObject({ code: EXAMPLE_CODE });
    for (const records of ["mediationCases", "arbitrationCases", "courtCases", "legalAidCases"])
      expect(answer.data?.dispute?.[records], records).toBeInstanceOf(Array);
    expect(answer.data?.dispute?.mediationCases.length).toBeGreaterThan(0);
    await page.waitForFunction(
      (code) => document.querySelector(".graphiql-response")?.textContent?.includes(code),
      EXAMPLE_CODE,
    );
    expect(await page.locator(".graphiql-response").innerText()).not.toContain('"errors"');

    // Everything came from the gateway itself (no CDN), and nothing broke in the page.
    expect(failed).toEqual([]);
    expect(pageErrors).toEqual([]);

    // The screenshot shows the Query fields next to the answer.
    if (!(await page.locator(".graphiql-doc-explorer").isVisible()))
      await page.click('button[aria-label="Show Documentation Explorer"]');
    await page.click(".graphiql-doc-explorer-content a.graphiql-doc-explorer-type-name:text-is('Query')");
    await page.waitForSelector(".graphiql-doc-explorer-title:text-is('Query')");
    const artifacts = join(REPO_ROOT, "test", "artifacts");
    await mkdir(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, "graphiql.png") });
    await page.close();
  });
});
