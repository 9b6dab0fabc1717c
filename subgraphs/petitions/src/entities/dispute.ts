import { Directive, Field, ID, Int, ObjectType } from "type-graphql";
import { Node } from "@onedoor/shared/graphql/node";
import {
  Channel,
  Department,
  DisputeOutcome,
  DisputeStatus,
  HotlineRequestType,
  RoutingFlag,
  type Satisfaction,
  ServiceTier,
} from "./enums.js";

/**
 * A matter registered at the one window (一窗受理), known by its 解纷码 for life. Owned by the registry.
 * Relations, money, clocks and links are field resolvers (DisputeResolver), all through loaders.
 */
@Directive('@key(fields: "code")')
@ObjectType({
  implements: Node,
  description: "A dispute registered at the center's one window (纠纷), known by its dispute code (解纷码).",
})
export class Dispute {
  /** The row's own id; the graph's `id` is the node id of the code (node-id.ts). */
  id!: string;

  @Field(() => ID, { description: "解纷码 in compact form, e.g. 330122260000016." })
  code!: string;

  @Field(() => String)
  title!: string;

  /** Resolved by DisputeResolver (null for summary readers). */
  description!: string;

  @Field(() => String, { description: "Category from the versioned category list, e.g. 劳动争议." })
  category!: string;

  @Field(() => String, { description: "Version of the category list the category comes from." })
  categoryListVersion!: string;

  @Field(() => String, { description: "GB/T 2260 county code, 6 digits." })
  regionCode!: string;

  @Field(() => String, {
    nullable: true,
    description: "Statistical town (9-digit) or village (12-digit) code, when given.",
  })
  localityCode!: string | null;

  @Field(() => Channel, { description: "Intake channel (受理渠道)." })
  channel!: Channel;

  @Field(() => DisputeStatus)
  status!: DisputeStatus;

  @Field(() => Int, { description: "Counts the dispute's steps; send it back as expectedVersion to change it." })
  version!: number;

  @Field(() => Date)
  registeredAt!: Date;

  @Field(() => Int, { description: "Number of people involved (涉及人数)." })
  peopleInvolved!: number;

  @Field(() => Boolean, {
    description: "Major or group dispute (重大、群体性纠纷): needs a joint consultation before dispatch.",
  })
  major!: boolean;

  @Field(() => ServiceTier, { description: "Service tier deciding the center's service clock." })
  serviceTier!: ServiceTier;

  @Field(() => [RoutingFlag], { description: "Routing flags recorded at intake." })
  flags!: RoutingFlag[];

  @Field(() => Department, { nullable: true, description: "Lead department of the latest dispatch (牵头部门)." })
  leadDepartment!: Department | null;

  @Field(() => String, { nullable: true, description: "Handling body of the latest dispatch (承办单位)." })
  handlingBody!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "The handling body's id in its department's published directory (mediation's committees).",
  })
  handlingBodyId!: string | null;

  /** The latest dispatch's co-handlers by id; DisputeResolver.coHandlingUnits reads the member units among them. */
  coHandlerIds!: string[];

  @Field(() => Date, { nullable: true })
  dispatchedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: "When the matter was closed (办结)." })
  closedAt!: Date | null;

  /** Resolved by DisputeResolver (null for summary readers). */
  closureResult!: string | null;

  @Field(() => Boolean, { description: "Closed on the spot at the window on the day of intake (当场办结)." })
  closedOnTheSpot!: boolean;

  @Field(() => DisputeOutcome, {
    nullable: true,
    description: "How it ended (办结结果); null while open, and for closures recorded before outcomes existed.",
  })
  outcome!: DisputeOutcome | null;

  /** Decimal yuan as stored; exposed as a string by DisputeResolver.amountInvolved. */
  amountInvolved!: { toFixed(digits: number): string; toNumber(): number } | null;
  registeredBy!: string;
  mergedIntoCode!: string | null;
  satisfaction!: Satisfaction | null;
  satisfactionComment!: string | null;
  evaluatedAt!: Date | null;

  /** The 12345 work order's columns, exposed together as DisputeResolver.hotlineOrder. */
  hotlineOrderNumber!: string | null;
  hotlineCalledAt!: Date | null;
  hotlineRequestType!: HotlineRequestType | null;
  urgent!: boolean;

  @Field(() => Date, {
    nullable: true,
    description: "First contact with a party (首次联系), which stopped the first-response clock; null before.",
  })
  firstContactAt!: Date | null;
}

@ObjectType({ description: "热线工单: the 12345 work order a matter was passed on with." })
export class HotlineOrder {
  @Field(() => String, { description: "Work-order number (工单号)." })
  orderNumber!: string;

  @Field(() => Date, {
    description: "When the resident called the hotline (来电时间): the first-response clock starts here.",
  })
  calledAt!: Date;

  @Field(() => HotlineRequestType)
  requestType!: HotlineRequestType;

  @Field(() => Boolean, { description: "紧急: first contact is due within clock hours instead of working hours." })
  urgent!: boolean;
}
