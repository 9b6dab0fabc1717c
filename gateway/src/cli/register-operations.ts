// `npm run register-operations -w gateway -- <file.graphql | folder> ... [--app <client name>]
// [--manifest <path>] [--prune]`: adds every named operation of the given files (folders: their
// .graphql/.gql files, recursively) to a trusted documents list that a production gateway enforces: the
// app's own (`trusted-documents/<client name>.json`) with `--app`, the shared manifest otherwise.
// Already registered operations are kept unless `--prune` is given: then only the given files' stay.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  appListsDir,
  CLIENT_NAME,
  MANIFEST_FORMAT,
  TRUSTED_DOCUMENTS_PATH,
  type Manifest,
} from "../trusted-documents.js";
import { registerOperations } from "../operation-registry.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { manifest: { type: "string" }, app: { type: "string" }, prune: { type: "boolean" } },
});
if (positionals.length === 0) {
  console.error(
    "usage: npm run register-operations -w gateway -- <file.graphql | folder> ... [--app <client name>] [--manifest <path>] [--prune]",
  );
  process.exit(2);
}
// npm runs workspace scripts in the workspace folder; paths are meant from where the user typed them.
const cwd = process.env.INIT_CWD ?? process.cwd();
if (values.app !== undefined && !CLIENT_NAME.test(values.app)) {
  console.error(`--app: "${values.app}" is not a client name (letters, digits, ".", "_", "-"; at most 64)`);
  process.exit(2);
}
const manifestPath = values.manifest
  ? resolve(cwd, values.manifest)
  : values.app
    ? join(appListsDir(TRUSTED_DOCUMENTS_PATH), `${values.app}.json`)
    : TRUSTED_DOCUMENTS_PATH;

function graphqlFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((entry) => {
      const child = join(path, entry);
      return statSync(child).isDirectory() ? graphqlFiles(child) : /\.(graphql|gql)$/.test(entry) ? [child] : [];
    });
}

const manifest: Manifest = existsSync(manifestPath)
  ? (JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest)
  : { format: MANIFEST_FORMAT, operations: {} };
const sources = positionals
  .flatMap((p) => graphqlFiles(resolve(cwd, p)))
  .map((file) => ({ file: relative(cwd, file), text: readFileSync(file, "utf8") }));
const { operations, registered, removed } = registerOperations(manifest.operations, sources, { prune: values.prune });
for (const r of registered) console.log(`${r.isNew ? "registered" : "unchanged "} ${r.name} ${r.hash} (${r.file})`);
for (const hash of removed) console.log(`pruned     ${hash}`);
mkdirSync(dirname(manifestPath), { recursive: true });
// Written beside and renamed into place: a running gateway that reloads the lists never reads half a file.
writeFileSync(`${manifestPath}.tmp`, `${JSON.stringify({ format: MANIFEST_FORMAT, operations }, null, 2)}\n`);
renameSync(`${manifestPath}.tmp`, manifestPath);
const added = registered.filter((r) => r.isNew).length;
console.log(
  `${added} new, ${removed.length} pruned, ${Object.keys(operations).length} in ${relative(cwd, manifestPath)}`,
);
