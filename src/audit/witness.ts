/**
 * Publishing checkpoints to witnesses, so a rewritten log is caught by
 * someone who kept an older checkpoint.
 *
 * - FileWitness writes the latest signed checkpoint to a file atomically
 *   (temp file + rename) and appends every checkpoint to `<file>.log`: point
 *   it at storage the gateway's operators cannot rewrite (another host's
 *   mount, a WORM bucket's sync folder).
 * - HttpWitness speaks C2SP tlog-witness: POST <url> (the add-checkpoint
 *   endpoint) with `old <size>\n`, the consistency proof from that size (one
 *   base64 hash a line), a blank line and the signed checkpoint. 200 carries
 *   the witness's cosignature lines, which are checked against its key and
 *   added to the stored note; 409 says which size the witness has, and the
 *   request is made again from there. The size the witness has is kept in
 *   the store (as a cursor named `witness:<url>`) across restarts.
 */
import { appendFile, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { Agent, request } from "undici";
import type { AuditStore, StoredCheckpoint } from "./audit-store.js";
import type { CheckpointError } from "./checkpoint.js";
import { parseWitnessKey, verifyCosignatures, type WitnessKey } from "./cosignature.js";
import type { CheckpointPublisher } from "./log.js";
import { AuditProofs } from "./proofs.js";

export class WitnessError extends Error {
  override name = "WitnessError";
}

export class FileWitness implements CheckpointPublisher {
  readonly name: string;
  constructor(private readonly file: string) {
    this.name = `file:${file}`;
  }

  async publish(cp: StoredCheckpoint): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    await writeFile(tmp, cp.note, { mode: 0o644 });
    await rename(tmp, this.file);
    await appendFile(`${this.file}.log`, `${cp.note}\n`);
  }

  /** The checkpoint last written, if any: what `audit verify --checkpoint` takes. */
  async latest(): Promise<string | undefined> {
    try {
      return await readFile(this.file, "utf8");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw e;
    }
  }
}

export interface HttpWitnessOptions {
  /** The witness's add-checkpoint URL. */
  url: string;
  /** Names the witness's cursor in the store (default `witness:<url>`). */
  name?: string;
  /** The witness's cosigning key: `<name>+<hex id>+<base64 key>`. */
  verifierKey: string;
  headers?: Record<string, string>;
  /** PEM CA bundle to trust for the witness's certificate. */
  ca?: string;
  timeoutMs?: number;
}

/** How many times a 409 (the witness has another size) is followed before giving up. */
const MAX_CONFLICTS = 3;

export class HttpWitness implements CheckpointPublisher {
  readonly name: string;
  private readonly key: WitnessKey;
  private readonly dispatcher: Agent;
  private proofs: AuditProofs | undefined;

  constructor(private readonly options: HttpWitnessOptions) {
    this.name = options.name ? `witness:${options.name}` : `witness:${options.url}`;
    this.key = parseWitnessKey(options.verifierKey);
    const timeout = options.timeoutMs ?? 10_000;
    this.dispatcher = new Agent({ connect: { timeout, ...(options.ca ? { ca: options.ca } : {}) }, headersTimeout: timeout, bodyTimeout: timeout });
  }

  async publish(cp: StoredCheckpoint, store: AuditStore): Promise<void> {
    this.proofs ??= new AuditProofs(store);
    let oldSize = await store.sinkCursor(this.name);
    if (oldSize > cp.size) oldSize = 0; // a witness state from another log (the store was reset): let the witness say
    const text = cp.note.slice(0, cp.note.lastIndexOf("\n\n") + 1);
    for (let attempt = 0; ; attempt++) {
      const proof = await this.proofs.consistencyProof(oldSize, cp.size);
      const body = `old ${oldSize}\n${proof.map((h) => `${h.toString("base64")}\n`).join("")}\n${cp.note}`;
      const res = await request(this.options.url, {
        method: "POST",
        body,
        headers: { "content-type": "text/plain; charset=utf-8", ...this.options.headers },
        dispatcher: this.dispatcher,
      });
      const reply = await res.body.text();
      if (res.statusCode === 409) {
        const theirs = Number(reply.trim());
        if (!Number.isSafeInteger(theirs) || theirs < 0) throw new WitnessError(`${this.name}: 409 without a size`);
        if (theirs > cp.size) throw new WitnessError(`${this.name}: the witness has seen size ${theirs}, beyond this checkpoint's ${cp.size}`);
        if (attempt + 1 >= MAX_CONFLICTS) throw new WitnessError(`${this.name}: the witness's size keeps changing`);
        oldSize = theirs;
        continue;
      }
      if (res.statusCode !== 200) throw new WitnessError(`${this.name}: HTTP ${res.statusCode}${reply ? `: ${reply.slice(0, 200).trim()}` : ""}`);
      let cosignatures: string[];
      try {
        cosignatures = verifyCosignatures(text, reply, this.key);
      } catch (e) {
        throw new WitnessError(`${this.name}: ${(e as CheckpointError).message}`);
      }
      await store.setSinkCursor(this.name, cp.size);
      // Read the note again: another witness may have added its lines meanwhile.
      const current = (await store.checkpointAt(cp.size)) ?? cp;
      const added = cosignatures.filter((line) => !current.note.includes(line.trimEnd()));
      if (added.length) await store.addCheckpoint({ ...current, note: current.note + added.join("") });
      return;
    }
  }

  async close(): Promise<void> {
    await this.dispatcher.close();
  }
}
