# syntax=docker/dockerfile:1
#
# Wardgate's container image: built once, run on a slim Node 20 as a non-root user.
#
#   docker build -t wardgate:0.1.0 .
#   docker run --rm -p 8787:8787 -v wardgate-data:/data wardgate:0.1.0          # demo mode
#   docker run --rm -p 8787:8787 -v "$PWD/wardgate.yaml:/etc/wardgate/wardgate.yaml:ro" \
#     -e WARDGATE_CONFIG=/etc/wardgate/wardgate.yaml -e WARDGATE_MASTER_KEYS wardgate:0.1.0
#
# Three stages: `deps` (production node_modules), `build` (TypeScript to dist/),
# and the runtime, which gets only those two results: no compiler, no dev
# dependencies, no sources.

ARG NODE_IMAGE=node:20-bookworm-slim

# --- Production dependencies. better-sqlite3 is a native module: its binary is
# downloaded prebuilt or compiled here, on the same base image as the runtime,
# so it matches the runtime's glibc and Node ABI. The toolchain is the fallback
# for when no prebuilt binary fits (another architecture, no network to GitHub).
FROM ${NODE_IMAGE} AS deps
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: the root package's "prepare" script compiles with TypeScript,
# a dev dependency absent here. better-sqlite3 is the one production dependency
# with an install script, and `npm rebuild` runs just that one.
RUN npm ci --omit=dev --ignore-scripts \
 && npm rebuild better-sqlite3 \
 && npm cache clean --force

# --- The build: TypeScript only, so no native module needs compiling here.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

# --- The runtime.
FROM ${NODE_IMAGE}
ENV NODE_ENV=production \
    WARDGATE_DATA_DIR=/data
WORKDIR /app
# package.json is needed at run time: it makes dist/*.js ES modules ("type": "module").
COPY package.json ./
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The code stays root-owned (read-only to the gateway); only /data is writable.
# uid 1000 is the base image's `node` user; numeric, so Kubernetes' runAsNonRoot can check it.
RUN mkdir -p /data && chown 1000:1000 /data
USER 1000:1000
# dataDir: the SQLite store and master-key file of a single node; with
# `store: postgres://…` and keys from the environment it holds nothing that matters.
VOLUME ["/data"]
# 8787: the data plane (server.port). 8788: the admin API (admin.port); it listens
# on 127.0.0.1 unless the config sets admin.host, so publish it deliberately.
EXPOSE 8787 8788
# For `docker run` and Compose; Kubernetes ignores it and uses the Deployment's probes.
# Node, not curl: the slim image has no curl. Set WARDGATE_HEALTHCHECK_URL if the port
# or the scheme (server.tls) differs.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch(process.env.WARDGATE_HEALTHCHECK_URL || 'http://127.0.0.1:8787/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
# The V8 flag is the one `npm start` and the CLI's shebang pass (see src/cli/main.ts).
# Node runs as PID 1 here: `wardgate serve` handles SIGTERM itself (drain, then exit).
ENTRYPOINT ["node", "--max-semi-space-size=4", "dist/cli/main.js"]
# A container must listen on all interfaces to be reachable; --host overrides server.host.
CMD ["serve", "--host", "0.0.0.0"]
