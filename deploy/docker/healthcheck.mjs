// Docker HEALTHCHECK of a OneDoor image: `node deploy/docker/healthcheck.mjs [path]` (default /health) asks
// the service in this container and exits 0 on 200, 1 otherwise. The port is the one the service listens
// on: its variable if set, else its default (service.json, written at build time by describe-service.mjs).
/* global fetch, AbortSignal */
import { readFileSync } from "node:fs";
import process from "node:process";
import { URL } from "node:url";

const { portVariable, port } = JSON.parse(readFileSync(new URL("service.json", import.meta.url), "utf8"));
const path = process.argv[2] ?? "/health";
try {
  const response = await fetch(`http://127.0.0.1:${process.env[portVariable] || port}${path}`, {
    signal: AbortSignal.timeout(4_000),
  });
  process.exitCode = response.status === 200 ? 0 : 1;
} catch {
  process.exitCode = 1;
}
