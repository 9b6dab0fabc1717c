// Live subscriptions through the real gateway: graphql-sse (Server-Sent Events) and graphql-ws (WebSocket),
// fed by the registry's stored steps; each event is read through the graph as the subscriber.
import { afterEach, describe, expect, inject, it } from "vitest";
import { createClient as createSseClient } from "graphql-sse";
import { createClient as createWsClient } from "graphql-ws";
import WebSocket from "ws";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import { sharedGateway } from "../support/system.js";
import { residentId } from "../support/identities.js";
import { handlingBodyOf, registerDispute } from "../support/registration.js";
import { COMMANDER, STAFF, resident, tokenFor } from "../support/callers.js";
import { developmentToken } from "../../gateway/src/auth/development-token.js";

const gatewayUrl = inject("gatewayUrl");
const gql = sharedGateway(gatewayUrl);

interface Received {
  results: {
    data?: Record<string, unknown> | null;
    errors?: { extensions?: Record<string, unknown> }[];
    extensions?: Record<string, unknown>;
  }[];
  /** Resolves when the stream ends: "complete", or the error it ended with. */
  ended: Promise<unknown>;
  dispose(): void;
}

const disposers: (() => void)[] = [];
/** A department's step travels through its outbox, the registry and the feed; the machine may be busy. */
const EVENTUALLY = { timeout: 20_000 };

/** An SSE subscription with this token, or anonymous without one. */
function overSse(query: string, variables: Record<string, unknown>, token: string | null): Received {
  const headers: Record<string, string> = token === null ? {} : { authorization: `Bearer ${token}` };
  const client = createSseClient({ url: gatewayUrl, headers, retryAttempts: 0 });
  const results: Received["results"] = [];
  let stop = () => {};
  const ended = new Promise<unknown>((resolve) => {
    stop = client.subscribe(
      { query, variables },
      {
        next: (result) => void results.push(result as Received["results"][number]),
        error: (error) => resolve(error),
        complete: () => resolve("complete"),
      },
    );
  });
  const dispose = () => {
    stop();
    client.dispose();
  };
  disposers.push(dispose);
  return { results, ended, dispose };
}

function overWs(token: string) {
  let closed: (event: unknown) => void = () => {};
  const closedWith = new Promise<unknown>((resolve) => (closed = resolve));
  const client = createWsClient({
    url: gatewayUrl.replace(/^http/, "ws"),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    on: { closed: (event) => closed(event) },
  });
  disposers.push(() => void client.dispose());
  return {
    closedWith,
    subscribe(query: string, variables: Record<string, unknown> = {}): Received {
      const results: Received["results"] = [];
      let stop = () => {};
      const ended = new Promise<unknown>((resolve) => {
        stop = client.subscribe(
          { query, variables },
          {
            next: (result) => void results.push(result as Received["results"][number]),
            error: (error) => resolve(error),
            complete: () => resolve("complete"),
          },
        );
      });
      return { results, ended, dispose: stop };
    },
  };
}

interface RawEvent {
  id?: string;
  result: Received["results"][number];
}

/** An SSE subscription read off the wire, to see the `id:` lines and to send `Last-Event-ID` as a browser does. */
function rawSse(query: string, variables: Record<string, unknown>, token: string, lastEventId?: string) {
  const controller = new AbortController();
  const events: RawEvent[] = [];
  const failure: unknown[] = [];
  void (async () => {
    const response = await fetch(gatewayUrl, {
      method: "POST",
      headers: {
        accept: "text/event-stream",
        "content-type": "application/json",
        authorization: `Bearer ${token}`,
        ...(lastEventId ? { "last-event-id": lastEventId } : {}),
      },
      body: JSON.stringify({ query, variables }),
      signal: controller.signal,
    });
    const decoder = new TextDecoder();
    let buffer = "";
    const reader = response.body!.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      buffer += decoder.decode(chunk.value, { stream: true });
      for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
        const lines = buffer.slice(0, end).split("\n");
        buffer = buffer.slice(end + 2);
        const field = (name: string) =>
          lines
            .find((line) => line.startsWith(`${name}:`))
            ?.slice(name.length + 1)
            .trim();
        if (field("event") === "next") events.push({ id: field("id"), result: JSON.parse(field("data")!) });
      }
    }
  })().catch((error: unknown) => {
    if (!controller.signal.aborted) failure.push(error);
  });
  const close = () => controller.abort();
  disposers.push(close);
  return { events, failure, close };
}

/** Open subscriptions of one field (or all) as the gateway's /metrics reports them. */
async function openSubscriptions(field?: string): Promise<number> {
  const text = await (await fetch(new URL("/metrics", inject("gatewayOrigin")))).text();
  return text
    .split("\n")
    .filter((line) => line.startsWith("onedoor_gateway_subscriptions_open{"))
    .filter((line) => !field || line.includes(`field="${field}"`))
    .reduce((sum, line) => sum + Number(line.split(" ").at(-1)), 0);
}

afterEach(async () => {
  for (const dispose of disposers.splice(0)) dispose();
  await expect.poll(() => openSubscriptions(), { timeout: 10_000 }).toBe(0);
});

const WAGES = (applicant: string) => ({
  title: "加工厂拖欠工资",
  description: "申请人在某加工厂工作，被拖欠两个月工资，多次催讨未果。",
  category: "劳动争议",
  region: "330122",
  amountInvolved: "9600",
  peopleInvolved: 1,
  channel: "WALK_IN",
  parties: [{ kind: "PERSON", name: "吴小军", residentId: applicant, phone: "13706718899" }],
  respondents: [{ kind: "ORGANISATION", name: "桐庐某加工厂" }],
});

async function ok(query: string, variables: Record<string, unknown>) {
  const { body } = await gql(query, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

const dispatch = (code: string) =>
  ok(`mutation ($code: ID!) { dispatchDispute(input: { code: $code, to: MEDIATION }) { code } }`, { code });

/** Accepted by the committee the registry sent it to. */
const acceptMediation = async (code: string) =>
  ok(`mutation ($input: AcceptMediationCaseInput!) { acceptMediationCase(input: $input) { id } }`, {
    input: {
      disputeCode: code,
      committeeId: await handlingBodyOf(gql, code),
      source: "DISPATCH",
      sourceReference: "桐矛派〔2026〕1203-01",
    },
  });

const DISPUTE_UPDATED = /* GraphQL */ `
  subscription ($code: ID!) {
    disputeUpdated(code: $code) {
      code
      status
      leadOwner
      timeline(sort: NEWEST_FIRST, first: 1) {
        edges {
          node {
            type
          }
        }
      }
    }
  }
`;
const lastStep = (result: Received["results"][number]) => {
  const dispute = Object.values(result.data ?? {})[0] as
    { timeline: { edges: { node: { type: string } }[] } } | undefined;
  return dispute?.timeline.edges[0]?.node.type;
};

describe("live subscriptions", () => {
  it("the Subscription type is part of the graph clients introspect", async () => {
    const { body } = await gql<{ __schema: { subscriptionType: { fields: { name: string }[] } } }>(
      `{ __schema { subscriptionType { fields { name } } } }`,
    );
    expect(body.data!.__schema.subscriptionType.fields.map((f) => f.name)).toEqual(
      expect.arrayContaining(["disputeUpdated", "myDisputesUpdated", "queueChanged", "handOffReceived", "alertRaised"]),
    );
  });

  it("a resident follows her dispute over SSE and a mediator the queue over WebSocket, through the registration's next steps", async () => {
    const applicant = residentId();
    const code = await registerDispute(gql, WAGES(applicant));
    const mine = overSse(DISPUTE_UPDATED, { code }, await tokenFor(resident(applicant)));
    const queue = overWs(await tokenFor(STAFF.mediation)).subscribe(
      `subscription { queueChanged(department: MEDIATION) { code leadOwner handlingBody } }`,
    );
    await expect.poll(() => openSubscriptions(), EVENTUALLY).toBe(2);

    await dispatch(code);
    await expect.poll(() => mine.results.map(lastStep), EVENTUALLY).toContain("DISPUTE_DISPATCHED");
    expect(mine.results.at(-1)!.data!.disputeUpdated).toMatchObject({
      code,
      status: "DISPATCHED",
      leadOwner: "MEDIATION",
    });
    await expect
      .poll(() => queue.results.map((r) => r.data?.queueChanged), EVENTUALLY)
      .toContainEqual(expect.objectContaining({ code, leadOwner: "MEDIATION" }));

    // A step in another department reaches the registry through its outbox, and the resident sees it live.
    await acceptMediation(code);
    await expect
      .poll(
        () => mine.results.map((r) => (r.data?.disputeUpdated as { status?: string } | undefined)?.status),
        EVENTUALLY,
      )
      .toContain("IN_PROGRESS");
    expect(mine.results.every((r) => r.errors === undefined)).toBe(true);
  });

  it("sends nothing a subscriber could not see in full, and starts when they may", async () => {
    const applicant = residentId();
    const stranger = residentId();
    const code = await registerDispute(gql, WAGES(applicant));
    await dispatch(code);

    const party = overSse(DISPUTE_UPDATED, { code }, await tokenFor(resident(applicant)));
    // Legal aid's staff would read this dispute as a summary: not sent until it is handed to them.
    const legalAid = overSse(DISPUTE_UPDATED, { code }, await tokenFor(STAFF["legal-aid"]));
    const legalAidInbox = overWs(await tokenFor(STAFF["legal-aid"])).subscribe(
      `subscription { handOffReceived { disputeCode toDepartment status } }`,
    );
    const strangerWs = overWs(await tokenFor(resident(stranger)));
    const nosy = strangerWs.subscribe(DISPUTE_UPDATED, { code });
    const strangersOwn = strangerWs.subscribe(`subscription { myDisputesUpdated { code status } }`);
    await expect.poll(() => openSubscriptions(), EVENTUALLY).toBe(5);

    await acceptMediation(code);
    // The party saw the department's step: it has been through the feed for every subscriber.
    await expect
      .poll(
        () => party.results.map((r) => (r.data?.disputeUpdated as { status?: string } | undefined)?.status),
        EVENTUALLY,
      )
      .toContain("IN_PROGRESS");

    await ok(
      `mutation ($code: ID!) { handOffDispute(input: { code: $code, to: LEGAL_AID, reason: "申请人经济困难，需要法律援助" }) { id } }`,
      { code },
    );
    await expect.poll(() => legalAid.results.length, EVENTUALLY).toBeGreaterThan(0);
    expect(lastStep(legalAid.results[0]!)).toBe("HANDOFF_REQUESTED");
    await expect
      .poll(() => legalAidInbox.results.map((r) => r.data?.handOffReceived), EVENTUALLY)
      .toContainEqual({ disputeCode: code, toDepartment: "LEGAL_AID", status: "PENDING" });

    // The stranger's own registration arrives on her other subscription; someone else's dispute never did.
    const own = await registerDispute(gql, WAGES(stranger));
    await expect
      .poll(() => strangersOwn.results.map((r) => r.data?.myDisputesUpdated), EVENTUALLY)
      .toContainEqual({ code: own, status: "REGISTERED" });
    expect(nosy.results).toEqual([]);
  });

  it("a subscriber who reconnects with the last event id receives what they missed, once, over SSE and WebSocket", async () => {
    const applicant = residentId();
    const token = await tokenFor(resident(applicant));
    const code = await registerDispute(gql, WAGES(applicant));
    const status = (event: { result: Received["results"][number] }) =>
      (event.result.data?.disputeUpdated as { status?: string } | undefined)?.status;
    const storedStatus = async () =>
      (
        (await ok(`query ($code: ID!) { dispute(code: $code) { status } }`, { code })) as {
          dispute: { status: string };
        }
      ).dispute.status;

    const first = rawSse(DISPUTE_UPDATED, { code }, token);
    await expect.poll(() => openSubscriptions("disputeUpdated"), EVENTUALLY).toBe(1);
    await dispatch(code);
    await expect.poll(() => first.events.map(status), EVENTUALLY).toContain("DISPATCHED");
    const lastId = first.events.at(-1)!.id;
    expect(lastId).toMatch(/^\d+:[0-9a-f-]{36}$/);
    expect(first.events.at(-1)!.result.extensions).toMatchObject({ eventId: lastId });

    // Away: another department takes the dispute on meanwhile.
    first.close();
    await expect.poll(() => openSubscriptions("disputeUpdated"), EVENTUALLY).toBe(0);
    await acceptMediation(code);
    await expect.poll(storedStatus, EVENTUALLY).toBe("IN_PROGRESS");

    const again = rawSse(DISPUTE_UPDATED, { code }, token, lastId);
    await expect.poll(() => again.events.map(status), EVENTUALLY).toEqual(["IN_PROGRESS"]);
    const caughtUp = again.events[0]!.id!;
    expect(caughtUp).not.toBe(lastId);
    // The next live step follows on the same stream, and the missed one was sent once only.
    await ok(
      `mutation ($code: ID!) { handOffDispute(input: { code: $code, to: LEGAL_AID, reason: "申请人经济困难，需要法律援助" }) { id } }`,
      { code },
    );
    await expect.poll(() => again.events.length, EVENTUALLY).toBe(2);
    expect(lastStep(again.events[1]!.result)).toBe("HANDOFF_REQUESTED");
    // The missed step once, then the live one.
    expect(lastStep(again.events[0]!.result)).not.toBe("DISPUTE_DISPATCHED");
    expect(again.failure).toEqual([]);

    // The same ids resume over WebSocket, in the subscribe request's extensions: from the id sent before the
    // hand-off, the hand-off comes again.
    again.close();
    await expect.poll(() => openSubscriptions("disputeUpdated"), EVENTUALLY).toBe(0);
    const results: Received["results"] = [];
    const wsClient = createWsClient({
      url: gatewayUrl.replace(/^http/, "ws"),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
    });
    disposers.push(() => void wsClient.dispose());
    wsClient.subscribe(
      { query: DISPUTE_UPDATED, variables: { code }, extensions: { lastEventId: caughtUp } },
      {
        next: (result) => void results.push(result as Received["results"][number]),
        error: () => {},
        complete: () => {},
      },
    );
    await expect.poll(() => results.map(lastStep), EVENTUALLY).toEqual(["HANDOFF_REQUESTED"]);
    expect(results[0]!.extensions).toMatchObject({ eventId: again.events[1]!.id });
  });

  it("pushes the cockpit's figures when a registration changes them, only to who may read the cockpit", async () => {
    const probe = await registerDispute(gql, WAGES(residentId()));
    const { dispute } = (await ok(`query ($code: ID!) { dispute(code: $code) { registeredAt } }`, {
      code: probe,
    })) as { dispute: { registeredAt: string } };
    // The day the registry stores registrations on (simulated time when the system runs on it), China time.
    const chinaDay = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
    const registeredAt = Date.parse(dispute.registeredAt);
    // The next day too, should the next registration fall after midnight.
    const filter = { from: chinaDay(registeredAt), to: chinaDay(registeredAt + 86_400_000) };
    const FIGURES = `subscription ($filter: CockpitFilter!) { cockpitChanged(filter: $filter) { key intake { disputesAccepted { value } } } }`;
    const accepted = (result: Received["results"][number]) =>
      (result.data?.cockpitChanged as { intake: { disputesAccepted: { value: number } } } | undefined)?.intake
        .disputesAccepted.value;
    const before = (
      (await ok(
        `query ($filter: CockpitFilter!) { cockpit(filter: $filter) { intake { disputesAccepted { value } } } }`,
        {
          filter,
        },
      )) as { cockpit: { intake: { disputesAccepted: { value: number } } } }
    ).cockpit.intake.disputesAccepted.value;

    const commander = overWs(await tokenFor(COMMANDER)).subscribe(FIGURES, { filter });
    const refused = overSse(FIGURES, { filter }, await tokenFor(STAFF.mediation));
    await refused.ended;
    expect(refused.results[0]?.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
    await expect.poll(() => openSubscriptions("cockpitChanged"), EVENTUALLY).toBe(1);

    await registerDispute(gql, WAGES(residentId()));
    await expect.poll(() => commander.results.map(accepted).at(-1), EVENTUALLY).toBeGreaterThan(before);
    expect(commander.results.every((r) => r.errors === undefined)).toBe(true);
  });

  it("refuses a Last-Event-ID the gateway did not write", async () => {
    const code = await registerDispute(gql, WAGES(residentId()));
    const forged = rawSse(DISPUTE_UPDATED, { code }, await tokenFor(STAFF.petitions), "yesterday");
    await expect.poll(() => forged.events.length, EVENTUALLY).toBe(1);
    expect(forged.events[0]!.result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
  });

  it("refuses a subscription the caller may not open, as a query would", async () => {
    const queue = overSse(
      `subscription { queueChanged(department: MEDIATION) { code } }`,
      {},
      await tokenFor(resident(residentId())),
    );
    await queue.ended;
    expect(queue.results[0]?.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN" });
    // Without a token: not a refusal of the role but of the caller, in both languages.
    const anonymous = overSse(`subscription { queueChanged(department: MEDIATION) { code } }`, {}, null);
    await anonymous.ended;
    expect(anonymous.results[0]?.errors?.[0]?.extensions).toMatchObject({
      code: "UNAUTHENTICATED",
      messageZh: "请先登录再订阅",
      messageEn: "Sign in to subscribe",
    });
  });

  it("ends the stream when the token expires", async () => {
    const applicant = residentId();
    const code = await registerDispute(gql, WAGES(applicant));
    const shortLived = await developmentToken({
      roles: ["resident"],
      party: partyIdOf({ residentId: applicant }),
      sub: `resident-${applicant.slice(-4)}`,
      ttl: "3s",
    });
    const sse = overSse(DISPUTE_UPDATED, { code }, shortLived);
    const ws = overWs(shortLived);
    const overWebSocket = ws.subscribe(DISPUTE_UPDATED, { code });

    expect(await sse.ended).toBe("complete");
    expect(sse.results.at(-1)?.errors?.[0]?.extensions).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await ws.closedWith).toMatchObject({ code: 4401 });
    await overWebSocket.ended;
  });
});
