// Input checks shared by the mutations that open a case: every problem is collected and reported at once.
import { InputProblems, badUserInput, invalidState } from "@onedoor/shared/graphql/errors";
import { parseDisputeCode } from "@onedoor/shared/dispute-code/index";
import { toLocalDate } from "@onedoor/shared/clock/index";
import {
  validateCreditCode,
  validateRegionCode,
  validateResidentId,
  validateText,
} from "@onedoor/shared/validators/index";
import { courtCodeForCounty } from "../domain/case-number.js";
import { causeListOn, findCause, type CauseOfAction, type CauseOfActionList } from "../domain/causes-of-action.js";
import type { Refusal } from "../domain/refusal.js";
import type { CaseCore, NewParty } from "../db/court-cases.js";
import { PartyKind } from "../entities/enums.js";
import type { CaseBasicsInput } from "../entities/inputs.js";

export interface CaseBasics extends CaseCore {
  cause: CauseOfAction;
  causeList: CauseOfActionList;
}

const AMOUNT = /^\d{1,12}(\.\d{1,2})?$/;

/** Checks the basics of a new case; the caller adds its own problems to `problems` before throwing. */
export function checkCaseBasics(input: CaseBasicsInput, at: Date, problems: InputProblems): CaseBasics | undefined {
  const dispute = parseDisputeCode(input.disputeCode);
  problems.check(["input", "disputeCode"], dispute);

  let courtCode: string | undefined;
  const countyInput = input.courtRegionCode ?? (dispute.ok ? dispute.region : undefined);
  if (countyInput !== undefined) {
    const region = validateRegionCode(countyInput);
    if (problems.check(["input", "courtRegionCode"], region) !== undefined && region.ok) {
      if (region.region.level === "county" && region.value.length === 6) courtCode = courtCodeForCounty(region.value);
      else
        problems.add(
          ["input", "courtRegionCode"],
          "FORMAT",
          "请填写基层法院所在县级行政区划代码（6位）",
          "Give the 6-digit county code of the basic court",
        );
    }
  }

  const causeList = causeListOn(toLocalDate(at));
  const cause = causeList && findCause(causeList, input.causeOfActionCode);
  if (!causeList || !cause) {
    problems.add(
      ["input", "causeOfActionCode"],
      "UNKNOWN",
      `案由代码 ${input.causeOfActionCode} 不在现行案由规定中`,
      `Cause of action ${input.causeOfActionCode} is not in the list in force`,
    );
  }

  const parties = input.parties.map((p, i): NewParty => {
    const name = problems.check(
      ["input", "parties", i, "name"],
      validateText(p.name, { field: { zh: "当事人姓名或名称", en: "Party name" }, min: 1, max: 100 }),
    );
    let idNumber: string | null = null;
    if (p.idNumber != null && p.idNumber.trim() !== "") {
      const checked = p.kind === PartyKind.PERSON ? validateResidentId(p.idNumber) : validateCreditCode(p.idNumber);
      idNumber = problems.check(["input", "parties", i, "idNumber"], checked) ?? null;
    }
    return {
      role: p.role,
      kind: p.kind,
      name: name ?? p.name,
      idNumber,
      joinsApplication: p.joinsApplication ?? false,
    };
  });
  if (parties.length === 0)
    problems.add(["input", "parties"], "EMPTY", "至少填写一方当事人", "At least one party is required");

  const claims = (input.claims ?? []).map((c, i) => {
    const description = problems.check(
      ["input", "claims", i, "description"],
      validateText(c.description, { field: { zh: "请求事项", en: "Claim" }, min: 1, max: 1000, multiline: true }),
    );
    const amount = c.amount?.trim() || null;
    if (amount !== null && !AMOUNT.test(amount)) {
      problems.add(
        ["input", "claims", i, "amount"],
        "FORMAT",
        "金额应为以元为单位、最多两位小数的数字",
        "Amount is yuan with at most two decimals",
      );
    }
    return { description: description ?? c.description, amount };
  });

  if (!dispute.ok || courtCode === undefined || !cause || !causeList) return undefined;
  return {
    disputeCode: dispute.code,
    courtCode,
    cause,
    causeList,
    causeCode: cause.code,
    causeListVersion: causeList.version,
    parties,
    claims,
    online: input.online ?? false,
  };
}

export function checkText(
  problems: InputProblems,
  field: (string | number)[],
  value: string,
  label: { zh: string; en: string },
  max = 200,
): string | undefined {
  return problems.check(field, validateText(value, { field: label, min: 1, max }));
}

/** The court's rules refused the step: BAD_USER_INPUT naming the input each refusal is about. */
export function refused(refusals: Refusal[]): never {
  throw badUserInput(
    refusals.map((r) => ({
      field: r.field ?? ["input"],
      reason: r.code,
      messageZh: r.messageZh,
      messageEn: r.messageEn,
    })),
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);

/** A step the case's state or the court's rules do not allow now: INVALID_STATE, nothing changed. */
export function notAllowed(refusals: Refusal[]): never {
  const [first] = refusals;
  throw invalidState(first?.messageEn ?? "Not allowed", first?.messageZh ?? "不允许该操作", {
    reason: first?.code,
    refusals,
  });
}
