/**
 * A guard worker thread (pool.ts): builds the profiles' guards once, then
 * inspects what the gateway hands it, one job at a time. It sees only the
 * texts and the exchange's pseudonym numbering, never a socket or a key.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { GuardConfig } from "../config/guard-schema.js";
import { Guard } from "./engine.js";
import type { PoolJob, PoolReply } from "./pool.js";
import { resolveProfile } from "./profiles.js";
import { Pseudonyms } from "./pseudonyms.js";

const config = (workerData as { guard: GuardConfig }).guard;
const guards = new Map<string, Guard>();

function guardFor(name: string): Guard {
  let g = guards.get(name);
  if (!g) {
    g = new Guard(resolveProfile(name, config));
    guards.set(name, g);
  }
  return g;
}

parentPort!.on("message", (job: PoolJob) => {
  let reply: PoolReply;
  try {
    const guard = guardFor(job.profile);
    const pseudonyms = new Pseudonyms();
    pseudonyms.absorb(job.pseudonyms);
    const before = pseudonyms.issued;
    const leak = job.direction === "response" ? guard.leakDetectorFor(job.systemPrompt) : undefined;
    const result = guard.inspect(job.direction, job.fields, { pseudonyms, leak, except: job.except, conversations: job.conversations, conversation: job.conversation });
    reply = { id: job.id, ok: true, result, pseudonyms: pseudonyms.state(before) };
  } catch (err) {
    // No stack and no text: the message names the failure only.
    reply = { id: job.id, ok: false, message: (err as Error).message };
  }
  parentPort!.postMessage(reply);
});
parentPort!.postMessage({ ready: true });
