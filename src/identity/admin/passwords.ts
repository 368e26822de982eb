/**
 * Admin passwords: argon2id (OWASP's minimum profile: 19 MiB, 2 passes, 1
 * lane). A sign-in for an unknown e-mail verifies against a dummy hash made
 * with the same parameters, so it costs the same time as a wrong password.
 */
import type { Algorithm } from "@node-rs/argon2";

/** The native argon2 module, loaded at the first sign-in rather than when the gateway starts. */
const argon2 = () => import("@node-rs/argon2");

const ARGON2ID = 2 as Algorithm; // Algorithm.Argon2id (a const enum, which isolated modules cannot read)
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 1024;

/** Returns what is wrong with a new password, or undefined when it is acceptable. */
export function passwordProblem(password: string, email: string): string | undefined {
  if (password.length < PASSWORD_MIN || password.length > PASSWORD_MAX) return `password: expected ${PASSWORD_MIN}-${PASSWORD_MAX} characters`;
  const local = email.split("@")[0]?.toLowerCase() ?? "";
  if (local.length >= 3 && password.toLowerCase().includes(local)) return "password: must not contain the e-mail address's name part";
  return undefined;
}

export async function hashPassword(password: string): Promise<string> {
  return (await argon2()).hash(password, OPTIONS);
}

/**
 * What an unknown e-mail's password is verified against: a hash made with
 * OPTIONS (a test checks they match), written out rather than computed at
 * the first such sign-in, which would then take twice as long as any
 * other and tell that the e-mail has no account.
 */
export const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$2vIxCAd9XGb9S3pUBjn6Lg$+lsNJZFVApJwY3joQKv+kcmewZEOB2gTMt0SMswR9j8";

/** Verifies; with no hash (unknown account) spends the same effort and returns false. */
export async function verifyPassword(stored: string | undefined, password: string): Promise<boolean> {
  const { verify } = await argon2();
  if (stored === undefined) {
    await verify(DUMMY_HASH, password).catch(() => false);
    return false;
  }
  try {
    return await verify(stored, password);
  } catch {
    return false; // a malformed stored hash never signs anyone in
  }
}
