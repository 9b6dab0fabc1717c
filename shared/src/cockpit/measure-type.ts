// A cockpit rate as the graph shows it: the value with its parts and its formula, so every number on
// the cockpit can be recomputed by hand from the records.
import { Directive, Field, Float, Int, ObjectType } from "type-graphql";
import { ratio } from "./scope.js";

@Directive("@shareable")
@ObjectType({
  description: "A rate measure (率): numerator / denominator, with its formula; null when the denominator is 0.",
})
export class RateMeasure {
  @Field(() => Float, { nullable: true, description: "0..1" })
  value!: number | null;

  @Field(() => Int)
  numerator!: number;

  @Field(() => Int)
  denominator!: number;

  @Field(() => String, { description: "How it is computed, in words (Chinese and English)." })
  formula!: string;

  @Field(() => Float, { nullable: true, description: "The same measure for the same days one year earlier (同比)." })
  sameperiodLastYear!: number | null;
}

export function rateMeasure(
  formula: string,
  current: { numerator: number; denominator: number },
  lastYear?: { numerator: number; denominator: number },
): RateMeasure {
  return {
    value: ratio(current.numerator, current.denominator),
    numerator: current.numerator,
    denominator: current.denominator,
    formula,
    sameperiodLastYear: lastYear ? ratio(lastYear.numerator, lastYear.denominator) : null,
  };
}

@Directive("@shareable")
@ObjectType({ description: "A count (件数/人次) with the same period last year." })
export class CountMeasure {
  @Field(() => Int)
  value!: number;

  @Field(() => Int, { nullable: true, description: "Same days one year earlier (同比)." })
  sameperiodLastYear!: number | null;

  @Field(() => String)
  formula!: string;
}

export function countMeasure(formula: string, value: number, lastYear?: number): CountMeasure {
  return { value, formula, sameperiodLastYear: lastYear ?? null };
}

@Directive("@shareable")
@ObjectType({ description: "One slice of a breakdown (by channel, category, committee, ...)." })
export class BreakdownItem {
  @Field(() => String)
  label!: string;

  @Field(() => Int)
  count!: number;
}
