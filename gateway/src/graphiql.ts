// GraphiQL served from the installed npm bundle: works offline, no CDN. It opens on the README's example with a
// note on tokens; where the gateway trusts development tokens, a button above it fetches a commander token
// from `GET /dev/token` and puts it into the headers pane.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import express, { type Router } from "express";
import { EXAMPLE_QUERY } from "@onedoor/shared/demo/example-query";

const bundleDir = join(dirname(createRequire(import.meta.url).resolve("@graphql-yoga/graphiql/package.json")), "dist");

export interface GraphiqlOptions {
  /** The gateway trusts development tokens (see auth/development-token-route.ts), so the page offers one. */
  developmentTokens: boolean;
}

/** The first tab: how to sign in, in Chinese and English, then the README's example across all departments. */
export function firstTab({ developmentTokens }: GraphiqlOptions): string {
  const lines = [
    "# OneDoor 矛调中心 GraphQL",
    "#",
    "# 除 trackDispute 外，查询都需要令牌。开发环境中这样获取指挥长令牌：",
    "# Every query but trackDispute needs a token. In development, get a commander token with",
    "#",
    "#   npm run token -- --role commander",
    "#",
    "# 再把它填入下方的 Headers（请求头）面板 / and put it in the Headers pane below:",
    "#",
    '#   { "Authorization": "Bearer <令牌 token>" }',
    "#",
    ...(developmentTokens
      ? [
          "# 或点击页面顶部的「获取开发令牌」，令牌会自动填入 Headers。",
          '# Or click "获取开发令牌 Get a development token" at the top: it fills in the Headers pane.',
          "#",
        ]
      : []),
    "# Ctrl-Enter 运行 / runs the query. 文档浏览器（左侧书本图标）列出全部字段 /",
    "# The documentation explorer (the book icon on the left) lists every field.",
    "",
  ];
  return `${lines.join("\n")}\n${EXAMPLE_QUERY}`;
}

/** JSON safe to inline in a <script> element. */
const inline = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

const developmentBar = `
  <div id="dev-bar" style="display:flex;gap:12px;align-items:center;padding:6px 12px;font:14px system-ui,sans-serif;background:#fff8e1;border-bottom:1px solid #e0c97a">
    <strong>开发环境 Development</strong>
    <button type="button" id="dev-token">获取开发令牌 Get a development token (commander)</button>
    <span id="dev-token-status">令牌会填入 Headers 面板，仅开发环境提供 / It goes into the Headers pane; development only.</span>
  </div>`;

// A development token fetched with the button stays in this tab's sessionStorage and fills the headers pane of
// every GraphiQL tab; headers are not written to localStorage.
const developmentTokenScript = `
    const TOKEN_KEY = "onedoor:graphiql:development-token";
    const token = sessionStorage.getItem(TOKEN_KEY);
    const tokenHeaders = token && JSON.stringify({ Authorization: "Bearer " + token }, null, 2);
    const status = document.getElementById("dev-token-status");
    if (token) status.textContent = "已填入指挥长开发令牌 / A commander development token is in the Headers pane.";
    document.getElementById("dev-token").addEventListener("click", async () => {
      try {
        const response = await fetch("/dev/token?role=commander", { cache: "no-store" });
        if (!response.ok) throw new Error("HTTP " + response.status);
        sessionStorage.setItem(TOKEN_KEY, (await response.json()).token);
        location.reload();
      } catch (error) {
        status.textContent = "获取开发令牌失败 / Could not get a development token: " + error.message;
      }
    });`;

const page = (endpoint: string, options: GraphiqlOptions) => `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8" />
  <title>OneDoor 矛调中心 GraphQL</title>
  <link rel="stylesheet" href="/graphiql/graphiql.css" />
</head>
<body style="margin:0;height:100vh;display:flex;flex-direction:column">
  ${options.developmentTokens ? developmentBar : ""}
  <div id="graphiql" style="flex:1;min-height:0"></div>
  <script>
    // Monaco's language workers (GraphQL validation and completion as you type, JSON headers), same origin.
    const WORKERS = {
      editorWorkerService: "/graphiql/monacoeditorwork/editor.worker.bundle.js",
      json: "/graphiql/monacoeditorwork/json.worker.bundle.js",
      graphql: "/graphiql/monacoeditorwork/graphql.worker..bundle.js",
    };
    self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (_id, label) => WORKERS[label] ?? WORKERS.editorWorkerService };
  </script>
  <script src="/graphiql/yoga-graphiql.umd.js"></script>
  <script>
    ${options.developmentTokens ? developmentTokenScript : "const tokenHeaders = null;"}
    YogaGraphiQL.renderYogaGraphiQL(document.getElementById("graphiql"), {
      endpoint: ${inline(endpoint)},
      title: "OneDoor 矛调中心",
      query: ${inline(firstTab(options))},
      defaultEditorToolsVisibility: "headers",
      shouldPersistHeaders: false,
      ...(tokenHeaders ? { headers: tokenHeaders, initialHeaders: tokenHeaders } : {}),
    });
  </script>
</body>
</html>`;

export function graphiqlRouter(endpoint: string, options: GraphiqlOptions): Router {
  const router = express.Router();
  const html = page(endpoint, options);
  router.get("/", (_req, res) => void res.type("html").send(html));
  router.use("/graphiql", express.static(bundleDir, { immutable: true, maxAge: "1d" }));
  return router;
}
