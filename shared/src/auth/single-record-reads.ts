// No bulk personal data: a full value (`residentIdFull`, `phoneFull`, any field named `...Full`) answers only
// in a single-record read, whatever the role. A list of disputes asking every party's full ID number is how
// a whole register leaks in one request; reading one record at a time keeps each read a stated, audited act.
import { GraphQLError, Kind, type GraphQLResolveInfo, type ValueNode } from "graphql";
import type { MiddlewareFn } from "type-graphql";

/** Fields holding an unmasked personal value: their names end in `Full` (the masked value is the field without it). */
export const isFullPersonalField = (fieldName: string): boolean => /.Full$/.test(fieldName);

/** Response keys from the root field down to the field being resolved (list positions are numbers). */
function pathKeys(info: GraphQLResolveInfo): (string | number)[] {
  const keys: (string | number)[] = [];
  for (let at: GraphQLResolveInfo["path"] | undefined = info.path; at; at = at.prev) keys.unshift(at.key);
  return keys;
}

/** How many representations an `_entities` root field (by its response key) was asked for; undefined when unknown. */
function representationCount(info: GraphQLResolveInfo, responseKey: string): number | undefined {
  const field = info.operation.selectionSet.selections.find(
    (s) => s.kind === Kind.FIELD && (s.alias?.value ?? s.name.value) === responseKey && s.name.value === "_entities",
  );
  if (field?.kind !== Kind.FIELD) return undefined;
  const value: ValueNode | undefined = field.arguments?.find((a) => a.name.value === "representations")?.value;
  if (value?.kind === Kind.LIST) return value.values.length;
  if (value?.kind === Kind.VARIABLE) {
    const list = info.variableValues[value.name.value];
    return Array.isArray(list) ? list.length : undefined;
  }
  return undefined;
}

/**
 * Whether the value at this path belongs to a single-record read: a root field returning one record, or
 * `_entities` with one representation. The record's own list of people (one dispute's parties) is part of
 * it, so a list position may stand only right above the person the full value belongs to. A root list, a
 * connection's edges, or records listed inside a record are bulk reads, whatever sits below them.
 */
export function isSingleRecordRead(info: GraphQLResolveInfo): boolean {
  const keys = pathKeys(info);
  if (typeof keys[1] === "number") {
    // A root field that returns a list: only `_entities` asked for one representation is one record.
    if (representationCount(info, String(keys[0])) !== 1) return false;
  }
  const positions = keys.flatMap((key, at) => (typeof key === "number" && at !== 1 ? [at] : []));
  return positions.length === 0 || (positions.length === 1 && positions[0] === keys.length - 2);
}

/** Global middleware of every subgraph: FORBIDDEN for a full personal value asked for under a list. */
export function singleRecordPersonalData(): MiddlewareFn {
  return ({ info }, next) => {
    if (isFullPersonalField(info.fieldName) && !isSingleRecordRead(info)) {
      throw new GraphQLError(
        `${info.fieldName} is read one record at a time, not in a list: ask for the record by its id or code`,
        {
          extensions: {
            code: "FORBIDDEN",
            reason: "BULK_PERSONAL_DATA",
            messageZh: "完整个人信息只能逐条查询，不能在列表中批量读取：请按编号或解纷码查询单条记录",
          },
        },
      );
    }
    return next();
  };
}
