// docs/capacity.md traces every figure to a file and line (`latest.md:12`, or `:24` for the file cited just
// before): each cited file must exist and reach that line, so a renamed report or a shortened file is noticed.
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "@onedoor/shared/system/service-command";

const DOC = "docs/capacity.md";
/** A bare file name is a benchmark report. */
const REPORTS = "test/bench/results";
/** The team's domain reference lives beside the repository, not in it. */
const OUTSIDE_REPOSITORY = new Set(["domain.md"]);

interface Citation {
  file: string;
  first: number;
  last: number;
}

function citations(text: string): Citation[] {
  const found: Citation[] = [];
  let previous: string | undefined;
  for (const match of text.matchAll(/`([\w./-]*):(\d+)(?:[-–](\d+))?`/g)) {
    const file = match[1] === "" ? previous : match[1];
    if (file === undefined) throw new Error(`"${match[0]}" continues no earlier citation`);
    previous = file;
    found.push({ file, first: Number(match[2]), last: Number(match[3] ?? match[2]) });
  }
  return found;
}

/** Citations whose file is missing or shorter than the cited lines. */
function problems(text: string): string[] {
  const found: string[] = [];
  for (const { file, first, last } of citations(text)) {
    if (OUTSIDE_REPOSITORY.has(file)) continue;
    const path = join(REPO_ROOT, file.includes("/") ? file : join(REPORTS, file));
    if (!existsSync(path)) {
      found.push(`${file}: no such file`);
      continue;
    }
    const lines = readFileSync(path, "utf8").split("\n").length;
    if (first < 1 || last < first || last > lines) found.push(`${file}:${first}-${last}: the file has ${lines} lines`);
  }
  return found;
}

describe("capacity on paper", () => {
  const text = readFileSync(join(REPO_ROOT, DOC), "utf8");

  it("cites the committed benchmark reports", () => {
    const files = citations(text).map((c) => c.file);
    for (const report of ["latest.md", "small-data-2000.md", "cockpit-scale.md", "live-latency.md", "start.md"])
      expect(files).toContain(report);
  });

  it("names only files and lines that exist", () => {
    expect(problems(text)).toEqual([]);
  });

  it("catches a missing report, a line past the end and a dangling continuation", () => {
    expect(problems(`${text}\n\`no-such-report.md:3\``)).toEqual(["no-such-report.md: no such file"]);
    expect(problems(`${text}\n\`latest.md:9999\``)).toHaveLength(1);
    expect(() => citations("`:12`")).toThrow(/continues no earlier citation/);
  });
});
