// Abuse the gateway refuses before any department is asked, identities it will not accept, departments
// that refuse to be called around it, and what a production gateway adds: no introspection or
// suggestions, only registered operations, rate limits.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { SignJWT, exportJWK, generateKeyPair, importJWK, type JWK } from "jose";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { spawn } from "node:child_process";
import { randomBytes, randomInt, randomUUID } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { envPrefix, SUBGRAPH_NAMES, type SubgraphName } from "@onedoor/shared/config";
import { DEVELOPMENT_SECRET, HOP_HEADERS, signHop } from "@onedoor/shared/auth/internal-hop";
import type { Identity } from "@onedoor/shared/auth/identity";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import { REPO_ROOT } from "@onedoor/shared/db/database";
import { formatDisputeCode } from "@onedoor/shared/dispute-code/index";
import { EXAMPLE_QUERY } from "@onedoor/shared/demo/example-query";
import { reportedPort } from "@onedoor/shared/system/launcher";
import { serviceCommand } from "@onedoor/shared/system/service-command";
import { developmentToken } from "../../gateway/src/auth/development-token.js";
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, DEVELOPMENT_PRIVATE_KEY_PATH } from "../../gateway/src/auth/jwt.js";
import {
  MANIFEST_FORMAT,
  operationDocuments,
  sha256,
  TRUSTED_DOCUMENTS_PATH,
} from "../../gateway/src/trusted-documents.js";
import { graphql, sharedGateway } from "../support/system.js";
import { as, COCKPIT_VIEWER, COMMANDER, resident } from "../support/callers.js";
import { residentId } from "../support/identities.js";
import { handlingBodyOf, registerDispute, sentTo } from "../support/registration.js";

const gatewayUrl = inject("gatewayUrl");
const subgraphOrigins = inject("subgraphOrigins");
const gql = sharedGateway(gatewayUrl);

const expectRefused = (body: { data?: unknown; errors?: { message: string }[] }) => {
  expect(body.data ?? null).toBeNull();
  expect(body.errors?.length).toBeGreaterThan(0);
};
/** Refused by an operation limit, which names its kind (test/e2e/introspection.test.ts checks the rest). */
const expectLimit = (
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] },
  limit: string,
) => {
  expectRefused(body);
  expect(body.errors).toContainEqual(
    expect.objectContaining({ extensions: expect.objectContaining({ code: "OPERATION_LIMIT_EXCEEDED", limit }) }),
  );
};

describe("operation limits", () => {
  it("refuses deep nesting without telling the limit", async () => {
    let selection = "name";
    for (let i = 0; i < 15; i++) selection = `ofType { ${selection} }`;
    const { body } = await gql(`{ __schema { types { fields { type { ${selection} } } } } }`);
    expectLimit(body, "depth");
    expect(JSON.stringify(body.errors)).not.toMatch(/\d/);
  });

  it("refuses an alias flood", async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: dispute(code: "330122260000016") { code }`).join(" ");
    const { body } = await gql(`{ ${aliases} }`);
    expectLimit(body, "aliases");
  });

  it("refuses a directive flood", async () => {
    const { body } = await gql(`{ __typename ${"@skip(if: false) ".repeat(100)} }`);
    expectLimit(body, "directives");
  });

  it("refuses fragment cycles", async () => {
    const { body } = await gql(
      `query { dispute(code: "330122260000016") { ...A } } fragment A on Dispute { ...B } fragment B on Dispute { ...A }`,
    );
    expectRefused(body);
  });

  it("refuses a token flood", async () => {
    const { body } = await gql(`{ __typename ${"__typename ".repeat(5_000)} }`);
    expectLimit(body, "tokens");
  });

  it("refuses batched operations", async () => {
    const response = await fetch(gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(Array.from({ length: 50 }, () => ({ query: "{ __typename }" }))),
    });
    expect(response.status).toBe(400);
  });

  it("refuses a flood of batched operations even when each is tiny", async () => {
    const response = await fetch(gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(Array.from({ length: 5_000 }, (_, i) => ({ query: `query Q${i} { __typename }` }))),
    });
    expect(response.status).toBe(400);
  });

  it("refuses an oversized body with a GraphQL-shaped 413", async () => {
    const response = await fetch(gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "query ($pad: String) { __typename }", variables: { pad: "x".repeat(1_100_000) } }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
  });

  it("keeps CSRF prevention on: a simple cross-site GET with a query is refused", async () => {
    const response = await fetch(`${gatewayUrl}?query=${encodeURIComponent("{ __typename }")}`);
    expect(response.status).toBe(400);
  });
});

describe("bearer tokens", () => {
  it("accepts a token signed with the trusted key", async () => {
    const token = await developmentToken({ roles: ["intakeClerk"], department: "petitions", sub: "clerk-007" });
    const { status, body } = await gql("{ __typename }", {}, { authorization: `Bearer ${token}` });
    expect(status).toBe(200);
    expect(body.data).toEqual({ __typename: "Query" });
  });

  const refusedWith401 = async (token: string) => {
    const { status, body } = await gql("{ __typename }", {}, { authorization: `Bearer ${token}` });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  };

  it("refuses an unsigned token (alg: none)", async () => {
    const encode = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const now = Math.floor(Date.now() / 1000);
    await refusedWith401(
      `${encode({ alg: "none", typ: "JWT" })}.${encode({ sub: "x", roles: ["commander"], iss: DEFAULT_ISSUER, aud: DEFAULT_AUDIENCE, exp: now + 600 })}.`,
    );
  });

  it("refuses a token signed with another key", async () => {
    const { privateKey } = await generateKeyPair("EdDSA", { crv: "Ed25519" });
    const forged = await new SignJWT({ roles: ["commander"] })
      .setProtectedHeader({ alg: "EdDSA", kid: "onedoor-development-key-1" })
      .setSubject("mallory")
      .setIssuer(DEFAULT_ISSUER)
      .setAudience(DEFAULT_AUDIENCE)
      .setExpirationTime("1h")
      .sign(privateKey);
    await refusedWith401(forged);
  });

  it("refuses an HMAC token made with the public key as secret (algorithm confusion)", async () => {
    const jwks = await readFile(DEVELOPMENT_PRIVATE_KEY_PATH.replace("private-key", "jwks"), "utf8");
    const forged = await new SignJWT({ roles: ["commander"] })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("mallory")
      .setIssuer(DEFAULT_ISSUER)
      .setAudience(DEFAULT_AUDIENCE)
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode(jwks));
    await refusedWith401(forged);
  });

  it("refuses expired tokens, wrong audience and unknown roles", async () => {
    const key = await importJWK(JSON.parse(await readFile(DEVELOPMENT_PRIVATE_KEY_PATH, "utf8")) as JWK, "EdDSA");
    const base = (claims: Record<string, unknown>) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: "EdDSA", kid: "onedoor-development-key-1" })
        .setSubject("u1")
        .setIssuer(DEFAULT_ISSUER);
    await refusedWith401(
      await base({ roles: ["mediator"] })
        .setAudience(DEFAULT_AUDIENCE)
        .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
        .sign(key),
    );
    await refusedWith401(
      await base({ roles: ["mediator"] })
        .setAudience("another-system")
        .setExpirationTime("1h")
        .sign(key),
    );
    await refusedWith401(
      await base({ roles: ["emperor"] })
        .setAudience(DEFAULT_AUDIENCE)
        .setExpirationTime("1h")
        .sign(key),
    );
  });

  it("refuses a malformed simulated time outside production, with a 400 that says what is expected", async () => {
    const { status, body } = await graphql(
      gatewayUrl,
      "{ __typename }",
      {},
      { "x-onedoor-simulated-time": "next tuesday" },
    );
    expect(status).toBe(400);
    expect(body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/ISO 8601/),
      extensions: { code: "BAD_REQUEST" },
    });
  });

  it("refuses a malformed Authorization header", async () => {
    const { status } = await gql("{ __typename }", {}, { authorization: "Basic dXNlcjpwYXNz" });
    expect(status).toBe(401);
  });
});

describe("departments called around the gateway", () => {
  const PROBE = JSON.stringify({ query: "{ __typename }" });
  const probe = (name: SubgraphName, headers: Record<string, string>, body = PROBE) =>
    fetch(`${subgraphOrigins[name]}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
    });
  /** What the gateway sends `name` for the probe: the signature is sealed to that subgraph and those bytes. */
  const sealed = (secret: string, identity: Identity, requestId: string, name: SubgraphName, body = PROBE) =>
    signHop(secret, identity, requestId, { audience: name, body });
  /** Every hop refusal says the same: why (missing, forged, stale, replayed) is in the department's log only. */
  const SAME_REFUSAL = {
    errors: [
      {
        message: "Requests must come through the OneDoor gateway",
        extensions: {
          code: "UNAUTHENTICATED",
          messageZh: "请求须经 OneDoor 网关发出",
          messageEn: "Requests must come through the OneDoor gateway",
        },
      },
    ],
  };
  const refusal = async (response: Response) => response.json() as Promise<unknown>;

  it("refuse an unsigned request (401) without saying why", async () => {
    const response = await probe("petitions", {});
    expect(response.status).toBe(401);
    expect(await refusal(response)).toEqual(SAME_REFUSAL);
  });

  it("refuse a forged signature, and one whose identity was swapped to the commander's (401)", async () => {
    const forged = await probe(
      "arbitration",
      sealed("guessed-secret-guessed-secret-guessed-secret", { roles: ["commander"] }, "r-forged", "arbitration"),
    );
    expect(forged.status).toBe(401);
    expect(await refusal(forged)).toEqual(SAME_REFUSAL);
    const signed = sealed(DEVELOPMENT_SECRET, { userId: "resident-1", roles: ["resident"] }, "r-swap", "arbitration");
    signed[HOP_HEADERS.identity] = Buffer.from(JSON.stringify({ userId: "mallory", roles: ["commander"] })).toString(
      "base64url",
    );
    expect((await probe("arbitration", signed)).status).toBe(401);
  });

  it("answer a genuinely signed request once and refuse it when replayed (401)", async () => {
    // The test system runs with the development secret, so this is what a captured gateway request looks like.
    const captured = sealed(
      DEVELOPMENT_SECRET,
      { userId: "commander-1", roles: ["commander"] },
      `r-replay-${Date.now()}`,
      "legal-aid",
    );
    const first = await probe("legal-aid", captured);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ data: { __typename: "Query" } });
    const replayed = await probe("legal-aid", captured);
    expect(replayed.status).toBe(401);
    expect(await refusal(replayed)).toEqual(SAME_REFUSAL);
  });

  it("refuse a captured signature sent to another department, or with another query (401)", async () => {
    const identity: Identity = { userId: "commander-1", roles: ["commander"] };
    // Never used where it was meant to go, so no replay memory is involved: the seal alone refuses these.
    const toMediation = sealed(DEVELOPMENT_SECRET, identity, `r-seal-${Date.now()}`, "mediation");
    for (const other of ["arbitration", "petitions", "litigation"] as const) {
      const response = await probe(other, toMediation);
      expect(response.status, other).toBe(401);
      expect(await refusal(response)).toEqual(SAME_REFUSAL);
    }
    const otherQuery = JSON.stringify({ query: "{ mediationCases(first: 100) { edges { node { id } } } }" });
    expect((await probe("mediation", toMediation, otherQuery)).status).toBe(401);
    // Untouched, the same signature still opens the department and the query it was made for.
    expect((await probe("mediation", toMediation)).status).toBe(200);
  });
});

describe("tracking guesses farmed with aliases", () => {
  const phone = `139${randomInt(10_000_000, 100_000_000)}`;
  let code: string;

  beforeAll(async () => {
    code = await registerDispute(gql, {
      title: "相邻通道堆放杂物纠纷",
      description: "邻居在共用通道长期堆放杂物，影响通行，多次协商未果。",
      category: "邻里",
      region: "330122",
      peopleInvolved: 2,
      channel: "WALK_IN",
      parties: [{ kind: "PERSON", name: "周秀英", residentId: residentId(), phone }],
      respondents: [{ kind: "PERSON", name: "吴永福" }],
    });
  });

  const track = async (query: string, variables: Record<string, unknown>) =>
    (await gql<Record<string, { status: string } | null>>(query, variables, await as(null))).body;

  it("refuses an operation with more than one trackDispute before any of them runs, and counts none of them", async () => {
    const right = phone.slice(-4);
    const guesses = Array.from({ length: 19 }, (_, i) => String((Number(right) + 1 + i) % 10_000).padStart(4, "0"));
    guesses.splice(randomInt(0, 20), 0, right);
    const aliases = guesses
      .map((guess, i) => `g${i}: trackDispute(code: $code, verification: "${guess}") { status }`)
      .join(" ");
    const farmed = await track(`query ($code: String!) { ${aliases} }`, { code });
    expectLimit(farmed, "attempts");
    expect(farmed.errors?.[0]?.extensions?.messageZh).toMatch(/解纷码/);
    expect(JSON.stringify(farmed)).not.toContain("status");

    // Fragments are counted too.
    const fragments = await track(
      `query ($code: String!) { ...A ...B } fragment A on Query { a: trackDispute(code: $code, verification: "0000") { status } } fragment B on Query { b: trackDispute(code: $code, verification: "${right}") { status } }`,
      { code },
    );
    expectLimit(fragments, "attempts");

    // None of the refused guesses counted: the resident's one right answer still gets through.
    const one = await track(
      `query ($code: String!, $verification: String!) { trackDispute(code: $code, verification: $verification) { status } }`,
      { code, verification: right },
    );
    expect(one).toEqual({ data: { trackDispute: { status: expect.any(String) } } });
  });

  it("lets a request that went around the gateway make one guess too: the registry runs the first and refuses the rest", async () => {
    const right = phone.slice(-4);
    const wrong = Array.from({ length: 19 }, (_, i) => String((Number(right) + 1 + i) % 10_000).padStart(4, "0"));
    // The right answer last, where a farm would hide it.
    const aliases = [...wrong, right]
      .map((guess, i) => `g${i}: trackDispute(code: $code, verification: "${guess}") { status }`)
      .join(" ");
    const body = JSON.stringify({ query: `query ($code: String!) { ${aliases} }`, variables: { code } });
    const identity: Identity = { roles: [], address: "198.51.100.23" };
    const response = await fetch(`${subgraphOrigins.petitions}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...signHop(DEVELOPMENT_SECRET, identity, `r-farm-${randomUUID()}`, { audience: "petitions", body }),
      },
      body,
    });
    const answer = (await response.json()) as {
      data: Record<string, unknown>;
      errors: { path: string[]; extensions: { code: string } }[];
    };
    expect(answer.data).toEqual(Object.fromEntries(wrong.concat(right).map((_, i) => [`g${i}`, null])));
    expect(answer.errors.map((e) => e.path[0]).sort()).toEqual(wrong.map((_, i) => `g${i + 1}`).sort());
    expect(new Set(answer.errors.map((e) => e.extensions.code))).toEqual(new Set(["OPERATION_LIMIT_EXCEEDED"]));
  });
});

describe("text that is not valid Unicode", () => {
  it("refuses a body whose bytes are not valid UTF-8 (400), instead of storing U+FFFD", async () => {
    const post = async (body: Buffer) =>
      fetch(gatewayUrl, {
        method: "POST",
        headers: { "content-type": "application/json", ...(await as(COMMANDER)) },
        body: new Uint8Array(body),
      });
    // The bytes sit in a comment, which GraphQL ignores: only the body's encoding is at stake.
    const query = (text: Buffer) =>
      Buffer.concat([Buffer.from('{"query":"# '), text, Buffer.from('\\n{ __typename }"}')]);
    // 张 in UTF-8 is E5 BC A0; cut short, and a byte UTF-8 never uses.
    for (const broken of [Buffer.from([0xe5, 0xbc]), Buffer.from([0x41, 0xff, 0x42])]) {
      const response = await post(query(broken));
      expect(response.status).toBe(400);
      const body = (await response.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
      expect(body).toEqual({
        errors: [
          {
            message: "The request body is not valid UTF-8 text",
            extensions: { code: "BAD_USER_INPUT", messageZh: "请求正文不是有效的 UTF-8 文本" },
          },
        ],
      });
    }
    const whole = await post(query(Buffer.from("张", "utf8")));
    expect(whole.status).toBe(200);
    expect(await whole.json()).toEqual({ data: { __typename: "Query" } });
  });

  it("refuses a lone surrogate anywhere in the request (400 BAD_USER_INPUT naming each field) before any department sees it", async () => {
    const { status, body } = await gql(
      `mutation ($input: RegisterDisputeInput!) { registerDispute(input: $input) { code } }`,
      {
        input: {
          title: "宅基地\uD800界址纠纷",
          description: "两户宅基地界址不清，对新砌围墙位置发生争执。",
          category: "邻里",
          region: "330122",
          peopleInvolved: 2,
          channel: "WALK_IN",
          parties: [{ kind: "PERSON", name: "郑\uDC00明", residentId: residentId(), phone: "13968171146" }],
          respondents: [{ kind: "PERSON", name: "冯国栋" }],
        },
      },
    );
    expect(status).toBe(400);
    expect(body.data ?? null).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      messageZh: expect.stringContaining("不成对的代理项"),
      problems: [
        expect.objectContaining({ field: ["variables", "input", "title"], reason: "ENCODING" }),
        expect.objectContaining({ field: ["variables", "input", "parties", 0, "name"], reason: "ENCODING" }),
      ],
    });
    // The escape as a client writes it in JSON, in an argument that is no stored text (a tracking answer).
    const raw = await fetch(gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json", ...(await as(null)) },
      body: '{"query":"query ($v: String!) { trackDispute(code: \\"330122260000016\\", verification: $v) { status } }","variables":{"v":"12\\ud800"}}',
    });
    expect(raw.status).toBe(400);
    expect(
      ((await raw.json()) as { errors: { extensions: Record<string, unknown> }[] }).errors[0]!.extensions,
    ).toMatchObject({
      code: "BAD_USER_INPUT",
      problems: [expect.objectContaining({ field: ["variables", "v"], reason: "ENCODING" })],
    });
  });
});

describe("a resident reaching for someone else's dispute", () => {
  const owner = residentId();
  const stranger = residentId();
  let code: string;

  beforeAll(async () => {
    code = await registerDispute(gql, {
      title: "宅基地滴水檐纠纷",
      description: "邻居翻建房屋后滴水檐伸入本户宅基地上方，雨水直落院内，协商未果。",
      category: "邻里",
      region: "330122",
      peopleInvolved: 2,
      channel: "WALK_IN",
      parties: [{ kind: "PERSON", name: "蒋丽华", residentId: owner, phone: "13968171146" }],
      respondents: [{ kind: "PERSON", name: "钟国强" }],
    });
  });

  it("learns nothing by guessing codes: someone else's dispute and an unused code are the same refusal", async () => {
    const ask = async (asked: string, caller = resident(stranger)) =>
      (
        await gql<{ dispute: { code: string } | null }>(
          `query ($code: ID!) { dispute(code: $code) { code } }`,
          { code: asked },
          await as(caller),
        )
      ).body;
    const unused = formatDisputeCode({ region: "330122", year: 2026, sequence: randomInt(600_000, 1_000_000) });
    const [someoneElses, notUsed] = [await ask(code), await ask(unused)];
    expect(someoneElses.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const refusal = (body: typeof someoneElses) => ({
      data: body.data,
      errors: body.errors?.map(({ message, path, extensions }) => ({ message, path, extensions })),
    });
    expect(refusal(notUsed)).toEqual(refusal(someoneElses));
    // The owner sees theirs; the registry, which may see every dispute, is told the unused code is free.
    expect((await ask(code, resident(owner))).data?.dispute?.code).toBe(code);
    expect(await ask(unused, COMMANDER)).toEqual({ data: { dispute: null } });
  });

  it("is refused through `_entities` too, even on a request signed as the gateway would sign it", async () => {
    const entities = async (partyResidentId: string) => {
      const body = JSON.stringify({
        query: `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Dispute { code description } } }`,
        variables: { representations: [{ __typename: "Dispute", code }] },
      });
      const identity = {
        userId: `resident-${partyResidentId.slice(-4)}`,
        roles: ["resident" as const],
        partyId: partyIdOf({ residentId: partyResidentId }),
      };
      const response = await fetch(`${subgraphOrigins.petitions}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...signHop(DEVELOPMENT_SECRET, identity, `r-entities-${randomUUID()}`, { audience: "petitions", body }),
        },
        body,
      });
      return (await response.json()) as { data: { _entities: unknown[] }; errors?: { extensions: { code: string } }[] };
    };
    const refused = await entities(stranger);
    expect(refused.data._entities).toEqual([null]);
    expect(refused.errors?.map((e) => e.extensions.code)).toEqual(["FORBIDDEN"]);
    const own = await entities(owner);
    expect(own.errors).toBeUndefined();
    expect(own.data._entities).toEqual([{ code, description: expect.stringContaining("滴水檐") }]);
  });
});

describe("departments believe no party ids a caller wrote into a representation", () => {
  const owner = residentId();
  const stranger = residentId();
  const strangerPartyId = partyIdOf({ residentId: stranger });
  let code: string;
  let caseId: string;

  beforeAll(async () => {
    code = await registerDispute(gql, {
      title: "楼上住户空调外机噪音纠纷",
      description: "楼上住户空调外机安装在本户窗下，夜间噪音扰民，协商未果，请求调解。",
      category: "邻里",
      region: "330122",
      peopleInvolved: 2,
      channel: "WALK_IN",
      parties: [{ kind: "PERSON", name: "沈美华", residentId: owner, phone: "13968172231" }],
      respondents: [{ kind: "PERSON", name: "陆建平" }],
    });
    await sentTo(gql, code, "MEDIATION");
    const committeeId = await handlingBodyOf(gql, code);
    const accepted = await gql<{ acceptMediationCase: { id: string } }>(
      `mutation ($input: AcceptMediationCaseInput!) { acceptMediationCase(input: $input) { id } }`,
      {
        input: {
          disputeCode: code,
          committeeId,
          source: "DISPATCH",
          sourceReference: "桐矛派〔2026〕1207-01",
        },
      },
    );
    expect(accepted.body.errors, JSON.stringify(accepted.body.errors)).toBeUndefined();
    caseId = accepted.body.data!.acceptMediationCase.id;
  });

  /** `_entities` on a department, signed as the gateway would sign it for the stranger. */
  const entities = async (name: SubgraphName, selection: string, representation: Record<string, unknown>) => {
    const body = JSON.stringify({
      query: `query ($representations: [_Any!]!) { _entities(representations: $representations) { ${selection} } }`,
      variables: { representations: [representation] },
    });
    const identity: Identity = { userId: "resident-stranger", roles: ["resident"], partyId: strangerPartyId };
    const response = await fetch(`${subgraphOrigins[name]}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...signHop(DEVELOPMENT_SECRET, identity, `r-claim-${randomUUID()}`, { audience: name, body }),
      },
      body,
    });
    expect(response.status).toBe(200);
    return (await response.json()) as { data: { _entities: unknown[] }; errors?: { extensions: { code: string } }[] };
  };

  it("refuses a stranger who claims to be a party of someone else's dispute, or claims it as one of his", async () => {
    const claimed = { __typename: "Dispute", code, partyIds: [strangerPartyId], partyIdsSeal: "c2VhbGVkIGJ5IG1l" };
    const mediation = await entities("mediation", "... on Dispute { mediationCases { id } }", claimed);
    expect(mediation.data._entities).toEqual([{ mediationCases: [] }]);
    expect(JSON.stringify(mediation)).not.toContain(caseId);
    const unsealed = await entities("mediation", "... on Dispute { mediationCases { id } }", {
      __typename: "Dispute",
      code,
      partyIds: [strangerPartyId],
    });
    expect(unsealed.data._entities).toEqual([{ mediationCases: [] }]);
    const legalAid = await entities("legal-aid", "... on Dispute { legalAidCases { id } }", claimed);
    expect(legalAid.errors?.map((e) => e.extensions.code)).toEqual(["FORBIDDEN"]);
    // Through his own party, with her dispute's code written in.
    const party = await entities("mediation", "... on Party { mediationCases { edges { node { id } } } }", {
      __typename: "Party",
      id: strangerPartyId,
      disputeCodes: [code],
    });
    expect(party.data._entities).toEqual([{ mediationCases: { edges: [] } }]);
  });

  it("still shows the party her own cases through the gateway, and the stranger nothing", async () => {
    const ask = async (who: string) =>
      (
        await gql<{ dispute: { mediationCases: { id: string }[] } | null }>(
          `query ($code: ID!) { dispute(code: $code) { mediationCases { id } } }`,
          { code },
          await as(resident(who)),
        )
      ).body;
    const hers = await ask(owner);
    expect(hers.errors, JSON.stringify(hers.errors)).toBeUndefined();
    expect(hers.data?.dispute?.mediationCases).toEqual([{ id: caseId }]);
    const mine = await gql<{ me: { mediationCases: { edges: { node: { id: string } }[] } } }>(
      `{ me { mediationCases(first: 100) { edges { node { id } } } } }`,
      {},
      await as(resident(owner)),
    );
    expect(mine.body.data?.me.mediationCases.edges.map((e) => e.node.id)).toContain(caseId);
    expect(JSON.stringify(await ask(stranger))).not.toContain(caseId);
  });
});

// A gateway of our own (the shared one keeps default settings), reaching the shared system's departments.
async function startGatewayProcess(env: NodeJS.ProcessEnv) {
  const urls = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [`${envPrefix(name)}_URL`, `${subgraphOrigins[name]}/graphql`]),
  );
  const { command, args, cwd } = serviceCommand("gateway");
  // Port 0: it binds a free port and reports it over the IPC channel.
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...urls, GATEWAY_PORT: "0", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  const output: string[] = [];
  let exited = false;
  child.stdout!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.once("exit", () => (exited = true));
  const port = await reportedPort(child, { exitReason: () => `gateway exited:\n${output.join("").slice(-3_000)}` });
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/graphql`,
    origin,
    stop: async () => {
      if (exited) return;
      const gone = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await gone;
    },
  };
}

const ping = "query Ping { __typename }";
const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
/** The cockpit page's operations (query, then subscription), each as registered and as the page sends it. */
const cockpitPageOperations = async () =>
  operationDocuments(await readFile(join(REPO_ROOT, "gateway/public/cockpit/cockpit.graphql"), "utf8"));

interface StreamedResult {
  data?: unknown;
  errors?: { extensions?: Record<string, unknown> }[];
}

/**
 * A subscription over SSE (graphql-sse's distinct connections), opened as the cockpit page opens it: resolves
 * once the gateway has answered; `next()` waits for the next result.
 */
async function openSse(url: string, body: unknown, headers: Record<string, string>) {
  const controller = new AbortController();
  const response = await fetch(url, {
    method: "POST",
    headers: { accept: "text/event-stream", "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
    signal: controller.signal,
  });
  expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  return {
    async next(): Promise<StreamedResult> {
      for (;;) {
        const event = /(?:^|\n)event: next\ndata: (.*)\n\n/.exec(buffer);
        if (event) {
          buffer = buffer.slice(event.index + event[0].length);
          return JSON.parse(event[1]!) as StreamedResult;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error(`the stream ended: ${buffer}`);
        buffer += value;
      }
    },
    close: () => controller.abort(),
  };
}

const readmeExample = async () =>
  /```graphql\n([\s\S]*?)```/.exec(await readFile(join(REPO_ROOT, "README.md"), "utf8"))![1]!;

describe("a production gateway", () => {
  const ISSUER = "https://idp.example.gov.cn/onedoor";
  const PER_IDENTITY = 3;
  const PER_ADDRESS = 40;
  let dir: string;
  let gateway: Awaited<ReturnType<typeof startGatewayProcess>>;
  let sign: (sub: string, roles: string[]) => Promise<string>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "onedoor-production-"));
    // The center's identity provider, played by a key made for this test.
    const { publicKey, privateKey } = await generateKeyPair("ES256");
    const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: "idp-test-1", alg: "ES256", use: "sig" }] };
    await writeFile(join(dir, "jwks.json"), JSON.stringify(jwks));
    // A production token names the leader's jurisdiction (桐庐县): staff and leaders without one are refused.
    sign = (sub, roles) =>
      new SignJWT({ roles, region: "330122" })
        .setProtectedHeader({ alg: "ES256", kid: "idp-test-1" })
        .setSubject(sub)
        .setIssuer(ISSUER)
        .setAudience(DEFAULT_AUDIENCE)
        .setExpirationTime("10m")
        .sign(privateKey);
    // The committed manifest, plus a probe, an introspection and a misspelt query registered on purpose,
    // to show that introspection and suggestions are off even for a registered operation.
    const committed = JSON.parse(await readFile(TRUSTED_DOCUMENTS_PATH, "utf8")) as {
      operations: Record<string, string>;
    };
    const extra = operationDocuments(`${ping}
      query Schema { __schema { types { name } } }
      query OneType { __type(name: "Dispute") { fields { name } } }
      query Misspelt { dispute(code: "330122260000027") { titel } }`);
    const operations = {
      ...committed.operations,
      ...Object.fromEntries(extra.map(({ document }) => [sha256(document), document])),
    };
    await writeFile(join(dir, "trusted-documents.json"), JSON.stringify({ format: MANIFEST_FORMAT, operations }));
    gateway = await startGatewayProcess({
      NODE_ENV: "production",
      JWKS_FILE: join(dir, "jwks.json"),
      JWT_ISSUER: ISSUER,
      ONEDOOR_INTERNAL_SECRET: randomBytes(32).toString("hex"),
      TRUSTED_DOCUMENTS_PATH: join(dir, "trusted-documents.json"),
      RATE_LIMIT_PER_MINUTE: String(PER_IDENTITY),
      RATE_LIMIT_PER_MINUTE_PER_ADDRESS: String(PER_ADDRESS),
    });
  });
  afterAll(async () => {
    await gateway?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("answers a registered operation with a token from the configured identity provider", async () => {
    const response = await post(
      gateway.url,
      { query: ping },
      { authorization: `Bearer ${await sign("leader-7", ["cockpitViewer"])}` },
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: "Query" } });
  });

  it("ignores a simulated time (演练时间), which only tests and drills outside production may ask for", async () => {
    const response = await post(gateway.url, { query: ping }, { "x-onedoor-simulated-time": "not a time" });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: "Query" } });
  });

  it("refuses introspection, even registered", async () => {
    for (const query of [
      "query Schema { __schema { types { name } } }",
      `query OneType { __type(name: "Dispute") { fields { name } } }`,
    ]) {
      const body = (await (await post(gateway.url, { query })).json()) as {
        data?: unknown;
        errors?: { message: string }[];
      };
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.[0]?.message).toMatch(/introspection/i);
    }
  });

  it("does not suggest field names", async () => {
    const body = (await (
      await post(gateway.url, { query: `query Misspelt { dispute(code: "330122260000027") { titel } }` })
    ).json()) as { errors?: { message: string }[] };
    expect(body.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(body.errors)).not.toMatch(/did you mean|title/i);
  });

  it("runs only registered operations: a new document is OPERATION_NOT_TRUSTED, an unknown hash PERSISTED_QUERY_NOT_FOUND", async () => {
    const refused = await post(gateway.url, { query: '{ dispute(code: "330122260000027") { title } }' });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: "OPERATION_NOT_TRUSTED" } }] });
    // Registering on the fly (automatic persisted queries) is refused as well.
    const sneaky = "query Sneaky { __typename }";
    expect(
      (
        await post(gateway.url, {
          query: sneaky,
          extensions: { persistedQuery: { version: 1, sha256Hash: sha256(sneaky) } },
        })
      ).status,
    ).toBe(403);
    const unknown = await post(gateway.url, {
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256(sneaky) } },
    });
    expect(await unknown.json()).toMatchObject({ errors: [{ extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }] });
  });

  it("refuses the development key and offers no development tokens", async () => {
    const dev = await developmentToken({ roles: ["commander"], sub: "dev-commander" });
    const response = await post(gateway.url, { query: ping }, { authorization: `Bearer ${dev}` });
    expect(response.status).toBe(401);
    for (const role of ["cockpitViewer", "commander"])
      expect((await fetch(`${gateway.origin}/dev/token?role=${role}`)).status).toBe(404);
    expect((await fetch(`${gateway.origin}/`)).status).toBe(200);
    expect(await (await fetch(`${gateway.origin}/`)).text()).not.toContain("/dev/token");
  });

  it("limits each signed-in caller: 429, RATE_LIMITED and Retry-After past the limit, others unaffected", async () => {
    const busy = `Bearer ${await sign("busy-leader", ["cockpitViewer"])}`;
    // Twice the limit and more: whichever minute boundary falls in between, one window overflows.
    const responses = [];
    for (let i = 0; i < 2 * PER_IDENTITY + 2; i++)
      responses.push(await post(gateway.url, { query: ping }, { authorization: busy }));
    const limited = responses.find((r) => r.status === 429);
    expect(limited).toBeDefined();
    expect(Number(limited!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(await limited!.json()).toMatchObject({ errors: [{ extensions: { code: "RATE_LIMITED" } }] });
    const other = await post(
      gateway.url,
      { query: ping },
      { authorization: `Bearer ${await sign("calm-leader", ["cockpitViewer"])}` },
    );
    expect(other.status).toBe(200);
  });

  it("limits each client address, signed in or not", async () => {
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let i = 0; i < 2 * PER_ADDRESS + 2; i++) {
      const response = await post(gateway.url, { query: ping });
      statuses.push(response.status);
      if (response.status === 429) limited ??= response;
      else await response.body?.cancel();
    }
    expect(statuses).toContain(429);
    expect(Number(limited!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(await limited!.json()).toMatchObject({ errors: [{ extensions: { code: "RATE_LIMITED" } }] });
  });
});

describe("trusted documents enforced outside production (TRUSTED_DOCUMENTS=enforce)", () => {
  let gateway: Awaited<ReturnType<typeof startGatewayProcess>>;
  beforeAll(async () => {
    gateway = await startGatewayProcess({ NODE_ENV: "test", TRUSTED_DOCUMENTS: "enforce" });
  });
  afterAll(() => gateway?.stop());

  it("runs the README's example, sent in full or by hash alone", async () => {
    const example = await readmeExample();
    const full = await graphql<{ dispute: { title: string; legalAidCases: unknown[] } }>(gateway.url, example);
    expect(full.body.errors).toBeUndefined();
    expect(full.body.data!.dispute.legalAidCases).toHaveLength(1);
    const hash = sha256(operationDocuments(example)[0]!.document);
    const byHash = await post(gateway.url, { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
    const body = (await byHash.json()) as {
      data?: { dispute: { title: string } | null };
      errors?: { extensions: { code: string } }[];
    };
    // Anonymous by hash: the operation ran, and the registry refused the anonymous caller.
    expect(body.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    const withToken = await post(
      gateway.url,
      { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
      await as(COMMANDER),
    );
    expect(((await withToken.json()) as { data: { dispute: { title: string } } }).data.dispute.title).toBe(
      full.body.data!.dispute.title,
    );
  });

  it("runs GraphiQL's example and the cockpit page's query", async () => {
    const example = await graphql<{ dispute: { code: string } }>(gateway.url, EXAMPLE_QUERY);
    expect(example.body.errors).toBeUndefined();
    expect(example.body.data!.dispute.code).toBe("330122260000027");
    const [query] = await cockpitPageOperations();
    expect(query!.name).toBe("Cockpit");
    const page = await graphql<{ cockpit: { key: string } }>(
      gateway.url,
      query!.document,
      { filter: { from: "2026-01-01", to: "2026-11-10" }, granularity: "WEEK" },
      await as(COCKPIT_VIEWER),
    );
    expect(page.body.errors).toBeUndefined();
    expect(page.body.data!.cockpit.key).toBe("2026-01-01|2026-11-10||");
  });

  it("follows the cockpit page's subscription, and refuses one not registered", async () => {
    const [, subscription] = await cockpitPageOperations();
    expect(subscription!.name).toBe("CockpitChanged");
    // Today and tomorrow, China time: the registration below is stored now (and could fall after midnight).
    const chinaDay = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
    const variables = {
      filter: { from: chinaDay(Date.now()), to: chinaDay(Date.now() + 86_400_000) },
      granularity: "DAY",
    };
    const viewer = await as(COCKPIT_VIEWER);

    // The same subscription selecting one more field is not a registered document: refused before any stream.
    const unregistered = await post(
      gateway.url,
      { query: subscription!.document.replace("key", "key from"), variables },
      { accept: "text/event-stream", ...viewer },
    );
    expect(unregistered.status).toBe(403);
    expect(await unregistered.json()).toMatchObject({ errors: [{ extensions: { code: "OPERATION_NOT_TRUSTED" } }] });

    // The gateway answers the stream once the subscription follows the feed.
    const page = await openSse(
      gateway.url,
      { operationName: "CockpitChanged", query: subscription!.document, variables },
      viewer,
    );
    try {
      await registerDispute(gql, {
        title: "楼道电动车充电纠纷",
        description: "邻居在楼道内为电动车充电，存在消防隐患，多次劝阻无效。",
        category: "邻里",
        region: "330122",
        peopleInvolved: 2,
        channel: "WALK_IN",
        parties: [{ kind: "PERSON", name: "许丽娟", residentId: residentId(), phone: "13968173342" }],
        respondents: [{ kind: "PERSON", name: "金志强" }],
      });
      const figures = await page.next();
      expect(figures.errors).toBeUndefined();
      const cockpit = (
        figures.data as { cockpitChanged: { key: string; intake: { disputesAccepted: { value: number } } } }
      ).cockpitChanged;
      expect(cockpit.key).toBe(`${variables.filter.from}|${variables.filter.to}||`);
      expect(cockpit.intake.disputesAccepted.value).toBeGreaterThanOrEqual(1);
    } finally {
      page.close();
    }
  });

  it("refuses anything else", async () => {
    const { status, body } = await graphql(gateway.url, "{ __typename }");
    expect(status).toBe(403);
    expect(body.errors?.[0]?.extensions?.code).toBe("OPERATION_NOT_TRUSTED");
  });
});
