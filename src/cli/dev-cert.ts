/**
 * A local certificate authority for development and tests: ECDSA P-256 keys
 * from WebCrypto, certificates built with @peculiar/x509. Only
 * `wardgate tls dev-cert` imports this module (dynamically): the X.509
 * library and its reflect-metadata polyfill are several MB no gateway
 * process should carry.
 */
import "reflect-metadata";
import { createPrivateKey, randomBytes, webcrypto } from "node:crypto";
import { isIP } from "node:net";
import * as x509 from "@peculiar/x509";

type CryptoKey = webcrypto.CryptoKey;
type CryptoKeyPair = webcrypto.CryptoKeyPair;

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

const EC = { name: "ECDSA", namedCurve: "P-256" } as const;
const SIGN = { name: "ECDSA", hash: "SHA-256" } as const;
const DAY = 86_400_000;

export interface Issued {
  certPem: string;
  keyPem: string;
}

export interface Authority extends Issued {
  cert: x509.X509Certificate;
  key: CryptoKey;
}

/** A positive 128-bit serial (RFC 5280: positive, at most 20 octets, unpredictable). */
function serial(): string {
  const b = randomBytes(16);
  b[0] = b[0]! & 0x7f;
  return b.toString("hex");
}

async function keyPair(): Promise<CryptoKeyPair> {
  return (await webcrypto.subtle.generateKey(EC, true, ["sign", "verify"])) as CryptoKeyPair;
}

async function pkcs8Pem(key: CryptoKey): Promise<string> {
  const der = Buffer.from(await webcrypto.subtle.exportKey("pkcs8", key));
  return `-----BEGIN PRIVATE KEY-----\n${der.toString("base64").replace(/.{1,64}/g, "$&\n")}-----END PRIVATE KEY-----\n`;
}

/** Dates a minute in the past, so a clock a little behind still accepts a fresh certificate. */
function validity(days: number, cap?: Date): { notBefore: Date; notAfter: Date } {
  const now = Date.now();
  const notAfter = new Date(now + days * DAY);
  return { notBefore: new Date(now - 60_000), notAfter: cap && cap < notAfter ? cap : notAfter };
}

export async function createAuthority(days: number, commonName = "Wardgate development CA"): Promise<Authority> {
  const keys = await keyPair();
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name: `CN=${commonName}`,
    ...validity(days),
    signingAlgorithm: SIGN,
    keys,
    extensions: [
      // pathLength 0: this CA signs leaf certificates only, never another CA.
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { cert, key: keys.privateKey, certPem: cert.toString("pem"), keyPem: await pkcs8Pem(keys.privateKey) };
}

/** Reads back an authority written earlier (ca.pem + ca-key.pem). */
export async function loadAuthority(certPem: string, keyPem: string): Promise<Authority> {
  const cert = new x509.X509Certificate(certPem);
  const der = createPrivateKey(keyPem).export({ type: "pkcs8", format: "der" });
  const key = await webcrypto.subtle.importKey("pkcs8", der, EC, true, ["sign"]);
  return { cert, key, certPem, keyPem };
}

async function issue(ca: Authority, subject: string, days: number, extensions: x509.Extension[]): Promise<Issued> {
  const keys = await keyPair();
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: serial(),
    subject,
    issuer: ca.cert.subject,
    ...validity(days, ca.cert.notAfter),
    signingAlgorithm: SIGN,
    publicKey: keys.publicKey,
    signingKey: ca.key,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(ca.cert.publicKey),
      ...extensions,
    ],
  });
  return { certPem: cert.toString("pem"), keyPem: await pkcs8Pem(keys.privateKey) };
}

/** Host names and addresses as subject alternative names (an IP literal becomes an IP SAN). */
export function sanEntries(hosts: readonly string[]): { type: "dns" | "ip"; value: string }[] {
  return hosts.map((h) => (isIP(h) ? { type: "ip", value: h } : { type: "dns", value: h }));
}

/** A server certificate (serverAuth) for the given host names and addresses; CN is the first. */
export function issueServer(ca: Authority, hosts: readonly string[], days: number): Promise<Issued> {
  return issue(ca, `CN=${hosts[0]}`, days, [
    new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
    new x509.SubjectAlternativeNameExtension(sanEntries(hosts)),
  ]);
}

/** A client certificate (clientAuth), CN = name; a name that is an e-mail address is also its e-mail SAN. */
export function issueClient(ca: Authority, name: string, days: number): Promise<Issued> {
  return issue(ca, `CN=${name}`, days, [
    new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.clientAuth]),
    ...(name.includes("@") ? [new x509.SubjectAlternativeNameExtension([{ type: "email", value: name }])] : []),
  ]);
}
