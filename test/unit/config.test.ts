import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, describe, test } from "node:test";
import { parse } from "yaml";
import { ConfigError, demoConfig, describeStore, loadConfigFile, parseConfig, postgresUrl, redactUrl, sqlitePath } from "../../src/config/load.js";
import { STARTER_CONFIG } from "../../src/config/starter.js";
import { DEMO_CANARY, DEMO_SYSTEM_PROMPT } from "../../src/config/schema.js";
import { parseBytes, parseDuration } from "../../src/config/units.js";

/** Runs fn, asserts it throws a ConfigError, and returns it. */
function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof ConfigError, `expected a ConfigError, got ${String(err)}`);
    return err;
  }
  assert.fail("expected a ConfigError, but nothing was thrown");
}

const fullConfig = () => ({
  server: { host: "0.0.0.0", port: 9000 },
  providers: {
    openai: { type: "openai", baseUrl: "https://api.openai.com/v1", apiKey: "sk-openai" },
    azure: { type: "azure-openai", baseUrl: "https://res.openai.azure.com", apiKey: "az-key" },
    anthropic: { type: "anthropic", apiKey: "ant-key" },
    fraud: { type: "http", baseUrl: "http://127.0.0.1:9000" },
    demo: { type: "demo" },
  },
  models: [
    { name: "gpt-4o-mini", provider: "openai" },
    { name: "gpt-4o-azure", provider: "azure", upstreamModel: "my-deployment" },
    { name: "claude-sonnet-4-5", provider: "anthropic" },
    { name: "demo", provider: "demo" },
  ],
  routes: [{ name: "fraud", provider: "fraud" }],
});

describe("parseConfig: a valid full config", () => {
  test("parses and fills in every default", () => {
    const cfg = parseConfig(fullConfig());

    assert.deepEqual(cfg.server, {
      host: "0.0.0.0",
      port: 9000,
      maxBodyBytes: 1024 * 1024,
      maxJsonDepth: 64,
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      keepAliveTimeoutMs: 65_000,
      maxConnections: 4096,
      maxConnectionsPerAddress: 256,
      shutdownGraceMs: 15_000,
      maxInFlight: 512,
      maxQueued: 512,
      maxQueueMs: 1000,
      maxEventLoopDelayMs: 0,
      trustedProxies: [],
    });
    assert.equal(cfg.store, undefined);
    assert.equal(cfg.dataDir, ".wardgate");
    assert.deepEqual(cfg.log, { level: "info", destination: "stdout" });

    assert.deepEqual(cfg.providers.openai, {
      type: "openai",
      baseUrl: "https://api.openai.com/v1",
      apiKey: "sk-openai",
      timeoutMs: 120_000,
      connectTimeoutMs: 10_000,
      connections: 128,
      headers: {},
    });
    assert.deepEqual(cfg.providers.azure, {
      type: "azure-openai",
      baseUrl: "https://res.openai.azure.com",
      apiKey: "az-key",
      apiVersion: "2024-10-21",
      timeoutMs: 120_000,
      connectTimeoutMs: 10_000,
      connections: 128,
      headers: {},
    });
    assert.deepEqual(cfg.providers.anthropic, {
      type: "anthropic",
      baseUrl: "https://api.anthropic.com",
      apiKey: "ant-key",
      version: "2023-06-01",
      timeoutMs: 120_000,
      connectTimeoutMs: 10_000,
      connections: 128,
      headers: {},
    });
    assert.deepEqual(cfg.providers.fraud, {
      type: "http",
      baseUrl: "http://127.0.0.1:9000",
      timeoutMs: 120_000,
      connectTimeoutMs: 10_000,
      connections: 128,
      headers: {},
    });
    const demo = cfg.providers.demo;
    assert.ok(demo && demo.type === "demo");
    assert.match(demo.systemPrompt, /ACME-7731-ZETA/);
    assert.equal(demo.chunkDelayMs, 0);
    assert.equal(demo.embeddingDimensions, 64);

    assert.equal(cfg.models.length, 4);
    assert.deepEqual(cfg.models[1], { name: "gpt-4o-azure", provider: "azure", upstreamModel: "my-deployment" });
    assert.equal(cfg.models[0]?.upstreamModel, undefined);
    assert.deepEqual(cfg.routes, [{ name: "fraud", provider: "fraud", methods: ["POST"], inspect: { prompts: [], documents: [] } }]);
    assert.deepEqual(cfg.guard, {
      profile: "standard",
      holdBackChars: 256,
      maxInspectChars: 1024 * 1024,
      oversize: "block",
      pool: { size: 1, queue: 8, timeoutMs: 5000, minChars: 32 * 1024 },
      profiles: {},
    });
  });

  test("an empty or missing config is valid and entirely defaults", () => {
    for (const raw of [{}, undefined, null]) {
      const cfg = parseConfig(raw);
      assert.equal(cfg.server.port, 8787);
      assert.equal(cfg.server.host, "127.0.0.1");
      assert.deepEqual(cfg.providers, {});
      assert.deepEqual(cfg.models, []);
      assert.deepEqual(cfg.routes, []);
    }
  });

  test("sizes and durations are converted from human units", () => {
    const cfg = parseConfig({
      server: { maxBodyBytes: "2mb", requestTimeoutMs: "90s", shutdownGraceMs: 500 },
      providers: { o: { type: "openai", baseUrl: "http://localhost:8000/v1", timeoutMs: "2m" } },
    });
    assert.equal(cfg.server.maxBodyBytes, 2 * 1024 * 1024);
    assert.equal(cfg.server.requestTimeoutMs, 90_000);
    assert.equal(cfg.server.shutdownGraceMs, 500);
    assert.equal(cfg.providers.o?.type === "openai" && cfg.providers.o.timeoutMs, 120_000);
  });
});

describe("parseConfig: rejects bad input with the key path", () => {
  test("an unknown top-level key", () => {
    const err = configError(() => parseConfig({ ...fullConfig(), servr: {} }));
    assert.match(err.message, /servr: unknown key/);
    assert.deepEqual(err.problems, ["servr: unknown key (not part of the configuration schema)"]);
  });

  test("guard.pool: sizes, budgets and thresholds out of range name their key", () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ size: -1 }, /guard\.pool\.size/],
      [{ size: "two" }, /guard\.pool\.size: expected a number of worker threads/],
      [{ queue: 5000 }, /guard\.pool\.queue/],
      [{ timeoutMs: 10 }, /guard\.pool\.timeoutMs/],
      [{ minChars: 10 }, /guard\.pool\.minChars/],
      [{ threads: 2 }, /guard\.pool\.threads: unknown key/],
    ];
    for (const [pool, message] of cases) assert.match(configError(() => parseConfig({ guard: { pool } })).message, message);
    assert.deepEqual(parseConfig({ guard: { pool: { size: 0 } } }).guard.pool, { size: 0, queue: 8, timeoutMs: 5000, minChars: 32 * 1024 });
  });

  test("server load shedding: bounds out of range or inconsistent name their key (issue 14)", () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ maxInFlight: 0 }, /server\.maxInFlight: /],
      [{ maxInFlight: "many" }, /server\.maxInFlight: /],
      [{ maxQueued: -1 }, /server\.maxQueued: /],
      [{ maxQueueMs: 0 }, /server\.maxQueueMs: expected server\.maxQueueMs as milliseconds/],
      [{ maxQueueMs: "30s" }, /server\.maxQueueMs: expected less than server\.requestTimeoutMs \(30000 ms\)/],
      [{ maxEventLoopDelayMs: -5 }, /server\.maxEventLoopDelayMs: /],
      [{ maxQueueMs: 200, maxEventLoopDelayMs: 200 }, /server\.maxEventLoopDelayMs: expected less than server\.maxQueueMs \(200 ms\), or 0/],
    ];
    for (const [server, message] of cases) assert.match(configError(() => parseConfig({ server })).message, message);
    assert.equal(parseConfig({ server: { headersTimeoutMs: 400, requestTimeoutMs: 500 } }).server.maxQueueMs, 250, "unset, it stays below a short request deadline");
    const s = parseConfig({ server: { maxInFlight: "8", maxQueued: 0, maxQueueMs: "250ms", maxEventLoopDelayMs: 100 } }).server;
    assert.deepEqual([s.maxInFlight, s.maxQueued, s.maxQueueMs, s.maxEventLoopDelayMs], [8, 0, 250, 100]);
  });

  test("an unknown nested key (server.prot)", () => {
    const err = configError(() => parseConfig({ server: { prot: 8080 } }));
    assert.match(err.message, /server\.prot: unknown key/);
  });

  test("an unknown key inside a provider", () => {
    const err = configError(() => parseConfig({ providers: { demo: { type: "demo", sytemPrompt: "x" } } }));
    assert.match(err.message, /providers\.demo\.sytemPrompt: unknown key/);
  });

  test("an unknown key inside a model names the array index", () => {
    const err = configError(() =>
      parseConfig({ providers: { demo: { type: "demo" } }, models: [{ name: "demo", provider: "demo", upstream: "x" }] }),
    );
    assert.match(err.message, /models\[0\]\.upstream: unknown key/);
  });

  test("a port given as a non-numeric string names the path and what was expected", () => {
    const err = configError(() => parseConfig({ server: { port: "abc" } }));
    assert.match(err.message, /server\.port: .*expected number/);
  });

  test("a port out of range is rejected", () => {
    const err = configError(() => parseConfig({ server: { port: 70000 } }));
    assert.match(err.message, /server\.port:/);
  });

  test("a wrong boolean type is rejected", () => {
    const err = configError(() => parseConfig({ server: { trustProxy: "yes" } }));
    assert.match(err.message, /server\.trustProxy: .*expected boolean/);
  });

  test("a garbage size names the key and what was expected, without echoing the value", () => {
    const err = configError(() => parseConfig({ server: { maxBodyBytes: "lots" } }));
    assert.match(err.message, /server\.maxBodyBytes: expected server\.maxBodyBytes as bytes/);
    assert.doesNotMatch(err.message, /"lots"/);
  });

  test("a zero size and a garbage duration are rejected", () => {
    assert.match(configError(() => parseConfig({ server: { maxBodyBytes: 0 } })).message, /server\.maxBodyBytes:/);
    assert.match(configError(() => parseConfig({ server: { requestTimeoutMs: "soon" } })).message, /server\.requestTimeoutMs:/);
  });

  test("an unknown log level lists the allowed ones", () => {
    const err = configError(() => parseConfig({ log: { level: "loud" } }));
    assert.match(err.message, /log\.level: .*"info"/);
  });

  test("an unknown provider type", () => {
    const err = configError(() => parseConfig({ providers: { x: { type: "bedrock", baseUrl: "https://x" } } }));
    assert.match(err.message, /providers\.x\.type: expected one of the provider types openai, azure-openai, anthropic, http, demo/);
  });

  test("a provider missing its type", () => {
    const err = configError(() => parseConfig({ providers: { x: { baseUrl: "https://x" } } }));
    assert.match(err.message, /providers\.x/);
  });

  test("a required field missing (azure apiKey)", () => {
    const err = configError(() => parseConfig({ providers: { az: { type: "azure-openai", baseUrl: "https://r.openai.azure.com" } } }));
    assert.match(err.message, /providers\.az\.apiKey:/);
  });

  test("a baseUrl that is not http(s), or carries credentials, is rejected without echoing it", () => {
    const bad = configError(() => parseConfig({ providers: { o: { type: "openai", baseUrl: "ftp://example.com" } } }));
    assert.match(bad.message, /providers\.o\.baseUrl: expected an http\(s\) URL/);
    const creds = configError(() =>
      parseConfig({ providers: { o: { type: "openai", baseUrl: "https://user:hunter2-pw@example.com/v1" } } }),
    );
    assert.match(creds.message, /providers\.o\.baseUrl: expected an http\(s\) URL without credentials/);
    assert.ok(!creds.message.includes("hunter2-pw"), "the password in the URL must not be echoed");
  });

  test("an invalid provider name (record key) is rejected, naming the path", () => {
    const err = configError(() => parseConfig({ providers: { "bad name!": { type: "demo" } } }));
    assert.match(err.message, /providers\.bad name!:/);
  });

  test(
    "an invalid provider name says what a name must look like",
    () => {
      const err = configError(() => parseConfig({ providers: { "bad name!": { type: "demo" } } }));
      assert.match(err.message, /expected a name/);
    },
  );

  test("a model referencing a missing provider lists the configured ones", () => {
    const err = configError(() =>
      parseConfig({ providers: { demo: { type: "demo" } }, models: [{ name: "gpt-4o", provider: "openai" }] }),
    );
    assert.match(err.message, /models\[0\]\.provider: expected one of the configured providers \(demo\), got "openai"/);
  });

  test("a model referencing a missing provider when none are configured", () => {
    const err = configError(() => parseConfig({ models: [{ name: "gpt-4o", provider: "openai" }] }));
    assert.match(err.message, /none configured/);
  });

  test("a model on an http provider is rejected", () => {
    const err = configError(() =>
      parseConfig({ providers: { fraud: { type: "http", baseUrl: "http://x" } }, models: [{ name: "m", provider: "fraud" }] }),
    );
    assert.match(err.message, /models\[0\]\.provider: provider "fraud" is of type http/);
  });

  test("a route on a non-http provider is rejected", () => {
    const err = configError(() =>
      parseConfig({ providers: { demo: { type: "demo" } }, routes: [{ name: "r", provider: "demo" }] }),
    );
    assert.match(err.message, /routes\[0\]\.provider: expected a provider of type http for a generic route, got type demo/);
  });

  test("a route on a missing provider is rejected", () => {
    const err = configError(() => parseConfig({ routes: [{ name: "r", provider: "nope" }] }));
    assert.match(err.message, /routes\[0\]\.provider: expected one of the configured providers/);
  });

  test("a route with an unsupported method is rejected", () => {
    const err = configError(() =>
      parseConfig({ providers: { f: { type: "http", baseUrl: "http://x" } }, routes: [{ name: "r", provider: "f", methods: ["TRACE"] }] }),
    );
    assert.match(err.message, /routes\[0\]\.methods\[0\]:/);
  });

  test("duplicate model names are rejected, naming the second one", () => {
    const err = configError(() =>
      parseConfig({
        providers: { demo: { type: "demo" } },
        models: [
          { name: "demo", provider: "demo" },
          { name: "other", provider: "demo" },
          { name: "demo", provider: "demo" },
        ],
      }),
    );
    assert.deepEqual(err.problems, ['models[2].name: duplicate model name "demo"']);
  });

  test("duplicate route names are rejected", () => {
    const err = configError(() =>
      parseConfig({
        providers: { f: { type: "http", baseUrl: "http://x" } },
        routes: [
          { name: "r", provider: "f" },
          { name: "r", provider: "f" },
        ],
      }),
    );
    assert.match(err.message, /routes\[1\]\.name: duplicate route name "r"/);
  });

  test("every problem is reported, not just the first", () => {
    const err = configError(() => parseConfig({ server: { port: "x", prot: 1 }, log: { level: "loud" } }));
    assert.equal(err.problems.length, 3);
    assert.ok(err.problems.some((p) => p.startsWith("server.port:")));
    assert.ok(err.problems.some((p) => p.startsWith("server.prot:")));
    assert.ok(err.problems.some((p) => p.startsWith("log.level:")));
  });

  test("the source name appears in the message", () => {
    const err = configError(() => parseConfig({ nope: 1 }, {}, "/etc/wardgate.yaml"));
    assert.match(err.message, /^\/etc\/wardgate\.yaml is invalid:/);
  });
});

describe("parseConfig: environment interpolation", () => {
  test(`\${VAR} is replaced in strings, at any depth`, () => {
    const cfg = parseConfig(
      {
        providers: {
          openai: {
            type: "openai",
            baseUrl: `https://\${HOST}/v1`,
            apiKey: `\${OPENAI_API_KEY}`,
            headers: { "X-Team": `team-\${TEAM}` },
          },
        },
      },
      { HOST: "llm.internal", OPENAI_API_KEY: "sk-live-123", TEAM: "risk" },
    );
    const p = cfg.providers.openai;
    assert.ok(p && p.type === "openai");
    assert.equal(p.baseUrl, "https://llm.internal/v1");
    assert.equal(p.apiKey, "sk-live-123");
    assert.deepEqual(p.headers, { "X-Team": "team-risk" });
  });

  test(`\${VAR:-default} uses the default when the variable is unset or empty, and the value when set`, () => {
    const raw = { server: { host: `\${BIND:-127.0.0.2}` } };
    assert.equal(parseConfig(raw, {}).server.host, "127.0.0.2");
    assert.equal(parseConfig(raw, { BIND: "" }).server.host, "127.0.0.2");
    assert.equal(parseConfig(raw, { BIND: "0.0.0.0" }).server.host, "0.0.0.0");
  });

  test("a missing variable is named with its path, and no secret value appears in the error", () => {
    const secret = "sk-very-secret-value-42";
    const err = configError(() =>
      parseConfig(
        {
          providers: {
            openai: { type: "openai", baseUrl: "https://api.openai.com/v1", apiKey: `\${OPENAI_API_KEY}` },
            anthropic: { type: "anthropic", apiKey: `\${ANTHROPIC_API_KEY}` },
          },
        },
        { OPENAI_API_KEY: secret },
      ),
    );
    assert.match(err.message, /providers\.anthropic\.apiKey: environment variable ANTHROPIC_API_KEY is not set/);
    assert.ok(!err.message.includes(secret), "the error leaked another secret's value");
    assert.ok(!err.problems.join("\n").includes(secret));
  });

  test("a missing variable inside an array names the index", () => {
    const err = configError(() =>
      parseConfig({ providers: { demo: { type: "demo" } }, models: [{ name: `\${MODEL_NAME}`, provider: "demo" }] }, {}),
    );
    assert.match(err.message, /models\[0\]\.name: environment variable MODEL_NAME is not set/);
  });

  test("values are only read from the env passed in, not process.env", () => {
    process.env.WARDGATE_TEST_ONLY_VAR = "from-process-env";
    try {
      const err = configError(() => parseConfig({ server: { host: `\${WARDGATE_TEST_ONLY_VAR}` } }, {}));
      assert.match(err.message, /WARDGATE_TEST_ONLY_VAR is not set/);
    } finally {
      delete process.env.WARDGATE_TEST_ONLY_VAR;
    }
  });

  test(
    `a numeric field can be set from the environment (port: \${PORT})`,
    () => {
      const cfg = parseConfig({ server: { port: `\${PORT}` } }, { PORT: "9090" });
      assert.equal(cfg.server.port, 9090);
    },
  );

  test(
    "a secret interpolated into a size/duration field is not echoed in the error",
    () => {
      const secret = "sk-misplaced-secret-99";
      const err = configError(() =>
        parseConfig({ providers: { o: { type: "openai", baseUrl: "http://x", timeoutMs: `\${OPENAI_API_KEY}` } } }, { OPENAI_API_KEY: secret }),
      );
      assert.match(err.message, /providers\.o\.timeoutMs:/);
      assert.ok(!err.message.includes(secret));
    },
  );
});

describe("loadConfigFile", () => {
  const dir = mkdtempSync(join(tmpdir(), "wardgate-config-test-"));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  test("invalid YAML gives a ConfigError naming the file", () => {
    const path = write("bad.yaml", "server:\n  port: [8787\n  host: x\n");
    const err = configError(() => loadConfigFile(path));
    assert.match(err.message, /is not valid YAML/);
    assert.ok(err.message.includes(path));
    assert.ok(err.problems.length >= 1);
  });

  test("duplicate YAML keys are a ConfigError", () => {
    const path = write("dup.yaml", "server:\n  port: 1\n  port: 2\n");
    const err = configError(() => loadConfigFile(path));
    assert.match(err.message, /is not valid YAML/);
  });

  test("aliases that expand exponentially (billion laughs) are a ConfigError, not a crash", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 8; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(", ")}]`);
    }
    const err = configError(() => loadConfigFile(write("laughs.yaml", `${levels.join("\n")}\n`)));
    assert.match(err.message, /is not valid YAML:\n {2}.*alias/i);
  });

  test("a missing file is a ConfigError that says so", () => {
    const err = configError(() => loadConfigFile(join(dir, "does-not-exist.yaml")));
    assert.match(err.message, /cannot read config file .*no such file/);
  });

  test("schema errors from a file name the file and the key path", () => {
    const path = write("schema.yaml", "server:\n  prot: 1\n");
    const err = configError(() => loadConfigFile(path));
    assert.ok(err.message.startsWith(`${path} is invalid:`));
    assert.match(err.message, /server\.prot: unknown key/);
  });

  test("env interpolation works through loadConfigFile", () => {
    const path = write("env.yaml", `server:\n  host: \${BIND:-127.0.0.9}\n`);
    assert.equal(loadConfigFile(path, {}).server.host, "127.0.0.9");
    assert.equal(loadConfigFile(path, { BIND: "10.0.0.1" }).server.host, "10.0.0.1");
  });

  test("relative dataDir and sqlite store paths resolve against the config file's folder", () => {
    const sub = join(dir, "nested");
    const path = join(sub, "wardgate.yaml");
    mkdirSync(sub, { recursive: true });
    writeFileSync(path, "dataDir: state\nstore: sqlite:db/wardgate.db\n");
    const cfg = loadConfigFile(path);
    assert.equal(cfg.dataDir, join(sub, "state"));
    assert.equal(cfg.store, `sqlite:${join(sub, "db/wardgate.db")}`);
    assert.equal(sqlitePath(cfg), join(sub, "db/wardgate.db"));
  });

  test("store: a PostgreSQL URL is accepted (both schemes) and shown with its password masked", () => {
    for (const url of ["postgres://user:secret@db.internal:5432/wardgate", "postgresql://user:secret@db.internal/wardgate?sslmode=require"]) {
      const cfg = loadConfigFile(write("pg.yaml", `store: '${url}'\n`));
      assert.equal(cfg.store, url, "left as written (no path resolution)");
      assert.equal(postgresUrl(cfg), url);
      assert.throws(() => sqlitePath(cfg), /the store is PostgreSQL/);
      assert.match(describeStore(cfg), /^PostgreSQL postgres(ql)?:\/\/user:\*\*\*@db\.internal/);
      assert.ok(!describeStore(cfg).includes("secret"));
    }
    assert.equal(redactUrl("postgres://u@h/d?password=secret"), "postgres://u@h/d?password=***");
    assert.equal(postgresUrl(loadConfigFile(write("sq.yaml", "store: sqlite:/srv/w.db\n"))), undefined);
  });

  test("store: any other form is refused naming the key and both accepted forms, never echoing the value", () => {
    for (const store of ["mysql://user:secret@host/db", "sqlite:", "postgres://user:secret@[bad", "secret"]) {
      const err = configError(() => parseConfig({ store }));
      assert.match(err.message, /store: expected "sqlite:<path>" or "postgres:\/\/<user>:<password>@<host>:<port>\/<database>" \(postgresql:\/\/ also accepted\)/);
      assert.ok(!err.message.includes("secret"), err.message);
    }
  });

  test("absolute paths and :memory: are left alone", () => {
    const path = write("abs.yaml", "dataDir: /var/lib/wardgate\nstore: 'sqlite::memory:'\n");
    const cfg = loadConfigFile(path);
    assert.equal(cfg.dataDir, "/var/lib/wardgate");
    assert.equal(cfg.store, "sqlite::memory:");
    const path2 = write("abs2.yaml", "store: sqlite:/srv/w.db\n");
    assert.equal(loadConfigFile(path2).store, "sqlite:/srv/w.db");
  });

  test("the default dataDir resolves against the file's folder and hosts the sqlite file", () => {
    const path = write("default.yaml", "log:\n  level: warn\n");
    const cfg = loadConfigFile(path);
    assert.equal(cfg.dataDir, join(dir, ".wardgate"));
    assert.equal(sqlitePath(cfg), join(dir, ".wardgate", "wardgate.db"));
  });

  test("an empty file is the default config", () => {
    const path = write("empty.yaml", "");
    const cfg = loadConfigFile(path);
    assert.equal(cfg.server.port, 8787);
  });
});

describe("units", () => {
  test("parseBytes accepts sizes", () => {
    assert.equal(parseBytes("1mb"), 1024 * 1024);
    assert.equal(parseBytes("512kb"), 512 * 1024);
    assert.equal(parseBytes("512 KiB"), 512 * 1024);
    assert.equal(parseBytes("1GB"), 1024 ** 3);
    assert.equal(parseBytes(2048), 2048);
    assert.equal(parseBytes("2048"), 2048);
    assert.equal(parseBytes("10b"), 10);
    assert.equal(parseBytes("1.5kb"), 1536);
    assert.equal(parseBytes(0), 0);
  });

  test("parseBytes rejects garbage", () => {
    for (const bad of ["", "abc", "mb", "1xb", "-1", "1 mb 2", "1e3", "1,000", "0x10"]) {
      assert.equal(parseBytes(bad), undefined, `parseBytes(${JSON.stringify(bad)})`);
    }
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      assert.equal(parseBytes(bad), undefined, `parseBytes(${bad})`);
    }
  });

  test("parseDuration accepts durations", () => {
    assert.equal(parseDuration("30s"), 30_000);
    assert.equal(parseDuration("5m"), 300_000);
    assert.equal(parseDuration("90d"), 90 * 86_400_000);
    assert.equal(parseDuration("2h"), 7_200_000);
    assert.equal(parseDuration("250ms"), 250);
    assert.equal(parseDuration("250"), 250);
    assert.equal(parseDuration(250), 250);
    assert.equal(parseDuration("1.5s"), 1500);
    assert.equal(parseDuration(" 10 S "), 10_000);
  });

  test("parseDuration rejects garbage", () => {
    for (const bad of ["", "abc", "s", "5y", "5 minutes", "-5s", "5s5", "1w", "ms5"]) {
      assert.equal(parseDuration(bad), undefined, `parseDuration(${JSON.stringify(bad)})`);
    }
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      assert.equal(parseDuration(bad), undefined, `parseDuration(${bad})`);
    }
  });
});

describe("demoConfig", () => {
  test("gives a demo provider, a model named demo, and an absolute dataDir", () => {
    const cfg = demoConfig("relative-dir");
    assert.equal(cfg.providers.demo?.type, "demo");
    assert.deepEqual(cfg.models, [{ name: "demo", provider: "demo" }]);
    assert.equal(cfg.dataDir, resolve("relative-dir"));
    assert.equal(cfg.server.port, 8787);
    assert.deepEqual(cfg.routes, []);
  });

  test("applies host and port overrides", () => {
    const cfg = demoConfig("/tmp/x", { host: "0.0.0.0", port: 0 });
    assert.equal(cfg.server.host, "0.0.0.0");
    assert.equal(cfg.server.port, 0);
  });
});

describe("STARTER_CONFIG", () => {
  test("parses with the yaml package and validates", () => {
    const cfg = parseConfig(parse(STARTER_CONFIG));
    assert.equal(cfg.server.port, 8787);
    assert.equal(cfg.server.maxBodyBytes, 1024 * 1024);
    assert.equal(cfg.server.headersTimeoutMs, 10_000);
    assert.equal(cfg.server.requestTimeoutMs, 30_000);
    assert.equal(cfg.server.maxConnectionsPerAddress, 256);
    assert.deepEqual(cfg.server.trustedProxies, []);
    assert.equal(cfg.server.shutdownGraceMs, 15_000);
    assert.equal(cfg.providers.demo?.type, "demo");
    assert.equal(cfg.providers.demo?.type === "demo" && cfg.providers.demo.chunkDelayMs, 20);
    assert.deepEqual(cfg.models, [{ name: "demo", provider: "demo", guard: "demo" }]);
    assert.deepEqual(cfg.routes, []);
    assert.equal(cfg.guard.profile, "standard");
  });

  test("keeps leak protection for the demo model: its profile knows the demo prompt and canary (issue 13)", () => {
    const cfg = parseConfig(parse(STARTER_CONFIG));
    const demo = cfg.providers.demo;
    assert.ok(demo?.type === "demo");
    assert.equal(demo.systemPrompt, DEMO_SYSTEM_PROMPT);
    const leak = cfg.guard.profiles.demo?.leak;
    assert.deepEqual(leak?.canaries, [DEMO_CANARY]);
    assert.equal(leak?.systemPrompt, demo.systemPrompt, "one prompt, named twice through a YAML alias");
  });

  test("the commented guard profile example is valid once uncommented", () => {
    const lines = STARTER_CONFIG.split("\n");
    const from = lines.indexOf("  profiles:");
    assert.ok(from > 0, "the starter config has a guard.profiles line");
    const example = lines.slice(from + 1).filter((l) => l.startsWith("  #   ") || l === "  # support-bot:").map((l) => `    ${l.slice(4)}`);
    const kept = lines.slice(from + 1).filter((l) => l.startsWith("    ") && !l.startsWith("    #"));
    const text = [...lines.slice(0, from), "  profiles:", ...kept, ...example].join("\n");
    const cfg = parseConfig(parse(text));
    const p = cfg.guard.profiles["support-bot"];
    assert.equal(p?.extends, "standard");
    assert.equal(p?.custom?.length, 2);
    assert.deepEqual(p?.request?.["pii.person"], { action: "flag", threshold: 0.8 });
  });

  test("loads through loadConfigFile too", () => {
    const dir = mkdtempSync(join(tmpdir(), "wardgate-starter-"));
    try {
      const path = join(dir, "wardgate.yaml");
      writeFileSync(path, STARTER_CONFIG);
      const cfg = loadConfigFile(path, {});
      assert.equal(cfg.dataDir, join(dir, ".wardgate"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("guard configuration", () => {
  const base = { providers: { demo: { type: "demo" } }, models: [{ name: "demo", provider: "demo" }] };

  test("a profile named anywhere must exist", () => {
    const err = configError(() => parseConfig({ ...base, models: [{ name: "demo", provider: "demo", guard: "stirct" }] }));
    assert.equal(err.problems.length, 1);
    assert.match(err.problems[0]!, /^models\[0\]\.guard: expected one of the guard profiles \(standard, strict, monitor, off\), got "stirct"$/);
    const err2 = configError(() => parseConfig({ ...base, guard: { profile: "nope" } }));
    assert.match(err2.problems[0]!, /^guard\.profile: expected one of the guard profiles/);
  });

  test("extends chains may not loop", () => {
    const err = configError(() => parseConfig({ ...base, guard: { profiles: { a: { extends: "b" }, b: { extends: "a" } } } }));
    assert.ok(err.problems.some((p) => /^guard\.profiles\.a\.extends: expected a chain of profiles without a cycle \(a → b → a\)$/.test(p)), err.problems.join("\n"));
  });

  test("rules, actions, thresholds and custom regexes are checked with their paths", () => {
    const err = configError(() =>
      parseConfig({
        ...base,
        guard: {
          profiles: {
            p: {
              request: { pii: "erase", "links.x": { action: "block", threshold: 2 } },
              custom: [{ name: "bad", regex: "(?<=x)y" }],
              links: { allowDomains: ["not a domain"] },
            },
          },
        },
      }),
    );
    const text = err.problems.join("\n");
    assert.match(text, /guard\.profiles\.p\.request\.pii\.action: expected one of allow, flag, redact, block/);
    assert.match(text, /guard\.profiles\.p\.request\.links\.x\.threshold: /);
    assert.match(text, /guard\.profiles\.p\.custom\[0\]\.regex: expected a regular expression in RE2 syntax/);
    assert.match(text, /guard\.profiles\.p\.links\.allowDomains\[0\]: expected a domain name/);
  });
});
