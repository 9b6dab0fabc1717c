// 名录机构: what every department that publishes bodies to the registry (arbitration's commissions, the court's
// bodies, legal aid's centres) does alike. A body moves by the shared lifecycle, and one with cases still in hand
// does not retire (no case is left without a body answerable for it); its status changes through the shared
// write path; it is published with how many of its people take a case now. Each department keeps its kinds, its
// staffing rule, its wording and its Prisma calls.
import type { RecordChange, Transition, VersionedRow } from "../db/write-path.js";
import type { InputProblems } from "../graphql/errors.js";
import type { DirectoryStatus } from "../graphql/directory-status.js";
import { directoryStatusChange } from "./lifecycle.js";
import type { PublishedBody } from "./publication.js";
import { directoryStatusStep, type DirectoryStatusInput } from "./status-step.js";

type Words = { zh: string; en: string };

/** How a department words its bodies in refusals. */
export interface DirectoryBodies {
  /** The body in a message: 仲裁委员会X / The commission X. */
  named(name: string): Words;
  /** The cases that keep a body from retiring, in English ("open", "undecided"). */
  openCasesEn: string;
  /** What is done with them first: { zh: "办结或移送", en: "conclude or transfer them first" }. */
  openCasesRemedy: Words;
}

/** A body's row as the kit reads it. */
export interface DirectoryBodyRow {
  id: string;
  name: string;
  kind: string;
  regionCode: string;
  categories: string[];
  status: DirectoryStatus;
}

/** 暂停、恢复、退出名录 of a body: the shared lifecycle, and a body with `openCases` does not retire. */
export function bodyStatusChange(
  bodies: DirectoryBodies,
  body: { name: string; status: DirectoryStatus },
  next: DirectoryStatus,
  openCases: number,
): Transition<DirectoryStatus> {
  const what = bodies.named(body.name);
  const change = directoryStatusChange(body.status, next, what);
  if (change.ok && next === "RETIRED" && openCases > 0)
    return {
      ok: false,
      reason: "OPEN_CASES",
      messageEn: `${what.en} still has ${openCases} ${bodies.openCasesEn} case(s): ${bodies.openCasesRemedy.en}`,
      messageZh: `${what.zh}尚有${openCases}件未结案件，须${bodies.openCasesRemedy.zh}后才能退出名录`,
    };
  return change;
}

/** A body's status change as a write-path step: its open cases are counted only when it is to retire. */
export function bodyStatusStep<Row extends VersionedRow & { name: string; status: DirectoryStatus }, Tx, Update>(
  bodies: DirectoryBodies,
  change: { id: string; input: DirectoryStatusInput; reason: string; action: string },
  openCasesOf: (id: string) => Promise<number>,
): RecordChange<Row, Tx, Update, DirectoryStatus> {
  const next = change.input.status;
  return directoryStatusStep<Row, Tx, Update>({
    ...change,
    decide: async (row) => bodyStatusChange(bodies, row, next, next === "RETIRED" ? await openCasesOf(row.id) : 0),
  });
}

/** The categories a new body takes, each once (up to 30 characters each), with a problem per bad one. */
export function bodyCategories(problems: InputProblems, categories: readonly string[] | null | undefined): string[] {
  const checked = (categories ?? []).map((c, i) =>
    problems.text(["input", "categories", i], c, { zh: "受理类别", en: "Category" }, 30),
  );
  return [...new Set(checked)];
}

/**
 * A department's bodies as it publishes them: each with `staffed`, the number of its people who take a case now
 * (by body id; none when absent), and whether it takes any category.
 */
export function publishedBodies<Body extends DirectoryBodyRow>(
  bodies: readonly Body[],
  staffed: ReadonlyMap<string, number>,
  coversAllCategories: (body: Body) => boolean,
): PublishedBody[] {
  return bodies.map((b) => ({
    id: b.id,
    name: b.name,
    kind: b.kind,
    regionCode: b.regionCode,
    categories: b.categories,
    coversAllCategories: coversAllCategories(b),
    status: b.status,
    staffed: staffed.get(b.id) ?? 0,
  }));
}
