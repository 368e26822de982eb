import type { KeyStore } from "../identity/key-store.js";

/** Everything Wardgate persists, behind one interface per domain module. */
export interface Store {
  readonly kind: "sqlite";
  keys: KeyStore;
  /** Throws when the store cannot serve requests (used by /readyz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
