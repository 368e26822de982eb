/**
 * A TCP proxy to a dependency (Redis) in a process of its own, for a bench to
 * cut it off mid-run without stopping the shared server. Prints `PROXY <port>`
 * when ready; reads `cut` / `restore` lines on stdin and answers `CUT` /
 * `RESTORED` once done. Exits when its stdin closes.
 */
import { createInterface } from "node:readline";
import { startTcpProxy } from "../test/fixtures/tcp-proxy.js";

const port = Number(process.argv[2] ?? 6379);
const proxy = await startTcpProxy({ port });
process.stdout.write(`PROXY ${proxy.port}\n`);

const stop = () => void proxy.close().finally(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
const lines = createInterface({ input: process.stdin });
lines.on("line", (line) => {
  if (line === "cut") {
    proxy.cut();
    process.stdout.write("CUT\n");
  } else if (line === "restore") {
    proxy.restore();
    process.stdout.write("RESTORED\n");
  }
});
lines.on("close", stop);
