/**
 * Test helpers for the admin API: an HTTP client that keeps the session
 * cookie and CSRF token like a browser app would, a controllable clock, TOTP
 * codes computed with otplib, and a software WebAuthn authenticator (ES256
 * key from node:crypto, attestation "none", CBOR via @simplewebauthn's
 * isoCBOR).
 */
import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isoCBOR } from "@simplewebauthn/server/helpers";
import { generate } from "otplib";
import { type AdminServer, startAdmin } from "../../src/admin/app.js";
import type { BudgetSource } from "../../src/admin/context.js";
import type { GatewayPolicyConfig } from "../../src/admin/policies.js";
import { adminSchema } from "../../src/config/admin-schema.js";
import { Keyring } from "../../src/crypto/keyring.js";
import { createAdmin } from "../../src/identity/admin/accounts.js";
import type { AdminAccount } from "../../src/identity/admin/admin-store.js";
import { SqliteStore } from "../../src/store/sqlite.js";
import type { Store } from "../../src/store/store.js";
import type { OpenedStores, StoreBackend } from "../fixtures/store-backends.js";

export const ORIGIN = "http://localhost:8788";
export const PASSWORD = "correct horse battery staple";

export interface Response {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: test responses are inspected freely
  body: any;
  text: string;
}

export class Clock {
  constructor(public t = Date.UTC(2026, 0, 5, 9, 0, 0)) {}
  now = () => this.t;
  advance(ms: number): void {
    this.t += ms;
  }
}

/** Keeps the wg_admin cookie and the latest csrfToken, and sends them like the admin UI would. */
export class AdminClient {
  cookie: string | undefined;
  csrf: string | undefined;
  lastSetCookie: string | undefined;

  constructor(readonly base: string) {}

  async call(method: string, path: string, body?: unknown, opts: { csrf?: string | null; headers?: Record<string, string> } = {}): Promise<Response> {
    const headers: Record<string, string> = { ...opts.headers };
    if (this.cookie) headers.cookie = `wg_admin=${this.cookie}`;
    const csrf = opts.csrf === undefined ? this.csrf : opts.csrf;
    if (csrf && method !== "GET") headers["x-csrf-token"] = csrf;
    if (body !== undefined) headers["content-type"] = "application/json";
    const res = await fetch(`${this.base}/admin/v1${path}`, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    for (const c of res.headers.getSetCookie()) {
      this.lastSetCookie = c;
      const m = /^wg_admin=([^;]*)/.exec(c);
      if (!m) continue;
      this.cookie = m[1] && !/Expires=Thu, 01 Jan 1970/i.test(c) ? m[1] : undefined;
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON (the JSONL export)
    }
    const b = parsed as { csrfToken?: string } | undefined;
    if (b && typeof b === "object" && typeof b.csrfToken === "string") this.csrf = b.csrfToken;
    return { status: res.status, headers: res.headers, body: parsed, text };
  }

  get = (path: string) => this.call("GET", path);
  post = (path: string, body: unknown = {}, opts?: { csrf?: string | null }) => this.call("POST", path, body, opts);
}

export function totpSecretOf(otpauthUri: string): string {
  return new URL(otpauthUri).searchParams.get("secret")!;
}

export function totpCode(secret: string, clock: Clock): Promise<string> {
  return generate({ secret, epoch: Math.floor(clock.t / 1000) });
}

export interface Harness<S extends Store = SqliteStore> {
  store: S;
  admin: AdminServer;
  clock: Clock;
  keyring: Keyring;
  dbFile: string;
  client(): AdminClient;
  close(): Promise<void>;
}

export async function startHarness(overrides: Record<string, unknown> = {}, opts: { gateway?: GatewayPolicyConfig; budgets?: BudgetSource; trustedProxies?: readonly string[] } = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), "wardgate-admin-"));
  const dbFile = join(dir, "wardgate.db");
  const store = await SqliteStore.open(dbFile);
  const clock = new Clock();
  const config = adminSchema.parse({ origin: ORIGIN, ...overrides });
  const keyring = new Keyring([{ version: 1, state: "active", key: randomBytes(32) }]);
  const admin = await startAdmin({ store, config, keyring, now: clock.now, host: "127.0.0.1", port: 0, ...opts });
  return {
    store,
    admin,
    clock,
    keyring,
    dbFile,
    client: () => new AdminClient(admin.url),
    close: async () => {
      await admin.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A harness on one of the store backends (SQLite on disk, PostgreSQL), that can restart: a new store handle and a new admin app on the same database. */
export interface BackendHarness extends Harness<OpenedStores> {
  restart(): Promise<void>;
}

export async function startOn(backend: StoreBackend, overrides: Record<string, unknown> = {}): Promise<BackendHarness> {
  const first = await backend.open({ onDisk: true });
  const handles: OpenedStores[] = [first];
  const clock = new Clock();
  const config = adminSchema.parse({ origin: ORIGIN, ...overrides });
  const keyring = new Keyring([{ version: 1, state: "active", key: randomBytes(32) }]);
  const start = (store: OpenedStores) => startAdmin({ store, config, keyring, now: clock.now, host: "127.0.0.1", port: 0 });
  const h: BackendHarness = {
    store: first,
    admin: await start(first),
    clock,
    keyring,
    dbFile: first.location,
    client: () => new AdminClient(h.admin.url),
    restart: async () => {
      await h.admin.close();
      const next = await first.another();
      handles.push(next);
      h.store = next;
      h.admin = await start(next);
    },
    close: async () => {
      await h.admin.close();
      // The first handle last: its close removes the database.
      for (const s of handles.reverse()) await s.close();
    },
  };
  return h;
}

/** The enrolment tokens makeAdmin's accounts were created with, per harness (tests build harness objects of their own too), by e-mail. */
const enrolmentTokens = new WeakMap<object, Map<string, string>>();
function tokensOf(h: object): Map<string, string> {
  const m = enrolmentTokens.get(h) ?? new Map<string, string>();
  enrolmentTokens.set(h, m);
  return m;
}

/** The one-time enrolment token of an account made by makeAdmin (enrol() signs in with it). */
export const enrolmentTokenOf = (h: Harness<Store>, email: string): string | undefined => tokensOf(h).get(email);

export async function makeAdmin(h: Harness<Store>, email: string, role: string, tenantId = "default"): Promise<AdminAccount> {
  await h.store.org.ensureTenant(tenantId);
  const created = await createAdmin(h.store.admin, { tenantId, email, role, password: PASSWORD, now: h.clock.t });
  tokensOf(h).set(created.email, created.enrolment.token);
  return created;
}

export interface SignedIn {
  client: AdminClient;
  secret: string;
  recoveryCodes: string[];
}

/** First sign-in: password and enrolment token, TOTP enrolment with a code computed here; leaves the clock on a fresh step. */
export async function enrol(h: Harness<Store>, email: string): Promise<SignedIn> {
  const client = h.client();
  const login = await client.post("/auth/login", { email, password: PASSWORD, enrolmentToken: enrolmentTokenOf(h, email) });
  if (login.status !== 200 || login.body.next !== "enroll-totp") throw new Error(`login: ${login.status} ${login.text}`);
  const secret = totpSecretOf(login.body.otpauthUri);
  const done = await client.post("/auth/totp/enroll", { code: await totpCode(secret, h.clock) });
  if (done.status !== 200) throw new Error(`enroll: ${done.status} ${done.text}`);
  h.clock.advance(30_000);
  return { client, secret, recoveryCodes: done.body.recoveryCodes };
}

/** A later sign-in with password and TOTP; advances the clock one step afterwards so the next code is new. */
export async function signIn(h: Harness<Store>, email: string, secret: string): Promise<AdminClient> {
  const client = h.client();
  const login = await client.post("/auth/login", { email, password: PASSWORD });
  if (login.status !== 200) throw new Error(`login: ${login.status} ${login.text}`);
  const r = await client.post("/auth/totp", { code: await totpCode(secret, h.clock) });
  if (r.status !== 200) throw new Error(`totp: ${r.status} ${r.text}`);
  h.clock.advance(30_000);
  return client;
}

/** A software authenticator: one ES256 credential, a signature counter, attestation "none". */
export class SoftAuthenticator {
  readonly credentialId = randomBytes(16);
  private readonly privateKey: KeyObject;
  private readonly publicKey: KeyObject;
  counter = 0;

  constructor(
    readonly origin = ORIGIN,
    readonly rpId = "localhost",
  ) {
    const pair = generateKeyPairSync("ec", { namedCurve: "P-256" });
    this.privateKey = pair.privateKey;
    this.publicKey = pair.publicKey;
  }

  get id(): string {
    return this.credentialId.toString("base64url");
  }

  private rpIdHash(): Buffer {
    return createHash("sha256").update(this.rpId).digest();
  }

  private coseKey(): Uint8Array {
    const jwk = this.publicKey.export({ format: "jwk" });
    return isoCBOR.encode(
      new Map<number, number | Uint8Array>([
        [1, 2], // kty: EC2
        [3, -7], // alg: ES256
        [-1, 1], // crv: P-256
        [-2, new Uint8Array(Buffer.from(jwk.x!, "base64url"))],
        [-3, new Uint8Array(Buffer.from(jwk.y!, "base64url"))],
      ]),
    );
  }

  private clientData(type: string, challenge: string, origin = this.origin): Buffer {
    return Buffer.from(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
  }

  /** navigator.credentials.create(), answered. */
  register(options: { challenge: string }) {
    const counter = Buffer.alloc(4);
    counter.writeUInt32BE(this.counter);
    const credIdLen = Buffer.alloc(2);
    credIdLen.writeUInt16BE(this.credentialId.length);
    const authData = Buffer.concat([
      this.rpIdHash(),
      Buffer.from([0x45]), // UP | UV | AT (attested credential data present)
      counter,
      Buffer.alloc(16), // AAGUID: zeros
      credIdLen,
      this.credentialId,
      Buffer.from(this.coseKey()),
    ]);
    const attestationObject = isoCBOR.encode(new Map<string, unknown>([["fmt", "none"], ["attStmt", new Map()], ["authData", new Uint8Array(authData)]]) as never);
    return {
      id: this.id,
      rawId: this.id,
      type: "public-key",
      response: {
        clientDataJSON: this.clientData("webauthn.create", options.challenge).toString("base64url"),
        attestationObject: Buffer.from(attestationObject).toString("base64url"),
        transports: ["usb"],
      },
      clientExtensionResults: {},
    };
  }

  /** navigator.credentials.get(), answered; `origin` lets a test act as a phishing page. */
  assert(options: { challenge: string }, opts: { origin?: string; counter?: number } = {}) {
    this.counter = opts.counter ?? this.counter + 1;
    const counter = Buffer.alloc(4);
    counter.writeUInt32BE(this.counter);
    const authData = Buffer.concat([this.rpIdHash(), Buffer.from([0x05]), counter]); // UP | UV
    const clientDataJSON = this.clientData("webauthn.get", options.challenge, opts.origin);
    const signature = sign("sha256", Buffer.concat([authData, createHash("sha256").update(clientDataJSON).digest()]), this.privateKey);
    return {
      id: this.id,
      rawId: this.id,
      type: "public-key",
      response: {
        clientDataJSON: clientDataJSON.toString("base64url"),
        authenticatorData: authData.toString("base64url"),
        signature: signature.toString("base64url"),
      },
      clientExtensionResults: {},
    };
  }
}
