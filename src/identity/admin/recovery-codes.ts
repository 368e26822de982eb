/**
 * One-time recovery codes: 10 per account, each 80 random bits written as
 * four groups of four base32 characters. They are shown once and stored as
 * SHA-256 hashes salted with the account id: 80 random bits cannot be
 * brute-forced from a hash, so password stretching would add only latency.
 */
import { hash, randomBytes } from "node:crypto";

export const RECOVERY_CODE_COUNT = 10;
const ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"; // 32 symbols, no 0/o/1/l

export function newRecoveryCode(): string {
  const bytes = randomBytes(10);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let out = "";
  for (let i = 0; i < 16; i++) {
    out += ALPHABET[Number(bits & 31n)];
    bits >>= 5n;
  }
  return out.match(/.{4}/g)!.join("-");
}

/** Normalises what a person typed: case, spaces and dashes do not matter. */
export function normaliseRecoveryCode(input: string): string | undefined {
  const compact = input.toLowerCase().replace(/[\s-]/g, "");
  if (!/^[a-z2-9]{16}$/.test(compact)) return undefined;
  return compact;
}

export function hashRecoveryCode(accountId: string, code: string): string | undefined {
  const n = normaliseRecoveryCode(code);
  return n === undefined ? undefined : hash("sha256", `wardgate-recovery:${accountId}:${n}`, "hex");
}

export function newRecoveryCodes(accountId: string): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  return { codes, hashes: codes.map((c) => hashRecoveryCode(accountId, c)!) };
}
