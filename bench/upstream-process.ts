/**
 * The mock upstream in a process of its own, so its event loop never shares
 * a CPU slice with the load generator. Prints `UPSTREAM <port>` when ready.
 * Exits when its stdin closes, i.e. when the benchmark that started it dies.
 */
import { startMockUpstream } from "../test/fixtures/mock-upstream.js";

const upstream = await startMockUpstream();
process.stdout.write(`UPSTREAM ${upstream.port}\n`);

const stop = () => void upstream.close().finally(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
process.stdin.on("end", stop);
process.stdin.resume();
