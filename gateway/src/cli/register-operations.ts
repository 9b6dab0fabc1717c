// `npm run register-operations -w gateway -- <file.graphql | folder> ... [--manifest <path>]`: adds every
// named operation of the given files (folders: their .graphql/.gql files, recursively) to the trusted
// documents manifest that a production gateway enforces. Already registered operations are kept.
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { MANIFEST_FORMAT, operationDocuments, sha256, TRUSTED_DOCUMENTS_PATH, type Manifest } from "../trusted-documents.js";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { manifest: { type: "string" } } });
if (positionals.length === 0) {
  console.error("usage: npm run register-operations -w gateway -- <file.graphql | folder> ... [--manifest <path>]");
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
let added = 0;
for (const file of positionals.flatMap((p) => graphqlFiles(resolve(cwd, p)))) {
  for (const { name, document } of operationDocuments(readFileSync(file, "utf8"))) {
    const hash = sha256(document);
    const isNew = !(hash in manifest.operations);
    if (isNew) added++;
    manifest.operations[hash] = document;
    console.log(`${isNew ? "registered" : "unchanged "} ${name} ${hash} (${relative(cwd, file)})`);
  }
}
// Sorted by hash so that re-registering gives the same file and reviews see only real changes.
const operations = Object.fromEntries(Object.entries(manifest.operations).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(manifestPath, `${JSON.stringify({ format: MANIFEST_FORMAT, operations }, null, 2)}\n`);
console.log(`${added} new, ${Object.keys(operations).length} in ${relative(cwd, manifestPath)}`);
