// The models every department's database has alike (the audit log, the outbox) are written once, in
// shared/prisma/*.prisma. Prisma needs each schema in one file, so each schema.prisma holds a copy of
// the block; `npm run generate` rewrites the copies from the shared text and a unit test fails on drift.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "../system/service-command.js";

export interface SharedModel {
  /** The model's or enum's name. */
  model: string;
  file: string;
  /** Departments whose database holds it (the registry has no outbox: it is where events go). */
  registryToo: boolean;
}

export const SHARED_MODELS: readonly SharedModel[] = [
  { model: "AuditEntry", file: "audit-entry.prisma", registryToo: true },
  { model: "OutboxEvent", file: "outbox-event.prisma", registryToo: false },
  { model: "RegistryNoticeKind", file: "registry-notice-kind.prisma", registryToo: true },
  { model: "RegistryNotice", file: "registry-notice.prisma", registryToo: false },
];

export const sharedModelText = (shared: SharedModel): string =>
  readFileSync(join(REPO_ROOT, "shared", "prisma", shared.file), "utf8").trimEnd();

/** Where a model's or enum's block (its `///` doc comment, then `model Name { ... }`) stands in a schema, if it does. */
export function modelBlock(schema: string, model: string): { start: number; end: number } | undefined {
  const header = new RegExp(`^(?:model|enum) ${model} \\{$`, "m").exec(schema);
  if (!header) return undefined;
  let start = header.index;
  for (;;) {
    const previousLineStart = schema.lastIndexOf("\n", start - 2) + 1;
    if (start === 0 || !schema.slice(previousLineStart, start).startsWith("///")) break;
    start = previousLineStart;
  }
  const close = schema.indexOf("\n}", header.index);
  return { start, end: close + 2 };
}

/** The schema with each shared block replaced by the shared text (appended where it is missing). */
export function withSharedModels(schema: string, models: readonly SharedModel[]): string {
  let text = schema;
  for (const shared of models) {
    const block = modelBlock(text, shared.model);
    const canonical = sharedModelText(shared);
    text = block
      ? text.slice(0, block.start) + canonical + text.slice(block.end)
      : `${text.trimEnd()}\n\n${canonical}\n`;
  }
  return text;
}

export const sharedModelsOf = (subgraph: string): SharedModel[] =>
  SHARED_MODELS.filter((shared) => shared.registryToo || subgraph !== "petitions");
