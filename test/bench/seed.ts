// A realistic data set for the benchmark, written by bulk SQL (multi-row INSERT through `pg`) into the
// departments' PostgreSQL databases after their migrations ran (the subgraphs apply them on start).
// Every record is derived from the dispute's number alone, so each department's database can be
// seeded on its own and the departments agree on which dispute has which records (by 解纷码).
// Idempotent: a marker table records the size seeded; the same size is skipped.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import type { SubgraphName } from "@onedoor/shared/config";
import { residentId } from "../support/identities.js";

const MARKER = "_bench_seed";
const SEEDED_BY = "bench-seed";
const REGIONS = ["330122", "330903"]; // 桐庐县, 普陀区
const CATEGORIES = [
  "劳动争议",
  "拖欠农民工工资",
  "损害赔偿",
  "邻里",
  "婚姻家庭",
  "物业",
  "合同",
  "民间借贷",
  "消费",
  "道路交通事故",
  "医疗",
  "房屋宅基地",
];
const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
const GIVEN = [
  "秀英",
  "建华",
  "伟",
  "芳",
  "娜",
  "敏",
  "静",
  "丽",
  "强",
  "磊",
  "军",
  "洋",
  "勇",
  "艳",
  "杰",
  "娟",
  "涛",
  "明",
  "超",
  "霞",
  "平",
  "刚",
  "桂英",
  "志强",
  "晓燕",
];
const EMPLOYERS = [
  "桐庐县富春江建筑工程有限公司",
  "杭州恒达制衣有限公司",
  "桐庐县城南物业管理有限公司",
  "舟山普陀海洋渔业有限公司",
  "桐庐县瑶琳快递服务部",
  "杭州新桐电子商务有限公司",
];
const DAY_MS = 86_400_000;
const SLICE = 20_000;

/** What the plan gives every dispute: the same answer in every department's seeding. */
export interface DisputePlan {
  index: number;
  code: string;
  regionCode: string;
  registeredAt: Date;
  category: string;
  status: "REGISTERED" | "DISPATCHED" | "IN_PROGRESS" | "CLOSED";
  lead: "MEDIATION" | "LITIGATION" | "ARBITRATION" | "LEGAL_AID" | "PETITIONS" | null;
  applicant: { name: string; residentId: string; phone: string };
  respondent: string;
  mediation: boolean;
  litigation: boolean;
  arbitration: boolean;
  legalAid: boolean;
  consultation: boolean;
}

/** A small deterministic generator, so a plan is the same in every run and every database. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}
const pick = <T>(items: readonly T[], r: number): T => items[Math.floor(r * items.length)]!;

/** Disputes 0..size-1, the newest first, spread over the 900 days before `now`. */
export function planDisputes(size: number, now: Date): DisputePlan[] {
  const sequences = new Map<string, number>();
  const plans: DisputePlan[] = [];
  for (let index = 0; index < size; index++) {
    const r = random(index * 2_654_435_761 + 17);
    const regionCode = r() < 0.8 ? REGIONS[0]! : REGIONS[1]!;
    const registeredAt = new Date(
      now.getTime() - DAY_MS / 2 - Math.floor((index / size) * 900 * DAY_MS) - Math.floor(r() * 3_600_000),
    );
    const year = new Date(registeredAt.getTime() + 8 * 3_600_000).getUTCFullYear();
    const key = `${regionCode}-${year}`;
    // Sequences from 200001 on, clear of the demo stories and of registrations during the run.
    const sequence = (sequences.get(key) ?? 200_000) + 1;
    sequences.set(key, sequence);
    const roll = r();
    const status =
      index < size * 0.02 ? "REGISTERED" : roll < 0.55 ? "CLOSED" : roll < 0.8 ? "IN_PROGRESS" : "DISPATCHED";
    const leadRoll = r();
    const lead =
      status === "REGISTERED"
        ? null
        : leadRoll < 0.55
          ? "MEDIATION"
          : leadRoll < 0.7
            ? "LITIGATION"
            : leadRoll < 0.85
              ? "ARBITRATION"
              : leadRoll < 0.9
                ? "LEGAL_AID"
                : "PETITIONS";
    // One dispute in twenty went through every department: the detail operation reads those.
    const everywhere = index % 20 === 7 && status !== "REGISTERED";
    const mediation = everywhere || lead === "MEDIATION";
    const arbitration = everywhere || lead === "ARBITRATION";
    const litigation = everywhere || lead === "LITIGATION" || (mediation && r() < 0.3);
    const legalAid = everywhere || lead === "LEGAL_AID" || ((mediation || arbitration) && r() < 0.2);
    const birth = new Date(Date.UTC(1955, 0, 1) + Math.floor(r() * 45 * 365) * DAY_MS)
      .toISOString()
      .slice(0, 10)
      .replaceAll("-", "");
    plans.push({
      index,
      code: formatDisputeCode({ region: regionCode, year, sequence }),
      regionCode,
      registeredAt,
      category: pick(CATEGORIES, r()),
      status,
      lead,
      applicant: {
        name: pick([...SURNAMES], r()) + pick(GIVEN, r()),
        residentId: residentId({ region: regionCode, birthDate: birth, sequence: Math.floor(r() * 1000) }),
        phone: `13${String(Math.floor(r() * 1e9)).padStart(9, "0")}`,
      },
      respondent: pick(EMPLOYERS, r()),
      mediation,
      litigation,
      arbitration,
      legalAid,
      consultation: everywhere || r() < 0.25,
    });
  }
  return plans;
}

/** Codes of the disputes that have records in all five departments. */
export const everywhereCodes = (plans: DisputePlan[]) =>
  plans.filter((p) => p.index % 20 === 7 && p.status !== "REGISTERED").map((p) => p.code);

type Row = Record<string, unknown>;

async function columnsOf(client: pg.ClientBase, table: string): Promise<Set<string>> {
  const { rows } = await client.query<{ column_name: string }>(
    "select column_name from information_schema.columns where table_schema = 'public' and table_name = $1",
    [table],
  );
  return new Set(rows.map((r) => r.column_name));
}

/**
 * Multi-row INSERTs of at most ~60,000 parameters each. Columns the table does not have are left out,
 * so the seed keeps working while departments add nullable columns (e.g. `partyId`) or not yet.
 */
const columnCache = new WeakMap<pg.ClientBase, Map<string, Set<string>>>();

async function insert(client: pg.ClientBase, table: string, rows: Row[]): Promise<void> {
  if (!rows.length) return;
  if (!columnCache.has(client)) columnCache.set(client, new Map());
  const tables = columnCache.get(client)!;
  if (!tables.has(table)) tables.set(table, await columnsOf(client, table));
  const existing = tables.get(table)!;
  const columns = Object.keys(rows[0]!).filter((c) => existing.has(c));
  const perStatement = Math.max(1, Math.floor(60_000 / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const values: unknown[] = [];
    const tuples = chunk.map((row) => `(${columns.map((c) => `$${values.push(row[c] ?? null)}`).join(",")})`);
    await client.query(
      `insert into "${table}" (${columns.map((c) => `"${c}"`).join(",")}) values ${tuples.join(",")}`,
      values,
    );
  }
}

export interface SeedMarker {
  size: number;
  /** The "now" the plan was made for, so later runs plan the same codes and dates. */
  plannedAt: Date;
}

async function seededSize(client: pg.ClientBase): Promise<SeedMarker | undefined> {
  const { rows } = await client
    .query<{ size: number; planned_at: Date }>(`select size, planned_at from ${MARKER} limit 1`)
    .catch(() => ({ rows: [] as { size: number; planned_at: Date }[] }));
  return rows[0] ? { size: rows[0].size, plannedAt: rows[0].planned_at } : undefined;
}

/** What a department's database holds from an earlier seed, if anything (read before the subgraphs start). */
export async function seedMarkerAt(url: string): Promise<SeedMarker | undefined> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch {
    return undefined; // no database yet
  }
  try {
    return await seededSize(client);
  } finally {
    await client.end();
  }
}

const at = (base: Date, days: number) => new Date(base.getTime() + days * DAY_MS);

function petitionsRows(plans: DisputePlan[]): Record<string, Row[]> {
  const disputes: Row[] = [];
  const parties: Row[] = [];
  const dispatches: Row[] = [];
  const timeline: Row[] = [];
  for (const p of plans) {
    const id = randomUUID();
    const dispatchedAt = p.lead ? at(p.registeredAt, 0.1) : null;
    const closedAt = p.status === "CLOSED" ? at(p.registeredAt, 12 + (p.index % 20)) : null;
    const department = p.lead === "LEGAL_AID" ? "LEGAL_AID" : p.lead;
    disputes.push({
      id,
      code: p.code,
      title: `${p.applicant.name}与${p.respondent}${p.category}纠纷`,
      description: `申请人${p.applicant.name}反映与${p.respondent}之间的${p.category}问题，请求中心协调解决。`,
      category: p.category,
      categoryListVersion: p.registeredAt < new Date("2025-01-01") ? "RMTJ-2020" : "ZJ-MTZX-2025",
      regionCode: p.regionCode,
      channel: ["WALK_IN", "ONLINE", "GRID_WORKER", "LETTER", "PETITION_AGENT"][p.index % 5],
      status: p.status,
      amountInvolved: p.index % 3 ? String(1000 + (p.index % 97) * 350) + ".00" : null,
      peopleInvolved: 1,
      serviceTier: "ORDINARY",
      flags: [],
      registeredAt: p.registeredAt,
      registeredBy: SEEDED_BY,
      leadDepartment: department,
      handlingBody: department ? `${department}承办` : null,
      coHandlerIds: [],
      dispatchedAt,
      closedAt,
      closureResult: closedAt ? "经调处，双方达成一致，已履行完毕。" : null,
      outcome: closedAt ? "RESOLVED_BY_AGREEMENT" : null,
      closedOnTheSpot: false,
      satisfaction: closedAt ? "SATISFIED" : null,
      evaluatedAt: closedAt,
      updatedAt: closedAt ?? dispatchedAt ?? p.registeredAt,
    });
    parties.push(
      {
        id: randomUUID(),
        disputeId: id,
        role: "APPLICANT",
        kind: "PERSON",
        position: 0,
        name: p.applicant.name,
        residentId: p.applicant.residentId,
        phone: p.applicant.phone,
        partyId: partyIdOf({ residentId: p.applicant.residentId }),
      },
      { id: randomUUID(), disputeId: id, role: "RESPONDENT", kind: "ORGANISATION", position: 1, name: p.respondent },
    );
    timeline.push({
      id: randomUUID(),
      eventId: `${SEEDED_BY}-${p.code}-registered`,
      source: "petitions",
      disputeCode: p.code,
      type: "DISPUTE_REGISTERED",
      summary: `社会治理综合服务中心登记受理（${p.category}），赋解纷码`,
      occurredAt: p.registeredAt,
      receivedAt: p.registeredAt,
    });
    if (department && dispatchedAt) {
      dispatches.push({
        id: randomUUID(),
        disputeId: id,
        department,
        body: `${department}承办`,
        coHandlers: [],
        rulesVersion: "2026.1",
        suggestedDepartment: department,
        overridden: false,
        dispatchedBy: "staff-petitions",
        dispatchedAt,
      });
      timeline.push({
        id: randomUUID(),
        eventId: `${SEEDED_BY}-${p.code}-dispatched`,
        source: "petitions",
        disputeCode: p.code,
        type: "DISPUTE_DISPATCHED",
        summary: `派单至${department}`,
        occurredAt: dispatchedAt,
        receivedAt: dispatchedAt,
      });
    }
  }
  return { Dispute: disputes, DisputeParty: parties, DisputeDispatch: dispatches, TimelineEvent: timeline };
}

async function mediationRows(client: pg.ClientBase, plans: DisputePlan[]): Promise<Record<string, Row[]>> {
  const { rows: mediators } = await client.query<{ id: string; committeeId: string }>(
    `select id, "committeeId" from "Mediator" order by name, id`,
  );
  if (!mediators.length)
    throw new Error("mediation has no mediators: start it once with SEED_DEMO_DATA=1 before seeding");
  const cases: Row[] = [];
  const assignments: Row[] = [];
  const sessions: Row[] = [];
  for (const p of plans.filter((q) => q.mediation)) {
    const mediator = mediators[p.index % mediators.length]!;
    const id = randomUUID();
    const acceptedAt = at(p.registeredAt, 0.2);
    const status =
      p.status === "CLOSED"
        ? p.index % 4
          ? "AGREEMENT_REACHED"
          : "FAILED"
        : p.index % 2
          ? "IN_MEDIATION"
          : "ACCEPTED";
    const closedAt = status === "AGREEMENT_REACHED" || status === "FAILED" ? at(acceptedAt, 10) : null;
    cases.push({
      id,
      disputeCode: p.code,
      committeeId: mediator.committeeId,
      source: "DISPATCH",
      clockKind:
        p.category === "劳动争议" || p.category === "拖欠农民工工资"
          ? "LABOUR"
          : p.category === "医疗"
            ? "MEDICAL"
            : "PEOPLE",
      status,
      participatingDepartments: [],
      acceptedAt,
      acceptedBy: SEEDED_BY,
      failureReason: status === "FAILED" ? "双方对赔偿金额分歧较大，调解不成" : null,
      suggestedNextStep: status === "FAILED" ? "ARBITRATION" : null,
      closedAt,
      closedBy: closedAt ? "staff-mediation" : null,
      version: 1,
      createdAt: acceptedAt,
      updatedAt: closedAt ?? acceptedAt,
    });
    assignments.push({
      id: randomUUID(),
      caseId: id,
      mediatorId: mediator.id,
      lead: true,
      assignedAt: acceptedAt,
      assignedBy: "staff-mediation",
    });
    sessions.push({
      id: randomUUID(),
      caseId: id,
      mode: p.index % 3 ? "IN_PERSON" : "ONLINE_VIDEO",
      startsAt: at(acceptedAt, 3),
      place: "矛调中心第二调解室",
      attendees: [p.applicant.name, p.respondent],
      notes: "双方陈述事实，调解员释法明理。",
      recordedBy: "staff-mediation",
      createdAt: at(acceptedAt, 3),
    });
  }
  return { MediationCase: cases, CaseMediator: assignments, MediationSession: sessions };
}

async function arbitrationRows(client: pg.ClientBase, plans: DisputePlan[]): Promise<Record<string, Row[]>> {
  const { rows: commissions } = await client.query<{ id: string }>(
    `select id from "ArbitrationCommission" where "regionCode" = '330122' and status = 'ACTIVE' order by name limit 1`,
  );
  const commissionId = commissions[0]?.id;
  if (!commissionId)
    throw new Error("arbitration has no commission of 桐庐县: start it once with SEED_DEMO_DATA=1 before seeding");
  const cases: Row[] = [];
  const applicants: Row[] = [];
  const claims: Row[] = [];
  for (const p of plans.filter((q) => q.arbitration)) {
    const id = randomUUID();
    const receivedAt = at(p.registeredAt, 1);
    const year = receivedAt.getUTCFullYear();
    // From the dispute's number, so any slice of the plan numbers its cases alike; clear of real ones.
    const number = 100_000 + p.index;
    const awarded = p.status === "CLOSED";
    cases.push({
      id,
      disputeCode: p.code,
      commissionId,
      commissionRegion: "330122",
      caseNumber: `桐劳人仲案字〔${year}〕第${number}号`,
      status: awarded ? "AWARDED" : p.index % 2 ? "ACCEPTED" : "TRIBUNAL_FORMED",
      collective: false,
      receivedAt,
      respondentName: p.respondent,
      respondentCreditCode: "91330122MA2B0C1D2E",
      evidence: JSON.stringify([]),
      acceptedAt: at(receivedAt, 3),
      postponements: JSON.stringify([]),
      awardExtensions: JSON.stringify([]),
      closedAt: awarded ? at(receivedAt, 40) : null,
      closingDocumentNumber: awarded ? `桐劳人仲裁字〔${year}〕第${number}号` : null,
      version: 1,
      createdAt: receivedAt,
      updatedAt: receivedAt,
    });
    applicants.push({
      id: randomUUID(),
      caseId: id,
      position: 0,
      name: p.applicant.name,
      residentId: p.applicant.residentId,
      phone: p.applicant.phone,
      partyId: partyIdOf({ residentId: p.applicant.residentId }),
    });
    claims.push({
      id: randomUUID(),
      caseId: id,
      position: 0,
      kind: "WAGE_ARREARS",
      description: "支付拖欠工资",
      applicantPosition: 0,
      amount: `${8000 + (p.index % 50) * 100}.00`,
      knewOfInfringementOn: p.registeredAt.toISOString().slice(0, 10),
      limitationExpired: false,
    });
  }
  return { ArbitrationCase: cases, Applicant: applicants, Claim: claims };
}

async function litigationRows(client: pg.ClientBase, plans: DisputePlan[]): Promise<Record<string, Row[]>> {
  const { rows: bodies } = await client.query<{ id: string }>(
    `select id from "CourtBody" where "courtCode" = '浙0122' and kind = 'LITIGATION_SERVICE_CENTRE' and status = 'ACTIVE' order by name limit 1`,
  );
  const bodyId = bodies[0]?.id;
  if (!bodyId)
    throw new Error("the court has no service centre of 桐庐县: start it once with SEED_DEMO_DATA=1 before seeding");
  const cases: Row[] = [];
  const parties: Row[] = [];
  for (const p of plans.filter((q) => q.litigation)) {
    const id = randomUUID();
    const filedAt = at(p.registeredAt, 2);
    const year = filedAt.getUTCFullYear();
    const [procedure, type, status] =
      p.index % 3 === 0
        ? ["PRE_FILING_MEDIATION", "民诉前调", p.status === "CLOSED" ? "RESOLVED" : "IN_MEDIATION"]
        : p.index % 3 === 1
          ? ["JUDICIAL_CONFIRMATION", "民特", p.status === "CLOSED" ? "CONFIRMED" : "APPLIED"]
          : ["FIRST_INSTANCE", "民初", p.status === "CLOSED" ? "JUDGED" : "FILED"];
    const number = 100_000 + p.index;
    cases.push({
      id,
      disputeCode: p.code,
      caseNumber: `(${year})浙0122${type}${number}号`,
      courtCode: "浙0122",
      bodyId,
      procedure,
      status,
      filedAt,
      online: p.index % 4 === 0,
      fastTrack: false,
      createdBy: SEEDED_BY,
      createdAt: filedAt,
      updatedAt: filedAt,
    });
    parties.push({
      id: randomUUID(),
      caseId: id,
      position: 0,
      role: "APPLICANT",
      kind: "PERSON",
      name: p.applicant.name,
      idNumber: p.applicant.residentId,
      partyId: partyIdOf({ residentId: p.applicant.residentId }),
    });
    parties.push({
      id: randomUUID(),
      caseId: id,
      position: 1,
      role: "RESPONDENT",
      kind: "ORGANISATION",
      name: p.respondent,
    });
  }
  return { CourtCase: cases, CourtCaseParty: parties };
}

async function legalAidRows(client: pg.ClientBase, plans: DisputePlan[]): Promise<Record<string, Row[]>> {
  // Each application is received at its county's legal aid centre, where the registry's dispatch sends it.
  const { rows: centres } = await client.query<{ id: string; regionCode: string }>(
    `select id, "regionCode" from "LegalAidCentre" where kind = 'CENTRE' and status = 'ACTIVE' order by name`,
  );
  const centreIn = (regionCode: string) => {
    const centre = centres.find((c) => c.regionCode === regionCode.slice(0, 6));
    if (!centre)
      throw new Error(`legal aid has no centre of ${regionCode}: start it once with SEED_DEMO_DATA=1 before seeding`);
    return centre.id;
  };
  const cases: Row[] = [];
  const consultations: Row[] = [];
  for (const p of plans) {
    if (p.legalAid) {
      const appliedAt = at(p.registeredAt, 1.5);
      const decided = p.status !== "DISPATCHED";
      cases.push({
        id: randomUUID(),
        disputeCode: p.code,
        matter:
          p.category === "劳动争议" || p.category === "拖欠农民工工资"
            ? "CLAIM_LABOUR_REMUNERATION"
            : p.category === "道路交通事故"
              ? "TRAFFIC_ACCIDENT_DAMAGES"
              : "OTHER",
        status: p.status === "CLOSED" ? "CLOSED" : decided ? "GRANTED" : "SUBMITTED",
        applicantName: p.applicant.name,
        applicantResidentId: p.applicant.residentId,
        applicantPhone: p.applicant.phone,
        applicantGroups: ["MIGRANT_WORKER"],
        householdSize: 3,
        monthlyIncomePerHead: "1500.00",
        regionCode: p.regionCode,
        centreId: centreIn(p.regionCode),
        appliedAt,
        receivedBy: "staff-legal-aid",
        decidedAt: decided ? at(appliedAt, 4) : null,
        decidedBy: decided ? "staff-legal-aid" : null,
        refusalReasons: [],
        closedAt: p.status === "CLOSED" ? at(appliedAt, 30) : null,
        createdAt: appliedAt,
        updatedAt: appliedAt,
        partyId: partyIdOf({ residentId: p.applicant.residentId }),
      });
    }
    if (p.consultation) {
      consultations.push({
        id: randomUUID(),
        channel: p.index % 2 ? "WINDOW" : "PHONE",
        disputeCode: p.code,
        enquirerName: p.applicant.name,
        enquirerPhone: p.applicant.phone,
        topic: p.category,
        question: `${p.category}纠纷中如何维护自身合法权益？`,
        answer: "建议先行申请人民调解，调解不成可依法申请仲裁或提起诉讼，并可申请法律援助。",
        answeredBy: "叶志刚",
        consultedAt: at(p.registeredAt, 0.05),
        createdAt: at(p.registeredAt, 0.05),
      });
    }
  }
  return { LegalAidCase: cases, LegalConsultation: consultations };
}

/** Keeps 解纷码 allocation clear of the seeded codes: the next registration takes a higher sequence. */
async function advanceCodeCounters(client: pg.ClientBase, plans: DisputePlan[]): Promise<void> {
  const highest = new Map<string, number>();
  for (const p of plans) {
    const key = `${p.regionCode}|${2000 + Number(p.code.slice(6, 8))}`;
    highest.set(key, Math.max(highest.get(key) ?? 0, Number(p.code.slice(8, 14))));
  }
  for (const [key, sequence] of highest) {
    const [regionCode, year] = key.split("|");
    await client.query(
      `insert into "DisputeCodeCounter" ("regionCode", year, next) values ($1, $2, $3)
       on conflict ("regionCode", year) do update set next = greatest("DisputeCodeCounter".next, excluded.next)`,
      [regionCode, Number(year), sequence + 1],
    );
  }
}

/** Seeds one department's database (in one transaction) unless it already holds this size. */
export async function seedDepartment(
  subgraph: SubgraphName,
  url: string,
  plans: DisputePlan[],
  now: Date,
): Promise<{ seeded: boolean; rows: number; ms: number }> {
  const started = Date.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    if ((await seededSize(client))?.size === plans.length) return { seeded: false, rows: 0, ms: 0 };
    await client.query("begin");
    let rows = 0;
    // In slices, so that a million disputes never sit in memory as rows all at once.
    for (let start = 0; start < plans.length; start += SLICE) {
      const slice = plans.slice(start, start + SLICE);
      const tables =
        subgraph === "petitions"
          ? petitionsRows(slice)
          : subgraph === "mediation"
            ? await mediationRows(client, slice)
            : subgraph === "arbitration"
              ? await arbitrationRows(client, slice)
              : subgraph === "litigation"
                ? await litigationRows(client, slice)
                : subgraph === "legal-aid"
                  ? await legalAidRows(client, slice)
                  : // Administrative review holds no benchmark data: no operation reads it.
                    {};
      for (const [table, list] of Object.entries(tables)) {
        await insert(client, table, list);
        rows += list.length;
      }
    }
    if (subgraph === "petitions") await advanceCodeCounters(client, plans);
    await client.query(`create table if not exists ${MARKER} (size int not null, planned_at timestamptz not null)`);
    await client.query(`delete from ${MARKER}`);
    await client.query(`insert into ${MARKER} (size, planned_at) values ($1, $2)`, [plans.length, now]);
    await client.query("commit");
    await client.query("analyze");
    return { seeded: true, rows, ms: Date.now() - started };
  } catch (error) {
    await client.query("rollback").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
