/**
 * `npm run test:busy`: the test suite on a machine whose every core is busy.
 *
 * Starts one busy-looping child process per CPU (not niced: the point is that
 * the tests compete for CPU like they do on a loaded CI runner), runs the same
 * command as `npm test`, stops the hogs and exits with the test status.
 *
 * `npm run test:busy -- test/e2e/foo.test.ts ...` runs only those files
 * (`node --import tsx --test <files>`) under the same load. WARDGATE_HOGS=n
 * overrides the number of hogs.
 *
 * The hogs die with this process: they are killed on exit and on signals, and
 * each one also exits by itself when its parent is gone (its ppid changes),
 * so even a SIGKILL of this script leaves no spinning orphans.
 */

import { type ChildProcess, spawn } from "node:child_process";
import { availableParallelism } from "node:os";

const HOG_SOURCE = `
const parent = process.ppid;
for (;;) {
  const until = Date.now() + 50;
  while (Date.now() < until) {}
  if (process.ppid !== parent) process.exit(0);
}`;

const hogCount = Number(process.env.WARDGATE_HOGS ?? availableParallelism());
const hogs: ChildProcess[] = [];

function stopHogs(): void {
  for (const hog of hogs) if (hog.exitCode === null && hog.signalCode === null) hog.kill("SIGKILL");
}

function startHogs(): void {
  for (let i = 0; i < hogCount; i++) {
    const hog = spawn(process.execPath, ["-e", HOG_SOURCE], { stdio: "ignore" });
    hog.on("error", (err) => console.error(`test:busy: hog ${i} failed: ${err.message}`));
    hogs.push(hog);
  }
}

const files = process.argv.slice(2);
const [command, args] =
  files.length > 0 ? [process.execPath, ["--import", "tsx", "--test", ...files]] : ["npm", ["test"]];

process.on("exit", stopHogs);
process.on("uncaughtException", (err) => {
  console.error(err);
  stopHogs();
  process.exit(1);
});

startHogs();
const started = Date.now();
console.log(`test:busy: ${hogs.length} CPU hogs running; ${command === "npm" ? "npm test" : `node --test ${files.join(" ")}`}`);
// Its own process group: npm does not pass a signal on to the test runner, so a stop signals the group.
const tests = spawn(command, args as string[], { stdio: "inherit", detached: true });

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    stopHogs();
    try {
      process.kill(-tests.pid!, signal);
    } catch {
      tests.kill(signal); // the group is gone already
    }
  });
}

tests.on("error", (err) => {
  console.error(`test:busy: could not start the tests: ${err.message}`);
  process.exit(1);
});
tests.on("exit", (code, signal) => {
  stopHogs();
  console.log(`test:busy: finished in ${Math.round((Date.now() - started) / 1000)} s under ${hogs.length} hogs (${signal ?? `exit ${code}`})`);
  process.exit(code ?? 1);
});
