import { createHash } from "node:crypto";
import { toLocalDate } from "@onedoor/shared/clock/index";
import {
  validateCreditCode,
  validatePhone,
  validateRegionCode,
  validateResidentId,
  validateText,
  type ValidationResult,
} from "@onedoor/shared/validators/index";
import type {
  Channel,
  DisputePartyKind,
  DisputePartyRole,
  HotlineRequestType,
  RoutingFlag,
  ServiceTier,
} from "../generated/prisma/enums.js";
import { categoryListOn, CATEGORY_LISTS, type CategoryList } from "./categories.js";

/** Limits on what one registration may carry; a description longer than this belongs in an attachment. */
export const LIMITS = {
  title: { min: 2, max: 100 },
  description: { min: 1, max: 5000 },
  name: { min: 1, max: 100 },
  parties: 50,
  peopleInvolved: 100_000,
  idempotencyKey: /^[A-Za-z0-9._:-]{8,128}$/,
  /** Decimal(14,2): up to 12 integer digits. */
  amount: /^\d{1,12}(\.\d{1,2})?$/,
  /** 12345 work-order numbers as the hotline platforms issue them (letters, digits, hyphens). */
  hotlineOrderNumber: /^[A-Za-z0-9-]{4,40}$/,
} as const;

/** 热线工单: the 12345 work order a matter was passed on with. */
export interface HotlineOrderData {
  orderNumber: string;
  calledAt: Date;
  requestType: HotlineRequestType;
  /** 紧急: first contact is due in clock hours, not working hours. */
  urgent?: boolean | null;
}

export interface PartyInputData {
  kind: DisputePartyKind;
  name: string;
  residentId?: string | null;
  phone?: string | null;
  creditCode?: string | null;
  legalRepresentative?: string | null;
}

export interface RegistrationInputData {
  title: string;
  description: string;
  category: string;
  region: string;
  amountInvolved?: string | null;
  peopleInvolved?: number | null;
  channel: Channel;
  parties: PartyInputData[];
  respondents?: PartyInputData[] | null;
  flags?: RoutingFlag[] | null;
  serviceTier?: ServiceTier | null;
  hotlineOrder?: HotlineOrderData | null;
}

export interface NormalisedParty {
  role: DisputePartyRole;
  kind: DisputePartyKind;
  position: number;
  name: string;
  residentId: string | null;
  phone: string | null;
  creditCode: string | null;
  legalRepresentative: string | null;
}

export interface NormalisedRegistration {
  title: string;
  description: string;
  category: string;
  categoryListVersion: string;
  regionCode: string;
  localityCode: string | null;
  amountInvolved: string | null;
  peopleInvolved: number;
  channel: Channel;
  flags: RoutingFlag[];
  serviceTier: ServiceTier | null;
  parties: NormalisedParty[];
  /** Only with a work order: a registration without one hashes as it always did. */
  hotlineOrderNumber?: string;
  hotlineCalledAt?: Date;
  hotlineRequestType?: HotlineRequestType;
  urgent?: boolean;
}

export interface Problem {
  field: (string | number)[];
  reason: string;
  messageZh: string;
  messageEn: string;
}

export type RegistrationCheck = { ok: true; value: NormalisedRegistration } | { ok: false; problems: Problem[] };

class Collector {
  readonly problems: Problem[] = [];
  take<T>(field: (string | number)[], result: ValidationResult<T>): T | undefined {
    if (result.ok) return result.value;
    this.problems.push({ field, reason: result.reason, messageZh: result.messageZh, messageEn: result.messageEn });
    return undefined;
  }
  add(field: (string | number)[], reason: string, messageZh: string, messageEn: string): void {
    this.problems.push({ field, reason, messageZh, messageEn });
  }
}

/**
 * Applicants must be identifiable (resident ID and phone, or credit code); respondents are often
 * known only by name at the window, so their identifiers are checked only when given.
 */
function checkParty(
  c: Collector,
  path: (string | number)[],
  party: PartyInputData,
  role: DisputePartyRole,
  position: number,
  now: Date,
): NormalisedParty {
  const name =
    c.take([...path, "name"], validateText(party.name, { field: { zh: "姓名或名称", en: "Name" }, ...LIMITS.name })) ??
    "";
  const optional = (v: string | null | undefined) => (v === null || v === undefined || v.trim() === "" ? undefined : v);
  const applicant = role === "APPLICANT";
  const out: NormalisedParty = {
    role,
    kind: party.kind,
    position,
    name,
    residentId: null,
    phone: null,
    creditCode: null,
    legalRepresentative: null,
  };
  const phone = optional(party.phone);
  if (party.kind === "PERSON") {
    const id = optional(party.residentId);
    if (id !== undefined || applicant)
      out.residentId = c.take([...path, "residentId"], validateResidentId(id ?? "", { now })) ?? null;
    // A natural person who applies must be reachable; an organisation is reached through its representative.
    if (phone !== undefined || applicant) out.phone = c.take([...path, "phone"], validatePhone(phone ?? "")) ?? null;
    if (optional(party.creditCode) !== undefined || optional(party.legalRepresentative) !== undefined) {
      c.add(
        [...path, "creditCode"],
        "FORMAT",
        "自然人不填写统一社会信用代码和法定代表人",
        "A natural person has no credit code or legal representative",
      );
    }
  } else {
    if (phone !== undefined) out.phone = c.take([...path, "phone"], validatePhone(phone)) ?? null;
    const code = optional(party.creditCode);
    if (code !== undefined || applicant)
      out.creditCode = c.take([...path, "creditCode"], validateCreditCode(code ?? "")) ?? null;
    const rep = optional(party.legalRepresentative);
    if (rep !== undefined) {
      out.legalRepresentative =
        c.take(
          [...path, "legalRepresentative"],
          validateText(rep, { field: { zh: "法定代表人", en: "Legal representative" }, ...LIMITS.name }),
        ) ?? null;
    }
    if (optional(party.residentId) !== undefined) {
      c.add(
        [...path, "residentId"],
        "FORMAT",
        "单位当事人不填写身份证号码，请填写统一社会信用代码",
        "An organisation has a credit code, not a resident ID",
      );
    }
  }
  return out;
}

/** Every field of a registration checked at once; all problems reported together, nothing partially accepted. */
export function checkRegistration(
  input: RegistrationInputData,
  now: Date,
  lists: readonly CategoryList[] = CATEGORY_LISTS,
): RegistrationCheck {
  const c = new Collector();
  const at = (...field: (string | number)[]) => ["input", ...field];
  const today = toLocalDate(now);

  const title = c.take(at("title"), validateText(input.title, { field: { zh: "标题", en: "Title" }, ...LIMITS.title }));
  const description = c.take(
    at("description"),
    validateText(input.description, {
      field: { zh: "纠纷描述", en: "Description" },
      ...LIMITS.description,
      multiline: true,
    }),
  );

  const list = categoryListOn(today, lists);
  const category = input.category.trim();
  if (!list || !list.categories.includes(category)) {
    c.add(
      at("category"),
      "UNKNOWN",
      `纠纷类别“${category}”不在现行类别表（${list?.version ?? "无"}）中`,
      `Category "${category}" is not in the category list in force (${list?.version ?? "none"})`,
    );
  }

  const region = c.take(at("region"), validateRegionCode(input.region, { onDate: today }));
  let regionCode: string | undefined;
  if (region !== undefined) {
    regionCode = region.slice(0, 6);
    // The 解纷码 carries a county-level code, so a province or prefecture alone is not enough.
    if (regionCode.endsWith("00"))
      c.add(at("region"), "FORMAT", "请填写县（市、区）级行政区划代码", "Give a county-level region code");
  }

  let amountInvolved: string | null = null;
  if (input.amountInvolved !== null && input.amountInvolved !== undefined && input.amountInvolved.trim() !== "") {
    const amount = input.amountInvolved.trim().replace(/,/g, "");
    if (LIMITS.amount.test(amount)) amountInvolved = amount;
    else
      c.add(
        at("amountInvolved"),
        "FORMAT",
        "涉及金额应为不超过12位整数、最多2位小数的元金额",
        "Amount must be yuan with up to 12 integer digits and 2 decimals",
      );
  }

  const peopleInvolved = input.peopleInvolved ?? 1;
  if (!Number.isInteger(peopleInvolved) || peopleInvolved < 1 || peopleInvolved > LIMITS.peopleInvolved) {
    c.add(
      at("peopleInvolved"),
      "LENGTH",
      `涉及人数应在1至${LIMITS.peopleInvolved}之间`,
      `People involved must be 1 to ${LIMITS.peopleInvolved}`,
    );
  }

  const respondents = input.respondents ?? [];
  if (input.parties.length === 0) c.add(at("parties"), "EMPTY", "至少填写一名当事人", "At least one party is required");
  if (input.parties.length > LIMITS.parties)
    c.add(at("parties"), "LENGTH", `当事人不超过${LIMITS.parties}名`, `At most ${LIMITS.parties} parties`);
  if (respondents.length > LIMITS.parties)
    c.add(at("respondents"), "LENGTH", `被申请人不超过${LIMITS.parties}名`, `At most ${LIMITS.parties} respondents`);
  const parties = [
    ...input.parties.slice(0, LIMITS.parties).map((p, i) => checkParty(c, at("parties", i), p, "APPLICANT", i, now)),
    ...respondents.slice(0, LIMITS.parties).map((p, i) => checkParty(c, at("respondents", i), p, "RESPONDENT", i, now)),
  ];

  const hotline = checkHotlineOrder(c, input, now);

  if (c.problems.length > 0) return { ok: false, problems: c.problems };
  return {
    ok: true,
    value: {
      title: title!,
      description: description!,
      category,
      categoryListVersion: list!.version,
      regionCode: regionCode!,
      localityCode: region!.length > 6 ? region! : null,
      amountInvolved,
      peopleInvolved,
      channel: input.channel,
      flags: [...new Set(input.flags ?? [])].sort(),
      serviceTier: input.serviceTier ?? null,
      parties,
      ...hotline,
    },
  };
}

/** A work order comes only with a matter the hotline passed on, and its call happened before now. */
function checkHotlineOrder(
  c: Collector,
  input: RegistrationInputData,
  now: Date,
): Pick<NormalisedRegistration, "hotlineOrderNumber" | "hotlineCalledAt" | "hotlineRequestType" | "urgent"> {
  const order = input.hotlineOrder;
  if (!order) return {};
  const at = (...field: string[]) => ["input", "hotlineOrder", ...field];
  if (input.channel !== "HOTLINE_12345")
    c.add(
      at(),
      "CHANNEL",
      "只有12345热线转办的事项才有热线工单",
      "Only a matter passed on by the 12345 hotline has a work order",
    );
  const orderNumber = order.orderNumber.trim();
  if (!LIMITS.hotlineOrderNumber.test(orderNumber))
    c.add(
      at("orderNumber"),
      "FORMAT",
      "12345工单号应为4至40位字母、数字或连字符",
      "A 12345 work-order number is 4–40 letters, digits or hyphens",
    );
  if (order.calledAt.getTime() > now.getTime())
    c.add(at("calledAt"), "FUTURE", "来电时间不能晚于当前时间", "The call cannot be in the future");
  return {
    hotlineOrderNumber: orderNumber,
    hotlineCalledAt: order.calledAt,
    hotlineRequestType: order.requestType,
    urgent: order.urgent ?? false,
  };
}

/** Hash of the normalised input: a retry that differs only in spacing or ID case is the same request. */
export function registrationHash(value: NormalisedRegistration): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex");
}

export function checkIdempotencyKey(key: string | null | undefined): Problem | undefined {
  if (key === null || key === undefined) return undefined;
  if (LIMITS.idempotencyKey.test(key)) return undefined;
  return {
    field: ["input", "idempotencyKey"],
    reason: "FORMAT",
    messageZh: "幂等键应为8至128位字母、数字或 . _ : -",
    messageEn: "Idempotency key must be 8–128 letters, digits or . _ : -",
  };
}

/** The timeline's sentence for a registration: where, what, and for a 12345 work order its number. */
export function registrationSummary(r: {
  regionName: string;
  category: string;
  channel: Channel;
  hotlineOrderNumber?: string | null;
}): string {
  const hotline =
    r.channel === "HOTLINE_12345"
      ? `；12345热线转办${r.hotlineOrderNumber ? `（工单${r.hotlineOrderNumber}）` : ""}`
      : "";
  return `${r.regionName}社会治理综合服务中心登记受理（${r.category}），赋解纷码${hotline}`;
}
