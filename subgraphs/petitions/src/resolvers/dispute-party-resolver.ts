import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { maskedPhone, maskedResidentId, readPersonalData, visibleName } from "@onedoor/shared/auth/access";
import { visibilityOf } from "@onedoor/shared/auth/policy";
import { maskPersonName } from "@onedoor/shared/auth/masking";
import { DisputeParty } from "../entities/records.js";
import { Party } from "../entities/party.js";
import type { PetitionsContext } from "./context.js";

/** A party's personal data: masked by default; the full value is a separate, audited field. */
@Resolver(() => DisputeParty)
export class DisputePartyResolver {
  @FieldResolver(() => String, {
    description:
      "Name: in full for those handling the dispute and for the person themself, masked (张*) for everyone else.",
  })
  name(@Root() party: DisputeParty, @Ctx() ctx: PetitionsContext): string {
    return party.kind === "ORGANISATION" ? party.name : visibleName(ctx, party.owner, party.name);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "法定代表人 (organisations): in full for those who see the dispute in full, masked (王**) for summary readers.",
  })
  legalRepresentative(@Root() party: DisputeParty, @Ctx() ctx: PetitionsContext): string | null {
    if (!party.legalRepresentative) return null;
    return visibilityOf(ctx.identity, party.owner.scope) === "full"
      ? party.legalRepresentative
      : maskPersonName(party.legalRepresentative);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "居民身份证号码, masked (330122********123X). The full number is `residentIdFull`.",
  })
  residentId(@Root() party: DisputeParty): string | null {
    return maskedResidentId(party.residentId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "居民身份证号码 in full: the handling departments, the commander and the person themself; every read is audited. FORBIDDEN for others.",
  })
  residentIdFull(@Root() party: DisputeParty, @Ctx() ctx: PetitionsContext): Promise<string | null> {
    return readPersonalData(ctx, ctx.store, party.owner, "residentId", party.residentId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Phone, masked (138****5678). The full number is `phoneFull`.",
  })
  phone(@Root() party: DisputeParty): string | null {
    return maskedPhone(party.phone);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Phone in full, on the same terms as `residentIdFull` (audited).",
  })
  phoneFull(@Root() party: DisputeParty, @Ctx() ctx: PetitionsContext): Promise<string | null> {
    return readPersonalData(ctx, ctx.store, party.owner, "phone", party.phone);
  }

  @FieldResolver(() => Party, {
    nullable: true,
    description: "The party (当事人) across all their disputes; null without an identifier.",
  })
  party(@Root() party: DisputeParty): Party | null {
    return party.partyId ? { id: party.partyId } : null;
  }
}
