/**
 * The baseline: the least a Node proxy can do for the same traffic. One
 * undici Pool to the upstream, forwarding method, path, content-type and body,
 * and piping the reply back with its status and content-type. No auth, no
 * parsing, no logging. Usage: bare-proxy.ts <upstream origin>; prints
 * `BARE <port>` when ready, exits when its stdin closes.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Pool } from "undici";

const origin = process.argv[2];
if (!origin) throw new Error("usage: bare-proxy.ts <upstream origin>");
// Same pool size as the gateway's default upstream `connections`.
const pool = new Pool(origin, { connections: 128 });

const server = createServer((req, res) => {
  // The body is buffered (as the gateway must, to read `model`), so the
  // upstream sees a content-length in both cases rather than chunked uploads.
  const parts: Buffer[] = [];
  req.on("data", (c: Buffer) => parts.push(c));
  req.on("end", () => {
    const contentType = req.headers["content-type"];
    pool
      .request({
        method: (req.method ?? "GET") as "POST",
        path: req.url ?? "/",
        headers: contentType ? { "content-type": contentType } : {},
        body: parts.length ? Buffer.concat(parts) : null,
      })
      .then(
        (up) => {
          const type = up.headers["content-type"];
          res.writeHead(up.statusCode, typeof type === "string" ? { "content-type": type } : {});
          // pipe(), as the gateway uses, not stream.pipeline(): on this machine
          // pipeline() made this proxy cost ~135 instead of ~80 µs CPU per
          // streamed request, a slower baseline that would flatter the gateway.
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
  process.stdout.write(`BARE ${(server.address() as AddressInfo).port}\n`);
});

const stop = () => {
  server.closeAllConnections();
  server.close();
  void pool.close().finally(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
process.stdin.on("end", stop);
process.stdin.resume();
