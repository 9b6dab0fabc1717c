// Full personal data for those allowed it, each read audited in this department's audit log.
import { readPersonalData, type PersonalDataOwner, type PersonalField } from "@onedoor/shared/auth/access";
import type { LegalAidContext } from "../resolvers/context.js";

export const readAudited = (
  ctx: LegalAidContext,
  owner: PersonalDataOwner,
  field: PersonalField,
  value: string | null | undefined,
): Promise<string | null> => readPersonalData(ctx, ctx.store, owner, field, value);
