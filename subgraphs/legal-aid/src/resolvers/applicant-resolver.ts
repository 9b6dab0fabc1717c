import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { PartyStub } from "@onedoor/shared/federation/party-stub";
import { PartyKind } from "@onedoor/shared/graphql/party-kind";
import { LegalAidApplicant } from "../entities/legal-aid-case.js";
import { readAudited } from "../db/personal-data.js";
import { applicantOwner } from "./access.js";
import type { ApplicantSource } from "./mapping.js";
import type { LegalAidContext } from "./context.js";

/** The applicant's full personal data, for those who need it (each read audited), and their registry party. */
@Resolver(() => LegalAidApplicant)
export class LegalAidApplicantResolver {
  @FieldResolver(() => PartyKind, { description: "Always PERSON: legal aid is granted to natural persons." })
  kind(): PartyKind {
    return PartyKind.PERSON;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "居民身份证号码 in full: the legal aid center, the commander and the applicant only (FORBIDDEN otherwise); every read is audited.",
  })
  residentIdFull(@Root() applicant: ApplicantSource, @Ctx() ctx: LegalAidContext): Promise<string | null> {
    return readAudited(ctx, applicantOwner(applicant.row), "residentId", applicant.row.applicantResidentId);
  }

  @FieldResolver(() => String, { nullable: true, description: "Phone in full: as `residentIdFull`, audited." })
  phoneFull(@Root() applicant: ApplicantSource, @Ctx() ctx: LegalAidContext): Promise<string | null> {
    return readAudited(ctx, applicantOwner(applicant.row), "phone", applicant.row.applicantPhone);
  }

  @FieldResolver(() => PartyStub, {
    nullable: true,
    description: "当事人 in the registry; null when there is no resident ID.",
  })
  party(@Root() applicant: ApplicantSource): PartyStub | null {
    return applicant.partyId ? { id: applicant.partyId } : null;
  }
}
