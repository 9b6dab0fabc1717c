// One error contract: the codes a client can receive are the catalogue's, the documented table is the
// catalogue, and every error leaves with Chinese and English messages.
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { REPO_ROOT } from "@onedoor/shared/system/service-command";
import {
  ERROR_CATALOGUE,
  errorCatalogueTable,
  isErrorCode,
  withBilingualMessages,
} from "@onedoor/shared/graphql/error-catalogue";

const DOC = join(REPO_ROOT, "docs/graph-conventions.md");
const START = "<!-- error-catalogue:start -->";
const END = "<!-- error-catalogue:end -->";
const SOURCE_ROOTS = [
  "shared/src",
  "gateway/src",
  ...["subgraphs"].flatMap((d) => subfolders(d).map((s) => `${s}/src`)),
];

function subfolders(dir: string): string[] {
  return readdirSync(join(REPO_ROOT, dir)).map((name) => `${dir}/${name}`);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "generated" || name === "node_modules" ? [] : sourceFiles(path);
    return name.endsWith(".ts") && !name.endsWith(".test.ts") ? [path] : [];
  });
}

/** Codes given to GraphQL errors in the source: `new GraphQLError(..., { extensions: { code: "X" ...`. */
export function raisedCodes(text: string): string[] {
  const codes: string[] = [];
  for (const match of text.matchAll(/new GraphQLError\(/g)) {
    const window = text.slice(match.index, match.index + 600);
    const code = /extensions:\s*\{[^}]*?\bcode:\s*"([A-Z_]+)"/s.exec(window)?.[1];
    if (code) codes.push(code);
  }
  return codes;
}

describe("the error catalogue", () => {
  it("is the table in docs/graph-conventions.md", () => {
    const doc = readFileSync(DOC, "utf8");
    const [before, rest] = doc.split(START);
    const after = rest?.split(END)[1];
    expect(after, `${DOC} lacks the ${START} … ${END} markers`).toBeDefined();
    const expected = `${before}${START}\n${errorCatalogueTable()}\n${END}${after}`;
    if (process.env.UPDATE_DOCS === "1") return writeFileSync(DOC, expected);
    expect(doc, "run UPDATE_DOCS=1 npx vitest run --project contracts test/contracts/error-catalogue.test.ts").toBe(
      expected,
    );
  });

  it("holds every code the gateway and the subgraphs raise", () => {
    const unknown: string[] = [];
    let seen = 0;
    for (const root of SOURCE_ROOTS)
      for (const file of sourceFiles(join(REPO_ROOT, root)))
        for (const code of raisedCodes(readFileSync(file, "utf8"))) {
          seen++;
          if (!isErrorCode(code)) unknown.push(`${relative(REPO_ROOT, file)}: ${code}`);
        }
    expect(seen).toBeGreaterThan(10);
    expect(unknown).toEqual([]);
  });

  it("finds a code the catalogue lacks (the scan works)", () => {
    const codes = raisedCodes('throw new GraphQLError("x", { extensions: { code: "MADE_UP", messageZh: "y" } });');
    expect(codes).toEqual(["MADE_UP"]);
    expect(isErrorCode("MADE_UP")).toBe(false);
  });

  it("gives every error both messages, keeping the raiser's own", () => {
    expect(withBilingualMessages({ message: "boom", extensions: { code: "INTERNAL_SERVER_ERROR" } })).toEqual({
      message: "boom",
      extensions: {
        code: "INTERNAL_SERVER_ERROR",
        messageZh: ERROR_CATALOGUE.INTERNAL_SERVER_ERROR.messageZh,
        messageEn: "boom",
      },
    });
    const own = { message: "m", extensions: { code: "NOT_FOUND", messageZh: "找不到", messageEn: "gone" } };
    expect(withBilingualMessages(own)).toBe(own);
    expect(withBilingualMessages({ message: "no code" }).extensions).toMatchObject({
      code: "INTERNAL_SERVER_ERROR",
      messageEn: "no code",
    });
  });
});
