// What an operator needs to see of live subscriptions at /metrics.
import { Counter, Gauge } from "prom-client";
import { registry } from "../metrics.js";

export const openSubscriptions = new Gauge({
  name: "onedoor_gateway_subscriptions_open",
  help: "Open subscriptions, by transport (sse, ws) and field",
  labelNames: ["transport", "field"] as const,
  registers: [registry],
});

export const liveEvents = new Counter({
  name: "onedoor_gateway_subscription_events_total",
  help: "Events for open subscriptions: delivered, dropped because the subscriber may not see them, or dropped for a slow consumer",
  labelNames: ["field", "outcome"] as const,
  registers: [registry],
});
