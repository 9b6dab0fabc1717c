// Text is valid Unicode from the edge on. Two ways broken text would otherwise get in silently:
// bytes that are not UTF-8 (the JSON parser decodes them as U+FFFD, so a name would be stored altered),
// and JSON escapes of a lone surrogate ("\ud800"), which parse into strings that have no UTF-8 form at all
// (a driver turns them into U+FFFD, or PostgreSQL refuses them mid-transaction). Both are refused with
// BAD_USER_INPUT before the request is parsed further, whatever field they are in.
import type express from "express";
import { badUserInput, type FieldProblem } from "@onedoor/shared/graphql/errors";

/** A request whose text is not well-formed: answered 400 BAD_USER_INPUT by the gateway's error handler. */
export class MalformedText extends Error {
  readonly status = 400;

  constructor(
    message: string,
    readonly extensions: Record<string, unknown>,
  ) {
    super(message);
  }

  static bytes(part: "body" | "query string" = "body"): MalformedText {
    return new MalformedText(`The request ${part} is not valid UTF-8 text`, {
      code: "BAD_USER_INPUT",
      messageZh: `请求${part === "body" ? "正文" : "的查询字符串"}不是有效的 UTF-8 文本`,
    });
  }

  static surrogates(paths: (string | number)[][]): MalformedText {
    const problems: FieldProblem[] = paths.map((field) => ({
      field,
      reason: "ENCODING",
      messageZh: "含有无效的 Unicode 字符（不成对的代理项）",
      messageEn: "is not valid Unicode (it contains a lone surrogate)",
    }));
    const { message, extensions } = badUserInput(problems);
    return new MalformedText(message, extensions);
  }
}

/**
 * `verify` hook of the JSON body parser: the bytes must decode strictly (the parser accepts only UTF
 * charsets; one TextDecoder does not know is refused too).
 */
export function wellFormedBytes(_req: unknown, _res: unknown, body: Buffer, encoding: string): void {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(body);
  } catch {
    throw MalformedText.bytes();
  }
}

/** A surrogate half without its partner: in Unicode mode a pair matches as one code point, so only lone halves match. */
const LONE_SURROGATE = /\p{Surrogate}/u;
/** Enough to name what is wrong; a body full of broken strings is not walked to its end. */
const MAX_REPORTED = 10;

/** Where a parsed JSON value holds a lone surrogate, in a string or in a key (paths from `at`). */
export function loneSurrogates(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const found: (string | number)[][] = [];
  const walk = (node: unknown, path: (string | number)[]): void => {
    if (found.length >= MAX_REPORTED) return;
    if (typeof node === "string") {
      if (LONE_SURROGATE.test(node)) found.push(path);
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, [...path, index]));
    } else if (typeof node === "object" && node !== null) {
      for (const [key, item] of Object.entries(node)) {
        if (LONE_SURROGATE.test(key)) found.push([...path, key]);
        walk(item, [...path, key]);
      }
    }
  };
  walk(value, at);
  return found;
}

/** What a GET request carries in its query string, decoded strictly (`undefined`: not valid UTF-8). */
function strictSearchParams(url: string): Record<string, unknown> | undefined {
  const search = url.includes("?") ? url.slice(url.indexOf("?") + 1) : "";
  const params: Record<string, unknown> = {};
  for (const pair of search.split("&")) {
    if (!pair) continue;
    const equals = pair.includes("=") ? pair.indexOf("=") : pair.length;
    const [name, value] = [pair.slice(0, equals), pair.slice(equals + 1)].map((part) => part.replace(/\+/g, " "));
    try {
      // Unlike URLSearchParams, which turns bytes that are not UTF-8 (or encode a surrogate) into U+FFFD.
      params[decodeURIComponent(name!)] = decodeURIComponent(value!);
    } catch {
      return undefined;
    }
  }
  // variables and extensions are JSON text: what they hold is checked, not how it is escaped.
  for (const name of ["variables", "extensions"]) {
    const text = params[name];
    if (typeof text !== "string") continue;
    try {
      params[name] = JSON.parse(text);
    } catch {
      // Not JSON: Apollo refuses it with its own message.
    }
  }
  return params;
}

/** After the body parser: refuses lone surrogates in a POST body, and broken text in a GET query string. */
export function wellFormedRequest(): express.RequestHandler {
  return (req, _res, next) => {
    const received: unknown = req.method === "GET" ? strictSearchParams(req.originalUrl) : req.body;
    if (received === undefined && req.method === "GET") return next(MalformedText.bytes("query string"));
    const found = loneSurrogates(received);
    next(found.length > 0 ? MalformedText.surrogates(found) : undefined);
  };
}
