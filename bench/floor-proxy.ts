/**
 * The floor: the bare proxy plus the least work any gateway must do for every
 * request — hash the presented key (SHA-256 of the Authorization header,
 * looked up in a Map), JSON.parse the body to read `model`, and write one JSON
 * request-log line through a pino destination set up as the gateway's is. The
 * gap from the bare proxy to this one is the unavoidable part of the
 * gateway's; the rest is the gateway's own. Usage: floor-proxy.ts <upstream
 * origin> <log file>; prints `FLOOR <port>` when ready, exits when its stdin
 * closes.
 */
import { hash } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { pino } from "pino";
import { Pool } from "undici";

const origin = process.argv[2];
const logFile = process.argv[3];
if (!origin || !logFile) throw new Error("usage: floor-proxy.ts <upstream origin> <log file>");
// Same pool size as the gateway's default upstream `connections`.
const pool = new Pool(origin, { connections: 128 });
// Same destination options as the gateway's request log: asynchronous, batched up to 4 KiB per write.
const dest = pino.destination({ dest: logFile, sync: false, minLength: 4096 });

/**
 * Key hash → principal. Nothing is rejected: an unknown key is remembered on
 * first sight, so every request pays one hash and one lookup, as a gateway
 * with its keys cached in memory does, without the bench handing keys over.
 */
const principals = new Map<string, string>();
let requests = 0;

const server = createServer((req, res) => {
  const start = performance.now();
  const parts: Buffer[] = [];
  req.on("data", (c: Buffer) => parts.push(c));
  req.on("end", () => {
    // crypto.hash, the one-shot form, as the gateway uses.
    const keyHash = hash("sha256", req.headers.authorization ?? "", "hex");
    let principal = principals.get(keyHash);
    if (principal === undefined) {
      principal = `p${principals.size + 1}`;
      principals.set(keyHash, principal);
    }
    const reqId = `r${++requests}`;
    let model: string | undefined;
    // One line per request once the reply is done, with the fields a request log needs.
    res.once("close", () => {
      const line = {
        level: 30,
        time: new Date().toISOString(),
        reqId,
        method: req.method,
        path: req.url,
        status: res.statusCode,
        ms: performance.now() - start,
        principal,
        model,
        outcome: res.writableFinished ? "ok" : "aborted",
        msg: "request",
      };
      dest.write(`${JSON.stringify(line)}\n`);
    });
    const body = parts.length ? Buffer.concat(parts) : null;
    try {
      const parsed: unknown = body ? JSON.parse(body.toString("utf8")) : undefined;
      const m = (parsed as { model?: unknown } | undefined)?.model;
      if (typeof m === "string") model = m;
    } catch {
      res.writeHead(400);
      res.end();
      return;
    }
    const contentType = req.headers["content-type"];
    pool
      .request({
        method: (req.method ?? "GET") as "POST",
        path: req.url ?? "/",
        headers: contentType ? { "content-type": contentType } : {},
        body,
      })
      .then(
        (up) => {
          const type = up.headers["content-type"];
          res.writeHead(up.statusCode, typeof type === "string" ? { "content-type": type } : {});
          // pipe(), as the bare proxy and the gateway use (see bare-proxy.ts).
          // A caller that leaves early still frees the upstream body.
          up.body.pipe(res);
          res.once("close", () => {
            if (!res.writableFinished) up.body.destroy();
          });
        },
        () => {
          res.writeHead(502);
          res.end();
        },
      );
  });
});
server.keepAliveTimeout = 65_000;

server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`FLOOR ${(server.address() as AddressInfo).port}\n`);
});

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.closeAllConnections();
  server.close();
  dest.flushSync();
  void pool.close().finally(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
process.stdin.on("end", stop);
process.stdin.resume();
