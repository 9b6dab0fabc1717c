// The GraphQL field sets every department's directory declares alike: a published body's (id, name, kind, county,
// categories and lifecycle), a person's of a roster (id, name and lifecycle) and the status change of either.
// Each department extends them with its own fields and says in its own words what the status and the categories
// mean for it.
import { Field, ID, InputType, Int, ObjectType, type ClassType } from "type-graphql";
import { DirectoryStatus } from "../graphql/directory-status.js";

/** `Base`'s fields followed by the lifecycle's: status (as `about.status` explains it), its reason and time, version. */
function withLifecycle<Base extends ClassType>(Base: Base, about: { status: string; changedAtNull: string }) {
  // Not in the schema itself (never referenced): each subclass is, under its own name.
  @ObjectType()
  abstract class DirectoryLifecycleType extends Base {
    @Field(() => DirectoryStatus, { description: about.status })
    status!: DirectoryStatus;

    @Field(() => String, { nullable: true, description: "Why the status last changed." })
    statusReason!: string | null;

    @Field(() => Date, { nullable: true, description: `When the status last changed (null: ${about.changedAtNull}).` })
    statusChangedAt!: Date | null;

    @Field(() => Int, { description: "Version of the entry, for expectedVersion." })
    version!: number;
  }
  return DirectoryLifecycleType;
}

/**
 * Base class of a published body: `@ObjectType(…) class CourtBody extends DirectoryBody(CourtBodyKind, {…}) {}`.
 * `Kind` is the department's registered enum of kinds of body.
 */
export function DirectoryBody<Kind extends object>(
  Kind: Kind,
  about: { name: string; regionCode: string; categories: string; status: string },
) {
  @ObjectType()
  class DirectoryBodyType {
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
  }
  return withLifecycle(DirectoryBodyType, { status: about.status, changedAtNull: "as added" });
}

/**
 * Base class of a person of a roster (an arbitrator, a judge, an invited mediator, a legal aid provider):
 * `about.status` says what being active means for them.
 */
export function DirectoryEntry(about: { status: string }) {
  @ObjectType()
  class DirectoryEntryType {
    @Field(() => ID)
    id!: string;

    @Field(() => String)
    name!: string;
  }
  return withLifecycle(DirectoryEntryType, { status: about.status, changedAtNull: "as registered" });
}

/**
 * Base class of a `change…Status` input of a body or person: `DirectoryStatusChange("judgeId", {…})` gives
 * `{ judgeId: ID!, status, reason, expectedVersion }`. `about.status` says which statuses it may take (a body with
 * open cases does not retire).
 */
export function DirectoryStatusChange<Id extends string>(idField: Id, about: { status: string; reason: string }) {
  // The id comes first, in the schema and in the audit entry's fields (an input's own properties, in the order
  // they are defined), as it did when each department wrote it.
  @InputType()
  abstract class EntryIdType {
    constructor() {
      Object.defineProperty(this, idField, { value: undefined, writable: true, enumerable: true, configurable: true });
    }
  }
  Field(() => ID)(EntryIdType.prototype, idField);

  @InputType()
  abstract class DirectoryStatusChangeType extends EntryIdType {
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
  return DirectoryStatusChangeType as abstract new () => DirectoryStatusChangeType & Record<Id, string>;
}
