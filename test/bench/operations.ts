// The operations the benchmark drives, each with fresh variables per request drawn from the seeded
// data, and the caller it runs as (the commander reads; the window's staff registers).
import {
  getNamedType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import { COMMANDER, STAFF, type Caller } from "../support/callers.js";
import { residentId } from "../support/identities.js";
import { everywhereCodes, type DisputePlan } from "./seed.js";

export interface Operation {
  name: string;
  title: string;
  query: string;
  caller: Caller;
  variables(): Record<string, unknown>;
  mutation?: boolean;
}

const DETAIL = /* GraphQL */ `
  query DisputeDetail($code: ID!) {
    dispute(code: $code) {
      code
      title
      category
      status
      registeredAt
      deadline
      remainingDays
      overdue
      leadDepartment
      parties {
        role
        kind
      }
      timeline {
        edges {
          node {
            type
            summary
            occurredAt
          }
        }
      }
      mediationCases {
        id
        status
        acceptedAt
        committee
        mediatorName
        clock {
          kind
          deadline
          remainingDays
          state
        }
      }
      arbitrationCases {
        id
        caseNumber
        status
        receivedAt
        claims {
          kind
        }
      }
      courtCases {
        id
        caseNumber
        procedure
        status
        filedAt
      }
      legalAidCases {
        id
        matter
        status
        appliedAt
      }
      legalConsultations {
        edges {
          node {
            id
            topic
            consultedAt
          }
        }
      }
    }
  }
`;

const QUEUE = /* GraphQL */ `
  query MediationQueue($to: LocalDate!) {
    disputes(first: 50, filter: { department: MEDIATION, to: $to }) {
      edges {
        node {
          code
          title
          category
          status
          registeredAt
          deadline
          overdue
          mediationCases {
            id
            status
            acceptedAt
            committee
            mediatorName
          }
          courtCases {
            caseNumber
            procedure
            status
          }
          legalAidCases {
            matter
            status
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const COCKPIT = /* GraphQL */ `
  query Cockpit($filter: CockpitFilter!) {
    cockpit(filter: $filter) {
      key
      intake {
        disputesAccepted {
          value
        }
        channels {
          label
          count
        }
        onTheSpotRate {
          value
        }
      }
      overall {
        closedRate {
          value
        }
        onTimeRate {
          value
        }
        topCategories {
          label
          count
        }
        overdueOpen {
          value
        }
      }
      mediation {
        acceptedCases {
          value
        }
        successRate {
          value
        }
        byCommittee {
          label
          count
        }
        overdueOpenCases {
          value
        }
      }
      arbitration {
        applicationsReceived {
          value
        }
        accepted {
          value
        }
        collectiveCases {
          value
        }
      }
      litigation {
        preFilingResolutionRate {
          value
        }
        casesByProcedure {
          label
          count
        }
        onlineShare {
          value
        }
      }
      legalAid {
        applications {
          value
        }
        grantRate {
          value
        }
        consultations {
          value
        }
      }
    }
  }
`;

const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterDisputeInput!) {
    registerDispute(input: $input) {
      code
      status
      registeredAt
      deadline
      serviceTier
    }
  }
`;

const NAMES = ["周秀英", "何建军", "钱晓东", "蒋丽华", "陈国强", "叶春燕"];
const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
const localDate = (date: Date) => new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * A `Party` query when the supergraph has one (a root field taking one id and returning Party): its
 * scalar fields and, one level down, the scalar fields of its lists of records in every department.
 */
function partyOperation(schema: GraphQLSchema, plans: DisputePlan[]): Operation | string {
  const party = schema.getType("Party");
  const root = Object.values(schema.getQueryType()?.getFields() ?? {}).find(
    (f: GraphQLField<unknown, unknown>) =>
      getNamedType(f.type).name === "Party" &&
      !isListType(isNonNullType(f.type) ? f.type.ofType : f.type) &&
      f.args.length === 1,
  );
  if (!party || !isObjectType(party) || !root)
    return "the supergraph has no `Party` type with a root field taking one id yet";
  const scalars = (type: ReturnType<typeof getNamedType>) =>
    isObjectType(type)
      ? Object.values(type.getFields())
          .filter(
            (f) =>
              isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)) && !/Full$/.test(f.name),
          )
          .map((f) => f.name)
      : [];
  const fields = Object.values(party.getFields()).filter(
    (f) => isObjectType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)),
  );
  const lists = fields
    .filter((f) => isListType(isNonNullType(f.type) ? f.type.ofType : f.type))
    .map((f) => `${f.name} { ${scalars(getNamedType(f.type)).join(" ") || "__typename"} }`);
  // A connection's first page of 50 (growing lists are connections): the records' own scalar fields.
  const connections = fields
    .filter((f) => getNamedType(f.type).name.endsWith("Connection") && f.args.some((a) => a.name === "first"))
    .map((f) => {
      const edge = (getNamedType(f.type) as GraphQLObjectType).getFields().edges;
      const node = edge && (getNamedType(edge.type) as GraphQLObjectType).getFields().node;
      return node
        ? `${f.name}(first: 50) { edges { node { ${scalars(getNamedType(node.type)).join(" ") || "__typename"} } } }`
        : "";
    })
    .filter(Boolean);
  const nested = [...lists, ...connections];
  const argument = root.args[0]!;
  const parties = plans
    .filter((p) => p.index % 20 === 7 && p.status !== "REGISTERED")
    .map((p) => partyIdOf({ residentId: p.applicant.residentId }));
  return {
    name: "partyHistory",
    title: "a party's full history",
    query: `query PartyHistory($id: ${argument.type.toString()}) { ${root.name}(${argument.name}: $id) { ${[...scalars(party), ...nested].join(" ")} } }`,
    caller: COMMANDER,
    variables: () => ({ id: pick(parties) }),
  };
}

/** The operations, plus the reason for any that cannot run on this supergraph. */
export function operations(
  schema: GraphQLSchema,
  plans: DisputePlan[],
  now: Date,
): { list: Operation[]; skipped: Record<string, string> } {
  const detailCodes = everywhereCodes(plans);
  // Last days of pages among mediation-led disputes, so every page holds 50 of them.
  const boundaries = plans
    .filter((p) => p.lead === "MEDIATION")
    .map((p) => localDate(p.registeredAt))
    .slice(0, -60);
  const cockpitFilter = { from: localDate(new Date(now.getTime() - 90 * 86_400_000)), to: localDate(now) };
  const list: Operation[] = [
    {
      name: "detail",
      title: "dispute detail across five subgraphs",
      query: DETAIL,
      caller: COMMANDER,
      variables: () => ({ code: pick(detailCodes) }),
    },
    {
      name: "queue",
      title: "mediation queue page of 50 disputes, records from three departments",
      query: QUEUE,
      caller: COMMANDER,
      variables: () => ({ to: pick(boundaries) }),
    },
  ];
  const skipped: Record<string, string> = {};
  const party = partyOperation(schema, plans);
  if (typeof party === "string") skipped.partyHistory = party;
  else list.push(party);
  list.push(
    {
      name: "cockpit",
      title: "data cockpit, last 90 days, all departments",
      query: COCKPIT,
      caller: COMMANDER,
      variables: () => ({ filter: cockpitFilter }),
    },
    {
      name: "register",
      title: "registration mutation (registerDispute)",
      query: REGISTER,
      caller: STAFF.petitions,
      mutation: true,
      variables: () => ({
        input: {
          title: "工地拖欠农民工工资",
          description: "申请人在桐庐县城南街道某工地务工三个月，包工头拖欠工资未付，请求协调支付。",
          category: "拖欠农民工工资",
          region: "330122001",
          amountInvolved: String(3000 + Math.floor(Math.random() * 20_000)),
          channel: "WALK_IN",
          parties: [
            {
              kind: "PERSON",
              name: pick(NAMES),
              residentId: residentId(),
              phone: `139${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`,
            },
          ],
          respondents: [{ kind: "ORGANISATION", name: "桐庐县富春江建筑工程有限公司" }],
        },
      }),
    },
  );
  return { list, skipped };
}
