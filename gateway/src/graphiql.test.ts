import { describe, expect, it } from "vitest";
import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { firstTab, graphiqlRouter } from "./graphiql.js";
import { TrustedDocuments } from "./trusted-documents.js";

async function pageOf(developmentTokens: boolean): Promise<string> {
  const app = express().use(graphiqlRouter("/graphql", { developmentTokens }));
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = server.address() as AddressInfo;
    return await (await fetch(`http://127.0.0.1:${port}/`)).text();
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

describe("GraphiQL's first tab", () => {
  it.each([true, false])("is a registered operation (development tokens offered: %s)", (developmentTokens) => {
    // Comments do not count, so the note on tokens keeps the example runnable where only registered ones run.
    expect(TrustedDocuments.load().trusts(firstTab({ developmentTokens }))).toBe(true);
  });

  it("says how to get a token and where to put it, in Chinese and English", () => {
    const tab = firstTab({ developmentTokens: false });
    expect(tab).toContain("npm run token -- --role commander");
    expect(tab).toContain("Headers（请求头）面板");
    expect(tab).toContain("put it in the Headers pane");
    expect(tab).not.toContain("获取开发令牌");
    expect(firstTab({ developmentTokens: true })).toContain("获取开发令牌");
  });
});

describe("the GraphiQL page", () => {
  it("offers a development token only where the gateway trusts them", async () => {
    const development = await pageOf(true);
    expect(development).toContain('id="dev-token"');
    expect(development).toContain("/dev/token?role=commander");
    const production = await pageOf(false);
    expect(production).not.toContain("dev-token");
    expect(production).not.toContain("/dev/token");
    expect(production).toContain("renderYogaGraphiQL");
  });
});
