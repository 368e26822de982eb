/**
 * What the keyring needs from the store: every value it has sealed, counted
 * and rewrapped as a whole, and the canary that tells a wrong master key
 * from damaged data. The store implements it over its registry of sealed
 * columns (`store/sealed-columns.ts`).
 */
import type { Keyring } from "./keyring.js";

/** The canary's plaintext, tenant and owner: a value whose only job is to open. */
export const CANARY_PLAINTEXT = "wardgate keyring canary v1";
export const CANARY_TENANT = "default";
export const CANARY_AAD = "keyring-canary";

/** How many stored values each master version seals, per column and in total. */
export interface SealedCensus {
  /** Values per master version (wgk1 values and legacy wgsb1 values whose key a version holds). */
  byVersion: Map<number, number>;
  /** Values no version of this keyring can open by their header (a missing, retired or different key). */
  unreadable: number;
  /** Legacy secret-box values (`wgsb1`), which `rewrap` converts. */
  legacy: number;
  /** Values not sealed by the active version in the current format. */
  needsRewrap: number;
  columns: { name: string; total: number; needsRewrap: number }[];
}

export interface SealedValueStore {
  census(keyring: Keyring): Promise<SealedCensus>;
  /**
   * Re-seals every value that needs it under the active version, in one
   * write transaction: a value that fails to open aborts the whole rewrap and
   * nothing is written. Returns how many values were rewritten.
   */
  rewrap(keyring: Keyring): Promise<number>;
  canary(): Promise<string | undefined>;
  /** Stores the canary only if there is none yet (first start); returns the stored one. */
  initCanary(sealed: string): Promise<string>;
}

/** Upstream provider credentials, sealed (tenant "default", aad `secret:<name>`). */
export interface StoredSecret {
  name: string;
  sealed: string;
  createdAt: number;
  updatedAt: number;
}

export interface SecretStore {
  get(name: string): Promise<StoredSecret | undefined>;
  list(): Promise<StoredSecret[]>;
  /** Creates or replaces. */
  set(name: string, sealed: string, now: number): Promise<void>;
  /** False when there was no such secret. */
  delete(name: string): Promise<boolean>;
}

export const SECRET_TENANT = "default";
export const secretAad = (name: string) => `secret:${name}`;
