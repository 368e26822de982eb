/**
 * `wardgate serve` with a file witness and a webhook sink in its config, as
 * an operator would run it: requests become events, the witness file holds
 * the last checkpoint after shutdown, the SIEM receives events, and
 * `wardgate audit verify --checkpoint <witness file>` proves the log intact.
 */
import assert from "node:assert/strict";
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { type AddressInfo, createServer as createNetServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { test } from "node:test";
import { request } from "undici";
import { waitFor } from "../fixtures/wait.js";

const ROOT = resolve(import.meta.dirname, "../..");
const CLI = join(ROOT, "dist/cli/main.js");

const freePort = () =>
  new Promise<number>((res) => {
    const s = createNetServer().listen(0, "127.0.0.1", () => {
      const p = (s.address() as AddressInfo).port;
      s.close(() => res(p));
    });
  });

test("serve publishes checkpoints to the file witness and streams to the sink; verify proves the log against the witness", async () => {
  const dir = mkdtempSync(join(tmpdir(), "wardgate-audit-serve-"));
  const received: Record<string, unknown>[] = [];
  const receiver = createServer(async (req, res) => {
    let text = "";
    for await (const c of req) text += c;
    for (const line of text.trimEnd().split("\n")) received.push(JSON.parse(line));
    res.writeHead(204).end();
  });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  const port = await freePort();
  const witnessFile = join(dir, "witness", "checkpoint");
  const config = join(dir, "wardgate.yaml");
  writeFileSync(
    config,
    JSON.stringify({
      dataDir: join(dir, "data"),
      server: { host: "127.0.0.1", port },
      admin: { enabled: false },
      providers: { demo: { type: "demo" } },
      models: [{ name: "demo", provider: "demo" }],
      audit: {
        origin: "serve.test/wardgate/audit",
        checkpoint: { everyEvents: 2 },
        witnesses: [{ file: witnessFile }],
        sinks: [{ webhook: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/ingest`, format: "jsonl", batch: 2 }],
      },
    }),
  );
  const cli = (args: string[]) => {
    const r = spawnSync(process.execPath, [CLI, "-c", config, ...args], { encoding: "utf8", cwd: ROOT });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  let child: ChildProcess | undefined;
  try {
    const made = cli(["keys", "create", "--principal", "svc", "--model", "demo", "--json"]);
    assert.equal(made.code, 0, made.stderr);
    const key = JSON.parse(made.stdout).key as string;

    const serve = spawn(process.execPath, [CLI, "-c", config, "serve"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    child = serve;
    let out = "";
    await new Promise<void>((res, rej) => {
      const timer = setTimeout(() => rej(new Error(`serve did not start: ${out}`)), 30_000);
      serve.stdout!.on("data", (d) => {
        out += d;
        if (/listening on/.test(out)) {
          clearTimeout(timer);
          res();
        }
      });
      serve.once("exit", (code) => rej(new Error(`serve exited ${code}: ${out}`)));
    });
    serve.removeAllListeners("exit");
    for (let i = 0; i < 3; i++) {
      const r = await request(`http://127.0.0.1:${port}/v1/chat/completions`, {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
        body: JSON.stringify({ model: "demo", messages: [{ role: "user", content: `hi ${i}` }] }),
      });
      assert.equal(r.statusCode, 200);
      await r.body.dump();
    }
    // The sink polls once a second: let it deliver before the shutdown.
    await waitFor(() => received.length >= 3, { what: () => `3 events at the sink (got ${received.length})` });
    const exited = new Promise<number | null>((res) => serve.once("exit", res));
    serve.kill("SIGTERM");
    assert.equal(await exited, 0);

    assert.ok(existsSync(witnessFile), "the file witness holds a checkpoint");
    assert.ok(received.length >= 3, `the SIEM received events: ${received.length}`);
    assert.deepEqual(received.map((e) => e.seq), Array.from({ length: received.length }, (_, i) => i));
    const keyFile = join(dir, "audit.vkey");
    const vkey = cli(["audit", "verifier-key"]);
    assert.equal(vkey.code, 0, vkey.stderr);
    writeFileSync(keyFile, vkey.stdout);
    const verified = cli(["audit", "verify", "--verifier-key", keyFile, "--checkpoint", witnessFile]);
    assert.equal(verified.code, 0, verified.stdout + verified.stderr);
    const size = Number(readFileSync(witnessFile, "utf8").split("\n")[1]);
    assert.ok(size >= 3);
    assert.match(verified.stdout, new RegExp(`the log only grew from size ${size}`));
    assert.match(verified.stdout, /OK: the log verifies/);
  } finally {
    if (child && child.exitCode === null) child.kill("SIGKILL");
    receiver.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
