// Abuse the gateway refuses before any department is asked, and identities it will not accept.
import { describe, expect, inject, it } from "vitest";
import { SignJWT, generateKeyPair, importJWK, type JWK } from "jose";
import { readFile } from "node:fs/promises";
import { developmentToken } from "../../gateway/src/auth/development-token.js";
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, DEVELOPMENT_PRIVATE_KEY_PATH } from "../../gateway/src/auth/jwt.js";
import { sharedGateway } from "../support/system.js";

const gatewayUrl = inject("gatewayUrl");
const gql = sharedGateway(gatewayUrl);

const expectRefused = (body: { data?: unknown; errors?: { message: string }[] }) => {
  expect(body.data ?? null).toBeNull();
  expect(body.errors?.length).toBeGreaterThan(0);
};

describe("operation limits", () => {
  it("refuses deep nesting without telling the limit", async () => {
    let selection = "name";
    for (let i = 0; i < 15; i++) selection = `ofType { ${selection} }`;
    const { body } = await gql(`{ __schema { types { fields { type { ${selection} } } } } }`);
    expectRefused(body);
    expect(JSON.stringify(body.errors)).not.toMatch(/\b12\b/);
  });

  it("refuses an alias flood", async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: dispute(code: "330122260000016") { code }`).join(" ");
    const { body } = await gql(`{ ${aliases} }`);
    expectRefused(body);
  });

  it("refuses a directive flood", async () => {
    const { body } = await gql(`{ __typename ${"@skip(if: false) ".repeat(100)} }`);
    expectRefused(body);
  });

  it("refuses fragment cycles", async () => {
    const { body } = await gql(`query { dispute(code: "330122260000016") { ...A } } fragment A on Dispute { ...B } fragment B on Dispute { ...A }`);
    expectRefused(body);
  });

  it("refuses a token flood", async () => {
    const { body } = await gql(`{ __typename ${"__typename ".repeat(5_000)} }`);
    expectRefused(body);
  });

  it("refuses batched operations", async () => {
    const response = await fetch(gatewayUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(Array.from({ length: 50 }, () => ({ query: "{ __typename }" }))),
    });
    expect(response.status).toBe(400);
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
      new SignJWT(claims).setProtectedHeader({ alg: "EdDSA", kid: "onedoor-development-key-1" }).setSubject("u1").setIssuer(DEFAULT_ISSUER);
    await refusedWith401(await base({ roles: ["mediator"] }).setAudience(DEFAULT_AUDIENCE).setExpirationTime(Math.floor(Date.now() / 1000) - 60).sign(key));
    await refusedWith401(await base({ roles: ["mediator"] }).setAudience("another-system").setExpirationTime("1h").sign(key));
    await refusedWith401(await base({ roles: ["emperor"] }).setAudience(DEFAULT_AUDIENCE).setExpirationTime("1h").sign(key));
  });

  it("refuses a malformed Authorization header", async () => {
    const { status } = await gql("{ __typename }", {}, { authorization: "Basic dXNlcjpwYXNz" });
    expect(status).toBe(401);
  });
});
