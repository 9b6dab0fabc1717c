// Trusted documents (登记的操作): in production the gateway runs only operations the frontend teams
// registered, so a stolen token or a curious client cannot run queries of its own. A manifest maps the
// sha256 of each registered document to its text; `npm run register-operations` writes it. Each app may
// have a list of its own (`trusted-documents/<client name>.json`), chosen by the client name it sends;
// other clients get the shared manifest. The lists are read again when they change, without a restart.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
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
import type { Logger } from "@onedoor/shared/logger";

export const TRUSTED_DOCUMENTS_PATH = resolve(import.meta.dirname, "../trusted-documents.json");
/** The apps' own lists, next to the shared manifest unless `TRUSTED_DOCUMENTS_DIR` says otherwise. */
export const appListsDir = (manifestPath: string): string => join(dirname(manifestPath), "trusted-documents");
/** The header that names the app (Apollo's convention, also sent by Apollo Client and Apollo Kotlin/iOS). */
export const CLIENT_NAME_HEADER = "apollographql-client-name";
/** An app's name, as its list's file name: `<name>.json`. */
export const CLIENT_NAME = /^[A-Za-z0-9][\w.-]{0,63}$/;
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

type Operations = ReadonlyMap<string, string>;

interface Lists {
  shared: Operations;
  apps: ReadonlyMap<string, Operations>;
}

/** A registered document and the list it is in (`shared`, or the app's name). */
export interface RegisteredDocument {
  list: string;
  hash: string;
  document: string;
}

export const SHARED_LIST = "shared";

function readManifest(path: string): Operations {
  const manifest = JSON.parse(readFileSync(path, "utf8")) as Manifest;
  if (manifest.format !== MANIFEST_FORMAT)
    throw new Error(`${path} is not a trusted-documents manifest (${MANIFEST_FORMAT})`);
  return new Map(Object.entries(manifest.operations));
}

function readLists(path: string, dir: string): Lists {
  const shared = existsSync(path) ? readManifest(path) : new Map<string, string>();
  const apps = new Map<string, Operations>();
  if (existsSync(dir)) {
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith(".json")) continue;
      const name = file.slice(0, -".json".length);
      if (!CLIENT_NAME.test(name)) throw new Error(`${join(dir, file)}: "${name}" is not a client name`);
      apps.set(name, readManifest(join(dir, file)));
    }
  }
  return { shared, apps };
}

/** What changes when a list is written: each file's name, size and modification time. */
function signature(path: string, dir: string): string {
  const describe = (file: string) => {
    const s = statSync(file, { bigint: true, throwIfNoEntry: false });
    return s ? `${file}:${s.size}:${s.mtimeNs}` : `${file}:-`;
  };
  const files = existsSync(dir) ? readdirSync(dir).filter((e) => e.endsWith(".json")) : [];
  return [path, ...files.sort().map((f) => join(dir, f))].map(describe).join("\n");
}

/** The hash a persisted-query request names, in a POST body or GET's `extensions` parameter. */
function persistedQueryHash(source: unknown): string | undefined {
  if (!source || typeof source !== "object" || Array.isArray(source)) return undefined;
  let extensions = (source as { extensions?: unknown }).extensions;
  if (typeof extensions === "string") {
    try {
      extensions = JSON.parse(extensions);
    } catch {
      return undefined;
    }
  }
  const hash = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
  return typeof hash === "string" ? hash : undefined;
}

export class TrustedDocuments {
  private lists: Lists;
  /** The files' signature when the lists in service were read. */
  private seen = "";

  constructor(
    operations: Operations,
    apps: ReadonlyMap<string, Operations> = new Map(),
    private readonly source?: { path: string; dir: string },
  ) {
    this.lists = { shared: operations, apps };
  }

  /** The shared manifest and the apps' lists (by default in `trusted-documents/` beside it). */
  static load(path = TRUSTED_DOCUMENTS_PATH, dir = appListsDir(path)): TrustedDocuments {
    // Taken before reading: a change made while reading shows as a change at the next check.
    const seen = signature(path, dir);
    const { shared, apps } = readLists(path, dir);
    const documents = new TrustedDocuments(shared, apps, { path, dir });
    documents.seen = seen;
    return documents;
  }

  /** Every registered document, in every list. */
  get size(): number {
    return [this.lists.shared, ...this.lists.apps.values()].reduce((n, list) => n + list.size, 0);
  }

  /** The apps that have a list of their own. */
  get apps(): string[] {
    return [...this.lists.apps.keys()];
  }

  /** An app's own list if it has one; the shared manifest for every other client. */
  listFor(clientName?: string): Operations {
    return (clientName !== undefined && this.lists.apps.get(clientName)) || this.lists.shared;
  }

  registered(): RegisteredDocument[] {
    return [[SHARED_LIST, this.lists.shared] as const, ...this.lists.apps].flatMap(([list, operations]) =>
      [...operations].map(([hash, document]) => ({ list, hash, document })),
    );
  }

  byHash(hash: string, clientName?: string): string | undefined {
    return this.listFor(clientName).get(hash);
  }

  /** A full document is trusted if its text, or its canonical print, is in the client's list. */
  trusts(query: string, clientName?: string): boolean {
    const list = this.listFor(clientName);
    if (list.has(sha256(query))) return true;
    const hash = canonicalHash(query);
    return hash !== undefined && list.has(hash);
  }

  /**
   * Checks the files every `intervalMs` and reads them again when one was added, changed or removed, so
   * a newly registered operation runs without restarting the gateway; lists that do not load are logged
   * and the ones in service stay. Returns the function that stops it.
   */
  watch(intervalMs: number, log: Logger, onReload?: () => void): () => void {
    const source = this.source;
    if (!source) throw new Error("these trusted documents were not loaded from files");
    const timer = setInterval(() => {
      const now = signature(source.path, source.dir);
      if (now === this.seen) return;
      this.seen = now;
      try {
        this.lists = readLists(source.path, source.dir);
        log.info({ registered: this.size, apps: this.apps }, "trusted documents reloaded");
        onReload?.();
      } catch (error) {
        log.error({ err: error }, "trusted documents not reloaded; the previous lists stay in service");
      }
    }, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }

  /**
   * Apollo's persisted-query cache (keys `apq:<sha256>`): answers registered hashes, so clients may send
   * only `extensions.persistedQuery.sha256Hash`. It sees no request, so it answers from every list; in
   * enforce mode `middleware` has already refused a hash outside the client's list. Open mode also
   * remembers documents clients register on the fly (automatic persisted queries), a bounded number of
   * them; enforce mode remembers nothing.
   */
  persistedQueryCache(mode: TrustedDocumentsMode, maxDynamic = 1_000) {
    const dynamic = new Map<string, string>();
    const hashOf = (key: string) => key.replace(/^apq:/, "");
    const registered = (hash: string) =>
      this.lists.shared.get(hash) ?? [...this.lists.apps.values()].find((list) => list.has(hash))?.get(hash);
    return {
      get: async (key: string) => registered(hashOf(key)) ?? dynamic.get(key),
      set: async (key: string, value: string) => {
        if (mode === "enforce" || registered(hashOf(key)) !== undefined) return;
        dynamic.delete(key);
        dynamic.set(key, value);
        if (dynamic.size > maxDynamic) dynamic.delete(dynamic.keys().next().value!);
      },
      delete: async (key: string) => dynamic.delete(key),
    };
  }

  /**
   * Enforce mode: a request runs only if its document, or the hash it sends instead, is in the list of
   * the app it names. An unknown hash is answered as Apollo answers it (PERSISTED_QUERY_NOT_FOUND), so
   * clients that fall back to sending the document do so, and are then refused if it is not registered.
   */
  middleware(mode: TrustedDocumentsMode): express.RequestHandler {
    return (req, res, next) => {
      if (mode === "open") return next();
      const source: unknown = req.method === "GET" ? req.query : req.body;
      // Batches are refused by Apollo itself; anything else without a document or hash is Apollo's to answer.
      if (!source || typeof source !== "object" || Array.isArray(source)) return next();
      const clientName = req.header(CLIENT_NAME_HEADER);
      const query = (source as { query?: unknown }).query;
      if (typeof query === "string") {
        if (this.trusts(query, clientName)) return next();
        res.status(403).json({
          errors: [
            {
              message: "This operation is not registered with the gateway",
              extensions: {
                code: "OPERATION_NOT_TRUSTED",
                messageZh: "该操作未经登记，网关不予执行",
                messageEn: "This operation is not registered with the gateway",
              },
            },
          ],
        });
        return;
      }
      const hash = persistedQueryHash(source);
      if (hash === undefined || this.byHash(hash, clientName) !== undefined) return next();
      res.setHeader("cache-control", "private, no-cache, must-revalidate");
      res.status(200).json({
        errors: [
          {
            message: "PersistedQueryNotFound",
            extensions: {
              code: "PERSISTED_QUERY_NOT_FOUND",
              messageZh: "未找到该登记操作",
              messageEn: "No registered operation has this hash",
            },
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
