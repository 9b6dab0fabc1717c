// Party ids (当事人标识) of the rows that hold identifiers: computed wherever such a row is written
// (filings and the demo seed), so the same person has the same id in every department.
import { partyIdOf } from "@onedoor/shared/auth/party-id";

export function withPartyId<T extends { residentId: string }>(applicant: T): T & { partyId: string } {
  return { ...applicant, partyId: partyIdOf({ residentId: applicant.residentId }) };
}

export const respondentPartyIdOf = (creditCode: string): string => partyIdOf({ creditCode });
