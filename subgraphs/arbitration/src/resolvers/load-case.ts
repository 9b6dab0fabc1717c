import { notFound } from "@onedoor/shared/graphql/errors";
import type { CaseRow } from "../db/rows.js";
import type { ArbitrationContext } from "./context.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID.test(value);

export async function loadCase(ctx: ArbitrationContext, id: string): Promise<CaseRow> {
  const row = isUuid(id) ? await ctx.loaders.caseById.load(id) : null;
  if (!row) throw notFound("ArbitrationCase", id, `未找到仲裁案件 ${id}`);
  return row;
}
