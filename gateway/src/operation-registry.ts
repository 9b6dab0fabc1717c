// What `npm run register-operations` does to the trusted-documents manifest, as a plain function.
// Registering keeps what is there: older app versions still in residents' hands keep working. Pruning
// is asked for explicitly, once every client that used the removed operations is gone.
import { operationDocuments, sha256 } from "./trusted-documents.js";

export interface Registration {
  operations: Record<string, string>;
  registered: { name: string; hash: string; file: string; isNew: boolean }[];
  removed: string[];
}

/** `sources`: each file's path (for the report) and text. With `prune`, only their operations stay. */
export function registerOperations(
  current: Readonly<Record<string, string>>,
  sources: readonly { file: string; text: string }[],
  { prune = false }: { prune?: boolean } = {},
): Registration {
  const registered: Registration["registered"] = [];
  const wanted: Record<string, string> = {};
  for (const { file, text } of sources) {
    for (const { name, document } of operationDocuments(text)) {
      const hash = sha256(document);
      registered.push({ name, hash, file, isNew: !(hash in current) });
      wanted[hash] = document;
    }
  }
  const merged = prune ? wanted : { ...current, ...wanted };
  const removed = Object.keys(current)
    .filter((hash) => !(hash in merged))
    .sort();
  // Sorted by hash so that re-registering gives the same file and reviews see only real changes.
  const operations = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
  return { operations, registered, removed };
}
