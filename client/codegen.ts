// `npm run codegen`: typed documents (GraphQL Code Generator, client preset) for the apps' registered
// operations, generated from the committed API schema into src/generated/ (committed). `--check` fails
// when the committed output differs from what the schema and the operations give now.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, relative, resolve } from "node:path";
import { generate, type CodegenConfig } from "@graphql-codegen/cli";
import { format, resolveConfig } from "prettier";
import { API_SCHEMA_PATH } from "../gateway/src/api-schema.js";

export const CLIENT_DIR = import.meta.dirname;
export const GENERATED_DIR = resolve(CLIENT_DIR, "src/generated");

/**
 * The operation files of the apps, each registered as a trusted document: the cockpit page's, and one
 * folder per app under client/operations/. Operation names must be unique across all of them.
 */
export const OPERATION_FILES = [
  resolve(CLIENT_DIR, "../gateway/public/cockpit/cockpit.graphql"),
  resolve(CLIENT_DIR, "operations/**/*.graphql"),
];

const config: CodegenConfig = {
  schema: API_SCHEMA_PATH,
  documents: OPERATION_FILES,
  ignoreNoDocuments: false,
  silent: true,
  generates: {
    [`${GENERATED_DIR}/`]: {
      preset: "client",
      // Enum values as string unions: apps get no runtime code from the kit, only types and documents.
      config: { enumsAsTypes: true, useTypeImports: true, importExtension: ".js", scalars: { DateTimeISO: "string" } },
      presetConfig: { fragmentMasking: false },
    },
  },
};

/** The generated files (path → content), formatted as the repository formats code. */
export async function generatedFiles(): Promise<Map<string, string>> {
  const outputs = (await generate(config, false)) as { filename: string; content: string }[];
  const files = new Map<string, string>();
  for (const { filename, content } of outputs) {
    const path = resolve(filename);
    files.set(path, await format(content, { ...(await resolveConfig(path)), filepath: path }));
  }
  return files;
}

/** Files whose committed content differs from what codegen gives now (relative to the repository). */
export async function staleFiles(): Promise<string[]> {
  const stale: string[] = [];
  for (const [path, content] of await generatedFiles()) {
    const committed = await readFile(path, "utf8").catch(() => undefined);
    if (committed !== content) stale.push(relative(resolve(CLIENT_DIR, ".."), path));
  }
  return stale;
}

if (import.meta.filename === process.argv[1]) {
  if (process.argv.includes("--check")) {
    const stale = await staleFiles();
    if (stale.length > 0) {
      console.error(`stale generated client files (run \`npm run codegen\`):\n${stale.join("\n")}`);
      process.exit(1);
    }
    console.log("client/src/generated is up to date");
  } else {
    for (const [path, content] of await generatedFiles()) {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, content);
      console.log(`wrote ${relative(process.cwd(), path)}`);
    }
  }
}
