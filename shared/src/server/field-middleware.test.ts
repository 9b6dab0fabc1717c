import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { execute, parse } from "graphql";
import { Arg, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root, buildSchema } from "type-graphql";
import type { MiddlewareFn } from "type-graphql";
import { applyFieldMiddlewares } from "./field-middleware.js";

@ObjectType()
class Shelf {
  @Field(() => String)
  name!: string;

  @Field(() => Int)
  get letters(): number {
    return this.name.length;
  }
}

@Resolver(() => Shelf)
class ShelfResolver {
  @Query(() => Shelf)
  shelf(@Arg("name", () => String) name: string): Shelf {
    return Object.assign(new Shelf(), { name });
  }

  @FieldResolver(() => String)
  label(@Root() shelf: Shelf, @Arg("prefix", () => String) prefix: string): string {
    return `${prefix}${shelf.name}`;
  }
}

describe("middlewares on the fields that run code", () => {
  it("wraps root fields, field resolvers, getters and fields with arguments, in order, and leaves plain columns alone", async () => {
    const schema = await buildSchema({ resolvers: [ShelfResolver], validate: false });
    const seen: string[] = [];
    const named =
      (name: string): MiddlewareFn =>
      ({ info }, next) => {
        seen.push(`${name} ${info.parentType.name}.${info.fieldName}`);
        return next();
      };
    applyFieldMiddlewares(schema, ({ root, hasArguments }) => [
      ...(root ? [named("root")] : []),
      named("code"),
      ...(hasArguments ? [named("args")] : []),
    ]);

    const result = await execute({
      schema,
      document: parse(`{ shelf(name: "abc") { name letters label(prefix: "#") } }`),
    });
    expect(result).toEqual({ data: { shelf: { name: "abc", letters: 3, label: "#abc" } } });
    expect(seen).toEqual([
      "root Query.shelf",
      "code Query.shelf",
      "args Query.shelf",
      "code Shelf.letters",
      "code Shelf.label",
      "args Shelf.label",
    ]);
  });

  it("returns a resolver's error as the field's error", async () => {
    const schema = await buildSchema({ resolvers: [ShelfResolver], validate: false });
    applyFieldMiddlewares(schema, ({ root }) =>
      root
        ? [
            () => {
              throw new Error("refused");
            },
          ]
        : [],
    );
    const result = await execute({ schema, document: parse(`{ shelf(name: "abc") { name } }`) });
    expect(result.errors?.map((e) => e.message)).toEqual(["refused"]);
    expect(result.data).toBeNull();
  });
});
