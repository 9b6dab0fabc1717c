// Writes of the dispute registry: registration, and the rows each later step of a dispute adds in the
// step's transaction (the write path runs them as its `write`).
import { randomUUID } from "node:crypto";
import type { AuditActor } from "@onedoor/shared/audit/audit";
import { actorId } from "@onedoor/shared/auth/identity";
import { toLocalDate } from "@onedoor/shared/clock/index";
import { createRecord } from "@onedoor/shared/db/write-path";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { lookupRegion } from "@onedoor/shared/validators/index";
import { Prisma, type Dispute } from "../generated/prisma/client.js";
import type { ContactMethod, Department, DisputeOutcome, Satisfaction } from "../generated/prisma/enums.js";
import { OUTCOME_LABEL } from "../domain/lifecycle.js";
import { applicantIdentifiers, isPossibleDuplicate } from "../domain/duplicates.js";
import { serviceTierFor } from "../domain/clocks.js";
import { INTAKE_POLICY, isMajor, type IntakePolicy } from "../domain/thresholds.js";
import { registrationSummary, type NormalisedRegistration } from "../domain/registration.js";
import type { LifecycleFacts } from "../domain/lifecycle.js";
import { withPartyId } from "../domain/party.js";
import type { PetitionsStore } from "./store.js";
import { recordRegistryStep } from "./timeline.js";
import { noticeClosure, recordNotice } from "./notices.js";
import { currentTime } from "@onedoor/shared/clock/now";
import { DISPUTE, type Tx } from "./write.js";

export type RegistrationOutcome =
  | { kind: "created"; dispute: Dispute }
  | { kind: "replayed"; dispute: Dispute }
  | { kind: "conflict"; dispute: Dispute };

/** The next 解纷码 sequence of (county, year), taken atomically inside the caller's transaction. */
async function nextSequence(tx: Tx, regionCode: string, year: number): Promise<number> {
  const rows = await tx.$queryRaw<{ sequence: number }[]>`
    INSERT INTO "DisputeCodeCounter" ("regionCode", "year", "next") VALUES (${regionCode}, ${year}::int, 2)
    ON CONFLICT ("regionCode", "year") DO UPDATE SET "next" = "DisputeCodeCounter"."next" + 1
    RETURNING ("next" - 1)::int AS "sequence"`;
  return Number(rows[0]!.sequence);
}

/** The class of the transaction locks below (their own key space: any other advisory lock uses other keys). */
const DUPLICATE_SEARCH_LOCK = 0x0d0_0001;

/**
 * Queues registrations naming the same applicant (ID number or credit code), until commit: each one's
 * duplicate search then sees the others. Registrations of different applicants cannot be duplicates of each
 * other and do not wait. Keys in one order, so two registrations sharing two applicants cannot deadlock; a
 * hash collision only makes two unrelated registrations wait for each other.
 */
async function lockApplicants(tx: Tx, ids: readonly string[]): Promise<void> {
  const keys = [...new Set(ids)].sort();
  await tx.$queryRaw`
    SELECT pg_advisory_xact_lock(${DUPLICATE_SEARCH_LOCK}::int, hashtext(v.id))::text AS locked
    FROM (VALUES ${Prisma.join(keys.map((id) => Prisma.sql`(${id})`))}) AS v(id) ORDER BY v.id`;
}

/**
 * Gives the registration its code, last thing before its audit entry and commit: the county's counter row
 * stays locked only for these two statements, the audit entry and the commit, not for the whole
 * registration. The rows written before it carry a placeholder the same statement replaces; nobody else
 * sees the placeholder, the transaction being uncommitted.
 */
async function assignCode(tx: Tx, placeholder: string, regionCode: string, year: number): Promise<string> {
  const code = formatDisputeCode({ region: regionCode, year, sequence: await nextSequence(tx, regionCode, year) });
  // PostgreSQL runs each data-modifying WITH once, whether the main query reads it or not.
  await tx.$executeRaw`
    WITH dispute AS (UPDATE "Dispute" SET "code" = ${code} WHERE "code" = ${placeholder}),
      links AS (UPDATE "DisputeLink" SET "fromCode" = ${code} WHERE "fromCode" = ${placeholder}),
      steps AS (UPDATE "TimelineEvent" SET "disputeCode" = ${code} WHERE "disputeCode" = ${placeholder})
    SELECT 1`;
  return code;
}

async function byKey(store: PetitionsStore, key: string, hash: string): Promise<RegistrationOutcome | undefined> {
  const existing = await store.dispute.findUnique({ where: { idempotencyKey: key } });
  if (!existing) return undefined;
  return { kind: existing.inputHash === hash ? "replayed" : "conflict", dispute: existing };
}

const isUniqueViolation = (error: unknown): boolean =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * Registers a dispute: code, parties, the walk-in visit and possible-duplicate flags in one transaction.
 * With an idempotency key, a retry of the same input returns the first dispute and a different input
 * is a conflict; concurrent retries meet the unique key, and the loser reads the winner's row.
 */
export async function registerDispute(
  store: PetitionsStore,
  input: NormalisedRegistration,
  {
    idempotencyKey,
    inputHash,
    by,
    given,
    now,
    policy = INTAKE_POLICY,
  }: {
    idempotencyKey: string | null;
    inputHash: string;
    /** Who registers, for the record and the audit entry. */
    by: AuditActor;
    /** The input as the caller gave it, for the audit entry (field names only). */
    given: object;
    now: Date;
    policy?: IntakePolicy;
  },
): Promise<RegistrationOutcome> {
  const actor = actorId(by.identity);
  if (idempotencyKey) {
    const earlier = await byKey(store, idempotencyKey, inputHash);
    if (earlier) return earlier;
  }
  const major = isMajor(input.peopleInvolved, input.amountInvolved, policy);
  const { parties, serviceTier, ...fields } = input;
  try {
    const dispute = await createRecord<Dispute, Tx>(store, by, DISPUTE, {
      // Named by its code, which the transaction allocates.
      audit: { action: "registerDispute", input: given, entityId: (row) => row.code },
      create: async (tx) => {
        // Until the code is taken (assignCode, last), the rows carry a placeholder unique to this registration.
        const placeholder = `registering:${randomUUID()}`;
        const ids = applicantIdentifiers(parties);
        if (ids.length > 0) await lockApplicants(tx, ids);
        const since = new Date(now.getTime() - policy.duplicateWindowDays * 86_400_000);
        const candidates =
          ids.length === 0
            ? []
            : await tx.dispute.findMany({
                where: {
                  category: input.category,
                  registeredAt: { gte: since },
                  parties: {
                    some: { role: "APPLICANT", OR: [{ residentId: { in: ids } }, { creditCode: { in: ids } }] },
                  },
                },
                include: { parties: true },
                orderBy: { registeredAt: "desc" },
                take: 50,
              });
        const duplicates = candidates.filter((c) => isPossibleDuplicate(input, c, now, policy.duplicateWindowDays));

        const created = await tx.dispute.create({
          data: {
            ...fields,
            code: placeholder,
            status: "REGISTERED",
            serviceTier: serviceTierFor(serviceTier, major),
            major,
            majorRulesVersion: policy.version,
            idempotencyKey,
            inputHash,
            registeredAt: now,
            registeredBy: actor,
            parties: { create: parties.map(withPartyId) },
            // Coming to the window is the matter's first run (跑一次).
            visits:
              input.channel === "WALK_IN"
                ? {
                    create: [
                      {
                        visitedAt: now,
                        place: `${lookupRegion(input.regionCode)?.name ?? ""}社会治理综合服务中心综合受理窗口`,
                        purpose: "窗口登记受理",
                        recordedBy: actor,
                      },
                    ],
                  }
                : undefined,
          },
        });
        if (duplicates.length > 0) {
          await tx.disputeLink.createMany({
            data: duplicates.map((d) => ({
              kind: "POSSIBLE_DUPLICATE",
              fromCode: placeholder,
              toCode: d.code,
              reason: `同一当事人、被申请人、类别（${input.category}）${policy.duplicateWindowDays}日内重复登记`,
              createdBy: actor,
            })),
          });
        }
        await recordRegistryStep(tx, {
          disputeCode: placeholder,
          type: "DISPUTE_REGISTERED",
          summary: registrationSummary({
            regionName: lookupRegion(input.regionCode)?.name ?? "",
            category: input.category,
            channel: input.channel,
            hotlineOrderNumber: input.hotlineOrderNumber,
          }),
          occurredAt: now,
          data: { channel: input.channel, major, ...(input.urgent ? { urgent: true } : {}) },
        });
        const year = Number(toLocalDate(now).slice(0, 4));
        return { ...created, code: await assignCode(tx, placeholder, input.regionCode, year) };
      },
    });
    return { kind: "created", dispute };
  } catch (error) {
    if (idempotencyKey && isUniqueViolation(error)) {
      const winner = await byKey(store, idempotencyKey, inputHash);
      if (winner) return winner;
    }
    throw error;
  }
}

/** What the dispute's state machine needs to know besides the row: consultations count for a major one. */
export async function lifecycleFacts(store: PetitionsStore, dispute: Dispute): Promise<LifecycleFacts> {
  // The dispute's own records, counted in one query: the steps cap them.
  const counted = await store.dispute.findUnique({
    where: { id: dispute.id },
    select: { _count: { select: { consultations: true, dispatches: true, followUps: true } } },
  });
  return {
    status: dispute.status,
    major: dispute.major,
    consultations: counted?._count.consultations ?? 0,
    dispatches: counted?._count.dispatches ?? 0,
    followUps: counted?._count.followUps ?? 0,
    registeredAt: dispute.registeredAt,
    evaluatedAt: dispute.evaluatedAt,
  };
}

interface ConsultationRecord {
  heldAt: Date;
  judge: string;
  chiefMediator: string;
  legalAidLawyer: string;
  departments: string[];
  conclusion: string;
}

/** 会商研判 (3+X) held on the dispute. */
export async function addConsultation(tx: Tx, dispute: Dispute, c: ConsultationRecord, actor: string) {
  await tx.consultation.create({ data: { disputeId: dispute.id, ...c, recordedBy: actor } });
  await recordRegistryStep(tx, {
    disputeCode: dispute.code,
    type: "CONSULTATION_HELD",
    summary: `召开会商研判（3+X），${c.departments.length}个部门参加`,
    occurredAt: c.heldAt,
  });
}

interface DispatchRecord {
  department: Department;
  body: string;
  /** The body's id in its department's published directory (directory departments). */
  bodyId: string | null;
  coHandlers: string[];
  /** The co-handlers by id, in the same order (member units or published directory bodies). */
  coHandlerIds: string[];
  ruleId: string | null;
  rulesVersion: string;
  suggestedDepartment: Department;
  overridden: boolean;
  reason: string | null;
  dispatchedAt: Date;
}

/** 派单: the dispatch kept in the history (the dispute's own columns are set by the step). */
export async function addDispatch(tx: Tx, dispute: Dispute, d: DispatchRecord, actor: string) {
  await tx.disputeDispatch.create({ data: { disputeId: dispute.id, ...d, dispatchedBy: actor } });
  // A re-dispatch takes the dispute back from the department that had it.
  if (dispute.dispatchedAt && dispute.leadDepartment && dispute.leadDepartment !== d.department)
    await recordNotice(tx, {
      department: dispute.leadDepartment,
      disputeCode: dispute.code,
      kind: "RECALLED",
      body: dispute.handlingBody,
      bodyId: dispute.handlingBodyId,
      at: d.dispatchedAt,
    });
  await recordNotice(tx, {
    department: d.department,
    disputeCode: dispute.code,
    kind: "SENT",
    body: d.body,
    bodyId: d.bodyId,
    coHandlers: d.coHandlers,
    coHandlerIds: d.coHandlerIds,
    at: d.dispatchedAt,
  });
  await recordRegistryStep(tx, {
    disputeCode: dispute.code,
    type: "DISPUTE_DISPATCHED",
    summary: `派单至${d.body}${d.coHandlers.length > 0 ? `，${d.coHandlers.length}家单位协办` : ""}`,
    occurredAt: d.dispatchedAt,
    data: { department: d.department, overridden: d.overridden },
  });
}

/** 来访: an in-person visit. */
export async function addVisit(
  tx: Tx,
  dispute: Dispute,
  visit: { visitedAt: Date; place: string; purpose: string },
  actor: string,
) {
  await tx.visit.create({ data: { disputeId: dispute.id, ...visit, recordedBy: actor } });
  await recordRegistryStep(tx, {
    disputeCode: dispute.code,
    type: "VISIT_RECORDED",
    summary: `来访：${visit.place}`,
    occurredAt: visit.visitedAt,
  });
}

/** 联系当事人: the contact, and its step on the timeline (the free-text summary stays off the timeline: it may name people). */
export async function addContact(
  tx: Tx,
  dispute: Dispute,
  contact: { contactedAt: Date; method: ContactMethod; summary: string },
  actor: string,
) {
  await tx.partyContact.create({ data: { disputeId: dispute.id, ...contact, recordedBy: actor } });
  const first = dispute.hotlineCalledAt !== null && dispute.firstContactAt === null;
  await recordRegistryStep(tx, {
    disputeCode: dispute.code,
    type: "PARTY_CONTACTED",
    summary: `承办人员${CONTACT_METHOD_LABEL[contact.method]}联系当事人${first ? "（12345工单首次响应）" : ""}`,
    occurredAt: contact.contactedAt,
    data: { method: contact.method, ...(first ? { firstResponse: true } : {}) },
  });
}

const CONTACT_METHOD_LABEL: Record<ContactMethod, string> = {
  PHONE: "电话",
  SMS: "短信",
  VIDEO_CALL: "视频",
  ONLINE_MESSAGE: "在线留言",
};

export async function recordClosure(
  tx: Tx,
  dispute: Dispute,
  closure: { at: Date; onTheSpot: boolean; outcome: DisputeOutcome; openMatters: string | null },
) {
  await noticeClosure(tx, dispute.code, closure.at);
  const how = closure.onTheSpot ? "窗口当场办结" : `${dispute.handlingBody ?? "综合受理窗口"}办结`;
  await recordRegistryStep(tx, {
    disputeCode: dispute.code,
    type: "DISPUTE_CLOSED",
    summary: `${how}：${OUTCOME_LABEL[closure.outcome]}`,
    occurredAt: closure.at,
    data: {
      outcome: closure.outcome,
      closedBy: dispute.leadDepartment,
      ...(closure.openMatters ? { openMatters: true } : {}),
    },
  });
}

const SATISFACTION_LABEL: Record<Satisfaction, string> = {
  SATISFIED: "满意",
  BASICALLY_SATISFIED: "基本满意",
  DISSATISFIED: "不满意",
};

export async function recordEvaluation(tx: Tx, dispute: Dispute, satisfaction: Satisfaction, evaluatedAt: Date) {
  await recordRegistryStep(tx, {
    disputeCode: dispute.code,
    type: "DISPUTE_EVALUATED",
    summary: `当事人作出满意度评价：${SATISFACTION_LABEL[satisfaction]}`,
    occurredAt: evaluatedAt,
    data: { satisfaction },
  });
}

/** 回访 after closure, with whether the agreement was performed when the staff asked. */
export async function addFollowUp(
  tx: Tx,
  dispute: Dispute,
  f: { at: Date; method: string; notes: string; agreementPerformed: boolean | null },
  actor: string,
) {
  await tx.followUp.create({ data: { disputeId: dispute.id, ...f, recordedBy: actor } });
  const performed = f.agreementPerformed;
  await recordRegistryStep(tx, {
    disputeCode: dispute.code,
    type: "FOLLOW_UP_RECORDED",
    summary: `回访（${f.method}）${performed === true ? "，协议已履行" : performed === false ? "，协议未履行" : ""}`,
    occurredAt: f.at,
    ...(performed === null ? {} : { data: { agreementPerformed: performed } }),
  });
}

/** 关联: linking twice is harmless, the pair being unique per kind. */
export async function addLink(tx: Tx, codes: [string, string], reason: string, actor: string) {
  const [fromCode, toCode] = [...codes].sort() as [string, string];
  await tx.disputeLink.upsert({
    where: { kind_fromCode_toCode: { kind: "LINKED", fromCode, toCode } },
    create: { kind: "LINKED", fromCode, toCode, reason, createdBy: actor },
    update: {},
  });
}

/** 并单: the link, and both histories say what happened (nothing is dropped). */
export async function recordMerge(tx: Tx, from: Dispute, main: Dispute, reason: string, actor: string) {
  await tx.disputeLink.create({
    data: { kind: "MERGED", fromCode: from.code, toCode: main.code, reason, createdBy: actor },
  });
  await noticeClosure(tx, from.code, currentTime());
  await recordRegistryStep(tx, {
    disputeCode: from.code,
    type: "DISPUTE_MERGED",
    summary: `重复诉求并入 ${main.code}`,
    data: { into: main.code },
  });
  await recordRegistryStep(tx, {
    disputeCode: main.code,
    type: "DISPUTE_MERGED_IN",
    summary: `并入重复诉求 ${from.code}`,
    data: { from: from.code },
  });
}
