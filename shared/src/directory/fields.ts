// The GraphQL field sets every department's directory declares alike: a published body's (id, name, kind, county,
// categories and lifecycle) and the status change of a body or person. Each department extends them with its own
// fields and says in its own words what the status and the categories mean for it.
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DirectoryStatus } from "../graphql/directory-status.js";

/**
 * Base class of a published body: `@ObjectType(…) class CourtBody extends DirectoryBody(CourtBodyKind, {…}) {}`.
 * `Kind` is the department's registered enum of kinds of body.
 */
export function DirectoryBody<Kind extends object>(
  Kind: Kind,
  about: { name: string; regionCode: string; categories: string; status: string },
) {
  // Not in the schema itself (never referenced): each subclass is, under its own name.
  @ObjectType()
  abstract class DirectoryBodyType {
    @Field(() => ID, { description: "The body's id, as the registry's routing and dispatch name it." })
    id!: string;

    @Field(() => String, { description: about.name })
    name!: string;

    @Field(() => Kind)
    kind!: Kind[keyof Kind];

    @Field(() => String, { description: about.regionCode })
    regionCode!: string;

    @Field(() => [String], { description: about.categories })
    categories!: string[];

    @Field(() => DirectoryStatus, { description: about.status })
    status!: DirectoryStatus;

    @Field(() => String, { nullable: true, description: "Why the status last changed." })
    statusReason!: string | null;

    @Field(() => Date, { nullable: true, description: "When the status last changed (null: as added)." })
    statusChangedAt!: Date | null;

    @Field(() => Int, { description: "Version of the entry, for expectedVersion." })
    version!: number;
  }
  return DirectoryBodyType;
}

/**
 * Base class of a `change…Status` input of a body or person: the subclass adds the id of what it changes.
 * `about.status` says which statuses it may take (a body with open cases does not retire).
 */
export function DirectoryStatusChange(about: { status: string; reason: string }) {
  @InputType()
  abstract class DirectoryStatusChangeType {
    @Field(() => DirectoryStatus, { description: about.status })
    status!: DirectoryStatus;

    @Field(() => String, { description: about.reason })
    reason!: string;

    @Field(() => Int, {
      nullable: true,
      description: "The entry's version as read: a different current version is a CONFLICT and changes nothing.",
    })
    expectedVersion?: number | null;
  }
  return DirectoryStatusChangeType;
}
