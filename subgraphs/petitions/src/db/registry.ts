// Writes of the dispute registry, each in one transaction so nothing is ever half-saved.
import { recordAudit, type AuditActor } from "@onedoor/shared/audit/audit";
import { toLocalDate } from "@onedoor/shared/clock/index";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { lookupRegion } from "@onedoor/shared/validators/index";
import { Prisma, type Dispute } from "../generated/prisma/client.js";
import { applicantIdentifiers, isPossibleDuplicate } from "../domain/duplicates.js";
import { serviceTierFor } from "../domain/clocks.js";
import { INTAKE_POLICY, isMajor, type IntakePolicy } from "../domain/thresholds.js";
import type { NormalisedRegistration } from "../domain/registration.js";
import { withPartyId } from "../domain/party.js";
import type { PetitionsStore } from "./store.js";
import { recordRegistryStep } from "./timeline.js";

type Tx = Prisma.TransactionClient;

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
    fields: auditFields,
    now,
    policy = INTAKE_POLICY,
  }: {
    idempotencyKey: string | null;
    inputHash: string;
    /** Who registers, for the record and the audit entry. */
    by: AuditActor;
    /** Input field names given, for the audit entry. */
    fields: string[];
    now: Date;
    policy?: IntakePolicy;
  },
): Promise<RegistrationOutcome> {
  const actor = by.identity.userId ?? "anonymous";
  if (idempotencyKey) {
    const earlier = await byKey(store, idempotencyKey, inputHash);
    if (earlier) return earlier;
  }
  const major = isMajor(input.peopleInvolved, input.amountInvolved, policy);
  const { parties, serviceTier, ...fields } = input;
  try {
    const dispute = await store.$transaction(async (tx) => {
      // The code counter first: its row lock queues the county's registrations, so the duplicate search
      // below sees every registration committed before this one, even one made a moment ago at another window.
      const year = Number(toLocalDate(now).slice(0, 4));
      const code = formatDisputeCode({
        region: input.regionCode,
        year,
        sequence: await nextSequence(tx, input.regionCode, year),
      });

      const ids = applicantIdentifiers(parties);
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
          code,
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
            fromCode: code,
            toCode: d.code,
            reason: `同一当事人、被申请人、类别（${input.category}）${policy.duplicateWindowDays}日内重复登记`,
            createdBy: actor,
          })),
        });
      }
      await recordRegistryStep(tx, {
        disputeCode: code,
        type: "DISPUTE_REGISTERED",
        summary: `${lookupRegion(input.regionCode)?.name ?? ""}社会治理综合服务中心登记受理（${input.category}），赋解纷码`,
        occurredAt: now,
        data: { channel: input.channel, major },
      });
      await recordAudit(tx, by, { action: "registerDispute", entity: "Dispute", entityId: code, fields: auditFields });
      return created;
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
