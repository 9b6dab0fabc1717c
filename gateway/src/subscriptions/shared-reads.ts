// One read of the graph for every subscriber who would get the same answer. Subscribers who see alike
// (same roles, department, body, region and party) and ask the same query with the same variables share a
// read, provided it began after the event each of them is reading for arrived: such a read already reflects
// that event. Reads naming a full personal value (`...Full`) are never shared, because each such read is
// audited under the person who asked.
import type { Identity } from "@onedoor/shared/auth/identity";
import { isFullPersonalField } from "@onedoor/shared/auth/single-record-reads";

/** What the graph's answer depends on in an identity: not the user id (used only for writes and audit). */
export function viewOf(identity: Identity): string {
  return JSON.stringify([
    [...identity.roles].sort(),
    identity.department ?? null,
    identity.organization ?? null,
    identity.region ?? null,
    identity.partyId ?? null,
  ]);
}

/** Whether a printed query asks for a full personal value anywhere (fields, aliases or fragments). */
export const namesFullPersonalField = (query: string): boolean =>
  (query.match(/[_A-Za-z][_0-9A-Za-z]*/g) ?? []).some(isFullPersonalField);

interface Read<T> {
  /** The moment (on this class's own counter) the read began. */
  began: number;
  answer: Promise<T>;
}

export class SharedReads<T> {
  /** A counter, not a clock: two moments in the same millisecond still compare strictly. */
  private moments = 0;
  private readonly latest = new Map<string, Read<T>>();

  constructor(
    /** Reads kept for reuse at most; the oldest go first. */
    private readonly capacity = 10_000,
  ) {}

  /** Now, for an event arriving: a read that begins later reflects it. */
  now(): number {
    return ++this.moments;
  }

  /**
   * The answer to `query` for `identity`, from a read that began after `since` (a moment from `now()`
   * taken when the event arrived) when one exists, otherwise from a new read.
   */
  read(identity: Identity, query: string, variables: Record<string, unknown>, since: number, run: () => Promise<T>) {
    if (namesFullPersonalField(query)) return run();
    const key = JSON.stringify([viewOf(identity), query, variables]);
    const found = this.latest.get(key);
    if (found && found.began > since) return found.answer;
    const read: Read<T> = { began: this.now(), answer: run() };
    this.latest.delete(key);
    this.latest.set(key, read);
    if (this.latest.size > this.capacity) this.latest.delete(this.latest.keys().next().value!);
    // A failed read is not reused: the next subscriber tries again.
    read.answer.catch(() => {
      if (this.latest.get(key) === read) this.latest.delete(key);
    });
    return read.answer;
  }
}
