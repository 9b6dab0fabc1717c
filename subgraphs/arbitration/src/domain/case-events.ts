// What the registry's timeline (统一归集) is told about each step of an arbitration case. Summaries are read
// by residents tracking their dispute: they name the commission and the documents, never a person
// (no applicant, respondent representative or arbitrator names, no ID or phone numbers, no addresses).
import { ATTENDANCE_KEY, reportAttendance } from "@onedoor/shared/events/attendance";
import type { CaseEventTypeOf } from "@onedoor/shared/events/case-event-types";
import { voidEvent } from "@onedoor/shared/events/step-void";
import type { CaseEvent } from "./case-machine.js";
import { yuanOf } from "./money.js";
import type { ArbitrationAppearance } from "../generated/prisma/enums.js";

export interface ReportedEvent {
  type: CaseEventTypeOf<"arbitration">;
  summary: string;
  data: Record<string, unknown>;
}

export interface ApplicationFacts {
  commissionName: string;
  caseNumber: string;
  collective: boolean;
  applicantCount: number;
  /** Sum of the claims with an amount, in fen. */
  claimedFen: bigint;
}

/** 收到仲裁申请: the first event of every case. */
export function applicationReceived(facts: ApplicationFacts): ReportedEvent {
  return {
    type: "ARBITRATION_APPLICATION_RECEIVED",
    summary: `${facts.commissionName}收到${facts.collective ? "集体劳动争议" : "劳动争议"}仲裁申请（${facts.caseNumber}）`,
    data: {
      status: "RECEIVED",
      caseNumber: facts.caseNumber,
      collective: facts.collective,
      applicantCount: facts.applicantCount,
      claimedAmount: yuanOf(facts.claimedFen),
      nextStep: "ACCEPTANCE_DECISION",
    },
  };
}

export interface StepFacts {
  commissionName: string;
  caseNumber: string;
  /** 裁决书 / 调解书 number, for the events that issue one. */
  documentNumber?: string;
  /** Sum awarded over the granted claims, in fen (ISSUE_AWARD). */
  awardedFen?: bigint;
  /** Whether the award already issued is final (SERVE_AWARD). */
  awardFinal?: boolean | null;
  /** Where the hearing was held (HOLD_HEARING): a room of the commission, never a person. */
  hearingPlace?: string;
}

const APPEARANCE_ZH: Record<ArbitrationAppearance, string> = {
  IN_PERSON: "到庭",
  ONLINE: "线上参加",
  ABSENT: "缺席",
};

/** Local China time as YYYY-MM-DD HH:mm, for hearing dates in a summary. */
function chinaDateTime(instant: Date): string {
  const local = new Date(instant.getTime() + 8 * 3_600_000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}

/**
 * The events a committed step reports, in order. An award handed over on issue is also served then,
 * so it reports both ARBITRATION_AWARD_ISSUED and ARBITRATION_AWARD_SERVED.
 */
export function stepEvents(event: CaseEvent, facts: StepFacts): ReportedEvent[] {
  const { commissionName, caseNumber } = facts;
  switch (event.type) {
    case "ACCEPT":
      return [
        {
          type: "ARBITRATION_ACCEPTED",
          summary: `${commissionName}受理仲裁申请（${caseNumber}）`,
          data: { status: "ACCEPTED", caseNumber, nextStep: "SERVICE_AND_TRIBUNAL" },
        },
      ];
    case "REJECT":
      return [
        {
          type: "ARBITRATION_REJECTED",
          summary: `${commissionName}决定不予受理仲裁申请，申请人可以向人民法院提起诉讼`,
          data: { status: "REJECTED", caseNumber, nextStep: "LITIGATION" },
        },
      ];
    case "SERVE":
      return [
        {
          type: "ARBITRATION_SERVED",
          summary: "仲裁申请书副本已送达被申请人",
          data: { caseNumber, nextStep: "ANSWER" },
        },
      ];
    case "ANSWER":
      return [{ type: "ARBITRATION_ANSWER_RECEIVED", summary: "仲裁委收到被申请人答辩书", data: { caseNumber } }];
    case "COMPOSE_TRIBUNAL":
      return [
        {
          type: "ARBITRATION_TRIBUNAL_COMPOSED",
          summary:
            event.kind === "SOLE" ? "仲裁委组成独任仲裁庭并通知双方当事人" : "仲裁委组成合议仲裁庭并通知双方当事人",
          data: { status: "TRIBUNAL_FORMED", caseNumber, tribunalKind: event.kind },
        },
      ];
    case "SCHEDULE_HEARING":
      return [
        {
          type: "ARBITRATION_HEARING_SCHEDULED",
          summary: `仲裁庭定于${chinaDateTime(event.hearingAt)}开庭，已通知双方当事人`,
          data: { status: "HEARING_SCHEDULED", caseNumber, hearingAt: event.hearingAt.toISOString() },
        },
      ];
    case "POSTPONE_HEARING":
      return [
        {
          type: "ARBITRATION_HEARING_POSTPONED",
          summary: `经当事人申请，仲裁庭决定延期开庭，改于${chinaDateTime(event.newHearingAt)}开庭`,
          data: { caseNumber, hearingAt: event.newHearingAt.toISOString() },
        },
      ];
    case "HOLD_HEARING": {
      // 到场: a side that came to the hearing room is the parties' attendance, which the registry counts as a
      // run; a hearing both sides joined online, or one missed, is not a trip.
      const { applicantAppearance, respondentAppearance } = event;
      const inPerson = applicantAppearance === "IN_PERSON" || respondentAppearance === "IN_PERSON";
      const attendance = facts.hearingPlace ? reportAttendance(event.at, facts.hearingPlace, inPerson) : undefined;
      return [
        {
          type: "ARBITRATION_HEARING_HELD",
          summary: `仲裁庭开庭审理（申请人${APPEARANCE_ZH[applicantAppearance]}，被申请人${APPEARANCE_ZH[respondentAppearance]}）`,
          data: {
            caseNumber,
            applicantAppearance,
            respondentAppearance,
            ...(attendance ? { [ATTENDANCE_KEY]: attendance } : {}),
          },
        },
      ];
    }
    case "EXTEND_AWARD":
      return [
        {
          type: "ARBITRATION_AWARD_PERIOD_EXTENDED",
          summary: `经仲裁委主任批准，审理期限延长${event.days}日`,
          data: { caseNumber, days: event.days },
        },
      ];
    case "CLOSE_BY_MEDIATION":
      return [
        {
          type: "ARBITRATION_MEDIATION_STATEMENT",
          summary: "经仲裁庭调解，双方达成协议，仲裁委制作调解书结案",
          data: {
            status: "MEDIATED",
            caseNumber,
            ...(facts.documentNumber ? { documentNumber: facts.documentNumber } : {}),
          },
        },
      ];
    case "ISSUE_AWARD": {
      const issued: ReportedEvent = {
        type: "ARBITRATION_AWARD_ISSUED",
        summary: event.final ? "仲裁庭作出裁决（一裁终局）" : "仲裁庭作出裁决（非终局裁决）",
        data: {
          status: "AWARDED",
          caseNumber,
          final: event.final,
          ...(facts.documentNumber ? { documentNumber: facts.documentNumber } : {}),
          ...(facts.awardedFen !== undefined ? { awardedAmount: yuanOf(facts.awardedFen) } : {}),
        },
      };
      return event.servedOnIssue ? [issued, awardServed(event.final, caseNumber)] : [issued];
    }
    case "SERVE_AWARD":
      return [awardServed(facts.awardFinal ?? null, caseNumber)];
    case "VOID_ACCEPTANCE":
      // The machine allows a void only when the acceptance reported an event to name.
      if (!event.acceptanceEventId) return [];
      return [
        voidEvent(
          { eventId: event.acceptanceEventId, type: "ARBITRATION_ACCEPTED", stepZh: "受理" },
          commissionName,
          event.reason,
        ),
      ];
  }
}

function awardServed(final: boolean | null, caseNumber: string): ReportedEvent {
  const window =
    final === true
      ? "劳动者不服的可以自收到之日起十五日内向人民法院起诉"
      : final === false
        ? "当事人不服的可以自收到之日起十五日内向人民法院起诉"
        : "不服的可以依法向人民法院起诉";
  return {
    type: "ARBITRATION_AWARD_SERVED",
    summary: `仲裁裁决书已送达双方当事人，${window}`,
    data: { caseNumber, ...(final !== null ? { final } : {}) },
  };
}
