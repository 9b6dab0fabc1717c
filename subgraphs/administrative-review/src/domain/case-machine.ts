// The steps an administrative review may take, as a pure function: the write path asks it before every change.
import type { Transition } from "@onedoor/shared/db/write-path";
import { checkVoid } from "@onedoor/shared/events/step-void";
import {
  AdministrativeReviewCaseStatus,
  AdministrativeReviewProcedure,
  type AdministrativeReviewCaseStatus as Status,
} from "../generated/prisma/enums.js";
import { REVIEW_CLOCKS } from "./clocks.js";

const S = AdministrativeReviewCaseStatus;

export const STATUS_ZH: Record<Status, string> = {
  [S.RECEIVED]: "已收到申请",
  [S.ACCEPTED]: "已受理",
  [S.REJECTED]: "不予受理",
  [S.DECIDED]: "已作出复议决定",
  [S.TERMINATED]: "已终止",
  [S.VOIDED]: "已撤销受理（误受理）",
};

export type ReviewStep =
  /** 受理: a late application only with the proper reason stated. */
  | { kind: "accept"; late: boolean; lateReason: string | null }
  | { kind: "reject" }
  /** 延长: ordinary procedure only, 30 days at most in all. */
  | { kind: "extend"; days: number }
  | { kind: "decide" }
  /** 终止: before a decision, e.g. the applicant withdrew. */
  | { kind: "terminate" };

export interface MachineInputs {
  status: Status;
  procedure: AdministrativeReviewProcedure | null;
  extensionDays: number;
}

const STEP_ZH: Record<ReviewStep["kind"], string> = {
  accept: "受理",
  reject: "决定不予受理",
  extend: "延长复议期限",
  decide: "作出复议决定",
  terminate: "终止",
};

const FROM: Record<ReviewStep["kind"], readonly Status[]> = {
  accept: [S.RECEIVED],
  reject: [S.RECEIVED],
  extend: [S.ACCEPTED],
  decide: [S.ACCEPTED],
  terminate: [S.RECEIVED, S.ACCEPTED],
};

const TO: Record<ReviewStep["kind"], Status | null> = {
  accept: S.ACCEPTED,
  reject: S.REJECTED,
  extend: null,
  decide: S.DECIDED,
  terminate: S.TERMINATED,
};

const refuse = (reason: string, messageEn: string, messageZh: string): Transition<Status> => ({
  ok: false,
  reason,
  messageEn,
  messageZh,
});

export function nextStatus(row: MachineInputs, step: ReviewStep): Transition<Status> {
  if (!FROM[step.kind].includes(row.status)) {
    return refuse(
      "NOT_ALLOWED_IN_STATUS",
      `A review that is ${row.status} cannot take the step "${step.kind}"`,
      `复议案件当前为「${STATUS_ZH[row.status]}」，不能${STEP_ZH[step.kind]}`,
    );
  }
  if (step.kind === "accept" && step.late && !step.lateReason) {
    return refuse(
      "APPLICATION_LATE",
      "The application came more than 60 days after the applicant knew of the act: accept it only with the proper reason (force majeure or another), or reject it",
      "申请超过知道该行政行为之日起六十日的申请期限：有不可抗力或者其他正当理由的，请写明理由后受理；否则应当不予受理",
    );
  }
  if (step.kind === "extend") {
    if (row.procedure !== AdministrativeReviewProcedure.ORDINARY) {
      return refuse(
        "SIMPLIFIED_NOT_EXTENDABLE",
        "A review under the simplified procedure is decided within 30 days; its period cannot be extended",
        "适用简易程序的复议案件应在三十日内作出决定，不能延长",
      );
    }
    const cap = REVIEW_CLOCKS.decision.maxExtensionDays;
    if (row.extensionDays + step.days > cap) {
      return refuse(
        "EXTENSION_TOO_LONG",
        `The decision period may be extended by ${cap} days at most in all (${row.extensionDays} already)`,
        `复议期限延长最多不超过${cap}日（已延长${row.extensionDays}日）`,
      );
    }
  }
  return { ok: true, status: TO[step.kind] ?? row.status };
}

/**
 * 撤销受理 (更正): an acceptance recorded in error is voided only while it is still the case's last step: the
 * case merely ACCEPTED, nothing reported on it since (no extension); it then ends VOIDED and its decision clock
 * stops.
 */
export function checkAcceptanceVoid(
  status: Status,
  laterSteps: number,
  acceptanceEventId: string | null,
): Transition<Status> {
  return checkVoid(
    { status, voidableIn: [S.ACCEPTED], laterSteps, reportedEventId: acceptanceEventId, stepZh: "受理" },
    S.VOIDED,
  );
}
