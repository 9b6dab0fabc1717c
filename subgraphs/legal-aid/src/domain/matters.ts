// Matter types of civil and administrative legal aid under the Legal Aid Law (法律援助法, 2021),
// with the label the window uses and the specialty a lawyer needs for it. The sets themselves are
// declared once, in prisma/schema.prisma (enums LegalAidMatter and LegalSpecialty).
import { LegalSpecialty, type LegalAidMatter } from "../generated/prisma/enums.js";

export const SPECIALTY_LABELS: Record<LegalSpecialty, string> = {
  LABOUR: "劳动争议",
  MARRIAGE_FAMILY: "婚姻家庭",
  PERSONAL_INJURY: "人身损害赔偿",
  ADMINISTRATIVE: "行政与国家赔偿",
  ENVIRONMENT: "环境资源",
  CIVIL_GENERAL: "民事综合",
};

interface MatterInfo {
  /** Label used at the window and in statistics, e.g. 追索劳动报酬. */
  label: string;
  /** Wording of the law's item, for the written decision. */
  legalItem: string;
  specialty: LegalSpecialty;
}

export const MATTERS: Record<LegalAidMatter, MatterInfo> = {
  STATE_COMPENSATION: {
    label: "请求国家赔偿",
    legalItem: "依法请求国家赔偿",
    specialty: LegalSpecialty.ADMINISTRATIVE,
  },
  SOCIAL_INSURANCE_OR_ASSISTANCE: {
    label: "请求社会保险待遇或社会救助",
    legalItem: "请求给予社会保险待遇或者社会救助",
    specialty: LegalSpecialty.ADMINISTRATIVE,
  },
  SURVIVOR_OR_DISABILITY_PENSION: {
    label: "请求发给抚恤金",
    legalItem: "请求发给抚恤金",
    specialty: LegalSpecialty.ADMINISTRATIVE,
  },
  SUPPORT_PAYMENT: {
    label: "追索赡养费、抚养费、扶养费",
    legalItem: "请求给付赡养费、抚养费、扶养费",
    specialty: LegalSpecialty.MARRIAGE_FAMILY,
  },
  CONFIRM_LABOUR_RELATION: { label: "确认劳动关系", legalItem: "请求确认劳动关系", specialty: LegalSpecialty.LABOUR },
  CLAIM_LABOUR_REMUNERATION: { label: "追索劳动报酬", legalItem: "请求支付劳动报酬", specialty: LegalSpecialty.LABOUR },
  CAPACITY_DETERMINATION: {
    label: "认定无民事行为能力或限制民事行为能力",
    legalItem: "请求认定公民无民事行为能力或者限制民事行为能力",
    specialty: LegalSpecialty.CIVIL_GENERAL,
  },
  WORK_INJURY_DAMAGES: {
    label: "工伤事故人身损害赔偿",
    legalItem: "请求工伤事故人身损害赔偿",
    specialty: LegalSpecialty.LABOUR,
  },
  TRAFFIC_ACCIDENT_DAMAGES: {
    label: "交通事故人身损害赔偿",
    legalItem: "请求交通事故人身损害赔偿",
    specialty: LegalSpecialty.PERSONAL_INJURY,
  },
  FOOD_DRUG_ACCIDENT_DAMAGES: {
    label: "食品药品安全事故人身损害赔偿",
    legalItem: "请求食品药品安全事故人身损害赔偿",
    specialty: LegalSpecialty.PERSONAL_INJURY,
  },
  MEDICAL_ACCIDENT_DAMAGES: {
    label: "医疗事故人身损害赔偿",
    legalItem: "请求医疗事故人身损害赔偿",
    specialty: LegalSpecialty.PERSONAL_INJURY,
  },
  ENVIRONMENTAL_DAMAGES: {
    label: "环境污染、生态破坏损害赔偿",
    legalItem: "请求环境污染、生态破坏损害赔偿",
    specialty: LegalSpecialty.ENVIRONMENT,
  },
  HERO_MARTYR_RELATIVE: {
    label: "英雄烈士近亲属维护英雄烈士人格权益",
    legalItem: "英雄烈士近亲属为维护英雄烈士的人格权益",
    specialty: LegalSpecialty.CIVIL_GENERAL,
  },
  ACT_OF_BRAVERY: {
    label: "见义勇为主张民事权益",
    legalItem: "因见义勇为行为主张相关民事权益",
    specialty: LegalSpecialty.CIVIL_GENERAL,
  },
  RETRIAL_ACQUITTAL_COMPENSATION: {
    label: "再审改判无罪请求国家赔偿",
    legalItem: "再审改判无罪请求国家赔偿",
    specialty: LegalSpecialty.ADMINISTRATIVE,
  },
  ABUSE_OR_DOMESTIC_VIOLENCE_VICTIM: {
    label: "虐待、遗弃、家庭暴力受害人主张权益",
    legalItem: "遭受虐待、遗弃或者家庭暴力的受害人主张相关权益",
    specialty: LegalSpecialty.MARRIAGE_FAMILY,
  },
  OTHER: { label: "其他事项", legalItem: "法律援助法未列明的其他事项", specialty: LegalSpecialty.CIVIL_GENERAL },
};

/** The matter whose window label is `label` (demo data and older records store the label). */
export function matterFromLabel(label: string): LegalAidMatter | undefined {
  return (Object.keys(MATTERS) as LegalAidMatter[]).find((m) => MATTERS[m].label === label);
}
