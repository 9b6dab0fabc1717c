import { InputProblems, notFound } from "@onedoor/shared/graphql/errors";
import { parseDisputeCode } from "@onedoor/shared/dispute-code/index";
import { validateText, type TextRules } from "@onedoor/shared/validators/index";
import type { Dispute } from "../generated/prisma/client.js";
import type { PetitionsContext } from "./context.js";

/** Compact 解纷码 from what a person typed; BAD_USER_INPUT naming `field` when it does not check out. */
export function disputeCodeArg(input: string, field: string): string {
  const problems = new InputProblems();
  const code = problems.check([field], parseDisputeCode(input));
  problems.throwIfAny();
  return code!;
}

/** The dispute a mutation acts on, read fresh (not from the request's loader cache). */
export async function disputeForUpdate(ctx: PetitionsContext, input: string, field = "code"): Promise<Dispute> {
  const code = disputeCodeArg(input, field);
  const dispute = await ctx.store.dispute.findUnique({ where: { code } });
  if (!dispute) throw notFound("Dispute", code, `未找到解纷码为 ${code} 的纠纷`);
  return dispute;
}

export const actorOf = (ctx: PetitionsContext): string => ctx.identity.userId ?? "anonymous";

/** Free-text arguments of staff actions, checked together; an absent value is an error only when `required`. */
export function checkTexts<K extends string>(
  fields: Record<
    K,
    { value: string | null | undefined; rules: TextRules; path?: (string | number)[]; required?: boolean }
  >,
): Record<K, string | null> {
  const problems = new InputProblems();
  const out = {} as Record<K, string | null>;
  for (const [name, { value, rules, path, required }] of Object.entries(fields) as [
    K,
    { value: string | null | undefined; rules: TextRules; path?: (string | number)[]; required?: boolean },
  ][]) {
    const absent = value === null || value === undefined;
    out[name] = absent ? null : (problems.check(path ?? [name], validateText(value, rules)) ?? null);
    if (absent && required) problems.check(path ?? [name], validateText("", { ...rules, min: Math.max(rules.min, 1) }));
  }
  problems.throwIfAny();
  return out;
}
