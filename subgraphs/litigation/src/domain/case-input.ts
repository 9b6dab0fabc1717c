// What every new case needs (解纷码, court, 案由, parties, claims), checked as a whole: every problem is
// collected and reported at once.
import { InputProblems } from "@onedoor/shared/graphql/errors";
import { parseDisputeCode } from "@onedoor/shared/dispute-code/index";
import { toLocalDate } from "@onedoor/shared/clock/index";
import { validateCreditCode, validateRegionCode, validateResidentId } from "@onedoor/shared/validators/index";
import type { PartyKind, PartyRole } from "../generated/prisma/enums.js";
import { courtCodeForCounty } from "./case-number.js";
import { causeListOn, findCause, type CauseOfAction } from "./causes-of-action.js";

export interface NewParty {
  role: PartyRole;
  kind: PartyKind;
  name: string;
  idNumber: string | null;
}

/** What a case carries over to the case that follows from it (filing after mediation, enforcement). */
export interface CaseCore {
  disputeCode: string;
  courtCode: string;
  online: boolean;
  causeCode: string | null;
  causeListVersion: string | null;
  parties: NewParty[];
  claims: { description: string; amount: string | null }[];
}

/** The basics as the caller sent them (CaseBasicsInput). */
export interface CaseBasicsFields {
  disputeCode: string;
  courtRegionCode?: string | null;
  causeOfActionCode: string;
  parties: {
    role: PartyRole;
    kind: PartyKind;
    name: string;
    idNumber?: string | null;
  }[];
  claims?: { description: string; amount?: string | null }[] | null;
  online?: boolean | null;
}

export interface CaseBasics {
  core: CaseCore;
  /** The cause entry, for the rules that depend on it (司法确认 exclusions). */
  cause: CauseOfAction;
}

/** Checks the basics of a new case; the caller adds its own problems to `problems` before throwing. */
export function checkCaseBasics(input: CaseBasicsFields, at: Date, problems: InputProblems): CaseBasics | undefined {
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
    const name = problems.text(
      ["input", "parties", i, "name"],
      p.name,
      { zh: "当事人姓名或名称", en: "Party name" },
      100,
    );
    let idNumber: string | null = null;
    if (p.idNumber != null && p.idNumber.trim() !== "") {
      const checked = p.kind === "PERSON" ? validateResidentId(p.idNumber) : validateCreditCode(p.idNumber);
      idNumber = problems.check(["input", "parties", i, "idNumber"], checked) ?? null;
    }
    return { role: p.role, kind: p.kind, name, idNumber };
  });
  if (parties.length === 0)
    problems.add(["input", "parties"], "EMPTY", "至少填写一方当事人", "At least one party is required");

  const claims = (input.claims ?? []).map((c, i) => {
    const description = problems.text(
      ["input", "claims", i, "description"],
      c.description,
      { zh: "请求事项", en: "Claim" },
      1000,
      { multiline: true },
    );
    // The Money scalar checked the format; a claim asks for money, so its amount is never negative.
    const amount = c.amount ?? null;
    if (amount?.startsWith("-"))
      problems.add(
        ["input", "claims", i, "amount"],
        "RANGE",
        "请求金额不能为负数",
        "A claimed amount cannot be negative",
      );
    return { description, amount };
  });

  if (!dispute.ok || courtCode === undefined || !cause || !causeList) return undefined;
  return {
    core: {
      disputeCode: dispute.code,
      courtCode,
      causeCode: cause.code,
      causeListVersion: causeList.version,
      parties,
      claims,
      online: input.online ?? false,
    },
    cause,
  };
}
