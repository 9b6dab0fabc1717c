// `npm run reset`: deletes the embedded databases (each subgraph's folder under ./data, or DATA_DIR) to start
// over; the next `npm start` creates them again with the demo data. Refuses while a system has one open.
// Only those folders: DATA_DIR may point into a folder that holds other things.
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { SUBGRAPH_NAMES } from "../config.js";
import { databaseLocation } from "../db/database.js";
import { FolderInUseError, holderOf } from "../db/folder-lock.js";

const folders = SUBGRAPH_NAMES.map((name) => databaseLocation(name)).flatMap((location) =>
  location.kind === "pglite" && location.dataDir !== "memory" ? [location.dataDir] : [],
);
if (folders.length === 0) {
  console.log("没有嵌入式数据库可删除 / No embedded database to delete (DATA_DIR=memory or PostgreSQL configured).");
  process.exit(0);
}
for (const folder of folders) {
  const holder = holderOf(folder);
  if (holder) {
    console.error(new FolderInUseError(folder, holder).message);
    process.exit(1);
  }
}
for (const folder of folders) {
  if (!existsSync(folder)) continue;
  await rm(folder, { recursive: true, force: true });
  await rm(`${folder}.lock`, { force: true });
  console.log(`deleted ${folder}`);
}
console.log("已清空 / Started over: the next `npm start` creates the databases again, with the demo data.");
