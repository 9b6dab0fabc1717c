// A party's records (我的纠纷, 我的案件) as connections: every department lists a party's records with the same
// filter (statuses, a from/to day range) and pages them by keyset in SQL, oldest or newest first.
import { Field, InputType, type ClassType } from "type-graphql";
import { endOfLocalDay, startOfLocalDay, type LocalDate } from "../clock/index.js";
import { LocalDateScalar } from "./scalars.js";

/** What a party's "my cases" page filters on: any of some statuses, and the day the record began. */
export interface PartyRecordFilterShape<Status extends string> {
  statuses?: Status[] | null;
  from?: LocalDate | null;
  to?: LocalDate | null;
}

/**
 * The input type of a party's list: `@InputType() … extends PartyRecordFilter(MediationCaseStatus, "MediationPartyCaseFilter", "Accepted")`
 * gives `MediationPartyCaseFilter { statuses: [MediationCaseStatus!] from: LocalDate to: LocalDate }`.
 */
export function PartyRecordFilter<Status extends string>(statusEnum: object, name: string, began: string) {
  @InputType(name, { description: "A party's list: all given conditions apply." })
  class Filter implements PartyRecordFilterShape<Status> {
    @Field(() => [statusEnum], { nullable: true, description: "Any of these statuses." })
    statuses?: Status[] | null;

    @Field(() => LocalDateScalar, { nullable: true, description: `${began} on or after this day (China time).` })
    from?: LocalDate | null;

    @Field(() => LocalDateScalar, { nullable: true, description: `${began} on or before this day (China time).` })
    to?: LocalDate | null;
  }
  return Filter as ClassType<PartyRecordFilterShape<Status>>;
}

/** Prisma's condition on the record's start instant for a from/to day range (China time, both days included). */
export function dayRangeWhere(filter: { from?: LocalDate | null; to?: LocalDate | null } | null | undefined) {
  if (!filter?.from && !filter?.to) return undefined;
  return {
    ...(filter.from ? { gte: startOfLocalDay(filter.from) } : {}),
    ...(filter.to ? { lte: endOfLocalDay(filter.to) } : {}),
  };
}

/** Condition on the status for a list of statuses (none given or empty: any status). */
export function statusesWhere<Status>(statuses: readonly Status[] | null | undefined) {
  return statuses?.length ? { in: [...statuses] } : undefined;
}
