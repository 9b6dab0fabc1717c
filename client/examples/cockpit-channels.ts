// A typed usage of the kit, compiled by the contracts (test/contracts/client-kit.test.ts): if the generated
// types drift from the graph, or stop checking variables, this file stops compiling.
import { CockpitDocument, request, type CockpitQuery } from "../src/index.js";

// A department's section is null when it cannot answer; the types say so.
type Channel = NonNullable<CockpitQuery["cockpit"]["intake"]>["channels"][number];

/** The cockpit's intake by channel (受理渠道), as "label: count" lines. */
export async function channelLines(url: string, token: string, from: string, to: string): Promise<string[]> {
  const { data } = await request(
    url,
    CockpitDocument,
    { filter: { from, to }, granularity: "MONTH" },
    { clientName: "onedoor-cockpit", headers: { authorization: `Bearer ${token}` } },
  );
  const channels: Channel[] = data?.cockpit.intake?.channels ?? [];
  return channels.map((channel) => `${channel.label}: ${channel.count}`);
}

/** Mistakes the generated types catch; each line fails to compile (and the check fails if one compiles). */
export async function refusedByTheTypes(url: string): Promise<void> {
  const options = { clientName: "onedoor-cockpit" };
  // @ts-expect-error "YEAR" is not a TrendGranularity
  await request(url, CockpitDocument, { filter: { from: "", to: "" }, granularity: "YEAR" }, options);
  // @ts-expect-error the filter's `to` is required
  await request(url, CockpitDocument, { filter: { from: "" }, granularity: "DAY" }, options);
  const { data } = await request(url, CockpitDocument, { filter: { from: "", to: "" }, granularity: "DAY" }, options);
  // @ts-expect-error the cockpit has no such field
  void data?.cockpit.residents;
}
