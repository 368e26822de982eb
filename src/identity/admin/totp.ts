/**
 * TOTP (RFC 6238, 30-second steps, 6 digits, SHA-1: what authenticator apps
 * speak) through otplib. A code is accepted for the current step or one step
 * either side (clock drift), and only for a step later than the last one the
 * account used, so an observed code cannot be replayed.
 */
import { generateSecret, generateURI, verify } from "otplib";

export const TOTP_PERIOD = 30;

export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

export function otpauthUri(secret: string, issuer: string, email: string): string {
  return generateURI({ issuer, label: email, secret });
}

export async function qrSvg(uri: string): Promise<string> {
  // Loaded at the first enrolment only (~10 MB of RSS the gateway need not carry).
  const { default: QRCode } = await import("qrcode");
  return QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}

/** The time step a code matched, or undefined. `afterStep`: the last accepted step (refused, and all before it). */
export async function checkTotp(secret: string, code: string, nowMs: number, afterStep: number | null): Promise<number | undefined> {
  if (!/^\d{6}$/.test(code)) return undefined;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(nowMs / 1000),
    epochTolerance: TOTP_PERIOD,
    ...(afterStep !== null ? { afterTimeStep: afterStep } : {}),
  }).catch(() => undefined);
  // The TOTP result carries the matched step (HOTP's does not; this is always TOTP).
  return result?.valid && "timeStep" in result ? result.timeStep : undefined;
}
