import { DEMO_CANARY, DEMO_SYSTEM_PROMPT } from "./schema.js";

/** The commented starter config written by `wardgate init`. */
export const STARTER_CONFIG = `# Wardgate configuration. Every key is checked against a schema at start:
# unknown keys and wrong types are errors that name the key.
# \${NAME} is replaced by the environment variable NAME (\${NAME:-default} if unset).
# Before production, \`wardgate doctor --config <this file>\` lists what to change.

server:
  host: 127.0.0.1          # listen address; 0.0.0.0 to accept other machines
  port: 8787
  maxBodyBytes: 1mb        # larger requests get 413
  headersTimeoutMs: 10s    # time allowed to send the request headers (slow clients are cut with 408)
  requestTimeoutMs: 30s    # time allowed to send the whole request, body included
  maxConnectionsPerAddress: 256   # open connections one client address may hold (maxConnections: 4096 in all)
  shutdownGraceMs: 15s     # how long in-flight requests may finish on SIGTERM
  trustedProxies: []       # your proxies' addresses/CIDRs: only they may set X-Forwarded-For

# Where state (gateway keys) lives. Default: sqlite file under dataDir. For several
# gateways sharing one database, a PostgreSQL URL (\`wardgate migrate\` applies the schema).
dataDir: .wardgate
# store: sqlite:/var/lib/wardgate/wardgate.db
# store: postgres://wardgate:<password>@db.internal:5432/wardgate

# Master keys of the keyring that encrypts stored secrets (TOTP seeds, provider
# credentials, the audit log's signing key). Default: <dataDir>/master-keys.json,
# created 0600 at first start: fine for a try-out. In production keep them outside
# the data directory, so that whoever can write it (or holds a copy) does not also
# hold the keys: from your secret manager through the environment, in Vault (see
# the README), or in a file only the gateway's user can read. One of:
# crypto:
#   masterKey: { provider: env }   # WARDGATE_MASTER_KEYS="1:<base64 of 32 random bytes>"
#   masterKey: { provider: file, path: /etc/wardgate/master-keys.json }

log:
  level: info              # fatal|error|warn|info|debug|trace|silent
  destination: stdout      # stdout|stderr|<file path>

# Upstreams. Credentials come from the environment or, encrypted, from the store
# (printf '%s' "$KEY" | wardgate secrets set openai; then apiKey: { secret: openai }),
# never from this file.
providers:
  demo:
    type: demo             # built-in offline model; obeys any instruction it reads (for showing attacks)
    chunkDelayMs: 20
    # Its "confidential" instructions, with a canary (${DEMO_CANARY}) planted in them;
    # the guard profile "demo" below watches replies for both (&demo-prompt names it there).
    systemPrompt: &demo-prompt "${DEMO_SYSTEM_PROMPT}"
  # openai:
  #   type: openai         # also vLLM, Ollama, LM Studio: any OpenAI-compatible base URL
  #   baseUrl: https://api.openai.com/v1
  #   apiKey: \${OPENAI_API_KEY}
  #   timeoutMs: 120s
  # azure:
  #   type: azure-openai
  #   baseUrl: https://my-resource.openai.azure.com
  #   apiKey: \${AZURE_OPENAI_API_KEY}
  #   apiVersion: 2024-10-21
  # anthropic:
  #   type: anthropic
  #   apiKey: \${ANTHROPIC_API_KEY}
  # fraud:
  #   type: http           # any JSON model endpoint, served under /inference/<route>/...
  #   baseUrl: http://127.0.0.1:9000

# Models clients may name in "model". A key must be granted a model to use it.
models:
  - name: demo
    provider: demo
    guard: demo            # standard, plus leak protection for this model's system prompt
  # - name: gpt-4o-mini
  #   provider: openai
  # - name: gpt-4o-azure
  #   provider: azure
  #   upstreamModel: my-gpt4o-deployment
  # - name: claude-sonnet-4-5
  #   provider: anthropic
  #   guard: strict        # a guard profile for this model (default: guard.profile below)
  #   retention: redacted  # kept of prompts/responses: none | hash (default, audit.retention) | encrypted | redacted
  #   price: { input: 3, output: 15 }   # USD per million tokens: the cost in each audit event

# Generic inference routes: /inference/<name>/<path> → <provider baseUrl>/<path>.
routes: []
  # - name: fraud
  #   provider: fraud
  #   methods: [POST]
  #   inspect:             # JSON pointers of text the guard inspects ("*" = every array element)
  #     prompts: [/input/text]
  #     documents: [/context/*/text]   # inspected as data: planted instructions (indirect injection)

# The tamper-evident audit log: every request and admin action, in a Merkle
# tree with signed checkpoints. When events cannot be written, fail-closed
# refuses new requests (503 audit_unavailable); serve-unaudited serves them.
audit:
  enabled: true
  onQueueFull: fail-closed
  # origin: gw1.example.com/wardgate/audit   # default <host name>/wardgate/audit
  # checkpoint: { everyEvents: 1000, every: 10s }
  # In production, an external witness: it keeps each signed checkpoint where the
  # gateway's operators cannot rewrite it, so a rewritten or truncated log is caught.
  # witnesses:
  #   - url: https://witness.example/add-checkpoint   # a C2SP tlog-witness
  #     verifierKey: witness.example+5c3e6aca+BKZDDrm0Cp70SZWH/av6g72GQuzPxh1PKbFBmQQrrHHB
  #   - { file: /mnt/worm/wardgate/checkpoint }     # or storage you cannot rewrite

# The guard inspects prompts and responses (streams included). A profile maps
# detectors to actions: allow | flag | redact | block. Keys are a category
# (injection, pii, secrets, links, active, leak, custom), a single detector
# ("pii.email", "links.lookalike") or "*"; the most specific key wins.
# Built-in profiles: standard (default), strict, monitor (flag only), off.
guard:
  profile: standard
  holdBackChars: 256       # streaming: characters held back until inspected
  # maxInspectChars: 1048576   # longer request text is refused (oversize: block), not passed unread
  profiles:
    # Leak protection: a profile that knows a model's system prompt and canaries
    # blocks replies that repeat them, also encoded, spaced out or in look-alike
    # letters. For a real model, plant a unique canary in its system prompt and
    # give both here (or the guard compares replies with each request's system messages).
    demo:
      extends: standard
      leak:
        canaries: [${DEMO_CANARY}]
        systemPrompt: *demo-prompt
  # support-bot:
  #   extends: standard
  #   pseudonymize: true   # redacted values come back in the reply, for the same caller only
  #   request:
  #     pii: redact
  #     "pii.person": { action: flag, threshold: 0.8 }
  #   response:
  #     links: block       # any link not on the allow-list
  #   links:
  #     allowDomains: [acme.com, docs.acme.com]
  #     brands: [acme]     # look-alike domains of these are phishing
  #   leak:
  #     canaries: [CANARY-93f1c2]   # a unique string planted in your system prompt
  #   custom:
  #     - name: no-competitors
  #       phrases: [globex, initech]
  #       action: block
  #     - name: project-ids
  #       regex: "PRJ-[0-9]{6}"      # RE2 syntax: linear time, no backreferences
  #       action: redact
  #       label: PROJECT_ID
`;
