/**
 * The secrets rule table: what each rule looks for, its placeholder label
 * and how sure a match makes us. The scanner (`secrets.ts`) runs them.
 *
 * Three kinds of rule live here:
 * - PREFIX_RULES: provider formats with a fixed literal prefix (the
 *   "anchor"). The scanner finds anchors in one pass and only then tries the
 *   rule's sticky pattern at that offset, so a rule costs nothing on text
 *   that lacks its prefix. Patterns use bounded quantifiers and no nested
 *   repetition, so a failed attempt costs at most the token's maximum length.
 * - CONTEXT_RULES: formats with no distinctive prefix (AWS secret keys,
 *   Datadog keys, ...) that we accept only near a provider keyword.
 * - Structural rules: matchers written out in the scanner (PEM blocks, JWTs,
 *   connection strings, assignments, Authorization headers, entropy); their
 *   ids and the data they use (key names, schemes, entropy floors) are here.
 *
 * Shapes are the providers' documented/public formats (as used by GitHub
 * secret scanning, gitleaks, trufflehog). Scores: fixed prefix with a valid
 * checksum or marker 0.99, fixed prefix 0.85-0.97 (values meant to be public,
 * such as publishable keys and account SIDs, 0.4-0.45), provider keyword
 * context 0.7-0.85, generic assignments/URLs/headers 0.65-0.9, entropy only
 * 0.4-0.55.
 */

export interface SecretRule {
  /** Finding detector id, "secrets.<rule>". */
  id: string;
  /** Redaction placeholder type, e.g. AWS_ACCESS_KEY. */
  label: string;
  /** What it is, for docs and the finding's message (never the value). */
  description: string;
}

export interface PrefixRule extends SecretRule {
  /** Case-sensitive literals at which a match starts. */
  anchors: readonly string[];
  /** Sticky pattern tried at an anchor. Group 1, when present, is the secret's span. */
  pattern: RegExp;
  score: number;
  /** A second look at the matched value: the score to report, or undefined to drop it. */
  verify?: (value: string, score: number) => number | undefined;
}

export interface ContextRule extends SecretRule {
  /** Lower-case keywords; the value is looked for just after one. */
  keywords: readonly string[];
  /** Global pattern for the value, carrying its own boundaries. */
  value: RegExp;
  score: number;
  verify?: (value: string) => boolean;
}

// Right boundaries: a token must not run on into more token characters,
// otherwise "AKIA" + 30 characters would match as a 20-character key.
const ALNUM_END = "(?![A-Za-z0-9])";
const WORD_END = "(?![A-Za-z0-9_-])";

function sticky(source: string): RegExp {
  return new RegExp(source, "y");
}

// ---------------------------------------------------------------- checksums

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE) of an ASCII string. */
export function crc32(ascii: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < ascii.length; i++) crc = CRC_TABLE[(crc ^ ascii.charCodeAt(i)) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/**
 * GitHub (ghp_ & co.) and npm tokens end in six base62 characters (digits,
 * upper, lower) that encode the CRC-32 of the 30 random characters before
 * them. A valid checksum makes the match near certain; an invalid one is
 * still token-shaped (a fake or a test value), so it keeps a lower score.
 */
export function base62Crc32Valid(randomPart: string, checksum: string): boolean {
  let n = crc32(randomPart);
  let encoded = "";
  for (let i = 0; i < 6; i++) {
    encoded = BASE62[n % 62] + encoded;
    n = Math.floor(n / 62);
  }
  return encoded === checksum;
}

function checksummed(prefixLength: number) {
  return (value: string, score: number): number | undefined =>
    notPlaceholder(value, base62Crc32Valid(value.slice(prefixLength, -6), value.slice(-6)) ? 0.99 : score);
}

// ------------------------------------------------------------ placeholders

const PLACEHOLDER_WORDS = new Set([
  "password", "passwd", "pass", "pwd", "secret", "token", "apikey", "api_key", "key", "value",
  "changeme", "change_me", "example", "sample", "dummy", "test", "null", "none", "undefined",
  "redacted", "hidden", "masked", "todo", "fixme", "string", "empty",
]);
// Markers of documentation and templates: "<password>", "${DB_PASS}", "your-key-here", "sk-...".
const PLACEHOLDER_MARKER = /your|example|placeholder|changeme|change_me|redacted|\.\.\.|<|>|\$\{|\{\{|%s|%\(|\*\*\*|xxxx|EXAMPLE/i;

/** True when one character repeats 8 times in a row ("xxxxxxxx", "00000000"): a mask, not a key. */
function hasMaskRun(value: string): boolean {
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    run = value.charCodeAt(i) === value.charCodeAt(i - 1) ? run + 1 : 1;
    if (run >= 8) return true;
  }
  return false;
}

/**
 * True for values that are obviously not real secrets: empty, a keyword
 * ("password"), a template marker, or one character repeated ("********").
 */
export function isPlaceholder(value: string): boolean {
  if (value.length === 0) return true;
  if (PLACEHOLDER_WORDS.has(value.toLowerCase())) return true;
  if (PLACEHOLDER_MARKER.test(value)) return true;
  if (hasMaskRun(value)) return true;
  let same = true;
  for (let i = 1; i < value.length && same; i++) same = value.charCodeAt(i) === value.charCodeAt(0);
  return same;
}

/** Provider values: a fake with a long run of one character or the word EXAMPLE is documentation. */
function notPlaceholder(value: string, score: number): number | undefined {
  return hasMaskRun(value) || /example/i.test(value) ? undefined : score;
}

function rule(
  id: string,
  label: string,
  description: string,
  anchors: readonly string[],
  source: string,
  score: number,
  verify: PrefixRule["verify"] = notPlaceholder,
): PrefixRule {
  return { id: `secrets.${id}`, label, description, anchors, pattern: sticky(source), score, verify };
}

// ------------------------------------------------------------ prefix rules

export const PREFIX_RULES: readonly PrefixRule[] = [
  // Cloud
  rule("aws-access-key", "AWS_ACCESS_KEY", "AWS access key ID", ["AKIA", "ASIA", "ABIA", "ACCA"],
    `(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}${ALNUM_END}`, 0.95),
  rule("gcp-api-key", "GOOGLE_API_KEY", "Google API key", ["AIza"], `AIza[0-9A-Za-z_-]{35}${WORD_END}`, 0.95),
  rule("gcp-oauth-client-secret", "GOOGLE_OAUTH_SECRET", "Google OAuth client secret", ["GOCSPX-"],
    `GOCSPX-[A-Za-z0-9_-]{28}${WORD_END}`, 0.95),
  rule("gcp-service-account", "GCP_SERVICE_ACCOUNT_KEY", "Google Cloud service-account key file (private_key_id)",
    ['"private_key_id"'], `"private_key_id"\\s{0,4}:\\s{0,4}"([0-9a-f]{40})"`, 0.9),
  rule("azure-storage-key", "AZURE_STORAGE_KEY", "Azure storage account key in a connection string", ["AccountKey="],
    `AccountKey=([A-Za-z0-9+/]{86}==)`, 0.97),
  rule("azure-shared-access-key", "AZURE_SHARED_ACCESS_KEY", "Azure Service Bus / Event Hubs shared access key",
    ["SharedAccessKey="], `SharedAccessKey=([A-Za-z0-9+/]{43}=)`, 0.95),
  rule("digitalocean-token", "DIGITALOCEAN_TOKEN", "DigitalOcean token", ["dop_v1_", "doo_v1_", "dor_v1_"],
    `do[opr]_v1_[a-f0-9]{64}${ALNUM_END}`, 0.97),
  rule("heroku-api-key", "HEROKU_API_KEY", "Heroku API key", ["HRKU-AA"], `HRKU-AA[0-9A-Za-z_-]{58}${WORD_END}`, 0.97),
  rule("databricks-token", "DATABRICKS_TOKEN", "Databricks access token", ["dapi"], `dapi[a-f0-9]{32}(?:-\\d)?${ALNUM_END}`, 0.9),
  rule("supabase-token", "SUPABASE_TOKEN", "Supabase access token", ["sbp_"], `sbp_[a-f0-9]{40}${ALNUM_END}`, 0.95),
  rule("pulumi-token", "PULUMI_TOKEN", "Pulumi access token", ["pul-"], `pul-[a-f0-9]{40}${ALNUM_END}`, 0.95),
  rule("vault-token", "VAULT_TOKEN", "HashiCorp Vault token", ["hvs.", "hvb.", "hvr."],
    `hv[sbr]\\.[A-Za-z0-9_-]{24,250}${WORD_END}`, 0.92),
  rule("doppler-token", "DOPPLER_TOKEN", "Doppler token", ["dp.pt.", "dp.st.", "dp.ct.", "dp.sa.", "dp.scim.", "dp.audit."],
    `dp\\.(?:pt|st|ct|sa|scim|audit)\\.[A-Za-z0-9]{40,44}${ALNUM_END}`, 0.95),
  // Source control and packages
  rule("github-token", "GITHUB_TOKEN", "GitHub token", ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"],
    `gh[pousr]_[A-Za-z0-9]{36}${ALNUM_END}`, 0.85, checksummed(4)),
  rule("github-fine-grained-token", "GITHUB_TOKEN", "GitHub fine-grained personal access token", ["github_pat_"],
    `github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}${ALNUM_END}`, 0.97),
  rule("gitlab-token", "GITLAB_TOKEN", "GitLab token", ["glpat-", "gldt-", "glrt-", "glptt-", "GR1348941"],
    `(?:glpat-|gldt-|glrt-|glptt-|GR1348941)[A-Za-z0-9_-]{20,80}(?:\\.[A-Za-z0-9_-]{2,20}){0,2}${WORD_END}`, 0.95),
  rule("npm-token", "NPM_TOKEN", "npm access token", ["npm_"], `npm_[A-Za-z0-9]{36}${ALNUM_END}`, 0.85, checksummed(4)),
  rule("pypi-token", "PYPI_TOKEN", "PyPI upload token", ["pypi-AgE"], `pypi-AgE[A-Za-z0-9_-]{50,500}${WORD_END}`, 0.97),
  rule("docker-hub-token", "DOCKER_HUB_TOKEN", "Docker Hub access token", ["dckr_pat_", "dckr_oat_"],
    `dckr_(?:pat|oat)_[A-Za-z0-9_-]{27,40}${WORD_END}`, 0.95),
  rule("atlassian-api-token", "ATLASSIAN_API_TOKEN", "Atlassian API token", ["ATATT3"],
    `ATATT3[A-Za-z0-9_-]{100,250}(?:=[A-Fa-f0-9]{8})?${WORD_END}`, 0.95),
  rule("postman-api-key", "POSTMAN_API_KEY", "Postman API key", ["PMAK-"], `PMAK-[a-f0-9]{24}-[a-f0-9]{34}${ALNUM_END}`, 0.97),
  rule("linear-api-key", "LINEAR_API_KEY", "Linear API key", ["lin_api_"], `lin_api_[A-Za-z0-9]{40}${ALNUM_END}`, 0.95),
  rule("airtable-token", "AIRTABLE_TOKEN", "Airtable personal access token", ["pat"],
    `pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}${ALNUM_END}`, 0.92),
  // Messaging, payments, email
  rule("slack-token", "SLACK_TOKEN", "Slack token", ["xoxb-", "xoxp-", "xoxa-", "xoxr-", "xoxe-", "xoxs-"],
    `xox[bpares]-(?:[0-9]{6,14}-){1,3}[A-Za-z0-9]{20,64}${WORD_END}`, 0.95),
  rule("slack-app-token", "SLACK_TOKEN", "Slack app-level token", ["xapp-"],
    `xapp-\\d-[A-Z0-9]{9,12}-\\d{10,14}-[a-f0-9]{64}${ALNUM_END}`, 0.97),
  rule("slack-webhook", "SLACK_WEBHOOK_URL", "Slack incoming webhook URL", ["https://hooks.slack.com/"],
    `https://hooks\\.slack\\.com/(?:services/T[A-Z0-9]{6,12}/B[A-Z0-9]{6,12}/[A-Za-z0-9]{20,32}|(?:workflows|triggers)/T[A-Z0-9]{6,12}/[A-Za-z0-9]{6,14}/\\d{6,20}/[A-Za-z0-9]{20,40})${ALNUM_END}`,
    0.95),
  rule("stripe-secret-key", "STRIPE_SECRET_KEY", "Stripe secret or restricted key",
    ["sk_live_", "rk_live_", "sk_test_", "rk_test_"], `[sr]k_(?:live|test)_[A-Za-z0-9]{20,247}${ALNUM_END}`, 0.97,
    // Test-mode keys cannot move money: still secrets, lower severity.
    (value, score) => notPlaceholder(value, value.includes("_test_") ? 0.75 : score)),
  rule("stripe-publishable-key", "STRIPE_PUBLISHABLE_KEY", "Stripe publishable key (meant to be public)", ["pk_live_"],
    `pk_live_[A-Za-z0-9]{20,247}${ALNUM_END}`, 0.4),
  rule("stripe-webhook-secret", "STRIPE_WEBHOOK_SECRET", "Stripe webhook signing secret", ["whsec_"],
    `whsec_[A-Za-z0-9+/]{32,64}={0,2}${ALNUM_END}`, 0.95),
  rule("square-token", "SQUARE_TOKEN", "Square access token or OAuth secret", ["sq0atp-", "sq0csp-", "EAAA"],
    `(?:sq0atp-[A-Za-z0-9_-]{22}|sq0csp-[A-Za-z0-9_-]{43}|EAAA[A-Za-z0-9_+-]{60})${WORD_END}`, 0.92),
  rule("shopify-token", "SHOPIFY_TOKEN", "Shopify access token or shared secret", ["shpat_", "shpca_", "shppa_", "shpss_"],
    `shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}${ALNUM_END}`, 0.97),
  rule("twilio-api-key", "TWILIO_API_KEY", "Twilio API key SID", ["SK"], `SK[0-9a-fA-F]{32}${ALNUM_END}`, 0.85),
  rule("twilio-account-sid", "TWILIO_ACCOUNT_SID", "Twilio account SID (an identifier, not a secret)", ["AC"],
    `AC[0-9a-f]{32}${ALNUM_END}`, 0.45),
  rule("sendgrid-api-key", "SENDGRID_API_KEY", "SendGrid API key", ["SG."],
    `SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}${WORD_END}`, 0.97),
  rule("mailgun-api-key", "MAILGUN_API_KEY", "Mailgun API key", ["key-"], `key-[0-9a-f]{32}${ALNUM_END}`, 0.85),
  // AI providers (this gateway's own neighbourhood)
  rule("anthropic-api-key", "ANTHROPIC_API_KEY", "Anthropic API key", ["sk-ant-"],
    `sk-ant-(?:api|admin|oat|ort)\\d{2}-[A-Za-z0-9_-]{80,120}${WORD_END}`, 0.97),
  rule("openai-project-key", "OPENAI_API_KEY", "OpenAI project, service-account or admin key",
    ["sk-proj-", "sk-svcacct-", "sk-admin-", "sk-None-"], `sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{20,250}${WORD_END}`,
    0.95, (value, score) => notPlaceholder(value, value.includes("T3BlbkFJ") ? 0.99 : score)),
  // Legacy OpenAI keys embed "T3BlbkFJ" (base64 of "OpenAI"); other providers reuse the bare "sk-" + 32-64 shape.
  rule("openai-api-key", "OPENAI_API_KEY", "OpenAI-style sk- API key", ["sk-"], `sk-[A-Za-z0-9]{32,64}${WORD_END}`, 0.85,
    (value, score) => notPlaceholder(value, value.includes("T3BlbkFJ") ? 0.99 : score)),
  rule("openrouter-api-key", "OPENROUTER_API_KEY", "OpenRouter API key", ["sk-or-v1-"], `sk-or-v1-[a-f0-9]{64}${ALNUM_END}`, 0.97),
  rule("huggingface-token", "HUGGINGFACE_TOKEN", "Hugging Face access token", ["hf_", "api_org_"],
    `(?:hf_|api_org_)[A-Za-z]{34}${ALNUM_END}`, 0.92),
  rule("groq-api-key", "GROQ_API_KEY", "Groq API key", ["gsk_"], `gsk_[A-Za-z0-9]{52}${ALNUM_END}`, 0.95),
  rule("replicate-token", "REPLICATE_TOKEN", "Replicate API token", ["r8_"], `r8_[A-Za-z0-9]{37}${ALNUM_END}`, 0.92),
  rule("perplexity-api-key", "PERPLEXITY_API_KEY", "Perplexity API key", ["pplx-"], `pplx-[A-Za-z0-9]{48}${ALNUM_END}`, 0.95),
  rule("xai-api-key", "XAI_API_KEY", "xAI API key", ["xai-"], `xai-[A-Za-z0-9]{80}${ALNUM_END}`, 0.95),
  // Observability
  rule("grafana-token", "GRAFANA_TOKEN", "Grafana Cloud or service-account token", ["glc_", "glsa_"],
    `(?:glc_[A-Za-z0-9+/]{32,200}={0,2}|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})${ALNUM_END}`, 0.95),
  rule("new-relic-key", "NEW_RELIC_KEY", "New Relic user or insert key", ["NRAK-", "NRII-"],
    `(?:NRAK-[A-Z0-9]{27}|NRII-[A-Za-z0-9_-]{32})${WORD_END}`, 0.95),
  rule("sentry-token", "SENTRY_TOKEN", "Sentry auth token", ["sntrys_", "sntryu_"],
    `(?:sntrys_eyJ[A-Za-z0-9+/=_-]{40,250}|sntryu_[a-f0-9]{64})${WORD_END}`, 0.95),
  // Age encryption identities and this gateway's own keys
  rule("age-secret-key", "AGE_SECRET_KEY", "age encryption secret key", ["AGE-SECRET-KEY-1"],
    `AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}${ALNUM_END}`, 0.97),
  rule("wardgate-key", "WARDGATE_KEY", "Wardgate gateway key", ["wg_"], `wg_[0-9a-f]{12}_[0-9a-f]{64}${ALNUM_END}`, 0.99),
];

// ----------------------------------------------------------- context rules

function mixedCase(value: string): boolean {
  return /[a-z]/.test(value) && /[A-Z]/.test(value) && /[0-9]/.test(value);
}

export const CONTEXT_RULES: readonly ContextRule[] = [
  {
    id: "secrets.aws-secret-key",
    label: "AWS_SECRET_KEY",
    description: "AWS secret access key",
    keywords: ["aws", "secret_access_key", "secretaccesskey"],
    value: /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g,
    score: 0.85,
    verify: mixedCase,
  },
  {
    id: "secrets.datadog-key",
    label: "DATADOG_KEY",
    description: "Datadog API or application key",
    keywords: ["datadog", "dd_api_key", "dd_app_key", "dd-api-key", "dd-application-key", "dd_application_key"],
    value: /(?<![A-Za-z0-9])(?:[a-f0-9]{40}|[a-f0-9]{32})(?![A-Za-z0-9])/g,
    score: 0.75,
  },
  {
    id: "secrets.twilio-auth-token",
    label: "TWILIO_AUTH_TOKEN",
    description: "Twilio auth token",
    keywords: ["twilio"],
    value: /(?<![A-Za-z0-9])[a-f0-9]{32}(?![A-Za-z0-9])/g,
    score: 0.75,
  },
  {
    id: "secrets.mailgun-signing-key",
    label: "MAILGUN_API_KEY",
    description: "Mailgun API or signing key",
    keywords: ["mailgun"],
    value: /(?<![A-Za-z0-9])[a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8}(?![A-Za-z0-9])/g,
    score: 0.8,
  },
  {
    // Legacy Heroku API keys are bare UUIDs; app ids are UUIDs too, hence the low score.
    id: "secrets.heroku-legacy-api-key",
    label: "HEROKU_API_KEY",
    description: "Heroku API key (legacy UUID form)",
    keywords: ["heroku_api_key", "heroku-api-key", "heroku api key", "herokuapikey"],
    value: /(?<![A-Za-z0-9-])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![A-Za-z0-9-])/gi,
    score: 0.7,
  },
];

/** How far after a keyword a context rule's value may start. */
export const CONTEXT_WINDOW = 100;

// -------------------------------------------------- structural rule data

// Schemes whose URLs are credentials by nature; any other scheme with a password scores a little lower.
export const DATA_SCHEMES = new Set([
  "postgres", "postgresql", "mysql", "mariadb", "mongodb", "mongodb+srv", "redis", "rediss", "amqp", "amqps",
  "mssql", "sqlserver", "oracle", "clickhouse", "cassandra", "couchdb", "neo4j",
  "neo4j+s", "bolt", "memcached", "nats", "kafka", "ldap", "ldaps", "ftp", "sftp", "smtp", "smtps", "imap", "imaps",
]);

// Key names (lower case, separators removed) whose value is a credential; matched as a suffix
// starting at a word boundary, so "db_password" and "dbPassword" count but "bypass" does not.
export const PASSWORD_KEYS = ["password", "passwd", "passphrase", "pwd", "pass"];
export const SECRET_KEYS = [
  "clientsecret", "secretkey", "apisecret", "apikey", "accesskey", "privatekey", "masterkey", "signingkey",
  "encryptionkey", "secret", "token",
];
// Case-insensitive literals that start the look for a key: every key name above contains one.
export const ASSIGNMENT_KEYWORDS = ["pass", "pwd", "secret", "key", "token"];

export const TOKEN_MIN = 24;
export const TOKEN_MAX = 256; // longer runs are data (images, blobs), not credentials
// 5th percentile of the Shannon entropy of uniformly random base62 strings, by length
// (simulated): a token below it is less random than 95% of real random tokens.
export const ENTROPY_FLOOR: readonly [number, number][] = [
  [24, 3.97], [32, 4.31], [40, 4.55], [48, 4.72], [64, 4.98], [100, 5.31],
];

// -------------------------------------------------------- structural rules

function structural(id: string, label: string, description: string): SecretRule {
  return { id: `secrets.${id}`, label, description };
}

export const PRIVATE_KEY_RULE = structural("private-key", "PRIVATE_KEY", "PEM private key block (RSA, EC, DSA, OpenSSH, PGP, PKCS#8, encrypted)");
export const JWT_RULE = structural("jwt", "JWT", "JSON Web Token");
export const CONNECTION_STRING_RULE = structural(
  "connection-string",
  "CONNECTION_STRING_PASSWORD",
  "Password embedded in a connection string or URL (scheme://user:password@host)",
);
export const PASSWORD_ASSIGNMENT_RULE = structural("password-assignment", "PASSWORD", "Password assigned in code or configuration");
export const SECRET_ASSIGNMENT_RULE = structural(
  "secret-assignment",
  "SECRET",
  "Secret, API key or token assigned in code or configuration",
);
export const BEARER_TOKEN_RULE = structural("bearer-token", "BEARER_TOKEN", "Bearer token in an Authorization header");
export const BASIC_AUTH_RULE = structural("basic-auth", "BASIC_AUTH_CREDENTIALS", "HTTP Basic credentials (base64 user:password)");
export const TELEGRAM_RULE = structural("telegram-bot-token", "TELEGRAM_BOT_TOKEN", "Telegram bot token");
export const DISCORD_RULE = structural("discord-bot-token", "DISCORD_BOT_TOKEN", "Discord bot token");
export const HIGH_ENTROPY_RULE = structural("high-entropy", "HIGH_ENTROPY_STRING", "Random-looking token (entropy only, no known format)");

/** Every rule, for the docs and the CLI: id, label, description. */
export const SECRET_RULES: readonly SecretRule[] = (() => {
  const seen = new Set<string>();
  const all: SecretRule[] = [];
  const structuralRules = [
    PRIVATE_KEY_RULE, JWT_RULE, CONNECTION_STRING_RULE, PASSWORD_ASSIGNMENT_RULE, SECRET_ASSIGNMENT_RULE,
    BEARER_TOKEN_RULE, BASIC_AUTH_RULE, TELEGRAM_RULE, DISCORD_RULE, HIGH_ENTROPY_RULE,
  ];
  for (const r of [...PREFIX_RULES, ...CONTEXT_RULES, ...structuralRules]) {
    if (seen.has(r.id)) continue;
    seen.add(r.id);
    all.push({ id: r.id, label: r.label, description: r.description });
  }
  return all;
})();
