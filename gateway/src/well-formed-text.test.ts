import { describe, expect, it } from "vitest";
import type express from "express";
import { loneSurrogates, MalformedText, wellFormedBytes, wellFormedRequest } from "./well-formed-text.js";

describe("lone surrogates", () => {
  it("are found in strings and keys at any depth, with their paths; pairs and plain text pass", () => {
    const body = JSON.parse(
      '{"query":"mutation ($input: I!) { r(input: $input) { code } }","variables":{"input":{"title":"宅基地\\ud800界址","parties":[{"name":"郑\\udc00明"},{"name":"😀 张三"}],"k\\udfff":1}}}',
    ) as unknown;
    expect(loneSurrogates(body)).toEqual([
      ["variables", "input", "title"],
      ["variables", "input", "parties", 0, "name"],
      ["variables", "input", "k\udfff"],
    ]);
    expect(loneSurrogates({ a: ["😀", "\ud83d\ude00", "张"], b: 1, c: null, d: true })).toEqual([]);
    // A high half at the end, a low half at the start: each alone.
    expect(loneSurrogates(["a\ud83d", "\ude00a"])).toEqual([[0], [1]]);
  });

  it("are reported ten at most", () => {
    expect(loneSurrogates(Array.from({ length: 50 }, () => "\ud800"))).toHaveLength(10);
  });
});

describe("request bytes", () => {
  it("refuses bytes that are not UTF-8, and accepts whole characters", () => {
    for (const broken of [
      [0xe5, 0xbc],
      [0x41, 0xff, 0x42],
      [0xed, 0xa0, 0x80],
    ]) {
      expect(() => wellFormedBytes(null, null, Buffer.from(broken), "utf-8")).toThrow(MalformedText);
    }
    expect(() => wellFormedBytes(null, null, Buffer.from('{"name":"张三"}'), "utf-8")).not.toThrow();
  });
});

describe("the gateway's text check", () => {
  const check = (req: Partial<express.Request>) => {
    let passed: unknown = "not called";
    wellFormedRequest()(req as express.Request, {} as express.Response, (error?: unknown) => (passed = error));
    return passed;
  };

  it("refuses a POST body with a lone surrogate as BAD_USER_INPUT naming each field, in both languages", () => {
    const error = check({ method: "POST", body: { query: "q", variables: { input: { name: "郑\udc00明" } } } });
    expect(error).toBeInstanceOf(MalformedText);
    expect((error as MalformedText).status).toBe(400);
    expect((error as MalformedText).extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      messageZh: expect.stringContaining("不成对的代理项"),
      problems: [
        {
          field: ["variables", "input", "name"],
          reason: "ENCODING",
          messageZh: expect.any(String),
          messageEn: expect.any(String),
        },
      ],
    });
  });

  it("refuses a GET whose query string is not UTF-8 or whose variables hold an escaped lone surrogate", () => {
    const get = (search: string) => check({ method: "GET", originalUrl: `/graphql?${search}` });
    expect((get("query=%7B__typename%7D&variables=%7B%22a%22%3A%22%FF%22%7D") as MalformedText).message).toBe(
      "The request query string is not valid UTF-8 text",
    );
    const escaped = encodeURIComponent('{"a":"x\\ud800"}');
    expect((get(`query=q&variables=${escaped}`) as MalformedText).extensions).toMatchObject({
      problems: [{ field: ["variables", "a"], reason: "ENCODING" }],
    });
  });

  it("lets well-formed requests through, whatever else is wrong with them (Apollo answers that)", () => {
    expect(
      check({ method: "POST", body: { query: "{ __typename }", variables: { name: "张三 😀" } } }),
    ).toBeUndefined();
    expect(check({ method: "POST", body: undefined })).toBeUndefined();
    expect(check({ method: "GET", originalUrl: "/graphql?query=%7B__typename%7D&variables=not-json" })).toBeUndefined();
    expect(check({ method: "GET", originalUrl: "/graphql" })).toBeUndefined();
  });
});
