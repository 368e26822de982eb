/**
 * Gateway keys: `wg_<id>_<secret>`. The id (12 hex chars) is public and
 * indexes the record; the secret (256 random bits, 64 hex chars) is shown
 * once and stored only as a hash. Because the secret is uniformly random,
 * a single SHA-256 suffices (no password-stretching needed); comparison is
 * constant-time.
 */
import { hash, randomBytes, timingSafeEqual } from "node:crypto";
import { BlockList, isIP } from "node:net";
import type { KeyRecord, KeyStore } from "./key-store.js";
import { checkOrgId, DEFAULT_TENANT } from "./org.js";

const KEY_RE = /^wg_([0-9a-f]{12})_([0-9a-f]{64})$/;
export const KEY_ID_RE = /^[0-9a-f]{12}$/;

export function hashSecret(id: string, secret: string): string {
  // crypto.hash: the one-shot form, ~3x cheaper than createHash per call.
  return hash("sha256", `wardgate-key:${id}:${secret}`, "hex");
}

export function parseKey(presented: string): { id: string; secret: string } | undefined {
  const m = KEY_RE.exec(presented);
  return m ? { id: m[1]!, secret: m[2]! } : undefined;
}

/** A short, log-safe label for a key: never contains the secret. */
export function keyLabel(id: string): string {
  return `wg_${id}`;
}

/** Validates an IP address or CIDR range; returns an error message or undefined. */
export function checkIpRule(rule: string): string | undefined {
  const [addr, bits, extra] = rule.split("/");
  if (extra !== undefined || !addr) return `"${rule}" is not an IP address or CIDR range`;
  const family = isIP(addr);
  if (!family) return `"${rule}" is not an IP address or CIDR range`;
  if (bits !== undefined) {
    const n = Number(bits);
    if (!/^\d+$/.test(bits) || n > (family === 4 ? 32 : 128)) return `"${rule}" has an invalid prefix length`;
  }
  return undefined;
}

export function buildBlockList(rules: readonly string[]): BlockList {
  const list = new BlockList();
  for (const rule of rules) {
    const [addr, bits] = rule.split("/") as [string, string | undefined];
    const type = isIP(addr) === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(addr, type);
    else list.addSubnet(addr, Number(bits), type);
  }
  return list;
}

/** Whether a key's allow-list (null: any address) admits the client address. */
export function ipAllowed(list: BlockList | null, clientIp: string): boolean {
  return list === null || list.check(clientIp, clientIp.includes(":") ? "ipv6" : "ipv4");
}

export interface NewKeyInput {
  /** Defaults to the default tenant. */
  tenantId?: string;
  principal: string;
  name?: string | null;
  models?: string[];
  routes?: string[];
  ipAllow?: string[];
  expiresAt?: number | null;
  now?: number;
  /** The key this one replaces (rotation). */
  rotatedFrom?: string | null;
}

/** Creates a key, stores its hash, and returns the full key string: the only time it exists. */
export async function issueKey(store: KeyStore, input: NewKeyInput): Promise<{ key: string; record: KeyRecord }> {
  checkOrgId("principal", input.principal);
  if (input.tenantId !== undefined) checkOrgId("tenant", input.tenantId);
  for (const rule of input.ipAllow ?? []) {
    const problem = checkIpRule(rule);
    if (problem) throw new Error(`ip allow-list: ${problem}`);
  }
  for (const m of [...(input.models ?? []), ...(input.routes ?? [])]) {
    if (!/^[A-Za-z0-9*?._:/-]{1,128}$/.test(m)) throw new Error(`grant "${m}": expected a name or a glob of letters, digits, '*', '?', '.', '_', ':', '/' or '-'`);
  }
  const now = input.now ?? Date.now();
  if (input.expiresAt != null && input.expiresAt <= now) throw new Error("expiry: must be in the future");
  const id = randomBytes(6).toString("hex");
  const secret = randomBytes(32).toString("hex");
  const record: KeyRecord = {
    id,
    name: input.name ?? null,
    tenantId: input.tenantId ?? DEFAULT_TENANT,
    principal: input.principal,
    secretHash: hashSecret(id, secret),
    models: [...new Set(input.models ?? [])],
    routes: [...new Set(input.routes ?? [])],
    ipAllow: [...new Set(input.ipAllow ?? [])],
    expiresAt: input.expiresAt ?? null,
    revokedAt: null,
    createdAt: now,
    lastUsedAt: null,
    lastUsedIp: null,
    rotatedFrom: input.rotatedFrom ?? null,
  };
  await store.insert(record);
  return { key: `wg_${id}_${secret}`, record };
}

export function secretMatches(record: KeyRecord, secret: string): boolean {
  const expected = Buffer.from(record.secretHash, "hex");
  const actual = Buffer.from(hashSecret(record.id, secret), "hex");
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
