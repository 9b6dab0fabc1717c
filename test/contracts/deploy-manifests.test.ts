// The Kubernetes manifests (deploy/k8s), checked offline: every object against the Kubernetes schemas
// (kubernetes-models), and the references between them and to the code: Services and budgets select real
// pods, probes ask for paths the services serve on the ports they listen on, every Secret and key exists,
// every department has its Deployment, Service, budget and migration Job, and the NetworkPolicies let only
// the gateway reach the departments (and the departments the registry). Each overlay is rendered here as
// kustomize would (its patches are plain merges by kind and name) and checked the same way.
import { describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { HorizontalPodAutoscaler } from "kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler";
import { Job } from "kubernetes-models/batch/v1/Job";
import { NetworkPolicy } from "kubernetes-models/networking.k8s.io/v1/NetworkPolicy";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1/PodDisruptionBudget";
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";
import { Secret } from "kubernetes-models/v1/Secret";
import { Service } from "kubernetes-models/v1/Service";
import { envPrefix, SUBGRAPH_NAMES } from "@onedoor/shared/config";
import { REPO_ROOT } from "@onedoor/shared/system/service-command";
import { describeService } from "../../deploy/docker/describe-service.mjs";

// js-yaml comes with the development tools (ESLint) and has no types of its own.
const yaml = createRequire(import.meta.url)("js-yaml") as { loadAll(text: string): unknown[] };

const K8S = join(REPO_ROOT, "deploy/k8s");
const SERVICES = ["gateway", ...SUBGRAPH_NAMES];

type Labels = Record<string, string>;
/** A Kubernetes object as read from YAML. */
type K8sObject = { apiVersion: string; kind: string; metadata: { name: string; labels?: Labels }; [key: string]: any };

const MODELS: Record<string, new (data: any) => { validate(): void }> = {
  "apps/v1/Deployment": Deployment,
  "autoscaling/v2/HorizontalPodAutoscaler": HorizontalPodAutoscaler,
  "batch/v1/Job": Job,
  "networking.k8s.io/v1/NetworkPolicy": NetworkPolicy,
  "policy/v1/PodDisruptionBudget": PodDisruptionBudget,
  "v1/ConfigMap": ConfigMap,
  "v1/Secret": Secret,
  "v1/Service": Service,
};

async function readYaml(path: string): Promise<K8sObject[]> {
  return yaml.loadAll(await readFile(path, "utf8")).filter(Boolean) as K8sObject[];
}

interface Kustomization {
  namespace?: string;
  resources?: string[];
  patches?: { path: string }[];
  images?: { name: string; newName?: string; newTag?: string }[];
}

/** Maps merged key by key, anything else replaced: what kustomize does with our patches (no lists in them). */
function merge(base: any, patch: any): any {
  if (typeof base !== "object" || typeof patch !== "object" || Array.isArray(base) || Array.isArray(patch))
    return structuredClone(patch);
  const merged = { ...base };
  for (const [key, value] of Object.entries(patch)) merged[key] = key in base ? merge(base[key], value) : value;
  return merged;
}

/** The objects of a kustomization folder, rendered: resources, then patches, images and namespace. */
async function render(folder: string): Promise<K8sObject[]> {
  const [kustomization] = (await readYaml(join(folder, "kustomization.yaml"))) as unknown as Kustomization[];
  let objects: K8sObject[] = [];
  for (const resource of kustomization!.resources ?? []) {
    const path = join(folder, resource);
    objects.push(...(resource.endsWith(".yaml") ? await readYaml(path) : await render(path)));
  }
  for (const { path } of kustomization!.patches ?? [])
    for (const patch of await readYaml(join(folder, path))) {
      const index = objects.findIndex((o) => o.kind === patch.kind && o.metadata.name === patch.metadata.name);
      if (index < 0)
        throw new Error(`${path}: patch of ${patch.kind} ${patch.metadata.name}, which no resource declares`);
      objects[index] = merge(objects[index], patch);
    }
  objects = objects.map((object) => structuredClone(object));
  for (const object of objects) {
    if (kustomization!.namespace) (object.metadata as any).namespace = kustomization!.namespace;
    for (const container of podSpec(object)?.containers ?? []) {
      const [name, tag] = (container.image as string).split(":");
      const image = kustomization!.images?.find((i) => i.name === name);
      if (image) container.image = `${image.newName ?? name}:${image.newTag ?? tag}`;
    }
  }
  return objects;
}

function podSpec(object: K8sObject): any {
  return object.kind === "Deployment" || object.kind === "Job" ? object.spec.template.spec : undefined;
}

function podLabels(object: K8sObject): Labels {
  return object.spec.template.metadata?.labels ?? {};
}

function selects(selector: Labels | undefined, labels: Labels): boolean {
  return Object.entries(selector ?? {}).every(([key, value]) => labels[key] === value);
}

/** The paths a service answers outside GraphQL, read from its server's code. */
async function servedPaths(service: string): Promise<Set<string>> {
  const file = service === "gateway" ? "gateway/src/server.ts" : "shared/src/server/subgraph.ts";
  const code = await readFile(join(REPO_ROOT, file), "utf8");
  return new Set([...code.matchAll(/app\.get\("([^"]+)"/g)].map((match) => match[1]!));
}

/** Variables the processes read (docs/configuration.md), a department's own ones by pattern. */
async function knownVariable(): Promise<(name: string) => boolean> {
  const documented = await readFile(join(REPO_ROOT, "docs/configuration.md"), "utf8");
  const prefixes = SUBGRAPH_NAMES.map(envPrefix).join("|");
  const ownPattern = new RegExp(`^(${prefixes})_(URL|PORT|DATABASE_URL|TIMEOUT_MS|RETRIES)$`);
  return (name) => documented.includes(`\`${name}\``) || ownPattern.test(name);
}

/** Every problem with a set of objects, given the Secrets that exist outside them. */
async function manifestProblems(objects: K8sObject[], secrets: K8sObject[]): Promise<string[]> {
  const problems: string[] = [];
  const id = (o: K8sObject) => `${o.kind} ${o.metadata.name}`;
  const named = (kind: string, name: string) => objects.find((o) => o.kind === kind && o.metadata.name === name);
  const deployments = objects.filter((o) => o.kind === "Deployment");
  const known = await knownVariable();

  for (const object of [...objects, ...secrets]) {
    const model = MODELS[`${object.apiVersion}/${object.kind}`];
    if (!model) problems.push(`${id(object)}: ${object.apiVersion} ${object.kind} is not a kind this check knows`);
    else
      try {
        new model(object).validate();
      } catch (error) {
        problems.push(`${id(object)}: ${(error as Error).message}`);
      }
  }

  // Which service a pod runs, and what it serves where.
  for (const workload of objects.filter((o) => podSpec(o))) {
    const service = podLabels(workload)["app.kubernetes.io/name"] ?? "";
    if (!SERVICES.includes(service)) {
      problems.push(`${id(workload)}: runs no OneDoor service (${service})`);
      continue;
    }
    const { port, bundle, portVariable } = describeService(service);
    const served = await servedPaths(service);
    const spec = podSpec(workload);
    if (!spec.securityContext?.runAsNonRoot) problems.push(`${id(workload)}: may run as root`);
    for (const container of spec.containers) {
      if (!String(container.image).split(":")[0]!.endsWith(`onedoor/${service}`))
        problems.push(`${id(workload)}: image ${container.image} is not ${service}'s`);
      if (!container.securityContext?.readOnlyRootFilesystem)
        problems.push(`${id(workload)}: writable root filesystem`);
      const { requests = {}, limits = {} } = container.resources ?? {};
      if (!requests.cpu || !requests.memory || !limits.memory)
        problems.push(`${id(workload)}: no CPU and memory requests or no memory limit`);
      const ports: { name?: string; containerPort: number }[] = container.ports ?? [];
      const overridden = [...(container.env ?? [])].find((e: any) => e.name === portVariable);
      if (overridden) problems.push(`${id(workload)}: sets ${portVariable}; the manifests use the default port`);
      if (workload.kind === "Deployment" && !ports.some((p) => p.containerPort === port))
        problems.push(`${id(workload)}: ${service} listens on ${port}, not declared`);
      for (const probe of ["livenessProbe", "readinessProbe"]) {
        const get = container[probe]?.httpGet;
        if (workload.kind === "Job") continue;
        if (!get) {
          problems.push(`${id(workload)}: no ${probe}`);
          continue;
        }
        if (!served.has(get.path)) problems.push(`${id(workload)}: ${probe} asks for ${get.path}, not served`);
        const probePort =
          typeof get.port === "number" ? get.port : ports.find((p) => p.name === get.port)?.containerPort;
        if (probePort !== port)
          problems.push(`${id(workload)}: ${probe} on port ${get.port}, ${service} is on ${port}`);
      }
      if (workload.kind === "Job") {
        const command = [...(container.command ?? []), ...(container.args ?? [])].join(" ");
        if (command !== `node ${bundle} migrate`)
          problems.push(`${id(workload)}: runs "${command}", not the migration`);
      }
      // Variables, and the Secrets and ConfigMaps they come from.
      for (const variable of container.env ?? []) {
        if (!known(variable.name)) problems.push(`${id(workload)}: ${variable.name} is read by no process`);
        const ref = variable.valueFrom?.secretKeyRef;
        if (ref && !secrets.some((s) => s.metadata.name === ref.name && ref.key in (s.stringData ?? s.data ?? {})))
          problems.push(
            `${id(workload)}: ${variable.name} from Secret ${ref.name} key ${ref.key}, which is not declared`,
          );
        if (/_DATABASE_URL$/.test(variable.name) && variable.name !== `${envPrefix(service)}_DATABASE_URL`)
          problems.push(`${id(workload)}: ${variable.name} is another department's database`);
      }
      for (const source of container.envFrom ?? []) {
        const configMap = source.configMapRef && named("ConfigMap", source.configMapRef.name);
        if (!configMap) problems.push(`${id(workload)}: ConfigMap ${source.configMapRef?.name} not declared`);
        else
          for (const key of Object.keys(configMap.data ?? {}))
            if (!known(key)) problems.push(`${id(configMap)}: ${key} is read by no process`);
      }
      for (const mount of container.volumeMounts ?? [])
        if (!(spec.volumes ?? []).some((v: any) => v.name === mount.name))
          problems.push(`${id(workload)}: mounts volume ${mount.name}, not declared`);
    }
    for (const volume of spec.volumes ?? [])
      if (volume.secret && !secrets.some((s) => s.metadata.name === volume.secret.secretName))
        problems.push(`${id(workload)}: volume from Secret ${volume.secret.secretName}, which is not declared`);
  }

  // Selectors find the pods they mean.
  const podsOf = (selector: Labels | undefined) =>
    deployments.filter((d) => selects(selector, podLabels(d))).map((d) => d.metadata.name);
  for (const deployment of deployments)
    if (!selects(deployment.spec.selector.matchLabels, podLabels(deployment)))
      problems.push(`${id(deployment)}: its selector does not match its own pods`);
  for (const service of objects.filter((o) => o.kind === "Service")) {
    const pods = podsOf(service.spec.selector);
    if (pods.length !== 1) problems.push(`${id(service)}: selects the pods of ${pods.length} Deployments`);
    const target = pods.length === 1 ? named("Deployment", pods[0]!) : undefined;
    for (const port of service.spec.ports) {
      const container = target?.spec.template.spec.containers[0];
      const declared = (container?.ports ?? []).some(
        (p: any) => p.name === port.targetPort || p.containerPort === port.targetPort,
      );
      if (target && !declared) problems.push(`${id(service)}: targetPort ${port.targetPort} not declared by its pods`);
      if (target && port.port !== describeService(target.metadata.name).port)
        problems.push(
          `${id(service)}: port ${port.port}, ${target.metadata.name} is on ${describeService(target.metadata.name).port}`,
        );
    }
  }
  for (const budget of objects.filter((o) => o.kind === "PodDisruptionBudget"))
    if (podsOf(budget.spec.selector.matchLabels).length !== 1)
      problems.push(`${id(budget)}: selects no one Deployment`);
  for (const autoscaler of objects.filter((o) => o.kind === "HorizontalPodAutoscaler"))
    if (!named(autoscaler.spec.scaleTargetRef.kind, autoscaler.spec.scaleTargetRef.name))
      problems.push(`${id(autoscaler)}: scales ${autoscaler.spec.scaleTargetRef.name}, not declared`);

  // Where the gateway and the departments look for each other.
  const config = named("ConfigMap", "onedoor-config")?.data ?? {};
  for (const [variable, value] of Object.entries(config)) {
    const url = /^(?:(\w+)_URL|REGISTRY_URL)$/.test(variable) && /^http:\/\/([\w-]+):(\d+)/.exec(String(value));
    if (!url) continue;
    const service = named("Service", url[1]!);
    if (!service?.spec.ports.some((p: any) => p.port === Number(url[2])))
      problems.push(`ConfigMap: ${variable} points at ${url[1]}:${url[2]}, no such Service port`);
  }
  const jwks = config.JWKS_FILE as string | undefined;
  const gateway = named("Deployment", "gateway");
  const mounted = gateway?.spec.template.spec.containers[0].volumeMounts ?? [];
  if (jwks && !mounted.some((m: any) => dirname(jwks) === m.mountPath))
    problems.push(`JWKS_FILE ${jwks} is not in a volume the gateway mounts`);

  // Each service has all its parts.
  for (const service of SERVICES) {
    const kinds =
      service === "gateway"
        ? ["Deployment", "Service", "PodDisruptionBudget", "HorizontalPodAutoscaler"]
        : ["Deployment", "Service", "PodDisruptionBudget"];
    for (const kind of kinds) if (!named(kind, service)) problems.push(`${service}: no ${kind}`);
    if (
      service !== "gateway" &&
      !objects.some((o) => o.kind === "Job" && podLabels(o)["app.kubernetes.io/name"] === service)
    )
      problems.push(`${service}: no migration Job`);
  }

  // Who may connect to whom.
  const policies = objects.filter((o) => o.kind === "NetworkPolicy");
  for (const policy of policies) {
    if (podsOf(policy.spec.podSelector.matchLabels).length === 0) problems.push(`${id(policy)}: applies to no pods`);
    for (const rule of policy.spec.ingress ?? [])
      for (const peer of rule.from ?? [])
        if (peer.podSelector && podsOf(peer.podSelector.matchLabels).length === 0)
          problems.push(`${id(policy)}: lets in pods nobody runs`);
  }
  const reaches = (from: K8sObject, to: K8sObject): boolean => {
    const port = describeService(to.metadata.name).port;
    const applying = policies.filter((p) => selects(p.spec.podSelector.matchLabels, podLabels(to)));
    if (applying.length === 0) return true;
    return applying.some((p) =>
      (p.spec.ingress ?? []).some(
        (rule: any) =>
          (rule.ports ?? [{ port }]).some((p: any) => p.port === port) &&
          (rule.from ?? [{ podSelector: {} }]).some(
            (peer: any) => peer.podSelector && selects(peer.podSelector.matchLabels, podLabels(from)),
          ),
      ),
    );
  };
  for (const to of deployments.filter((d) => d.metadata.name !== "gateway"))
    for (const from of deployments) {
      if (from === to) continue;
      const allowed = from.metadata.name === "gateway" || to.metadata.name === "petitions";
      if (reaches(from, to) !== allowed)
        problems.push(
          `NetworkPolicies: ${from.metadata.name} → ${to.metadata.name} ${allowed ? "refused" : "allowed"}`,
        );
    }
  return problems;
}

const externalSecrets = () => readYaml(join(K8S, "external/secrets.yaml"));

describe("Kubernetes manifests", () => {
  it.each(["base", "overlays/county", "overlays/prefecture"])("%s: valid, complete and consistent", async (folder) => {
    const objects = await render(join(K8S, folder));
    expect(objects.length).toBeGreaterThan(SERVICES.length * 3);
    expect(await manifestProblems(objects, await externalSecrets())).toEqual([]);
  });

  it("the external Secrets hold no values", async () => {
    for (const secret of await externalSecrets())
      expect(Object.values(secret.stringData ?? {}).every((value) => value === "")).toBe(true);
  });

  it("overlays change what they mean to", async () => {
    const prefecture = await render(join(K8S, "overlays/prefecture"));
    const find = (kind: string, name: string) => prefecture.find((o) => o.kind === kind && o.metadata.name === name)!;
    expect(find("Deployment", "mediation").spec.replicas).toBe(3);
    expect(find("HorizontalPodAutoscaler", "gateway").spec).toMatchObject({ minReplicas: 3, maxReplicas: 12 });
    expect(find("ConfigMap", "onedoor-config").data).toMatchObject({
      JWT_ISSUER: "https://id.prefecture.example",
      MIGRATE_AT_START: "0",
    });
    expect(find("Deployment", "gateway").spec.template.spec.containers[0].image).toBe(
      "registry.example/onedoor/gateway:1.0.0",
    );
    expect(prefecture.every((o) => (o.metadata as any).namespace === "onedoor-prefecture")).toBe(true);
  });
});

describe("the manifest check", () => {
  /** The base with one change made to a copy of one object. */
  async function broken(kind: string, name: string, change: (object: any) => void): Promise<string[]> {
    const objects = await render(join(K8S, "base"));
    const object = objects.find((o) => o.kind === kind && o.metadata.name === name);
    expect(object).toBeDefined();
    change(object);
    return manifestProblems(objects, await externalSecrets());
  }
  const department = (object: any) => object.spec.template.spec.containers[0];

  it.each([
    [
      "a Service selecting no pods",
      "Service",
      "mediation",
      (o: any) => (o.spec.selector["app.kubernetes.io/name"] = "mediator"),
      "selects the pods of 0",
    ],
    [
      "a probe on a path nobody serves",
      "Deployment",
      "arbitration",
      (o: any) => (department(o).readinessProbe.httpGet.path = "/readyz"),
      "not served",
    ],
    [
      "a probe on the wrong port",
      "Deployment",
      "litigation",
      (o: any) => (department(o).livenessProbe.httpGet.port = 4001),
      "is on 4004",
    ],
    [
      "a Secret that does not exist",
      "Deployment",
      "legal-aid",
      (o: any) => (department(o).env[0].valueFrom.secretKeyRef.name = "onedoor-hops"),
      "not declared",
    ],
    [
      "a key the Secret lacks",
      "Deployment",
      "petitions",
      (o: any) => (department(o).env[0].valueFrom.secretKeyRef.key = "SECRET"),
      "not declared",
    ],
    [
      "another department's database",
      "Deployment",
      "mediation",
      (o: any) => (department(o).env[2].name = "PETITIONS_DATABASE_URL"),
      "another department's database",
    ],
    [
      "a migration Job running the service",
      "Job",
      "mediation-migrate",
      (o: any) => department(o).command.pop(),
      "not the migration",
    ],
    [
      "a NetworkPolicy letting in pods nobody runs",
      "NetworkPolicy",
      "mediation-ingress",
      (o: any) => (o.spec.ingress[0].from[0].podSelector.matchLabels["app.kubernetes.io/name"] = "gw"),
      "lets in pods nobody runs",
    ],
    [
      "a department open to the others",
      "NetworkPolicy",
      "arbitration-ingress",
      (o: any) => delete o.spec.ingress[0].from,
      "mediation → arbitration allowed",
    ],
    [
      "a schema violation",
      "Deployment",
      "gateway",
      (o: any) => (department(o).ports[0].containerPort = "http"),
      "must be integer",
    ],
    [
      "an unknown variable",
      "ConfigMap",
      "onedoor-config",
      (o: any) => (o.data.GATEWAY_TIMEOUT = "5"),
      "GATEWAY_TIMEOUT is read by no process",
    ],
  ])("notices %s", async (_, kind, name, change, problem) => {
    expect((await broken(kind, name, change)).join("\n")).toContain(problem);
  });

  it("notices a department without its migration Job", async () => {
    const objects = (await render(join(K8S, "base"))).filter((o) => o.metadata.name !== "litigation-migrate");
    expect(await manifestProblems(objects, await externalSecrets())).toContain("litigation: no migration Job");
  });
});
