// GraphiQL served from the installed npm bundle: works offline, no CDN.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import express, { type Router } from "express";
import { EXAMPLE_QUERY } from "@onedoor/shared/demo/example-query";

const bundleDir = join(dirname(createRequire(import.meta.url).resolve("@graphql-yoga/graphiql/package.json")), "dist");

const page = (endpoint: string) => `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8" />
  <title>OneDoor 矛调中心 GraphQL</title>
  <link rel="stylesheet" href="/graphiql/graphiql.css" />
</head>
<body style="margin:0;height:100vh">
  <div id="graphiql" style="height:100vh"></div>
  <script src="/graphiql/yoga-graphiql.umd.js"></script>
  <script>
    YogaGraphiQL.renderYogaGraphiQL(document.getElementById("graphiql"), {
      endpoint: ${JSON.stringify(endpoint)},
      title: "OneDoor 矛调中心",
      defaultQuery: ${JSON.stringify(EXAMPLE_QUERY)},
    });
  </script>
</body>
</html>`;

export function graphiqlRouter(endpoint: string): Router {
  const router = express.Router();
  router.get("/", (_req, res) => void res.type("html").send(page(endpoint)));
  router.use("/graphiql", express.static(bundleDir, { immutable: true, maxAge: "1d" }));
  return router;
}
