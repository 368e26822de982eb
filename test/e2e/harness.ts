/**
 * Starts a real gateway in-process on an ephemeral port, with a real SQLite
 * store and a real log file, for end-to-end tests.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseConfig } from "../../src/config/load.js";
import { Keyring } from "../../src/crypto/keyring.js";
import { createLogger } from "../../src/gateway/log.js";
import { Gateway } from "../../src/gateway/server.js";
import { type NewKeyInput, issueKey } from "../../src/identity/gateway-keys.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import { waitFor } from "../fixtures/wait.js";

export interface TestGateway {
  url: string;
  /** The test's keyring (a random master key): seals the audit log's signing key. */
  keyring: Keyring;
  gw: Gateway;
  store: SqliteStore;
  dir: string;
  issue(input: Partial<NewKeyInput>): Promise<string>;
  /** The log file, once every request the gateway has answered is in it (see below). */
  logText(): Promise<string>;
  close(): Promise<void>;
}

export async function startGateway(raw: Record<string, unknown>): Promise<TestGateway> {
  const dir = mkdtempSync(join(tmpdir(), "wardgate-e2e-"));
  const logFile = join(dir, "gateway.log");
  const config = parseConfig({ ...raw, server: { port: 0, ...(raw.server as object) }, dataDir: dir, log: { level: "info", destination: logFile } });
  const store = await SqliteStore.open(join(dir, "wardgate.db"));
  const log = createLogger(config.log);
  const keyring = new Keyring([{ version: 1, state: "active", key: randomBytes(32) }]);
  const gw = await Gateway.start({ config, store, log, keyring });
  return {
    url: gw.url,
    keyring,
    gw,
    store,
    dir,
    issue: async (input) => (await issueKey(store.keys, { principal: "tester", ...input })).key,
    logText: async () => {
      // The request line is written when the exchange finishes, which can be after the client has read
      // the reply (on a busy machine, noticeably so): wait until nothing is in flight, then flush. A test
      // that keeps a request open on purpose reads the log after this bounded wait.
      await waitFor(() => gw.inFlightCount === 0, { timeoutMs: 5_000, intervalMs: 5 }).catch(() => undefined);
      await new Promise<void>((r) => log.flush(() => r()));
      return readFileSync(logFile, "utf8");
    },
    close: async () => {
      await gw.stop();
      await store.close();
      await new Promise<void>((r) => log.flush(() => r()));
    },
  };
}

/** Config with the demo model plus an OpenAI-compatible, an Anthropic and a generic upstream on the mock. */
export function fullConfig(upstreamUrl: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    providers: {
      demo: { type: "demo" },
      mock: { type: "openai", baseUrl: `${upstreamUrl}/v1`, apiKey: "sk-upstream-secret", timeoutMs: 1000 },
      claude: { type: "anthropic", baseUrl: upstreamUrl, apiKey: "sk-ant-upstream-secret" },
      fraud: { type: "http", baseUrl: upstreamUrl, headers: { "x-service-token": "svc-token" } },
    },
    models: [
      { name: "demo", provider: "demo" },
      { name: "mock-model", provider: "mock" },
      { name: "mapped", provider: "mock", upstreamModel: "real-upstream-name" },
      { name: "claude-test", provider: "claude" },
    ],
    routes: [{ name: "fraud", provider: "fraud", methods: ["POST"] }],
    ...extra,
  };
}
