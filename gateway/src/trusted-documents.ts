// Trusted documents (登记的操作): in production the gateway runs only operations the frontend teams
// registered, so a stolen token or a curious client cannot run queries of its own. The manifest maps the
// sha256 of each registered document to its text; `npm run register-operations` writes it.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type express from "express";
import {
  Kind,
  parse,
  print,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
} from "graphql";
import { runtimeMode } from "@onedoor/shared/config";

export const TRUSTED_DOCUMENTS_PATH = resolve(import.meta.dirname, "../trusted-documents.json");
export const MANIFEST_FORMAT = "onedoor-trusted-documents/1";

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  /** sha256 (hex) of the document → the document, as printed by graphql-js. */
  operations: Record<string, string>;
}

export const sha256 = (text: string): string => createHash("sha256").update(text).digest("hex");

/** Bounds the work spent on an unregistered document before it is refused. */
const MAX_TOKENS = 10_000;

/**
 * The registrable documents of a `.graphql` source: each named operation with the fragments it uses,
 * printed canonically, so layout and comments do not change its hash.
 */
export function operationDocuments(source: string): { name: string; document: string }[] {
  const parsed = parse(source);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of parsed.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  return parsed.definitions.flatMap((definition) => {
    if (definition.kind !== Kind.OPERATION_DEFINITION) return [];
    if (!definition.name)
      throw new Error("every registered operation needs a name (it names the operation in logs and metrics)");
    const used = new Map<string, FragmentDefinitionNode>();
    const collect = (node: DefinitionNode) =>
      visit(node, {
        FragmentSpread(spread) {
          const fragment = fragments.get(spread.name.value);
          if (!fragment)
            throw new Error(`operation ${definition.name!.value} uses unknown fragment ${spread.name.value}`);
          if (!used.has(fragment.name.value)) {
            used.set(fragment.name.value, fragment);
            collect(fragment);
          }
        },
      });
    collect(definition);
    const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [definition, ...used.values()] };
    return [{ name: definition.name.value, document: print(document) }];
  });
}

/** The hash of a document's canonical print, or undefined if it does not parse. */
function canonicalHash(query: string): string | undefined {
  try {
    return sha256(print(parse(query, { noLocation: true, maxTokens: MAX_TOKENS })));
  } catch {
    return undefined;
  }
}

export class TrustedDocuments {
  constructor(private readonly operations: ReadonlyMap<string, string>) {}

  static load(path = TRUSTED_DOCUMENTS_PATH): TrustedDocuments {
    if (!existsSync(path)) return new TrustedDocuments(new Map());
    const manifest = JSON.parse(readFileSync(path, "utf8")) as Manifest;
    if (manifest.format !== MANIFEST_FORMAT)
      throw new Error(`${path} is not a trusted-documents manifest (${MANIFEST_FORMAT})`);
    return new TrustedDocuments(new Map(Object.entries(manifest.operations)));
  }

  get size(): number {
    return this.operations.size;
  }

  byHash(hash: string): string | undefined {
    return this.operations.get(hash);
  }

  /** A full document is trusted if its text, or its canonical print, was registered. */
  trusts(query: string): boolean {
    if (this.operations.has(sha256(query))) return true;
    const hash = canonicalHash(query);
    return hash !== undefined && this.operations.has(hash);
  }

  /**
   * Apollo's persisted-query cache (keys `apq:<sha256>`): answers registered hashes, so clients may send
   * only `extensions.persistedQuery.sha256Hash`. Open mode also remembers documents clients register
   * on the fly (automatic persisted queries), a bounded number of them; enforce mode remembers nothing.
   */
  persistedQueryCache(mode: TrustedDocumentsMode, maxDynamic = 1_000) {
    const dynamic = new Map<string, string>();
    const hashOf = (key: string) => key.replace(/^apq:/, "");
    return {
      get: async (key: string) => this.operations.get(hashOf(key)) ?? dynamic.get(key),
      set: async (key: string, value: string) => {
        if (mode === "enforce" || this.operations.has(hashOf(key))) return;
        dynamic.delete(key);
        dynamic.set(key, value);
        if (dynamic.size > maxDynamic) dynamic.delete(dynamic.keys().next().value!);
      },
      delete: async (key: string) => dynamic.delete(key),
    };
  }

  /**
   * Enforce mode: a request carrying a document runs only if that document is registered. A request
   * with only a hash is left to Apollo, which finds it in `persistedQueryCache` or answers
   * PERSISTED_QUERY_NOT_FOUND.
   */
  middleware(mode: TrustedDocumentsMode): express.RequestHandler {
    return (req, res, next) => {
      if (mode === "open") return next();
      const source = req.method === "GET" ? req.query : req.body;
      // Batches are refused by Apollo itself; anything else without a document is Apollo's to answer.
      const query =
        source && typeof source === "object" && !Array.isArray(source)
          ? (source as { query?: unknown }).query
          : undefined;
      if (typeof query !== "string" || this.trusts(query)) return next();
      res.status(403).json({
        errors: [
          {
            message: "This operation is not registered with the gateway",
            extensions: { code: "OPERATION_NOT_TRUSTED", messageZh: "该操作未经登记，网关不予执行" },
          },
        ],
      });
    };
  }
}

export type TrustedDocumentsMode = "enforce" | "open";

/** Enforced in production and with `TRUSTED_DOCUMENTS=enforce`; any operation runs otherwise. */
export function trustedDocumentsMode(env: NodeJS.ProcessEnv = process.env): TrustedDocumentsMode {
  return runtimeMode(env) === "production" || env.TRUSTED_DOCUMENTS === "enforce" ? "enforce" : "open";
}
