import type { AuditStore } from "../audit/audit-store.js";
import type { ContentStore } from "../audit/content-store.js";
import type { SealedValueStore, SecretStore } from "../crypto/sealed-values.js";
import type { AdminStore } from "../identity/admin/admin-store.js";
import type { KeyStore } from "../identity/key-store.js";
import type { OrgStore } from "../identity/org.js";
import type { TokenStore } from "../identity/tokens-store.js";
import type { KillSwitchStore } from "../incident/kill-switches.js";
import type { PolicyStore } from "../policy/policy-store.js";

/** Everything Wardgate persists, behind one interface per domain module. */
export interface Store {
  readonly kind: "sqlite" | "postgres";
  keys: KeyStore;
  org: OrgStore;
  tokens: TokenStore;
  policies: PolicyStore;
  admin: AdminStore;
  killSwitches: KillSwitchStore;
  /** The tamper-evident audit log (admin events are mirrored into it as they are appended). */
  audit: AuditStore;
  /** Kept prompt and response text (retention encrypted/redacted), sealed. */
  content: ContentStore;
  /** Upstream provider credentials, sealed by the keyring. */
  secrets: SecretStore;
  /** Every keyring-sealed value (store/sealed-columns.ts): census, rewrap, the canary. */
  sealed: SealedValueStore;
  /**
   * A cheap, synchronous value that moves whenever anything that decides
   * access (keys, principals, policies, kill switches) may have changed, by
   * this process or another sharing the store.
   */
  changeToken(): string;
  /**
   * The audit store with appends made off the caller's thread (SQLite: a worker
   * with its own connection; see sqlite-audit-thread.ts), or undefined where the
   * store cannot (an in-memory database). `close` stops the writer after the log.
   */
  offThreadAudit?(): { audit: AuditStore; close(): Promise<void> } | undefined;
  /** Applies pending schema migrations (opening a store already does); returns their names, in order. */
  migrate(): Promise<string[]>;
  /** Throws when the store cannot serve requests (used by /readyz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
