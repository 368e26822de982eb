/**
 * Secrets detector: one positive per rule, built from the rule's documented
 * shape with a seeded generator (no real credentials anywhere), exact spans,
 * benign look-alikes that must stay silent, overlap resolution, and bounded
 * time on 1 MB adversarial inputs.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { crc32 as zlibCrc32 } from "node:zlib";
import { detectSecrets, SECRET_RULES } from "../../src/guard/detectors/secrets.js";
import type { Finding } from "../../src/guard/types.js";
import { prng } from "../../src/core/prng.js";
import { bestOf } from "../fixtures/timing.js";

// ------------------------------------------------------------------ fakes


const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOWER = "abcdefghijklmnopqrstuvwxyz";
const DIGITS = "0123456789";
const ALNUM = UPPER + LOWER + DIGITS;
const HEX = "0123456789abcdef";
const B64 = ALNUM + "+/";
const B64URL = ALNUM + "-_";
const rand = prng(20240611);

function pick(alphabet: string, n: number): string {
  let out = "";
  for (let i = 0; i < n; i++) out += alphabet[Math.floor(rand() * alphabet.length)];
  return out;
}

/** Random characters that contain upper, lower and at least two separate digit groups. */
function mixed(alphabet: string, n: number): string {
  for (;;) {
    const s = pick(alphabet, n);
    if (/[A-Z]/.test(s) && /[a-z]/.test(s) && (s.match(/[0-9]+/g)?.length ?? 0) >= 2) return s;
  }
}

/** GitHub/npm style: 30 random base62 characters, then their CRC-32 in 6 base62 digits (0-9A-Za-z). */
function checksummedToken(prefix: string, valid = true): string {
  const body = pick(ALNUM, 30);
  let n = zlibCrc32(body);
  let sum = "";
  for (let i = 0; i < 6; i++) {
    sum = (DIGITS + UPPER + LOWER)[n % 62] + sum;
    n = Math.floor(n / 62);
  }
  if (!valid) sum = sum.slice(0, 5) + (sum[5] === "0" ? "1" : "0");
  return prefix + body + sum;
}

const b64url = (s: string) => Buffer.from(s).toString("base64url");

function pemBlock(label: string, lines: number): string {
  const body = Array.from({ length: lines }, () => pick(B64, 64)).join("\n");
  return `-----BEGIN ${label}-----\n${body}\n${pick(B64, 20)}==\n-----END ${label}-----`;
}

// ------------------------------------------------------------- positives

interface Positive {
  id: string;
  text: string;
  secret: string;
  label?: string;
  minScore?: number;
  maxScore?: number;
}

/** Wraps a secret in ordinary prose. */
function inProse(id: string, secret: string, extra: Partial<Positive> = {}): Positive {
  return { id, text: `Here you go, ${secret} (rotate it after the demo).`, secret, ...extra };
}

function positives(): Positive[] {
  const awsSecret = mixed(B64, 40);
  const hex32 = pick(HEX, 32);
  const uuid = `${pick(HEX, 8)}-${pick(HEX, 4)}-4${pick(HEX, 3)}-a${pick(HEX, 3)}-${pick(HEX, 12)}`;
  const password = `${pick(LOWER, 5)}-${pick(DIGITS, 3)}!${pick(UPPER, 3)}`;
  const jwt = `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url('{"sub":"user-42","iat":1700000000}')}.${pick(B64URL, 43)}`;
  const discordId = b64url(`1${pick(DIGITS, 17)}`);
  const basic = Buffer.from(`deploy:${password}`).toString("base64");
  const pem = pemBlock("RSA PRIVATE KEY", 6);
  const telegram = `${pick("123456789", 1)}${pick(DIGITS, 8)}:AA${pick(B64URL, 33)}`;
  const entropy = mixed(ALNUM, 40);
  return [
    inProse("secrets.aws-access-key", `AKIA${pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}`),
    inProse("secrets.gcp-api-key", `AIza${pick(B64URL, 35)}`),
    inProse("secrets.gcp-oauth-client-secret", `GOCSPX-${pick(B64URL, 28)}`),
    {
      id: "secrets.gcp-service-account",
      text: `{"type": "service_account", "project_id": "demo-project", "private_key_id": "${(hex32 + pick(HEX, 8))}"}`,
      secret: "",
    },
    (() => {
      const key = `${pick(B64, 86)}==`;
      const text = `DefaultEndpointsProtocol=https;AccountName=demo;AccountKey=${key};EndpointSuffix=core.windows.net`;
      return { id: "secrets.azure-storage-key", text, secret: key };
    })(),
    (() => {
      const key = `${pick(B64, 43)}=`;
      const text = `Endpoint=sb://demo.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${key}`;
      return { id: "secrets.azure-shared-access-key", text, secret: key };
    })(),
    inProse("secrets.digitalocean-token", `dop_v1_${pick(HEX, 64)}`),
    inProse("secrets.heroku-api-key", `HRKU-AA${pick(B64URL, 58)}`),
    inProse("secrets.databricks-token", `dapi${pick(HEX, 32)}`),
    inProse("secrets.supabase-token", `sbp_${pick(HEX, 40)}`),
    inProse("secrets.pulumi-token", `pul-${pick(HEX, 40)}`),
    inProse("secrets.vault-token", `hvs.${pick(B64URL, 90)}`),
    inProse("secrets.doppler-token", `dp.pt.${pick(ALNUM, 43)}`),
    inProse("secrets.github-token", checksummedToken("ghp_"), { minScore: 0.99 }),
    inProse("secrets.github-fine-grained-token", `github_pat_${pick(ALNUM, 22)}_${pick(ALNUM, 59)}`),
    inProse("secrets.gitlab-token", `glpat-${pick(B64URL, 20)}`),
    inProse("secrets.npm-token", checksummedToken("npm_"), { minScore: 0.99 }),
    inProse("secrets.pypi-token", `pypi-AgEIcHlwaS5vcmc${pick(B64URL, 70)}`),
    inProse("secrets.docker-hub-token", `dckr_pat_${pick(B64URL, 27)}`),
    inProse("secrets.atlassian-api-token", `ATATT3${pick(B64URL, 180)}=${pick("0123456789ABCDEF", 8)}`),
    inProse("secrets.postman-api-key", `PMAK-${pick(HEX, 24)}-${pick(HEX, 34)}`),
    inProse("secrets.linear-api-key", `lin_api_${pick(ALNUM, 40)}`),
    inProse("secrets.airtable-token", `pat${pick(ALNUM, 14)}.${pick(HEX, 64)}`),
    inProse("secrets.slack-token", `xoxb-${pick(DIGITS, 12)}-${pick(DIGITS, 13)}-${pick(ALNUM, 24)}`),
    inProse("secrets.slack-app-token", `xapp-1-A${pick(UPPER + DIGITS, 10)}-${pick(DIGITS, 13)}-${pick(HEX, 64)}`),
    inProse(
      "secrets.slack-webhook",
      `https://hooks.slack.com/services/T${pick(UPPER + DIGITS, 8)}/B${pick(UPPER + DIGITS, 8)}/${pick(ALNUM, 24)}`,
    ),
    inProse("secrets.stripe-secret-key", `sk_live_${pick(ALNUM, 24)}`, { minScore: 0.9 }),
    inProse("secrets.stripe-publishable-key", `pk_live_${pick(ALNUM, 24)}`, { maxScore: 0.5 }),
    inProse("secrets.stripe-webhook-secret", `whsec_${pick(ALNUM, 32)}`),
    inProse("secrets.square-token", `sq0atp-${pick(B64URL, 22)}`),
    inProse("secrets.shopify-token", `shpat_${pick(HEX, 32)}`),
    inProse("secrets.twilio-api-key", `SK${pick(HEX, 32)}`),
    inProse("secrets.twilio-account-sid", `AC${pick(HEX, 32)}`, { maxScore: 0.5 }),
    inProse("secrets.sendgrid-api-key", `SG.${pick(B64URL, 22)}.${pick(B64URL, 43)}`),
    inProse("secrets.mailgun-api-key", `key-${pick(HEX, 32)}`),
    inProse("secrets.anthropic-api-key", `sk-ant-api03-${pick(B64URL, 93)}AA`),
    inProse("secrets.openai-project-key", `sk-proj-${pick(B64URL, 74)}T3BlbkFJ${pick(B64URL, 74)}`, { minScore: 0.99 }),
    inProse("secrets.openai-api-key", `sk-${pick(ALNUM, 20)}T3BlbkFJ${pick(ALNUM, 20)}`, { minScore: 0.99 }),
    inProse("secrets.openrouter-api-key", `sk-or-v1-${pick(HEX, 64)}`),
    inProse("secrets.huggingface-token", `hf_${pick(UPPER + LOWER, 34)}`),
    inProse("secrets.groq-api-key", `gsk_${pick(ALNUM, 52)}`),
    inProse("secrets.replicate-token", `r8_${pick(ALNUM, 37)}`),
    inProse("secrets.perplexity-api-key", `pplx-${pick(ALNUM, 48)}`),
    inProse("secrets.xai-api-key", `xai-${pick(ALNUM, 80)}`),
    inProse("secrets.grafana-token", `glsa_${pick(ALNUM, 32)}_${pick(HEX, 8)}`),
    inProse("secrets.new-relic-key", `NRAK-${pick(UPPER + DIGITS, 27)}`),
    inProse("secrets.sentry-token", `sntryu_${pick(HEX, 64)}`),
    inProse("secrets.age-secret-key", `AGE-SECRET-KEY-1${pick("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)}`),
    inProse("secrets.wardgate-key", `wg_${pick(HEX, 12)}_${pick(HEX, 64)}`, { minScore: 0.99 }),
    { id: "secrets.aws-secret-key", text: `aws_secret_access_key = ${awsSecret}\nregion = eu-west-1`, secret: awsSecret },
    { id: "secrets.datadog-key", text: `DD_API_KEY=${hex32}`, secret: hex32 },
    { id: "secrets.twilio-auth-token", text: `TWILIO_AUTH_TOKEN=${hex32}`, secret: hex32 },
    (() => {
      const key = `${pick(HEX, 32)}-${pick(HEX, 8)}-${pick(HEX, 8)}`;
      return { id: "secrets.mailgun-signing-key", text: `mailgun signing key: ${key}`, secret: key };
    })(),
    { id: "secrets.heroku-legacy-api-key", text: `HEROKU_API_KEY=${uuid}`, secret: uuid },
    { id: "secrets.private-key", text: `key file:\n${pem}\nend of file`, secret: pem, minScore: 0.99 },
    inProse("secrets.jwt", jwt, { minScore: 0.95 }),
    {
      id: "secrets.connection-string",
      text: `DATABASE_URL=postgres://admin:${password}@db.internal:5432/app`,
      secret: password,
    },
    { id: "secrets.password-assignment", text: `db_password = "${password}"`, secret: password },
    (() => {
      const value = pick(ALNUM, 32);
      return { id: "secrets.secret-assignment", text: `{"client_secret": "${value}", "scope": "read"}`, secret: value };
    })(),
    (() => {
      const token = pick(B64URL, 40);
      return { id: "secrets.bearer-token", text: `curl -H "Authorization: Bearer ${token}" https://api.internal`, secret: token };
    })(),
    { id: "secrets.basic-auth", text: `Authorization: Basic ${basic}\r\n`, secret: basic },
    inProse("secrets.telegram-bot-token", telegram),
    inProse("secrets.discord-bot-token", `${discordId}.${pick(B64URL, 6)}.${pick(B64URL, 38)}`),
    inProse("secrets.high-entropy", entropy, { maxScore: 0.6 }),
  ].map((p) => {
    // The service-account rule spans the private_key_id value.
    if (p.id === "secrets.gcp-service-account") return { ...p, secret: /"private_key_id": "([0-9a-f]{40})"/.exec(p.text)![1]! };
    return p;
  });
}

function describeFindings(text: string, findings: Finding[]): string {
  return JSON.stringify(findings.map((f) => [f.detector, f.score, text.slice(f.start, f.end)]));
}

describe("secrets: the rule table", () => {
  test("ids are secrets.<rule>, unique, with upper-case labels and descriptions", () => {
    const ids = SECRET_RULES.map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const rule of SECRET_RULES) {
      assert.match(rule.id, /^secrets\.[a-z0-9-]+$/);
      assert.match(rule.label, /^[A-Z0-9_]+$/);
      assert.ok(rule.description.length > 5, rule.id);
    }
  });

  test("covers at least 30 provider formats besides the structural rules", () => {
    const structural = new Set(["private-key", "jwt", "connection-string", "password-assignment", "secret-assignment",
      "bearer-token", "basic-auth", "high-entropy"].map((r) => `secrets.${r}`));
    const providers = SECRET_RULES.filter((r) => !structural.has(r.id));
    assert.ok(providers.length >= 30, `only ${providers.length} provider rules`);
  });

  test("every rule has a positive case below", () => {
    const covered = new Set(positives().map((p) => p.id));
    const missing = SECRET_RULES.map((r) => r.id).filter((id) => !covered.has(id));
    assert.deepEqual(missing, []);
  });
});

describe("secrets: one positive per rule, exact span", () => {
  for (const p of positives()) {
    test(p.id, () => {
      const findings = detectSecrets(p.text);
      assert.equal(findings.length, 1, describeFindings(p.text, findings));
      const [f] = findings as [Finding];
      assert.equal(f.detector, p.id);
      assert.equal(p.text.slice(f.start, f.end), p.secret);
      const rule = SECRET_RULES.find((r) => r.id === p.id)!;
      assert.equal(f.label, rule.label);
      assert.ok(f.score > 0 && f.score <= 1);
      if (p.minScore !== undefined) assert.ok(f.score >= p.minScore, `score ${f.score} < ${p.minScore}`);
      if (p.maxScore !== undefined) assert.ok(f.score <= p.maxScore, `score ${f.score} > ${p.maxScore}`);
      assert.ok(!f.message.includes(p.secret), "the message never repeats the value");
    });
  }
});

describe("secrets: scores follow certainty", () => {
  const scoreOf = (text: string) => detectSecrets(text)[0]?.score;

  test("a GitHub or npm token with a wrong checksum is still found, with a lower score", () => {
    for (const prefix of ["ghp_", "gho_", "npm_"]) {
      const good = scoreOf(`token ${checksummedToken(prefix)}`);
      const bad = scoreOf(`token ${checksummedToken(prefix, false)}`);
      assert.equal(good, 0.99, prefix);
      assert.ok(bad !== undefined && bad < 0.9, `${prefix}: ${bad}`);
    }
  });

  test("provider formats outrank keyword context, which outranks entropy", () => {
    const provider = scoreOf(`x dop_v1_${pick(HEX, 64)}`)!;
    const context = scoreOf(`DD_API_KEY=${pick(HEX, 32)}`)!;
    const entropy = scoreOf(`x ${mixed(ALNUM, 40)}`)!;
    assert.ok(provider > context && context > entropy, `${provider} ${context} ${entropy}`);
    assert.ok(entropy <= 0.6);
  });

  test("Stripe test-mode keys score below live keys", () => {
    const live = scoreOf(`sk_live_${pick(ALNUM, 24)}`)!;
    const testKey = scoreOf(`sk_test_${pick(ALNUM, 24)}`)!;
    assert.ok(testKey < live);
  });

  test("a bare sk- key without the OpenAI marker scores lower than one with it", () => {
    const plain = scoreOf(`key sk-${pick(ALNUM, 48)}`)!;
    const marked = scoreOf(`key sk-${pick(ALNUM, 20)}T3BlbkFJ${pick(ALNUM, 20)}`)!;
    assert.ok(plain < marked && plain >= 0.8);
  });
});

describe("secrets: structure", () => {
  test("private keys of every PEM flavour span the whole block", () => {
    for (const label of ["PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY", "PGP PRIVATE KEY BLOCK"]) {
      const block = pemBlock(label, 4);
      const text = `before\n${block}\nafter`;
      const findings = detectSecrets(text);
      assert.equal(findings.length, 1, label);
      assert.equal(text.slice(findings[0]!.start, findings[0]!.end), block);
    }
  });

  test("a service-account JSON with an escaped PEM yields the key id and the key, separately", () => {
    const pem = pemBlock("PRIVATE KEY", 3).replaceAll("\n", "\\n");
    const keyId = pick(HEX, 40);
    const text = `{"type": "service_account", "private_key_id": "${keyId}", "private_key": "${pem}\\n", "client_email": "x@demo.iam.gserviceaccount.com"}`;
    const findings = detectSecrets(text);
    assert.deepEqual(
      findings.map((f) => [f.detector, text.slice(f.start, f.end)]),
      [["secrets.gcp-service-account", keyId], ["secrets.private-key", pem]],
    );
  });

  test("a truncated private key (no END line) is still reported, with a lower score", () => {
    const text = `-----BEGIN RSA PRIVATE KEY-----\n${pick(B64, 64)}\n${pick(B64, 64)}\n`;
    const [f] = detectSecrets(text);
    assert.equal(f?.detector, "secrets.private-key");
    assert.equal(f?.start, 0);
    assert.equal(text.slice(f.start, f.end), text.trimEnd());
    assert.ok(f.score < 0.99);
  });

  test("certificates and public keys are not secrets, and their base64 is not flagged as entropy", () => {
    for (const label of ["CERTIFICATE", "PUBLIC KEY", "PGP PUBLIC KEY BLOCK"]) {
      assert.deepEqual(detectSecrets(pemBlock(label, 8)), [], label);
    }
  });

  test("a JWT needs a JSON header with alg", () => {
    const sig = pick(B64URL, 43);
    const noAlg = `${b64url('{"typ":"JWT"}')}.${b64url('{"sub":"1"}')}.${sig}`;
    const notJson = `eyJ${pick(B64URL, 30)}.${pick(B64URL, 20)}.${sig}`;
    assert.equal(detectSecrets(noAlg).filter((f) => f.detector === "secrets.jwt").length, 0);
    assert.equal(detectSecrets(notJson).filter((f) => f.detector === "secrets.jwt").length, 0);
  });

  test("connection strings: the password is the span, for each scheme", () => {
    const password = `${pick(ALNUM, 10)}%21${pick(DIGITS, 3)}`;
    for (const url of [
      `postgresql://billing:${password}@db.internal:5432/billing`,
      `mysql://root:${password}@127.0.0.1:3306/app`,
      `mongodb+srv://svc:${password}@cluster0.example.mongodb.net/?retryWrites=true`,
      `redis://:${password}@cache.internal:6379/0`,
      `amqps://guest:${password}@mq.internal/vhost`,
      `https://deploy:${password}@git.internal/repo.git`,
    ]) {
      const text = `use ${url} for now`;
      const findings = detectSecrets(text);
      assert.equal(findings.length, 1, `${url}: ${describeFindings(text, findings)}`);
      assert.equal(findings[0]!.detector, "secrets.connection-string");
      assert.equal(text.slice(findings[0]!.start, findings[0]!.end), password);
    }
  });

  test("assignments in several syntaxes; references and placeholders are skipped", () => {
    const value = `${pick(LOWER, 6)}${pick(DIGITS, 3)}`;
    for (const line of [`PASSWORD=${value}`, `password: ${value}`, `"password":"${value}"`, `$db_pass = '${value}';`,
      `passwd := "${value}"`, `:password => "${value}"`, `{\\"password\\": \\"${value}\\"}`, `mysql --password=${value}`]) {
      const findings = detectSecrets(line);
      assert.equal(findings.length, 1, `${line}: ${describeFindings(line, findings)}`);
      assert.equal(line.slice(findings[0]!.start, findings[0]!.end), value, line);
    }
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell/YAML variable reference is the input under test
    for (const line of ["password = getPassword()", "password: process.env.DB_PASSWORD", "password: ${DB_PASSWORD}",
      'password = "changeme"', 'password = "********"', 'password = "<your password>"', "password = None",
      'api_key = os.environ["OPENAI_API_KEY"]', '"password": ""', "bypass = enabled_2024", 'password_policy = "strict"']) {
      assert.deepEqual(detectSecrets(line), [], line);
    }
  });
});

describe("secrets: overlaps keep the most specific finding", () => {
  test("a Stripe key used as a connection-string password is reported once, as Stripe", () => {
    const key = `sk_live_${pick(ALNUM, 24)}`;
    const text = `postgres://billing:${key}@db.internal/app`;
    const findings = detectSecrets(text);
    assert.equal(findings.length, 1, describeFindings(text, findings));
    assert.equal(findings[0]!.detector, "secrets.stripe-secret-key");
    assert.equal(text.slice(findings[0]!.start, findings[0]!.end), key);
  });

  test("a provider key in an assignment or a Bearer header is reported as the provider's", () => {
    const key = checksummedToken("ghp_");
    for (const text of [`GITHUB_TOKEN="${key}"`, `Authorization: Bearer ${key}`, `"api_key": "${key}"`]) {
      const findings = detectSecrets(text);
      assert.deepEqual(findings.map((f) => f.detector), ["secrets.github-token"], text);
    }
  });

  test("a JWT in a Bearer header is one JWT finding", () => {
    const jwt = `${b64url('{"alg":"RS256"}')}.${b64url('{"sub":"42"}')}.${pick(B64URL, 86)}`;
    const findings = detectSecrets(`Authorization: Bearer ${jwt}`);
    assert.deepEqual(findings.map((f) => f.detector), ["secrets.jwt"]);
  });

  test("several secrets in one text come back in order, without overlaps", () => {
    const a = `AKIA${pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)}`;
    const b = `xoxb-${pick(DIGITS, 12)}-${pick(DIGITS, 12)}-${pick(ALNUM, 24)}`;
    const c = `sk-ant-api03-${pick(B64URL, 93)}AA`;
    const text = `aws ${a}\nslack ${b}\nanthropic ${c}\n`;
    const findings = detectSecrets(text);
    assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), [a, b, c]);
    for (let i = 1; i < findings.length; i++) assert.ok(findings[i]!.start >= findings[i - 1]!.end);
  });
});

describe("secrets: benign look-alikes stay silent", () => {
  const uuid = () => `${pick(HEX, 8)}-${pick(HEX, 4)}-4${pick(HEX, 3)}-8${pick(HEX, 3)}-${pick(HEX, 12)}`;
  const cases: [string, string][] = [
    ["UUIDs", `request ${uuid()} retried as ${uuid()}`],
    ["git SHAs", `fixed in ${pick(HEX, 40)} (cherry-picked from ${pick(HEX, 40)})`],
    ["sha256 digests", `sha256sum: ${pick(HEX, 64)}  release.tar.gz\nimage@sha256:${pick(HEX, 64)}`],
    ["md5 in text", `md5 ${pick(HEX, 32)} matches`],
    ["base64 of ordinary words", `${Buffer.from("The quick brown fox jumps over the lazy dog, twice over.").toString("base64")} decodes to prose`],
    ["long English words", "Pneumonoultramicroscopicsilicovolcanoconiosis and antidisestablishmentarianism are long"],
    ["camel-case identifiers", "HTTPServerRequestHandlerFactory2024 calls getUserProfileSettingsV2ForAccount"],
    ["file paths", "/home/alice/projects/wardgate/src/guard/detectors/secrets.ts and C:\\Users\\alice\\AppData\\Local\\Temp"],
    ["CSS hashes", "main.8f3a2b1c9d4e5f6a.css chunk-vendors.3f9a8b7c.js .Header_nav__a8Bc2 css-1q2w3e4r color: #ff00aa;"],
    ["SRI digests", `<script integrity="sha384-${pick(B64, 64)}" src="/app.js"></script>`],
    ["ssh public keys", `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${pick(B64, 43)} alice@laptop`],
    ["the word password in a sentence", "Please enter your password to continue. Your password: must be at least 12 characters."],
    ["an example placeholder", 'OPENAI_API_KEY=sk-...your key here\nAuthorization: Bearer YOUR_API_KEY_HERE'],
    ["documented AWS example keys", "AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY for aws"],
    ["placeholder provider keys", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx and ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
    ["URLs without a password", "https://alice@example.com/x postgres://app@db.internal:5432/billing mongodb://localhost:27017/test"],
    ["URLs with ids in the path", `https://docs.google.com/spreadsheets/d/1Bx${mixed(ALNUM, 40)}/edit#gid=0`],
    ["config without secrets", '{"max_tokens": 1024, "tokenizer": "cl100k_base", "token_type": "Bearer", "keyboard": "qwerty"}'],
    ["prose with Basic and Bearer", "The bearer of this letter has a basic understanding of the problem."],
  ];
  for (const [name, text] of cases) {
    test(name, () => assert.deepEqual(detectSecrets(text), [], describeFindings(text, detectSecrets(text))));
  }

  test("hex and UUIDs never trigger the entropy rule (200 random each)", () => {
    for (let i = 0; i < 200; i++) {
      const text = `commit ${pick(HEX, 40)} digest ${pick(HEX, 64)} id ${uuid()}`;
      assert.deepEqual(detectSecrets(text), [], text);
    }
  });
});

describe("secrets: the entropy rule", () => {
  test("flags most random base62 tokens of 40 characters", () => {
    let flagged = 0;
    for (let i = 0; i < 200; i++) if (detectSecrets(`token ${pick(ALNUM, 40)} here`).length === 1) flagged++;
    assert.ok(flagged >= 180, `${flagged}/200`);
  });

  test("does not flag identifiers built from words and a version number", () => {
    const words = ["user", "Profile", "Settings", "Account", "Handler", "Request", "Server", "Factory", "Builder",
      "Config", "Manager", "Service", "Provider", "Adapter", "Token", "Cache", "Stream", "Buffer"];
    for (let i = 0; i < 200; i++) {
      let id = "";
      while (id.length < 30) id += words[Math.floor(rand() * words.length)];
      id += `V${Math.floor(rand() * 10)}For${Math.floor(rand() * 2030)}`;
      assert.deepEqual(detectSecrets(`call ${id}()`), [], id);
    }
  });
});

describe("secrets: bounded time on 1 MB adversarial input", () => {
  const MB = 1_000_000;
  const inputs: [string, string][] = [
    ["one long run", "A".repeat(MB)],
    ["BEGIN without END", "-----BEGIN PRIVATE KEY-----\n".repeat(MB / 28)],
    ["BEGIN then a long body", `-----BEGIN PRIVATE KEY-----\n${"A".repeat(MB)}`],
    ["1e5 sk- prefixes", "sk-".repeat(100_000) + "a".repeat(MB - 300_000)],
    ["sk- with spaces", "sk- ".repeat(MB / 4)],
    ["eyJ segments", `${"eyJ".padEnd(12, "a")}.`.repeat(MB / 13)],
    ["scheme separators", "a://b:c@".repeat(MB / 8)],
    ["assignments", "password=".repeat(MB / 9)],
    ["keywords", "aws token pass secret key ".repeat(MB / 26)],
    ["Authorization", "Authorization: Bearer ".repeat(MB / 22)],
    ["telegram anchors", "123456789:AA".repeat(MB / 12)],
    ["random base64", pick(B64 + " ", MB)],
  ];
  for (const [name, text] of inputs) {
    test(name, () => {
      const ms = bestOf(3, () => detectSecrets(text), 1000);
      assert.ok(ms < 1000, `${name}: ${ms.toFixed(0)} ms`);
    });
  }
});

describe("password assignments take the whole value (issue 13)", () => {
  const spans = (text: string) =>
    detectSecrets(text)
      .filter((f) => f.detector === "secrets.password-assignment")
      .map((f) => text.slice(f.start, f.end));

  test("symbols in a password are part of it, up to whitespace, quote or end of line", () => {
    assert.deepEqual(spans("password=Tr0ub4dor&3xyzQ"), ["Tr0ub4dor&3xyzQ"]);
    assert.deepEqual(spans("the new password=Tr0ub4dor&3x;y,z! is set"), ["Tr0ub4dor&3x;y,z!"]);
    assert.deepEqual(spans("password: Tr0ub4dor&3xyzQ\nuser: bob"), ["Tr0ub4dor&3xyzQ"]);
  });

  test("in a URL query or a ;-separated list, the list's separator ends the value", () => {
    assert.deepEqual(spans("https://x.example/login?password=Tr0ub4dor9&user=bob"), ["Tr0ub4dor9"]);
    assert.deepEqual(spans("https://x.example/login?user=bob&password=Tr0ub4%26dor9&next=/"), ["Tr0ub4%26dor9"]);
    assert.deepEqual(spans("Server=db;Password=Tr0ub4dor9;User Id=app"), ["Tr0ub4dor9"]);
  });

  test("trailing sentence or code punctuation is not part of the value", () => {
    assert.deepEqual(spans("set password=Tr0ub4dor9."), ["Tr0ub4dor9"]);
    assert.deepEqual(spans("login(password=Tr0ub4dor9);"), ["Tr0ub4dor9"]);
  });
});
