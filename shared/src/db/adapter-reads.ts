// Reads through the driver adapter itself, beside Prisma, for the hottest loaders: on a page of rows Prisma's
// query compiler, interpreter and row mapping cost three to four times the statement's own CPU
// (test/bench/results/profile.md). The adapter comes from the factory the store's Prisma client was given, so
// these reads share its pool (or PGlite instance) and pass the same statement hooks (tracing, the tests'
// statement counter). Rows are mapped as Prisma's findMany maps them, so a loader can switch from one to the
// other without its callers noticing; each loader's tests compare both reads on the same rows. Not reproduced:
// enum values renamed with `@map` unless the read names them (`RowShape.renamed`), and Prisma's error classes (a
// failed read throws the adapter's DriverAdapterError), so read this way only where no error is expected.
import { Decimal } from "@prisma/client/runtime/client";
import {
  ColumnTypeEnum,
  type ArgType,
  type ColumnType,
  type SqlDriverAdapter,
  type SqlDriverAdapterFactory,
  type SqlResultSet,
} from "@prisma/driver-adapter-utils";

/** A statement's parameter: values are always sent as parameters, never written into the SQL text. */
export type RawArgument = string | number | boolean | Date | null | readonly string[];

/** What the result set's column types do not say. */
export interface RowShape {
  /**
   * Columns holding arrays of a type the driver does not know, i.e. enum arrays: they arrive as PostgreSQL's
   * text literal (`{A,B}`) and become string[], as Prisma gives them.
   */
  readonly lists?: readonly string[];
  /**
   * Enum columns whose values the schema renames with `@map`: they arrive as stored and become Prisma's names
   * (stored value → name).
   */
  readonly renamed?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** Runs one SELECT through the driver adapter and maps its rows as Prisma's findMany would. */
export type RawQuery = <Row>(sql: string, args: readonly RawArgument[], shape?: RowShape) => Promise<Row[]>;

/** A store whose hottest loaders read through the driver adapter (`openWithAdapterReads`). */
export interface WithAdapterReads {
  readonly rawQuery: RawQuery;
}

function argType(value: RawArgument): ArgType {
  if (Array.isArray(value)) return { scalarType: "string", arity: "list" };
  if (value instanceof Date) return { scalarType: "datetime", arity: "scalar" };
  switch (typeof value) {
    case "number":
      return { scalarType: Number.isInteger(value) ? "int" : "float", arity: "scalar" };
    case "boolean":
      return { scalarType: "boolean", arity: "scalar" };
    case "string":
      return { scalarType: "string", arity: "scalar" };
    default:
      return { scalarType: "unknown", arity: "scalar" };
  }
}

/**
 * The elements of a one-dimensional PostgreSQL array literal (`{A,"B C",NULL}`), as the driver gives a column
 * of a type it does not know.
 */
export function parseArrayLiteral(literal: string): (string | null)[] {
  if (!literal.startsWith("{") || !literal.endsWith("}")) throw new Error(`not an array literal: ${literal}`);
  const body = literal.slice(1, -1);
  const elements: (string | null)[] = [];
  if (body === "") return elements;
  let position = 0;
  while (position <= body.length) {
    if (body[position] === '"') {
      let element = "";
      position++;
      while (position < body.length && body[position] !== '"') {
        if (body[position] === "\\") position++;
        element += body[position];
        position++;
      }
      elements.push(element);
      position += 2; // the closing quote and the comma
    } else {
      const end = body.indexOf(",", position);
      const element = body.slice(position, end === -1 ? body.length : end);
      elements.push(element === "NULL" ? null : element);
      position = end === -1 ? body.length + 1 : end + 1;
    }
  }
  return elements;
}

/** A `timestamp` arrives as `2026-03-02T10:00:00.123+00:00`, a `date` as `2026-03-02`: both read as UTC. */
const toDate = (value: unknown) => new Date(value as string);
const toDecimal = (value: unknown) => new Decimal(value as string);
// pg gives JSON as its text; the PGlite adapter does the same (it leaves JSON to Prisma).
const toJson = (value: unknown): unknown => (typeof value === "string" ? JSON.parse(value) : value);
// int8 arrives as a string (pg) or a bigint/number (other drivers).
const toBigInt = (value: unknown) => BigInt(value as string | number | bigint);
const toTime = (value: unknown) => new Date(`1970-01-01T${value as string}Z`);

function cellMapper(type: ColumnType): ((value: unknown) => unknown) | undefined {
  const each = (map: (value: unknown) => unknown) => (value: unknown) =>
    (value as unknown[]).map((element) => (element === null ? null : map(element)));
  switch (type) {
    case ColumnTypeEnum.DateTime:
    case ColumnTypeEnum.Date:
      return toDate;
    case ColumnTypeEnum.Time:
      return toTime;
    case ColumnTypeEnum.Numeric:
      return toDecimal;
    case ColumnTypeEnum.Json:
      return toJson;
    case ColumnTypeEnum.Int64:
      return toBigInt;
    case ColumnTypeEnum.DateTimeArray:
    case ColumnTypeEnum.DateArray:
      return each(toDate);
    case ColumnTypeEnum.NumericArray:
      return each(toDecimal);
    case ColumnTypeEnum.JsonArray:
      return each(toJson);
    case ColumnTypeEnum.Int64Array:
      return each(toBigInt);
    default:
      // Text, UUID, enums, booleans, int4 and floats, and arrays of them, arrive as Prisma gives them.
      return undefined;
  }
}

/** The result set's rows as objects keyed by column name, each value as Prisma's findMany gives it. */
export function mapRows<Row = Record<string, unknown>>(result: SqlResultSet, shape: RowShape = {}): Row[] {
  const mappers = result.columnNames.map((name, index) => {
    const names = shape.renamed?.[name];
    if (names) return (value: unknown) => names[value as string] ?? value;
    return shape.lists?.includes(name)
      ? (value: unknown) => (typeof value === "string" ? parseArrayLiteral(value) : value)
      : cellMapper(result.columnTypes[index]!);
  });
  return result.rows.map((cells) => {
    const row: Record<string, unknown> = {};
    for (let index = 0; index < cells.length; index++) {
      const value = cells[index];
      const map = mappers[index];
      row[result.columnNames[index]!] = value === null || value === undefined || !map ? (value ?? null) : map(value);
    }
    return row as Row;
  });
}

/**
 * A `RawQuery` over an adapter of the given factory, connected at the first read. It needs no closing: the
 * adapter holds no connection of its own (pg's borrows one from the pool per statement, PGlite's is the
 * database's instance), and both are closed with the database.
 */
export function adapterReads(factory: SqlDriverAdapterFactory): RawQuery {
  let adapter: Promise<SqlDriverAdapter> | undefined;
  const connected = () =>
    (adapter ??= factory.connect().catch((error: unknown) => {
      adapter = undefined; // the next read tries again
      throw error;
    }));
  return async <Row>(sql: string, args: readonly RawArgument[], shape?: RowShape) => {
    const result = await (await connected()).queryRaw({ sql, args: [...args], argTypes: args.map(argType) });
    return mapRows<Row>(result, shape);
  };
}

/** The store (a Prisma client over `factory`), with `rawQuery` reading through an adapter of the same factory. */
export function openWithAdapterReads<Store extends object>(
  store: Store,
  factory: SqlDriverAdapterFactory,
): Store & WithAdapterReads {
  return Object.assign(store, { rawQuery: adapterReads(factory) });
}

/**
 * The parameters of one statement, numbered in the order they are added, so that a query built from optional
 * conditions never writes a value into its SQL text: `conditions.push(`"status" = ${args.add(status)}`)`.
 */
export class SqlArguments {
  readonly values: RawArgument[] = [];

  /** The placeholder of a new parameter, with a cast when the driver cannot infer its type (`uuid`, an enum). */
  add(value: RawArgument, cast?: string): string {
    this.values.push(value);
    return cast ? `$${this.values.length}::${cast}` : `$${this.values.length}`;
  }
}

const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;

/**
 * The quoted column list of a model's scalar fields (the generated client's `<Model>ScalarFieldEnum`); a field
 * stored under another column name (`@map`) is named in `columns` (field → column) and read under the field's.
 */
export const selectList = (fields: Record<string, string>, columns: Readonly<Record<string, string>> = {}): string =>
  Object.values(fields)
    .map((name) => (columns[name] ? `${quoted(columns[name])} AS ${quoted(name)}` : quoted(name)))
    .join(", ");
