// The cockpit page (数据驾驶舱): static files from the repo and ECharts from npm, no CDN.
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import express, { type Router } from "express";

const pageDir = resolve(import.meta.dirname, "../public/cockpit");
const echartsDir = join(dirname(createRequire(import.meta.url).resolve("echarts/package.json")), "dist");

export function cockpitPageRouter(): Router {
  const router = express.Router();
  router.get("/cockpit/echarts.min.js", (_req, res) =>
    res.sendFile(join(echartsDir, "echarts.min.js"), { maxAge: "1d" }),
  );
  // express.static redirects /cockpit to /cockpit/ itself.
  router.use("/cockpit", express.static(pageDir, { maxAge: "5m" }));
  return router;
}
