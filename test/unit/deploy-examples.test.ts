/**
 * The deployment examples agree with Wardgate and with each other: the
 * Kubernetes manifests parse, the ConfigMap's wardgate.yaml passes Wardgate's
 * own config validation (with the ${…} variables set as the Deployment sets
 * them), the probes and ports point at what the config serves, every secret
 * the Deployment reads exists in the Secret (as a placeholder), and the
 * Dockerfile exposes the config's ports. The Dockerfile cannot be built here
 * (no registry access), so this is what keeps it honest.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, test } from "node:test";
import { parseAllDocuments } from "yaml";
import { diagnose } from "../../src/cli/doctor.js";
import { loadConfigFile } from "../../src/config/load.js";
import type { Config } from "../../src/config/schema.js";

const ROOT = resolve(import.meta.dirname, "../..");
const K8S = join(ROOT, "deploy/kubernetes");

// biome-ignore lint/suspicious/noExplicitAny: Kubernetes objects are checked field by field below.
type K8sObject = { kind: string; metadata: { name: string }; [k: string]: any };

function manifests(): K8sObject[] {
  const out: K8sObject[] = [];
  for (const file of readdirSync(K8S).filter((f) => /\.ya?ml$/.test(f))) {
    for (const doc of parseAllDocuments(readFileSync(join(K8S, file), "utf8"))) {
      assert.deepEqual(doc.errors, [], `${file}: ${doc.errors.map((e) => e.message).join("; ")}`);
      const obj = doc.toJS() as K8sObject | null;
      if (obj) out.push(obj);
    }
  }
  return out;
}

const objects = manifests();
const one = (kind: string): K8sObject => {
  const found = objects.filter((o) => o.kind === kind);
  assert.equal(found.length, 1, `exactly one ${kind}`);
  return found[0]!;
};
const deployment = one("Deployment");
const configMap = one("ConfigMap");
const secret = one("Secret");
const service = one("Service");
const container = deployment.spec.template.spec.containers[0];
const envValue = (name: string): string | undefined => container.env.find((e: { name: string }) => e.name === name)?.value;

/** The config file the Deployment points WARDGATE_CONFIG at, as mounted from the ConfigMap. */
function mountedConfigText(): string {
  const path = envValue("WARDGATE_CONFIG");
  assert.ok(path, "WARDGATE_CONFIG is set");
  const mount = container.volumeMounts.find((m: { mountPath: string }) => path.startsWith(`${m.mountPath}/`));
  assert.ok(mount, `a volume is mounted where ${path} is`);
  const volume = deployment.spec.template.spec.volumes.find((v: { name: string }) => v.name === mount.name);
  assert.equal(volume?.configMap?.name, configMap.metadata.name, "the config volume is the ConfigMap");
  const text = configMap.data[path.slice(mount.mountPath.length + 1)];
  assert.equal(typeof text, "string", `the ConfigMap has the key ${path.slice(mount.mountPath.length + 1)}`);
  return text;
}

/** The environment a pod gets: plain values, and each secretKeyRef replaced by a stand-in. */
function podEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const e of container.env) env[e.name] = e.value ?? `test-${e.name.toLowerCase().replace(/_/g, "-")}`;
  return env;
}

function loadExampleConfig(): Config {
  const dir = mkdtempSync(join(tmpdir(), "wardgate-k8s-config-"));
  const file = join(dir, "wardgate.yaml");
  writeFileSync(file, mountedConfigText());
  return loadConfigFile(file, podEnv());
}

interface Dockerfile {
  expose: number[];
  user: string | undefined;
  env: Record<string, string>;
  volumes: string[];
  healthcheck: string | undefined;
}

/** The instructions that matter here, with line continuations joined. */
function dockerfile(): Dockerfile {
  const text = readFileSync(join(ROOT, "Dockerfile"), "utf8").replace(/\\\n/g, " ");
  const d: Dockerfile = { expose: [], user: undefined, env: {}, volumes: [], healthcheck: undefined };
  // Only the final stage is the image: start over at each FROM.
  for (const line of text.split("\n").map((l) => l.trim())) {
    const [op, ...rest] = line.split(/\s+/);
    const args = rest.join(" ");
    if (op === "FROM") Object.assign(d, { expose: [], user: undefined, env: {}, volumes: [], healthcheck: undefined });
    if (op === "EXPOSE") d.expose.push(...rest.map((p) => Number(p.replace(/\/tcp$/, ""))));
    if (op === "USER") d.user = args;
    if (op === "VOLUME") d.volumes.push(...(JSON.parse(args) as string[]));
    if (op === "HEALTHCHECK") d.healthcheck = args;
    if (op === "ENV") for (const m of args.matchAll(/(\w+)=(\S+)/g)) d.env[m[1]!] = m[2]!;
  }
  return d;
}

describe("deploy/kubernetes", () => {
  test("has a Deployment, a Service, a ConfigMap and a Secret", () => {
    assert.deepEqual([...new Set(objects.map((o) => o.kind))].sort(), ["ConfigMap", "Deployment", "Secret", "Service"]);
    assert.equal(deployment.spec.replicas, 3);
  });

  test("the ConfigMap's wardgate.yaml passes Wardgate's config validation, with shared limit counters", () => {
    const config = loadExampleConfig();
    assert.match(config.limitsBackend, /^rediss?:\/\//, "replicas share one set of counters");
    assert.ok(config.limits.length > 0 && config.budgets.length > 0, "an example limit and budget");
    assert.ok(Object.keys(config.providers).length > 0, "a provider");
    assert.equal(config.server.host, "0.0.0.0", "reachable from the Service");
    assert.equal(config.crypto.masterKey?.provider, "env", "the same master keys in every pod");
    assert.ok(config.audit.origin && !config.audit.origin.includes(" "), "a fixed audit origin, not each pod's host name");
  });

  test("wardgate doctor has nothing above low to say about it (the plain-HTTP listener sits behind the ingress)", () => {
    const findings = diagnose({ config: loadExampleConfig(), path: "/etc/wardgate/wardgate.yaml", demo: false, env: podEnv() });
    assert.deepEqual(
      findings.filter((f) => f.severity !== "low" && f.severity !== "info").map((f) => f.id),
      [],
    );
    assert.deepEqual(findings.map((f) => f.id), ["server.plaintext-remote"]);
  });

  test("the store is PostgreSQL, with the password from the environment", () => {
    const config = loadExampleConfig();
    assert.match(config.store ?? "", /^postgres(ql)?:\/\/wardgate:test-wardgate-pg-password@/);
  });

  test("every variable the config interpolates and every secretKeyRef is backed by the Secret (with placeholders only)", () => {
    const text = mountedConfigText();
    const env = new Set(container.env.map((e: { name: string }) => e.name));
    for (const m of text.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)/g)) assert.ok(env.has(m[1]!), `the Deployment sets ${m[1]}`);
    for (const e of container.env.filter((x: { valueFrom?: unknown }) => x.valueFrom)) {
      const ref = e.valueFrom.secretKeyRef;
      assert.equal(ref.name, secret.metadata.name, e.name);
      assert.ok(ref.key in secret.stringData, `the Secret has ${ref.key}`);
    }
    for (const [k, v] of Object.entries(secret.stringData as Record<string, string>)) assert.equal(v, "REPLACE_ME", `${k} is a placeholder`);
    assert.equal(secret.data, undefined, "no base64 values hiding real secrets");
  });

  test("probes: readiness on /readyz and liveness on /healthz, on the config's data-plane port", () => {
    const config = loadExampleConfig();
    const ports: { name: string; containerPort: number }[] = container.ports;
    const portOf = (p: number | string) => (typeof p === "number" ? p : ports.find((x) => x.name === p)?.containerPort);
    assert.equal(container.readinessProbe.httpGet.path, "/readyz");
    assert.equal(container.livenessProbe.httpGet.path, "/healthz");
    assert.equal(portOf(container.readinessProbe.httpGet.port), config.server.port);
    assert.equal(portOf(container.livenessProbe.httpGet.port), config.server.port);
    assert.equal(portOf(service.spec.ports[0].targetPort), config.server.port, "the Service sends traffic to the data plane");
    assert.ok(!ports.some((p) => p.containerPort === config.admin.port), "the admin API is not published");
    assert.ok(deployment.spec.template.spec.terminationGracePeriodSeconds * 1000 > config.server.shutdownGraceMs + 5_000, "the grace period covers the preStop pause and the drain");
  });

  test("runs as non-root on a read-only root filesystem, with dataDir on a volume", () => {
    const pod = deployment.spec.template.spec;
    assert.equal(pod.securityContext.runAsNonRoot, true);
    assert.equal(container.securityContext.readOnlyRootFilesystem, true);
    assert.equal(container.securityContext.allowPrivilegeEscalation, false);
    const dataDir = envValue("WARDGATE_DATA_DIR");
    assert.ok(dataDir && container.volumeMounts.some((m: { mountPath: string }) => m.mountPath === dataDir), "dataDir is a mounted volume");
    assert.ok(container.resources.requests && container.resources.limits, "resources are set");
  });

  test("the Dockerfile exposes the config's ports and matches the Deployment's user and dataDir", () => {
    const config = loadExampleConfig();
    const d = dockerfile();
    assert.deepEqual(d.expose.sort(), [config.server.port, config.admin.port].sort());
    assert.equal(d.user, `${deployment.spec.template.spec.securityContext.runAsUser}:${deployment.spec.template.spec.securityContext.runAsGroup}`);
    assert.equal(d.env.WARDGATE_DATA_DIR, envValue("WARDGATE_DATA_DIR"));
    assert.deepEqual(d.volumes, [d.env.WARDGATE_DATA_DIR]);
    assert.match(d.healthcheck ?? "", new RegExp(`127\\.0\\.0\\.1:${config.server.port}/healthz`));
  });
});
