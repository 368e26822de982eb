import type { KeyRecord } from "./key-store.js";

/** Who is calling, once authenticated. */
export interface Principal {
  /** The principal's name, e.g. "billing-service" or "alice@example.com". */
  id: string;
  /** How the caller proved it. */
  via: "gateway-key";
  /** The key used, when via is gateway-key. */
  key: KeyRecord;
}
