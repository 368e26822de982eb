/**
 * The log's checkpoint signing key: an Ed25519 note key generated at first
 * use and stored sealed by the keyring (tenant "default", aad
 * "audit-signing-key"), so the database alone never holds it in the clear.
 * Every process on the store signs with the same key.
 */
import type { Keyring } from "../crypto/keyring.js";
import type { AuditStore } from "./audit-store.js";
import { CheckpointError, generateSigner, loadSigner, type NoteSigner } from "./checkpoint.js";

export const SIGNING_KEY_TENANT = "default";
export const SIGNING_KEY_AAD = "audit-signing-key";

/** The stored signer, or a new one named `name` when the store has none yet. */
export async function loadOrCreateSigningKey(store: AuditStore, keyring: Keyring, name: string): Promise<NoteSigner> {
  let stored = await store.signingKey();
  if (!stored) {
    const signer = generateSigner(name);
    await store.setSigningKey({
      name: signer.name,
      verifierKey: signer.verifierKey(),
      privateSealed: keyring.seal(SIGNING_KEY_TENANT, signer.privateKeyString(), SIGNING_KEY_AAD),
    });
    // Another process may have stored its key first: everyone uses the one stored.
    stored = await store.signingKey();
    if (!stored) throw new CheckpointError("audit signing key: could not be stored");
  }
  const signer = loadSigner(keyring.open(SIGNING_KEY_TENANT, stored.privateSealed, SIGNING_KEY_AAD).toString("utf8"));
  if (signer.verifierKey() !== stored.verifierKey) {
    throw new CheckpointError("audit signing key: the sealed key does not match the stored verifier key");
  }
  return signer;
}
