/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends " $fragmentName" | "__typename" ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from "@graphql-typed-document-node/core";
/** 预警类型: what a detector found. */
export type AlertKind =
  /** 即将超期 due soon */
  | "DUE_SOON"
  /** 群体性纠纷 group dispute */
  | "GROUP_DISPUTE"
  /** 重复诉求 repeated petition */
  | "REPEATED_PETITION"
  /** 投诉激增 surge of complaints */
  | "SURGE";

/** 预警状态: NEW → ACKNOWLEDGED → HANDLED. */
export type AlertStatus =
  /** 已签收 acknowledged */
  | "ACKNOWLEDGED"
  /** 已处置 handled */
  | "HANDLED"
  /** 新预警 new */
  | "NEW";

/** What the cockpit shows: a period (China time, inclusive), optionally a region and a category. */
export type CockpitFilter = {
  /** Dispute category, e.g. 劳动争议. */
  category?: string | null | undefined;
  /** First day. */
  from: unknown;
  /** Province, prefecture or county (6 digits), town (9) or village (12) code, within the caller's region; default: the caller's region. */
  regionCode?: string | null | undefined;
  /** Last day. */
  to: unknown;
};

/** 趋势粒度 of a trend, China time. */
export type TrendGranularity =
  /** 按日 by day */
  | "DAY"
  /** 按月 by month */
  | "MONTH"
  /** 按周（周一起）by week, from Monday */
  | "WEEK";

export type CockpitQueryVariables = Exact<{
  filter: CockpitFilter;
  granularity: TrendGranularity;
}>;

export type CockpitQuery = {
  cockpit: {
    key: string;
    intake: {
      visitorTimes: { value: number; sameperiodLastYear: number | null; formula: string };
      disputesAccepted: { value: number; sameperiodLastYear: number | null; formula: string };
      channels: Array<{ label: string; count: number }>;
      places: Array<{ code: string; name: string | null; count: number }>;
      zeroRunRate: {
        value: number | null;
        numerator: number;
        denominator: number;
        formula: string;
        sameperiodLastYear: number | null;
      };
      oneRunRate: {
        value: number | null;
        numerator: number;
        denominator: number;
        formula: string;
        sameperiodLastYear: number | null;
      };
      onTheSpotRate: {
        value: number | null;
        numerator: number;
        denominator: number;
        formula: string;
        sameperiodLastYear: number | null;
      };
    } | null;
    overall: {
      closedRate: {
        value: number | null;
        numerator: number;
        denominator: number;
        formula: string;
        sameperiodLastYear: number | null;
      };
      onTimeRate: {
        value: number | null;
        numerator: number;
        denominator: number;
        formula: string;
        sameperiodLastYear: number | null;
      };
      satisfactionRate: {
        value: number | null;
        numerator: number;
        denominator: number;
        formula: string;
        sameperiodLastYear: number | null;
      };
      topCategories: Array<{ label: string; count: number }>;
      overdueOpen: { value: number; formula: string };
    } | null;
    trend: {
      granularity: TrendGranularity;
      registered: Array<{ start: string; count: number }>;
      closed: Array<{ start: string; count: number }>;
      registeredLastYear: Array<{ start: string; count: number }>;
    } | null;
    mediation: {
      note: string | null;
      acceptedCases: { value: number; sameperiodLastYear: number | null; formula: string };
      successRate: {
        value: number | null;
        numerator: number;
        denominator: number;
        formula: string;
        sameperiodLastYear: number | null;
      };
      agreementPerformanceRate: {
        value: number | null;
        numerator: number;
        denominator: number;
        formula: string;
        sameperiodLastYear: number | null;
      };
      overdueOpenCases: { value: number; formula: string };
      byCommittee: Array<{ label: string; count: number }>;
    } | null;
    arbitration: {
      note: string | null;
      accepted: { value: number; sameperiodLastYear: number | null; formula: string };
      awardedOnTime: {
        value: number | null;
        numerator: number;
        denominator: number;
        formula: string;
        sameperiodLastYear: number | null;
      };
      finalAwardShare: {
        value: number | null;
        numerator: number;
        denominator: number;
        formula: string;
        sameperiodLastYear: number | null;
      };
    } | null;
    litigation: {
      note: string | null;
      preFilingResolutionRate: {
        value: number | null;
        numerator: number;
        denominator: number;
        formula: string;
        sameperiodLastYear: number | null;
      };
      confirmationRate: {
        value: number | null;
        numerator: number;
        denominator: number;
        formula: string;
        sameperiodLastYear: number | null;
      };
      enforcementsApplied: { value: number; sameperiodLastYear: number | null; formula: string };
    } | null;
    legalAid: {
      note: string | null;
      applications: { value: number; sameperiodLastYear: number | null; formula: string };
      grantRate: {
        value: number | null;
        numerator: number;
        denominator: number;
        formula: string;
        sameperiodLastYear: number | null;
      };
      averageDaysToDecision: { value: number | null; decided: number; formula: string };
    } | null;
  };
  alerts: {
    edges: Array<{
      node: { id: string; kind: AlertKind; status: AlertStatus; summary: string; count: number; raisedAt: string };
    }>;
  };
};

export type CockpitChangedSubscriptionVariables = Exact<{
  filter: CockpitFilter;
  granularity: TrendGranularity;
}>;

export type CockpitChangedSubscription = {
  cockpitChanged: {
    key: string;
    intake: {
      visitorTimes: { value: number; sameperiodLastYear: number | null; formula: string };
      disputesAccepted: { value: number; sameperiodLastYear: number | null; formula: string };
      channels: Array<{ label: string; count: number }>;
      places: Array<{ code: string; name: string | null; count: number }>;
      zeroRunRate: {
        value: number | null;
        numerator: number;
        denominator: number;
        formula: string;
        sameperiodLastYear: number | null;
      };
      oneRunRate: {
        value: number | null;
        numerator: number;
        denominator: number;
        formula: string;
        sameperiodLastYear: number | null;
      };
      onTheSpotRate: {
        value: number | null;
        numerator: number;
        denominator: number;
        formula: string;
        sameperiodLastYear: number | null;
      };
    } | null;
    overall: {
      closedRate: {
        value: number | null;
        numerator: number;
        denominator: number;
        formula: string;
        sameperiodLastYear: number | null;
      };
      onTimeRate: {
        value: number | null;
        numerator: number;
        denominator: number;
        formula: string;
        sameperiodLastYear: number | null;
      };
      satisfactionRate: {
        value: number | null;
        numerator: number;
        denominator: number;
        formula: string;
        sameperiodLastYear: number | null;
      };
      topCategories: Array<{ label: string; count: number }>;
      overdueOpen: { value: number; formula: string };
    } | null;
    trend: {
      granularity: TrendGranularity;
      registered: Array<{ start: string; count: number }>;
      closed: Array<{ start: string; count: number }>;
      registeredLastYear: Array<{ start: string; count: number }>;
    } | null;
    mediation: {
      note: string | null;
      acceptedCases: { value: number; sameperiodLastYear: number | null; formula: string };
      successRate: {
        value: number | null;
        numerator: number;
        denominator: number;
        formula: string;
        sameperiodLastYear: number | null;
      };
      agreementPerformanceRate: {
        value: number | null;
        numerator: number;
        denominator: number;
        formula: string;
        sameperiodLastYear: number | null;
      };
      overdueOpenCases: { value: number; formula: string };
      byCommittee: Array<{ label: string; count: number }>;
    } | null;
    arbitration: {
      note: string | null;
      accepted: { value: number; sameperiodLastYear: number | null; formula: string };
      awardedOnTime: {
        value: number | null;
        numerator: number;
        denominator: number;
        formula: string;
        sameperiodLastYear: number | null;
      };
      finalAwardShare: {
        value: number | null;
        numerator: number;
        denominator: number;
        formula: string;
        sameperiodLastYear: number | null;
      };
    } | null;
    litigation: {
      note: string | null;
      preFilingResolutionRate: {
        value: number | null;
        numerator: number;
        denominator: number;
        formula: string;
        sameperiodLastYear: number | null;
      };
      confirmationRate: {
        value: number | null;
        numerator: number;
        denominator: number;
        formula: string;
        sameperiodLastYear: number | null;
      };
      enforcementsApplied: { value: number; sameperiodLastYear: number | null; formula: string };
    } | null;
    legalAid: {
      note: string | null;
      applications: { value: number; sameperiodLastYear: number | null; formula: string };
      grantRate: {
        value: number | null;
        numerator: number;
        denominator: number;
        formula: string;
        sameperiodLastYear: number | null;
      };
      averageDaysToDecision: { value: number | null; decided: number; formula: string };
    } | null;
  };
};

export type CockpitFiguresFragment = {
  key: string;
  intake: {
    visitorTimes: { value: number; sameperiodLastYear: number | null; formula: string };
    disputesAccepted: { value: number; sameperiodLastYear: number | null; formula: string };
    channels: Array<{ label: string; count: number }>;
    places: Array<{ code: string; name: string | null; count: number }>;
    zeroRunRate: {
      value: number | null;
      numerator: number;
      denominator: number;
      formula: string;
      sameperiodLastYear: number | null;
    };
    oneRunRate: {
      value: number | null;
      numerator: number;
      denominator: number;
      formula: string;
      sameperiodLastYear: number | null;
    };
    onTheSpotRate: {
      value: number | null;
      numerator: number;
      denominator: number;
      formula: string;
      sameperiodLastYear: number | null;
    };
  } | null;
  overall: {
    closedRate: {
      value: number | null;
      numerator: number;
      denominator: number;
      formula: string;
      sameperiodLastYear: number | null;
    };
    onTimeRate: {
      value: number | null;
      numerator: number;
      denominator: number;
      formula: string;
      sameperiodLastYear: number | null;
    };
    satisfactionRate: {
      value: number | null;
      numerator: number;
      denominator: number;
      formula: string;
      sameperiodLastYear: number | null;
    };
    topCategories: Array<{ label: string; count: number }>;
    overdueOpen: { value: number; formula: string };
  } | null;
  trend: {
    granularity: TrendGranularity;
    registered: Array<{ start: string; count: number }>;
    closed: Array<{ start: string; count: number }>;
    registeredLastYear: Array<{ start: string; count: number }>;
  } | null;
  mediation: {
    note: string | null;
    acceptedCases: { value: number; sameperiodLastYear: number | null; formula: string };
    successRate: {
      value: number | null;
      numerator: number;
      denominator: number;
      formula: string;
      sameperiodLastYear: number | null;
    };
    agreementPerformanceRate: {
      value: number | null;
      numerator: number;
      denominator: number;
      formula: string;
      sameperiodLastYear: number | null;
    };
    overdueOpenCases: { value: number; formula: string };
    byCommittee: Array<{ label: string; count: number }>;
  } | null;
  arbitration: {
    note: string | null;
    accepted: { value: number; sameperiodLastYear: number | null; formula: string };
    awardedOnTime: {
      value: number | null;
      numerator: number;
      denominator: number;
      formula: string;
      sameperiodLastYear: number | null;
    };
    finalAwardShare: {
      value: number | null;
      numerator: number;
      denominator: number;
      formula: string;
      sameperiodLastYear: number | null;
    };
  } | null;
  litigation: {
    note: string | null;
    preFilingResolutionRate: {
      value: number | null;
      numerator: number;
      denominator: number;
      formula: string;
      sameperiodLastYear: number | null;
    };
    confirmationRate: {
      value: number | null;
      numerator: number;
      denominator: number;
      formula: string;
      sameperiodLastYear: number | null;
    };
    enforcementsApplied: { value: number; sameperiodLastYear: number | null; formula: string };
  } | null;
  legalAid: {
    note: string | null;
    applications: { value: number; sameperiodLastYear: number | null; formula: string };
    grantRate: {
      value: number | null;
      numerator: number;
      denominator: number;
      formula: string;
      sameperiodLastYear: number | null;
    };
    averageDaysToDecision: { value: number | null; decided: number; formula: string };
  } | null;
};

export const CockpitFiguresFragmentDoc = {
  kind: "Document",
  definitions: [
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CockpitFigures" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Cockpit" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "key" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "intake" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "visitorTimes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "disputesAccepted" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "channels" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "label" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "places" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "zeroRunRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "oneRunRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "onTheSpotRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "overall" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "closedRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "onTimeRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "satisfactionRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "topCategories" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "label" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "overdueOpen" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "trend" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "granularity" },
                value: { kind: "Variable", name: { kind: "Name", value: "granularity" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "granularity" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "registered" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "start" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "closed" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "start" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "registeredLastYear" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "start" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "mediation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "acceptedCases" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "successRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "agreementPerformanceRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "overdueOpenCases" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "byCommittee" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "label" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "note" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "arbitration" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "accepted" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "awardedOnTime" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "finalAwardShare" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "note" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "litigation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "preFilingResolutionRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "confirmationRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "enforcementsApplied" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "note" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "legalAid" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "applications" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "grantRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "averageDaysToDecision" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "decided" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "note" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CockpitFiguresFragment, unknown>;
export const CockpitDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "query",
      name: { kind: "Name", value: "Cockpit" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "CockpitFilter" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "granularity" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "TrendGranularity" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "cockpit" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "CockpitFigures" } }],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "alerts" },
            arguments: [
              { kind: "Argument", name: { kind: "Name", value: "first" }, value: { kind: "IntValue", value: "10" } },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "edges" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      {
                        kind: "Field",
                        name: { kind: "Name", value: "node" },
                        selectionSet: {
                          kind: "SelectionSet",
                          selections: [
                            { kind: "Field", name: { kind: "Name", value: "id" } },
                            { kind: "Field", name: { kind: "Name", value: "kind" } },
                            { kind: "Field", name: { kind: "Name", value: "status" } },
                            { kind: "Field", name: { kind: "Name", value: "summary" } },
                            { kind: "Field", name: { kind: "Name", value: "count" } },
                            { kind: "Field", name: { kind: "Name", value: "raisedAt" } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CockpitFigures" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Cockpit" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "key" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "intake" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "visitorTimes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "disputesAccepted" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "channels" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "label" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "places" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "zeroRunRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "oneRunRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "onTheSpotRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "overall" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "closedRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "onTimeRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "satisfactionRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "topCategories" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "label" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "overdueOpen" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "trend" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "granularity" },
                value: { kind: "Variable", name: { kind: "Name", value: "granularity" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "granularity" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "registered" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "start" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "closed" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "start" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "registeredLastYear" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "start" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "mediation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "acceptedCases" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "successRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "agreementPerformanceRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "overdueOpenCases" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "byCommittee" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "label" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "note" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "arbitration" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "accepted" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "awardedOnTime" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "finalAwardShare" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "note" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "litigation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "preFilingResolutionRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "confirmationRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "enforcementsApplied" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "note" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "legalAid" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "applications" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "grantRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "averageDaysToDecision" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "decided" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "note" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CockpitQuery, CockpitQueryVariables>;
export const CockpitChangedDocument = {
  kind: "Document",
  definitions: [
    {
      kind: "OperationDefinition",
      operation: "subscription",
      name: { kind: "Name", value: "CockpitChanged" },
      variableDefinitions: [
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "filter" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "CockpitFilter" } } },
        },
        {
          kind: "VariableDefinition",
          variable: { kind: "Variable", name: { kind: "Name", value: "granularity" } },
          type: { kind: "NonNullType", type: { kind: "NamedType", name: { kind: "Name", value: "TrendGranularity" } } },
        },
      ],
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          {
            kind: "Field",
            name: { kind: "Name", value: "cockpitChanged" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "filter" },
                value: { kind: "Variable", name: { kind: "Name", value: "filter" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [{ kind: "FragmentSpread", name: { kind: "Name", value: "CockpitFigures" } }],
            },
          },
        ],
      },
    },
    {
      kind: "FragmentDefinition",
      name: { kind: "Name", value: "CockpitFigures" },
      typeCondition: { kind: "NamedType", name: { kind: "Name", value: "Cockpit" } },
      selectionSet: {
        kind: "SelectionSet",
        selections: [
          { kind: "Field", name: { kind: "Name", value: "key" } },
          {
            kind: "Field",
            name: { kind: "Name", value: "intake" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "visitorTimes" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "disputesAccepted" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "channels" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "label" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "places" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "code" } },
                      { kind: "Field", name: { kind: "Name", value: "name" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "zeroRunRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "oneRunRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "onTheSpotRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "overall" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "closedRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "onTimeRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "satisfactionRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "topCategories" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "label" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "overdueOpen" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "trend" },
            arguments: [
              {
                kind: "Argument",
                name: { kind: "Name", value: "granularity" },
                value: { kind: "Variable", name: { kind: "Name", value: "granularity" } },
              },
            ],
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                { kind: "Field", name: { kind: "Name", value: "granularity" } },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "registered" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "start" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "closed" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "start" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "registeredLastYear" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "start" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "mediation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "acceptedCases" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "successRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "agreementPerformanceRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "overdueOpenCases" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "byCommittee" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "label" } },
                      { kind: "Field", name: { kind: "Name", value: "count" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "note" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "arbitration" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "accepted" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "awardedOnTime" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "finalAwardShare" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "note" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "litigation" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "preFilingResolutionRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "confirmationRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "enforcementsApplied" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "note" } },
              ],
            },
          },
          {
            kind: "Field",
            name: { kind: "Name", value: "legalAid" },
            selectionSet: {
              kind: "SelectionSet",
              selections: [
                {
                  kind: "Field",
                  name: { kind: "Name", value: "applications" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "grantRate" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "numerator" } },
                      { kind: "Field", name: { kind: "Name", value: "denominator" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                      { kind: "Field", name: { kind: "Name", value: "sameperiodLastYear" } },
                    ],
                  },
                },
                {
                  kind: "Field",
                  name: { kind: "Name", value: "averageDaysToDecision" },
                  selectionSet: {
                    kind: "SelectionSet",
                    selections: [
                      { kind: "Field", name: { kind: "Name", value: "value" } },
                      { kind: "Field", name: { kind: "Name", value: "decided" } },
                      { kind: "Field", name: { kind: "Name", value: "formula" } },
                    ],
                  },
                },
                { kind: "Field", name: { kind: "Name", value: "note" } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CockpitChangedSubscription, CockpitChangedSubscriptionVariables>;
