import type { LocalDate } from "@onedoor/shared/clock/index";

/** One published version of the dispute category list: validFrom inclusive, validUntil exclusive. */
export interface CategoryList {
  version: string;
  validFrom: LocalDate;
  validUntil?: LocalDate;
  categories: readonly string[];
}

/**
 * CONFIGURATION: category lists as versioned data. The people's-mediation statistics list
 * (人民调解统计分类), then the list in use at the center since 2025, which adds the matters
 * the 12345 hotline and local practice track separately. Publish a new version rather than editing one.
 */
export const CATEGORY_LISTS: readonly CategoryList[] = [
  {
    version: "RMTJ-2020",
    validFrom: "2020-01-01",
    validUntil: "2025-01-01",
    categories: [
      "婚姻家庭",
      "邻里",
      "房屋宅基地",
      "合同",
      "生产经营",
      "损害赔偿",
      "山林土地",
      "征地拆迁",
      "环境污染",
      "劳动争议",
      "医疗",
      "道路交通事故",
      "物业",
      "消防",
      "其他",
    ],
  },
  {
    version: "ZJ-MTZX-2025",
    validFrom: "2025-01-01",
    categories: [
      "婚姻家庭",
      "邻里",
      "房屋宅基地",
      "合同",
      "生产经营",
      "损害赔偿",
      "山林土地",
      "征地拆迁",
      "环境污染",
      "劳动争议",
      "医疗",
      "道路交通事故",
      "物业",
      "消防",
      "拖欠农民工工资",
      "消费",
      "旅游",
      "电子商务",
      "知识产权",
      "民间借贷",
      "海事渔事",
      "其他",
    ],
  },
];

/** The list in force on `date`, or undefined before the first one. */
export function categoryListOn(
  date: LocalDate,
  lists: readonly CategoryList[] = CATEGORY_LISTS,
): CategoryList | undefined {
  return lists.find((list) => list.validFrom <= date && (list.validUntil === undefined || date < list.validUntil));
}
