// 案号: the court case number, in the form set by 最高人民法院关于人民法院案件案号的若干规定 (2015, rev. 2018):
// (收案年度) + 法院代字 + 类型代字 + 案件编号 + 号, e.g. (2026)浙0122民初123号.
// Pure: no database. Numbers are allocated by the data layer (per court, type and year, in the filing transaction).
import type { CaseType } from "../generated/prisma/enums.js";

/** 法院代字 prefix per province (GB/T 2260 province code). */
const PROVINCE_COURT_PREFIX: Readonly<Record<string, string>> = {
  "11": "京",
  "12": "津",
  "13": "冀",
  "14": "晋",
  "15": "内",
  "21": "辽",
  "22": "吉",
  "23": "黑",
  "31": "沪",
  "32": "苏",
  "33": "浙",
  "34": "皖",
  "35": "闽",
  "36": "赣",
  "37": "鲁",
  "41": "豫",
  "42": "鄂",
  "43": "湘",
  "44": "粤",
  "45": "桂",
  "46": "琼",
  "50": "渝",
  "51": "川",
  "52": "贵",
  "53": "云",
  "54": "藏",
  "61": "陕",
  "62": "甘",
  "63": "青",
  "64": "宁",
  "65": "新",
};

/** 类型代字 this service center issues or reads. */
export const CASE_TYPES = {
  民初: "civil first instance (民事一审)",
  民终: "civil second instance (民事二审)",
  民特: "special procedures incl. judicial confirmation (民事特别程序)",
  民诉前调: "pre-filing mediation (诉前调解)",
  执: "enforcement (首次执行)",
  执恢: "resumed enforcement (恢复执行)",
  执异: "enforcement objection (执行异议)",
  执保: "preservation (财产保全执行)",
} as const satisfies Record<CaseType, string>;

const isCaseType = (text: string): text is CaseType => Object.hasOwn(CASE_TYPES, text);

export interface CaseNumberParts {
  year: number;
  /** 法院代字, e.g. 浙0122 (basic court), 浙09 (intermediate court), 浙 (high court). */
  courtCode: string;
  caseType: CaseType;
  /** 案件编号, from 1 within court, type and year. */
  number: number;
}

export type CaseNumberResult =
  | ({ ok: true; value: string } & CaseNumberParts)
  | { ok: false; reason: "EMPTY" | "FORMAT" | "UNKNOWN_TYPE" | "UNKNOWN_COURT"; messageZh: string; messageEn: string };

/** 法院代字 of the basic court of a county-level region: 330122 (桐庐县) → 浙0122. */
export function courtCodeForCounty(regionCode: string): string {
  const prefix = PROVINCE_COURT_PREFIX[regionCode.slice(0, 2)];
  if (!/^\d{6}$/.test(regionCode) || prefix === undefined || regionCode.endsWith("00")) {
    throw new RangeError(`Not a county-level region code: "${regionCode}"`);
  }
  return `${prefix}${regionCode.slice(2)}`;
}

/** The county region code back from a basic court's code: 浙0122 → 330122; undefined for other courts. */
export function countyForCourtCode(courtCode: string): string | undefined {
  const match = /^(\p{Script=Han})(\d{4})$/u.exec(courtCode);
  if (!match) return undefined;
  const province = Object.entries(PROVINCE_COURT_PREFIX).find(([, p]) => p === match[1])?.[0];
  return province === undefined ? undefined : `${province}${match[2]}`;
}

const isCourtCode = (code: string): boolean => {
  const match = /^(\p{Script=Han})(\d{2}|\d{4})?$/u.exec(code);
  return match !== null && Object.values(PROVINCE_COURT_PREFIX).includes(match[1]!);
};

/**
 * Canonical form with ASCII parentheses, as the center's records already hold them
 * (the court's own documents print full-width （）; parseCaseNumber accepts both).
 */
export function formatCaseNumber({ year, courtCode, caseType, number }: CaseNumberParts): string {
  if (!Number.isInteger(year) || year < 2000 || year > 2099)
    throw new RangeError(`Case number year must be 2000–2099, got ${year}`);
  if (!isCourtCode(courtCode)) throw new RangeError(`Unknown court code "${courtCode}"`);
  if (!isCaseType(caseType)) throw new RangeError(`Unknown case type "${caseType}"`);
  if (!Number.isInteger(number) || number < 1)
    throw new RangeError(`Case number must be a whole number ≥ 1, got ${number}`);
  return `(${year})${courtCode}${caseType}${number}号`;
}

/** Reads a case number as typed or printed: full-width or ASCII parentheses and digits, spaces ignored. */
export function parseCaseNumber(input: string): CaseNumberResult {
  const text = input.normalize("NFKC").replace(/\s+/g, "").replace(/〔|\[/g, "(").replace(/〕|\]/g, ")");
  if (text === "") return { ok: false, reason: "EMPTY", messageZh: "请填写案号", messageEn: "Case number is required" };
  const match = /^\((\d{4})\)(\p{Script=Han}(?:\d{4}|\d{2})?)(\p{Script=Han}+)(\d+)号$/u.exec(text);
  if (!match) {
    return {
      ok: false,
      reason: "FORMAT",
      messageZh: "案号格式应为(年度)法院代字类型代字编号号，如(2026)浙0122民初123号",
      messageEn: "A case number reads (year)court-type-number号, e.g. (2026)浙0122民初123号",
    };
  }
  const [, yearText, courtCode, typeText, numberText] = match as unknown as [string, string, string, string, string];
  // The digits that follow end the type, so the whole run of characters is the type (民诉前调, not 民).
  const caseType = typeText;
  if (!isCaseType(caseType)) {
    return {
      ok: false,
      reason: "UNKNOWN_TYPE",
      messageZh: `未知的类型代字“${typeText}”`,
      messageEn: `Unknown case type "${typeText}"`,
    };
  }
  if (!isCourtCode(courtCode)) {
    return {
      ok: false,
      reason: "UNKNOWN_COURT",
      messageZh: `未知的法院代字“${courtCode}”`,
      messageEn: `Unknown court code "${courtCode}"`,
    };
  }
  const year = Number(yearText);
  const number = Number(numberText);
  if (year < 2000 || year > 2099 || number < 1 || !Number.isSafeInteger(number)) {
    return {
      ok: false,
      reason: "FORMAT",
      messageZh: "案号的年度或编号无效",
      messageEn: "The year or number of the case number is not valid",
    };
  }
  const parts: CaseNumberParts = { year, courtCode, caseType, number };
  return { ok: true, value: formatCaseNumber(parts), ...parts };
}
