// `npm run register-operations -w gateway -- <file.graphql | folder> ... [--manifest <path>] [--prune]`:
// adds every named operation of the given files (folders: their .graphql/.gql files, recursively) to the
// trusted documents manifest that a production gateway enforces. Already registered operations are kept
// unless `--prune` is given: then only the given files' operations stay.
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { MANIFEST_FORMAT, TRUSTED_DOCUMENTS_PATH, type Manifest } from "../trusted-documents.js";
import { registerOperations } from "../operation-registry.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { manifest: { type: "string" }, prune: { type: "boolean" } },
});
if (positionals.length === 0) {
  console.error(
    "usage: npm run register-operations -w gateway -- <file.graphql | folder> ... [--manifest <path>] [--prune]",
  );
  process.exit(2);
}
// npm runs workspace scripts in the workspace folder; paths are meant from where the user typed them.
const cwd = process.env.INIT_CWD ?? process.cwd();
const manifestPath = values.manifest ? resolve(cwd, values.manifest) : TRUSTED_DOCUMENTS_PATH;

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
writeFileSync(manifestPath, `${JSON.stringify({ format: MANIFEST_FORMAT, operations }, null, 2)}\n`);
const added = registered.filter((r) => r.isNew).length;
console.log(
  `${added} new, ${removed.length} pruned, ${Object.keys(operations).length} in ${relative(cwd, manifestPath)}`,
);
