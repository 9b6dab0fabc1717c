// The gateway around the query planner: supergraph hot reload, offline GraphiQL, request limits.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyFile, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { RunningSystem } from "@onedoor/shared/system/launcher";
import { SUPERGRAPH_PATH } from "../../gateway/src/compose.js";
import { graphql, startSystem, testDatabases, type TestDatabases } from "../support/system.js";

describe("gateway", () => {
  let databases: TestDatabases;
  let system: RunningSystem;
  let supergraphCopy: string;

  beforeAll(async () => {
    databases = await testDatabases();
    supergraphCopy = join(
      databases.env.DATA_DIR ?? (await import("node:os")).tmpdir(),
      `supergraph-${process.pid}.graphql`,
    );
    await copyFile(SUPERGRAPH_PATH, supergraphCopy);
    system = await startSystem(databases, { supergraphPath: supergraphCopy });
  });
  afterAll(async () => {
    await system?.stop();
    await databases?.drop();
  });

  it("serves GraphiQL from the bundled npm package, with no CDN", async () => {
    const page = await fetch(`${system.gatewayOrigin}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("/graphiql/yoga-graphiql.umd.js");
    expect(html).not.toMatch(/https?:\/\/(unpkg|cdn|esm\.sh)/);
    const bundle = await fetch(`${system.gatewayOrigin}/graphiql/yoga-graphiql.umd.js`);
    expect(bundle.status).toBe(200);
    expect(Number(bundle.headers.get("content-length"))).toBeGreaterThan(1_000_000);
  });

  it("reloads a changed supergraph file without a restart and keeps answering meanwhile", async () => {
    const marker = "Reloaded description 重新加载";
    const fieldDescription = async () => {
      const { body } = await graphql<{ __type: { fields: { name: string; description: string | null }[] } }>(
        system.gatewayUrl,
        `
          {
            __type(name: "Dispute") {
              fields {
                name
                description
              }
            }
          }
        `,
      );
      return body.data?.__type.fields.find((f) => f.name === "title")?.description ?? null;
    };
    expect(await fieldDescription()).not.toBe(marker);

    const original = await readFile(supergraphCopy, "utf8");
    // Give Dispute.title (served by petitions) a new description.
    const changed = original.replace(
      /(\n {2}title: String! @join__field\(graph: PETITIONS\))/,
      `\n  """${marker}"""$1`,
    );
    expect(changed).not.toBe(original);
    await writeFile(supergraphCopy, changed);

    // Requests keep succeeding while the gateway swaps schemas.
    const during = await Promise.all(Array.from({ length: 20 }, () => graphql(system.gatewayUrl, "{ __typename }")));
    expect(during.every((r) => r.status === 200 && r.body.data?.__typename === "Query")).toBe(true);
    await expect.poll(fieldDescription, { timeout: 10_000, interval: 200 }).toBe(marker);
  });

  it("keeps serving the previous supergraph when the new file is broken", async () => {
    const rejected = () => system.output("gateway").split("supergraph change rejected").length - 1;
    const rejectedBefore = rejected();
    await writeFile(supergraphCopy, "this is not a supergraph");
    // The gateway has read the broken file and said it keeps the previous supergraph.
    await expect.poll(rejected, { timeout: 10_000, interval: 100 }).toBeGreaterThan(rejectedBefore);
    const { status, body } = await graphql(system.gatewayUrl, "{ __typename }");
    expect(status).toBe(200);
    expect(body.data).toEqual({ __typename: "Query" });
    await copyFile(SUPERGRAPH_PATH, supergraphCopy);
  });

  it("keeps query plans warm across a reload: an operation planned before is not planned again after", async () => {
    const metric = async (name: string) => {
      const text = await (await fetch(`${system.gatewayOrigin}/metrics`)).text();
      return Number(new RegExp(`^${name.replace(/[{}"]/g, "\\$&")} (\\S+)$`, "m").exec(text)?.[1] ?? 0);
    };
    const hits = () => metric('onedoor_gateway_query_plan_cache_lookups_total{result="hit"}');
    const misses = () => metric('onedoor_gateway_query_plan_cache_lookups_total{result="miss"}');
    const queue = async () => {
      const { body } = await graphql(
        system.gatewayUrl,
        `
          query WarmQueue {
            disputes(first: 3) {
              edges {
                node {
                  code
                  title
                  mediationCases {
                    id
                  }
                }
              }
            }
          }
        `,
      );
      expect(body.errors).toBeUndefined();
    };
    const reloadWithTitleDescription = async (description: string) => {
      const original = await readFile(SUPERGRAPH_PATH, "utf8");
      await writeFile(
        supergraphCopy,
        original.replace(/(\n {2}title: String! @join__field\(graph: PETITIONS\))/, `\n  """${description}"""$1`),
      );
      await expect
        .poll(
          async () =>
            JSON.stringify(
              (
                await graphql(
                  system.gatewayUrl,
                  `
                    {
                      __type(name: "Dispute") {
                        fields {
                          description
                        }
                      }
                    }
                  `,
                )
              ).body,
            ),
          { timeout: 10_000, interval: 200 },
        )
        .toContain(description);
    };

    await reloadWithTitleDescription("第一版");
    await queue();
    const hitsBefore = await hits();
    await queue();
    expect(await hits()).toBe(hitsBefore + 1);

    const warmedBefore = await metric("onedoor_gateway_query_plans_warmed_total");
    await reloadWithTitleDescription("第二版");
    await expect
      .poll(() => metric("onedoor_gateway_query_plans_warmed_total"), { timeout: 10_000, interval: 200 })
      .toBeGreaterThan(warmedBefore);
    const missesAfterReload = await misses();
    await queue();
    expect(await misses(), "the queue was planned again after the reload").toBe(missesAfterReload);
    await copyFile(SUPERGRAPH_PATH, supergraphCopy);
  });

  it("answers an oversized request with a GraphQL-shaped 413", async () => {
    const response = await fetch(system.gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }", variables: { padding: "纠".repeat(2_000_000) } }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
  });
});
