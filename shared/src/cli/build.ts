// `npm run build` (also run before `npm start` and `npm test`): Prisma clients generated when their schema
// changed, then one JavaScript bundle per service (`<service>/dist/main.js`), rebuilt when one of its
// sources changed. The bundle holds our TypeScript, compiled once; packages stay in node_modules and load
// as they would from the sources, so a bundle behaves as `node --import tsx src/main.ts` does, without
// compiling on every start. The launcher runs a bundle only while it is current (service-command.ts).
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import type { Plugin } from "esbuild";
import { SUBGRAPH_NAMES } from "../config.js";
import {
  REPO_ROOT,
  bundleIsCurrent,
  bundlePaths,
  fileFingerprint,
  serviceDir,
  type BundleStamp,
  type ServiceName,
} from "../system/service-command.js";
import { ensurePgliteTemplate } from "../db/pglite-options.js";
import { generateClients } from "./generate.js";

const SERVICES: ServiceName[] = [...SUBGRAPH_NAMES, "gateway"];
/** Not bundled sources, yet they decide what a bundle is: a change to one rebuilds every bundle. */
const BUILD_INPUTS = [join(REPO_ROOT, "shared/src/cli/build.ts"), join(REPO_ROOT, "tsconfig.json")];

/**
 * Packages left in node_modules, loaded at run time: those that read files beside their own code (PGlite's
 * WASM and data, Prisma's engines and generated runtime, pino's worker), optional ones we do not install, and
 * graphql, which must be one copy for every package (its ES and CommonJS builds are two "realms"; Node loads
 * the CommonJS one for all). Everything else is bundled: loading hundreds of package files cost each process
 * about half a second of CPU.
 */
const LOADED_AT_RUN_TIME =
  /^(@electric-sql\/pglite|pglite-prisma-adapter|@prisma\/|prisma\/|pino|thread-stream|pg-native|class-validator|graphql)(\/|$)/;

/**
 * A bundle is one file in `<service>/dist`, but our sources find their files relative to themselves
 * (`import.meta.dirname`: migrations, supergraph, dev keys, the cockpit page; `import.meta.url`: packages
 * resolved from there). Each source keeps its own location: the expressions become that location,
 * relative to the bundle. `import.meta.filename` too, so a module's "am I the program?" check stays false.
 */
function ownLocation(outdir: string): Plugin {
  return {
    name: "onedoor-own-location",
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, (args) =>
        LOADED_AT_RUN_TIME.test(args.path) ? { path: args.path, external: true } : undefined,
      );
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        const source = await readFile(args.path, "utf8");
        const file = JSON.stringify(relative(outdir, args.path));
        const dir = JSON.stringify(relative(outdir, dirname(args.path)));
        const contents = source.replace(/\bimport\.meta\.(dirname|filename|url)\b/g, (_, what: string) =>
          what === "dirname"
            ? `__onedoorJoin(import.meta.dirname, ${dir})`
            : what === "filename"
              ? `__onedoorJoin(import.meta.dirname, ${file})`
              : `__onedoorFileUrl(__onedoorJoin(import.meta.dirname, ${file})).href`,
        );
        return { contents, loader: "ts" };
      });
    },
  };
}

async function buildService(name: ServiceName): Promise<void> {
  const { build } = await import("esbuild");
  const { bundle, stamp } = bundlePaths(name);
  const outdir = dirname(bundle);
  const result = await build({
    entryPoints: [join(serviceDir(name), "src", "main.ts")],
    outfile: bundle,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // type-graphql names GraphQL types after their classes: keep class names when bundling renames a clash.
    keepNames: true,
    sourcemap: "linked",
    metafile: true,
    absWorkingDir: REPO_ROOT,
    logLevel: "warning",
    banner: {
      js: [
        'import { join as __onedoorJoin } from "node:path";',
        'import { pathToFileURL as __onedoorFileUrl } from "node:url";',
        // Bundled CommonJS packages call require (builtins, JSON files): ES modules have none of their own.
        'import { createRequire as __onedoorCreateRequire } from "node:module";',
        "const require = __onedoorCreateRequire(import.meta.url);",
      ].join("\n"),
    },
    plugins: [ownLocation(outdir)],
  });
  const inputs: BundleStamp["inputs"] = {};
  for (const path of [...Object.keys(result.metafile.inputs).map((input) => join(REPO_ROOT, input)), ...BUILD_INPUTS])
    inputs[relative(REPO_ROOT, path)] = fileFingerprint(path);
  await writeFile(stamp, JSON.stringify({ inputs } satisfies BundleStamp, null, 1));
}

/** Generates what changed, rebuilds the bundles that are stale and makes the PGlite template if missing. */
export async function buildAll(): Promise<{ generated: string[]; built: ServiceName[]; template: boolean }> {
  const generated = await generateClients();
  const built = SERVICES.filter((name) => !bundleIsCurrent(name));
  const [template] = await Promise.all([ensurePgliteTemplate(), ...built.map(buildService)]);
  return { generated, built, template };
}

if (import.meta.filename === process.argv[1]) {
  const started = performance.now();
  const { generated, built, template } = await buildAll();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    generated.length + built.length === 0 && !template
      ? `build up to date (${seconds} s)`
      : [
          generated.length > 0 ? `generated Prisma clients for ${generated.join(", ")}` : "",
          built.length > 0 ? `bundled ${built.join(", ")}` : "",
          template ? "made the template of empty PGlite databases" : "",
        ]
          .filter(Boolean)
          .join("; ") + ` (${seconds} s)`,
  );
}
