/**
 * WebAuthn (passkeys, security keys) as an admin's additional second factor,
 * through @simplewebauthn/server. Registration needs a full session (and a
 * fresh step-up); the challenge of each ceremony is kept in the session and
 * used once. User presence is required; user verification (a PIN or a
 * fingerprint) is preferred but not required: the password is the other
 * factor.
 *
 * The library (and its ASN.1 and CBOR dependencies: ~25 MB of RSS) is loaded
 * at the first ceremony, not when the gateway starts: most installations
 * never use WebAuthn, and the gateway's memory is a budget.
 */
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from "@simplewebauthn/server";
import type { AdminAccount, WebAuthnCredentialRecord } from "./admin-store.js";

export interface RelyingParty {
  rpId: string;
  rpName: string;
  origin: string;
}

const webauthn = () => import("@simplewebauthn/server");

export async function registrationOptions(rp: RelyingParty, account: AdminAccount, existing: readonly WebAuthnCredentialRecord[]) {
  const { generateRegistrationOptions } = await webauthn();
  return generateRegistrationOptions({
    rpName: rp.rpName,
    rpID: rp.rpId,
    userName: account.email,
    userID: new TextEncoder().encode(account.id),
    attestationType: "none",
    excludeCredentials: existing.map((c) => ({ id: c.id, transports: c.transports })),
    authenticatorSelection: { residentKey: "preferred", userVerification: "preferred" },
    timeout: 120_000,
  });
}

/** The new credential, or undefined when the response does not verify. */
export async function verifyRegistration(
  rp: RelyingParty,
  accountId: string,
  challenge: string,
  response: RegistrationResponseJSON,
  now: number,
): Promise<WebAuthnCredentialRecord | undefined> {
  const { verifyRegistrationResponse } = await webauthn();
  const result = await verifyRegistrationResponse({
    response,
    expectedChallenge: challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.rpId,
    requireUserVerification: false,
  }).catch(() => undefined);
  if (!result?.verified) return undefined;
  const c = result.registrationInfo.credential;
  return {
    accountId,
    id: c.id,
    publicKey: Buffer.from(c.publicKey).toString("base64url"),
    counter: c.counter,
    transports: c.transports ?? response.response.transports ?? [],
    createdAt: now,
    lastUsedAt: null,
  };
}

export async function authenticationOptions(rp: RelyingParty, credentials: readonly WebAuthnCredentialRecord[]) {
  const { generateAuthenticationOptions } = await webauthn();
  return generateAuthenticationOptions({
    rpID: rp.rpId,
    allowCredentials: credentials.map((c) => ({ id: c.id, transports: c.transports })),
    userVerification: "preferred",
    timeout: 120_000,
  });
}

/** The credential used and its new counter, or undefined when the assertion does not verify. */
export async function verifyAuthentication(
  rp: RelyingParty,
  challenge: string,
  response: AuthenticationResponseJSON,
  credentials: readonly WebAuthnCredentialRecord[],
): Promise<{ credential: WebAuthnCredentialRecord; newCounter: number } | undefined> {
  const credential = credentials.find((c) => c.id === response.id);
  if (!credential) return undefined;
  const { verifyAuthenticationResponse } = await webauthn();
  const result = await verifyAuthenticationResponse({
    response,
    expectedChallenge: challenge,
    expectedOrigin: rp.origin,
    expectedRPID: rp.rpId,
    credential: {
      id: credential.id,
      publicKey: new Uint8Array(Buffer.from(credential.publicKey, "base64url")),
      counter: credential.counter,
      transports: credential.transports,
    },
    requireUserVerification: false,
  }).catch(() => undefined);
  if (!result?.verified) return undefined;
  return { credential, newCounter: result.authenticationInfo.newCounter };
}
