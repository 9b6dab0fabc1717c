// 暂停、恢复、退出名录 of any directory entry, a body (a commission, a tribunal, a centre) or a person (an
// arbitrator, a judge, an invited mediator, a legal aid provider): the reason is checked, the shared lifecycle
// decides, and the status, reason and time change through the shared write path with the audit entry.
import type { RecordChange, Transition, VersionedRow } from "../db/write-path.js";
import { currentTime } from "../clock/now.js";
import { InputProblems } from "../graphql/errors.js";
import type { DirectoryStatus } from "../graphql/directory-status.js";
import { directoryStatusChange } from "./lifecycle.js";

type Words = { zh: string; en: string };

/** What every `change…Status` input of a directory carries besides the id of its body or person. */
export interface DirectoryStatusInput {
  status: DirectoryStatus;
  reason: string;
  expectedVersion?: number | null;
}

/** The reason given for a status change (shown in the directory), or BAD_USER_INPUT naming `input.reason`. */
export function statusChangeReason(input: Pick<DirectoryStatusInput, "reason">): string {
  const problems = new InputProblems();
  const reason = problems.text(["input", "reason"], input.reason, { zh: "理由", en: "Reason" }, 200);
  problems.throwIfAny();
  return reason;
}

/**
 * One status change of a directory entry (a body or a person) as a write-path step: `decide` answers by the
 * lifecycle, the reason and time are kept with the status, and the mutation and its input are audited.
 */
export function directoryStatusStep<Row extends VersionedRow, Tx, Update>(change: {
  id: string;
  input: DirectoryStatusInput;
  reason: string;
  action: string;
  decide: (row: Row) => Transition<DirectoryStatus> | Promise<Transition<DirectoryStatus>>;
}): RecordChange<Row, Tx, Update, DirectoryStatus> {
  const { id, input, reason, action, decide } = change;
  const now = currentTime();
  return {
    id,
    expectedVersion: input.expectedVersion,
    decide,
    // Every directory table has these two columns; Prisma's update type of each admits them.
    columns: () => ({ statusReason: reason, statusChangedAt: now }) as unknown as Omit<Update, "status" | "version">,
    audit: { action, input },
  };
}

/** A person's status change as a write-path step: the shared lifecycle, the person named by `named` in refusals. */
export function entryStatusStep<Row extends VersionedRow & { name: string; status: DirectoryStatus }, Tx, Update>(
  named: (name: string) => Words,
  change: { id: string; input: DirectoryStatusInput; reason: string; action: string },
): RecordChange<Row, Tx, Update, DirectoryStatus> {
  return directoryStatusStep<Row, Tx, Update>({
    ...change,
    decide: (row) => directoryStatusChange(row.status, change.input.status, named(row.name)),
  });
}
