import { Directive, Field, ID, ObjectType } from "type-graphql";

/** A matter registered at the one window (一窗受理), known by its 解纷码 for life. Owned by the registry. */
@Directive('@key(fields: "code")')
@ObjectType({ description: "A dispute registered at the center's one window (纠纷), known by its dispute code (解纷码)." })
export class Dispute {
  @Field(() => ID, { description: "解纷码 in compact form, e.g. 330122260000016." })
  code!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => String, { description: "Category from the people's-mediation statistics list, e.g. 劳动争议." })
  category!: string;

  @Field(() => String, { description: "GB/T 2260 county code, 6 digits." })
  regionCode!: string;

  @Field(() => String, { description: "Intake channel (walk-in window, 12345, online, ...)." })
  channel!: string;

  @Field(() => String)
  status!: string;

  @Field(() => Date)
  registeredAt!: Date;
}
