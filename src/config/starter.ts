/** The commented starter config written by `wardgate init`. */
export const STARTER_CONFIG = `# Wardgate configuration. Every key is checked against a schema at start:
# unknown keys and wrong types are errors that name the key.
# \${NAME} is replaced by the environment variable NAME (\${NAME:-default} if unset).

server:
  host: 127.0.0.1          # listen address; 0.0.0.0 to accept other machines
  port: 8787
  maxBodyBytes: 1mb        # larger requests get 413
  requestTimeoutMs: 60s    # time allowed to receive a request from the client
  shutdownGraceMs: 15s     # how long in-flight requests may finish on SIGTERM
  trustProxy: false        # take the client address from X-Forwarded-For (only behind your own proxy)

# Where state (gateway keys) lives. Default: sqlite file under dataDir.
dataDir: .wardgate
# store: sqlite:/var/lib/wardgate/wardgate.db

log:
  level: info              # fatal|error|warn|info|debug|trace|silent
  destination: stdout      # stdout|stderr|<file path>

# Upstreams. Credentials come from the environment, never from this file.
providers:
  demo:
    type: demo             # built-in offline model; obeys any instruction it reads (for showing attacks)
    chunkDelayMs: 20
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
  # - name: gpt-4o-mini
  #   provider: openai
  # - name: gpt-4o-azure
  #   provider: azure
  #   upstreamModel: my-gpt4o-deployment
  # - name: claude-sonnet-4-5
  #   provider: anthropic

# Generic inference routes: /inference/<name>/<path> → <provider baseUrl>/<path>.
routes: []
  # - name: fraud
  #   provider: fraud
  #   methods: [POST]
`;
