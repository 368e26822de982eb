/**
 * The data-plane listener: node:http, health endpoints, and a graceful
 * shutdown that stops accepting, lets in-flight exchanges finish within the
 * grace period, then cuts what is left.
 */
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import type { Config } from "../config/schema.js";
import type { Keyring } from "../crypto/keyring.js";
import { denial } from "../core/decision.js";
import type { Guard } from "../guard/engine.js";
import { resolveProfile } from "../guard/profiles.js";
import { KeyAuthenticator } from "../identity/authenticator.js";
import { ClientAuthenticator } from "../identity/client-auth.js";
import type { JwtAuthenticator } from "../identity/jwt.js";
import { KeyUsageTracker } from "../identity/key-usage.js";
import { CertificateAuthenticator } from "../identity/mtls.js";
import { TokenAuthenticator } from "../identity/tokens-authenticator.js";
import type { Store } from "../store/store.js";
import { LiveKillSwitches } from "../incident/kill-switches.js";
import { createPolicies } from "./authorize-stage.js";
import { sendError } from "./errors.js";
import { type RequestLine, requestLogWriter } from "./log.js";
import type { Exchange } from "./exchange.js";
import { guardHeader } from "./guard-stage.js";
import { type GatewayContext, runPipeline } from "./pipeline.js";
import { createProviders } from "./providers/index.js";
import { Router } from "./router.js";
import { httpsOptions } from "./tls.js";

export interface GatewayOptions {
  config: Config;
  store: Store;
  log: Logger;
  /** Seals what the gateway stores encrypted (audit content, signing key); loaded and canary-checked by the CLI. */
  keyring?: Keyring;
}

function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  let ip = req.socket.remoteAddress ?? "";
  if (trustProxy) {
    const fwd = req.headers["x-forwarded-for"];
    const first = typeof fwd === "string" ? fwd.split(",", 1)[0]!.trim() : "";
    if (first) ip = first;
  }
  return ip.startsWith("::ffff:") && ip.includes(".") ? ip.slice(7) : ip;
}

/**
 * One guard per active profile that a model, a route or the default names.
 * The detectors (name lists, phone metadata, the classifier's weights: tens
 * of MB) are loaded only when some profile inspects anything.
 */
async function loadGuards(config: Config): Promise<Map<string, Guard>> {
  const names = new Set<string>([config.guard.profile]);
  for (const m of config.models) if (m.guard) names.add(m.guard);
  for (const r of config.routes) if (r.guard) names.add(r.guard);
  const active = [...names].map((n) => resolveProfile(n, config.guard)).filter((p) => p.active);
  if (active.length === 0) return new Map();
  const { Guard } = await import("../guard/engine.js");
  return new Map(active.map((p) => [p.name, new Guard(p)]));
}

export class Gateway {
  private readonly server: Server;
  private readonly ctx: GatewayContext;
  private readonly inFlight = new Set<Exchange>();
  private readonly logRequest: (line: RequestLine) => void;
  private draining = false;
  private stopping: Promise<void> | undefined;

  private constructor(
    private readonly opts: GatewayOptions,
    guards: Map<string, Guard>,
    /** Loaded only when needed: JWT verification (jose) and node:https cost memory every process would carry. */
    lazy: { jwt: JwtAuthenticator | undefined; https: typeof import("node:https") | undefined },
  ) {
    const { config, store } = opts;
    const usage = new KeyUsageTracker(store.keys, (err) => opts.log.warn({ err: (err as Error).message }, "could not record key use")).start();
    this.ctx = {
      config,
      router: new Router(config.routes),
      auth: new ClientAuthenticator(
        new KeyAuthenticator(store.keys, Date.now, store.org, usage),
        new TokenAuthenticator(store.tokens, store.keys, Date.now, store.org, usage),
        lazy.jwt,
        usage,
        new CertificateAuthenticator(config.auth.mtls, { org: store.org, changeToken: () => store.changeToken() }),
      ),
      tokens: store.tokens,
      policies: createPolicies(config, opts.store),
      killSwitches: new LiveKillSwitches(store.killSwitches, () => store.changeToken()),
      providers: createProviders(config),
      models: new Map(config.models.map((m) => [m.name, m])),
      guards,
      log: opts.log,
    };
    this.logRequest = requestLogWriter(opts.log);
    const httpOptions = {
      requestTimeout: config.server.requestTimeoutMs,
      headersTimeout: Math.min(60_000, config.server.requestTimeoutMs),
      keepAliveTimeout: 65_000,
    };
    const handler = (req: IncomingMessage, res: ServerResponse) => this.handle(req, res);
    this.server = config.server.tls
      ? lazy.https!.createServer({ ...httpOptions, ...httpsOptions(config.server.tls) }, handler)
      : createServer(httpOptions, handler);
    this.server.on("clientError", (_err, socket) => {
      if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n");
      else socket.destroy();
    });
  }

  static async start(opts: GatewayOptions): Promise<Gateway> {
    const { config, store } = opts;
    const jwt = config.auth.jwt.length
      ? new (await import("../identity/jwt.js")).JwtAuthenticator(config.auth.jwt, { org: store.org, changeToken: () => store.changeToken() })
      : undefined;
    const https = config.server.tls ? await import("node:https") : undefined;
    const gw = new Gateway(opts, await loadGuards(config), { jwt, https });
    const { host, port } = opts.config.server;
    await new Promise<void>((resolve, reject) => {
      gw.server.once("error", reject);
      gw.server.listen(port, host, () => {
        gw.server.off("error", reject);
        resolve();
      });
    });
    return gw;
  }

  get url(): string {
    const a = this.server.address() as AddressInfo;
    const host = a.family === "IPv6" ? `[${a.address}]` : a.address;
    return `${this.opts.config.server.tls ? "https" : "http"}://${host}:${a.port}`;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const path = q === -1 ? url : url.slice(0, q);
    if (path === "/healthz" || path === "/readyz") {
      void this.health(path, res);
      return;
    }
    // Every field is set here, even if undefined, so all exchanges share one
    // object shape and V8 keeps the stage functions monomorphic.
    const x: Exchange = {
      id: this.nextRequestId(),
      startedAt: performance.now(),
      req,
      res,
      clientIp: clientAddress(req, this.ctx.config.server.trustProxy),
      path,
      search: q === -1 ? "" : url.slice(q),
      abort: undefined,
      endpoint: undefined,
      pathModel: undefined,
      route: undefined,
      routePath: undefined,
      principal: undefined,
      grant: undefined,
      rawBody: undefined,
      body: undefined,
      model: undefined,
      modelConfig: undefined,
      stream: false,
      guard: undefined,
      pseudonyms: undefined,
      leak: undefined,
      guardRequest: undefined,
      guardResponse: undefined,
      upstreamStatus: undefined,
      outcome: undefined,
      errorCode: undefined,
      reasons: [],
    };
    this.inFlight.add(x);
    if (this.draining) res.setHeader("connection", "close");
    res.once("close", () => this.finish(x));
    runPipeline(x, this.ctx).catch((err: unknown) => {
      this.ctx.log.error({ reqId: x.id, err }, "unhandled error in pipeline");
      x.outcome = "denied";
      sendError(x, denial(500, "server_error", "internal_error", "The gateway failed to handle the request.", "gateway:internal"));
    });
  }

  /** The record stage: one structured line per exchange. Never headers, never bodies. */
  private finish(x: Exchange): void {
    this.inFlight.delete(x);
    if (!x.res.writableFinished) {
      x.abort?.cancel();
      if (x.outcome === "ok" || x.outcome === undefined) x.outcome = "client_closed";
    }
    const p = x.principal;
    this.logRequest({
      reqId: x.id,
      method: x.req.method,
      path: x.path,
      status: x.res.statusCode,
      ms: Math.round((performance.now() - x.startedAt) * 100) / 100,
      client: x.clientIp,
      principal: p?.id,
      tenant: p?.tenant,
      via: p?.via,
      keyId: p?.key?.id,
      endpoint: x.endpoint,
      model: x.model,
      route: x.route?.name,
      stream: x.stream || undefined,
      grant: x.grant,
      upstreamStatus: x.upstreamStatus,
      outcome: x.outcome,
      code: x.errorCode,
      guard: x.guard ? guardHeader(x) : undefined,
    });
    if (this.draining && this.inFlight.size === 0) this.onDrained?.();
  }

  private async health(path: string, res: ServerResponse): Promise<void> {
    let ok = true;
    let detail = "ok";
    if (path === "/readyz") {
      if (this.draining) {
        ok = false;
        detail = "shutting down";
      } else {
        try {
          await this.opts.store.ping();
        } catch {
          ok = false;
          detail = "store unavailable";
        }
      }
    }
    const body = JSON.stringify({ status: ok ? "ok" : "unavailable", detail });
    res.writeHead(ok ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" });
    res.end(body);
  }

  private onDrained: (() => void) | undefined;

  /**
   * Request ids: a random 64-bit prefix per process and a counter, as 32 hex
   * digits. Unique across processes and restarts without a random draw per
   * request. Ids are not secrets.
   */
  private readonly idPrefix = `req_${randomBytes(8).toString("hex")}`;
  private idCounter = 0;
  private nextRequestId(): string {
    return this.idPrefix + (++this.idCounter).toString(16).padStart(16, "0");
  }

  /** Stops accepting, waits for in-flight exchanges up to the grace period, then closes everything. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.draining = true;
      const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
      this.server.closeIdleConnections();
      if (this.inFlight.size > 0) {
        const drained = new Promise<void>((resolve) => {
          this.onDrained = resolve;
        });
        let timer: NodeJS.Timeout | undefined;
        const grace = new Promise<void>((resolve) => {
          timer = setTimeout(resolve, this.ctx.config.server.shutdownGraceMs);
        });
        await Promise.race([drained, grace]);
        clearTimeout(timer);
        if (this.inFlight.size > 0) this.ctx.log.warn({ cut: this.inFlight.size }, "grace period over; closing remaining requests");
      }
      this.server.closeAllConnections();
      await closed;
      await this.ctx.auth.close(); // last-used times noted since the last batch
      await Promise.all([...this.ctx.providers.values()].map((p) => p.close()));
    })();
    return this.stopping;
  }

  get inFlightCount(): number {
    return this.inFlight.size;
  }
}
