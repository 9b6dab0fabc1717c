// 名录状态的变更: how a body or person of any department's directory moves between active, suspended and
// retired, and whether it may take new matters. Each department words its own refusals (an arbitrator, a
// lawyer, a tribunal); the lifecycle itself is the same everywhere.
import type { Transition } from "../db/write-path.js";
import { DirectoryStatus } from "../graphql/directory-status.js";

/** The statuses every department's database declares as its own `DirectoryStatus` enum. */
export const DIRECTORY_STATUSES: readonly DirectoryStatus[] = Object.values(DirectoryStatus);

export const DIRECTORY_STATUS_LABEL: Readonly<Record<DirectoryStatus, { zh: string; en: string }>> = {
  ACTIVE: { zh: "在册", en: "active" },
  SUSPENDED: { zh: "暂停", en: "suspended" },
  RETIRED: { zh: "已退出名录", en: "retired" },
};

/** Only an active entry is sent, assigned, appointed or picked for a new matter. */
export function takesNewMatters(status: DirectoryStatus): boolean {
  return status === DirectoryStatus.ACTIVE;
}

/**
 * Suspending and reinstating go back and forth; retiring is for good (a retired entry's past records stay,
 * but it never comes back: someone returning is added again). `what` names the entry in messages.
 */
export function directoryStatusChange(
  current: DirectoryStatus,
  next: DirectoryStatus,
  what: { zh: string; en: string },
): Transition<DirectoryStatus> {
  if (current === DirectoryStatus.RETIRED)
    return {
      ok: false,
      reason: "DIRECTORY_ENTRY_RETIRED",
      messageEn: `${what.en} has retired from the directory; add them again to bring them back`,
      messageZh: `${what.zh}已退出名录，如需恢复请重新登记`,
    };
  if (current === next)
    return {
      ok: false,
      reason: "DIRECTORY_STATUS_UNCHANGED",
      messageEn: `${what.en} is already ${DIRECTORY_STATUS_LABEL[next].en}`,
      messageZh: `${what.zh}已是“${DIRECTORY_STATUS_LABEL[next].zh}”状态`,
    };
  return { ok: true, status: next };
}

/**
 * The refusal of a new matter for an entry that is not active (null when it is). `refusedWhat` says what it may
 * not do where the department says more than "takes no new matters" (a mediator "cannot be assigned to a case").
 */
export function notTakingNewMatters(
  status: DirectoryStatus,
  what: { zh: string; en: string },
  refusedWhat: { zh: string; en: string } = { zh: "不能承接新的事项", en: "takes no new matters" },
): Extract<Transition<never>, { ok: false }> | null {
  if (takesNewMatters(status)) return null;
  return {
    ok: false,
    reason: status === DirectoryStatus.SUSPENDED ? "DIRECTORY_ENTRY_SUSPENDED" : "DIRECTORY_ENTRY_RETIRED",
    messageEn: `${what.en} is ${DIRECTORY_STATUS_LABEL[status].en} and ${refusedWhat.en}`,
    messageZh: `${what.zh}${status === DirectoryStatus.SUSPENDED ? "已暂停" : "已退出名录"}，${refusedWhat.zh}`,
  };
}
