/**
 * The data-plane listener: node:http, health endpoints, and a graceful
 * shutdown that stops accepting, lets in-flight exchanges finish within the
 * grace period, then cuts what is left.
 */
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Logger } from "pino";
import type { AuditLog, CheckpointPublisher } from "../audit/log.js";
import { openAuditLog } from "../audit/open.js";
import type { RetentionMode } from "../config/audit-schema.js";
import type { Config } from "../config/schema.js";
import type { Keyring } from "../crypto/keyring.js";
import { clientAddress, TrustedProxies } from "../core/client-address.js";
import { denial } from "../core/decision.js";
import type { Guard } from "../guard/engine.js";
import type { GuardPool } from "../guard/pool.js";
import { resolveProfile } from "../guard/profiles.js";
import { KeyAuthenticator } from "../identity/authenticator.js";
import { ClientAuthenticator } from "../identity/client-auth.js";
import type { JwtAuthenticator } from "../identity/jwt.js";
import { KeyUsageTracker } from "../identity/key-usage.js";
import { CertificateAuthenticator } from "../identity/mtls.js";
import { TokenAuthenticator } from "../identity/tokens-authenticator.js";
import type { LimitBackend } from "../limits/backend.js";
import type { Store } from "../store/store.js";
import { LiveKillSwitches } from "../incident/kill-switches.js";
import { createPolicies } from "./authorize-stage.js";
import { sendError } from "./errors.js";
import { type RequestLine, requestLogWriter } from "./log.js";
import type { Exchange } from "./exchange.js";
import { guardHeader } from "./guard-stage.js";
import { type GatewayContext, runPipeline } from "./pipeline.js";
import { createLimits, type Limits, settleLimits } from "./limit-stage.js";
import { CachedProbe } from "./probe.js";
import { processLoop } from "../core/loop-monitor.js";
import { createProviders } from "./providers/index.js";
import { answerClientError, ConnectionLimits, listenerOptions, missedDeadline } from "./connections.js";
import { Admission } from "./admission.js";
import { LoopDelay } from "./loop-delay.js";
import { ContentWriter } from "./content-writer.js";
import { Retention } from "./retention.js";
import { Router } from "./router.js";
import { httpsOptions } from "./tls.js";

export interface GatewayOptions {
  config: Config;
  store: Store;
  log: Logger;
  /** Seals the audit log's signing key and kept content (retention encrypted/redacted); required while audit.enabled. */
  keyring?: Keyring;
  /** Where each checkpoint goes after it is stored (witnesses). */
  checkpointPublishers?: readonly CheckpointPublisher[];
}

/**
 * Content retention for a gateway that audits: the modes in use decide what
 * must be loaded (the PII masker for redacted) and present (a keyring for
 * encrypted and redacted — refused at start without one, never stored in clear).
 */
async function loadRetention(opts: GatewayOptions): Promise<Retention | undefined> {
  const { config } = opts;
  if (!config.audit.enabled) return undefined;
  const fallback = config.audit.retention;
  const modes = new Set<RetentionMode>([fallback]);
  for (const m of config.models) modes.add(m.retention ?? fallback);
  for (const r of config.routes) modes.add(r.retention ?? fallback);
  const keeps = modes.has("encrypted") || modes.has("redacted");
  if (keeps && !opts.keyring) {
    throw new Error("retention encrypted or redacted keeps prompt and response text sealed with the keyring, but no keyring was configured");
  }
  const writer = keeps ? new ContentWriter(opts.store.content, opts.keyring!, opts.log) : undefined;
  const mask = modes.has("redacted") ? await (await import("./content-redact.js")).loadMask() : undefined;
  return new Retention(fallback, writer, mask);
}

/**
 * One guard per active profile that a model, a route or the default names.
 * The detectors (name lists, phone metadata, the classifier's weights: tens
 * of MB) are loaded only when some profile inspects anything.
 */
async function loadGuards(config: Config): Promise<{ guards: Map<string, Guard>; pool: GuardPool | undefined }> {
  const names = new Set<string>([config.guard.profile]);
  for (const m of config.models) if (m.guard) names.add(m.guard);
  for (const r of config.routes) if (r.guard) names.add(r.guard);
  const active = [...names].map((n) => resolveProfile(n, config.guard)).filter((p) => p.active);
  if (active.length === 0) return { guards: new Map(), pool: undefined };
  const { Guard } = await import("../guard/engine.js");
  const guards = new Map(active.map((p) => [p.name, new Guard(p)]));
  // Workers start on first use: a gateway that never sees a large text runs none.
  const { size, queue, timeoutMs } = config.guard.pool;
  const pool = size > 0 ? new (await import("../guard/pool.js")).GuardPool(config.guard, { size, queue, timeoutMs }) : undefined;
  return { guards, pool };
}

/** The audit log, its signing key unsealed with the keyring; write failures go to the operator's log. */
/**
 * The audit log, its signing key unsealed with the keyring; write failures go to the operator's log.
 * Appends run off the request thread where the store can (a SQLite file: a worker thread), which
 * keeps canonicalising, hashing and inserting out of the requests' way.
 */
async function startAudit(opts: GatewayOptions): Promise<{ log: AuditLog; closeWriter: () => Promise<void> }> {
  if (!opts.keyring) throw new Error("audit.enabled needs a keyring to seal the log's signing key (none was given to the gateway)");
  const log = opts.log;
  const writer = opts.config.audit.writerThread ? opts.store.offThreadAudit?.() : undefined;
  try {
    const audit = await openAuditLog({
      config: opts.config.audit,
      store: writer?.audit ?? opts.store.audit,
      keyring: opts.keyring,
      ...(opts.checkpointPublishers ? { publishers: opts.checkpointPublishers } : {}),
      onError: (err, what) => log.error({ err: (err as Error).message }, `audit log: ${what} failed`),
    });
    return { log: audit, closeWriter: writer ? () => writer.close() : async () => undefined };
  } catch (err) {
    await writer?.close();
    throw err;
  }
}

export class Gateway {
  private readonly server: Server;
  private readonly ctx: GatewayContext;
  private readonly inFlight = new Set<Exchange>();
  private readonly logRequest: (line: RequestLine) => void;
  private draining = false;
  /** Stops the audit log's writer thread, after the log has written everything (undefined: none). */
  private closeAuditWriter: (() => Promise<void>) | undefined;
  private stopping: Promise<void> | undefined;
  /** /readyz asks each dependency at most once a second, however often it is polled. */
  private readonly storeProbe: CachedProbe;
  private readonly limitsProbe: CachedProbe | undefined;
  private readonly trustedProxies: TrustedProxies;
  private readonly connections: ConnectionLimits;
  /** This process's stall measurement (core/loop-monitor.ts), held while the gateway runs. */
  private readonly releaseLoop = processLoop.acquire();
  /** Requests in flight and waiting, and the 503 overloaded beyond them. */
  private readonly admission: Admission;
  private readonly loopDelay: LoopDelay | undefined;

  private constructor(
    private readonly opts: GatewayOptions,
    { guards, pool }: { guards: Map<string, Guard>; pool: GuardPool | undefined },
    retention: Retention | undefined,
    /** Loaded only when needed: JWT verification (jose) and node:https cost memory every process would carry. */
    lazy: { jwt: JwtAuthenticator | undefined; https: typeof import("node:https") | undefined },
    private readonly audit: AuditLog | undefined,
    limits: Limits | undefined,
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
      guardPool: pool,
      log: opts.log,
      audit,
      retention,
      limits,
    };
    this.logRequest = requestLogWriter(opts.log);
    this.storeProbe = new CachedProbe(() => store.ping());
    this.limitsProbe = limits && new CachedProbe(() => limits.backend.ping());
    const httpOptions = listenerOptions(config.server);
    const handler = (req: IncomingMessage, res: ServerResponse) => this.handle(req, res);
    this.server = config.server.tls
      ? lazy.https!.createServer({ ...httpOptions, ...httpsOptions(config.server.tls) }, handler)
      : createServer(httpOptions, handler);
    this.server.on("clientError", answerClientError);
    this.trustedProxies = new TrustedProxies(config.server.trustedProxies);
    this.connections = new ConnectionLimits(config.server.maxConnections, config.server.maxConnectionsPerAddress, this.trustedProxies, opts.log);
    this.connections.attach(this.server, config.server.tls !== undefined);
    const { maxInFlight, maxQueued, maxQueueMs, maxEventLoopDelayMs } = config.server;
    this.loopDelay = maxEventLoopDelayMs > 0 ? new LoopDelay(maxEventLoopDelayMs).start() : undefined;
    this.admission = new Admission({ maxInFlight, maxQueued, maxQueueMs }, opts.log, this.loopDelay);
  }

  static async start(opts: GatewayOptions): Promise<Gateway> {
    const { config, store } = opts;
    const jwt = config.auth.jwt.length
      ? new (await import("../identity/jwt.js")).JwtAuthenticator(config.auth.jwt, { org: store.org, changeToken: () => store.changeToken() })
      : undefined;
    const https = config.server.tls ? await import("node:https") : undefined;
    const retention = await loadRetention(opts); // before the log opens: a missing keyring is refused first
    const started = config.audit.enabled ? await startAudit(opts) : undefined;
    const audit = started?.log;
    const guards = await loadGuards(config);
    const limits = await createLimits(config); // last: nothing after it can fail and leave a Redis connection open
    const gw = new Gateway(opts, guards, retention, { jwt, https }, audit, limits);
    gw.closeAuditWriter = started?.closeWriter;
    const { host, port } = opts.config.server;
    await new Promise<void>((resolve, reject) => {
      const failed = (err: Error) => {
        // The caller closes the store next: the audit log writes what it has first.
        void (audit ? audit.close().catch(() => undefined) : Promise.resolve())
          .then(() => limits?.backend.close().catch(() => undefined))
          .then(() => gw.closeAuditWriter?.())
          .then(() => gw.releaseLoop())
          .then(() => reject(err));
      };
      gw.server.once("error", failed);
      gw.server.listen(port, host, () => {
        gw.server.off("error", failed);
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
    if (this.connections.refuses(req.socket, res)) return;
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const path = q === -1 ? url : url.slice(0, q);
    if (path === "/healthz" || path === "/readyz") {
      void this.health(path, res);
      return;
    }
    // Before any stage (authentication included): shedding must cost less than serving.
    const arrived = performance.now();
    this.admission.admit(req, res, () => this.serve(req, res, url, q, path, arrived));
  }

  private serve(req: IncomingMessage, res: ServerResponse, url: string, q: number, path: string, arrived: number): void {
    // Every field is set here, even if undefined, so all exchanges share one
    // object shape and V8 keeps the stage functions monomorphic.
    const x: Exchange = {
      id: this.nextRequestId(),
      startedAt: arrived, // the time spent waiting for a slot is part of the request's
      req,
      res,
      clientIp: clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], this.trustedProxies),
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
      receivedBody: undefined,
      body: undefined,
      model: undefined,
      modelConfig: undefined,
      stream: false,
      guard: undefined,
      pseudonyms: undefined,
      leak: undefined,
      systemPrompt: undefined,
      guardRequest: undefined,
      guardResponse: undefined,
      upstreamStatus: undefined,
      limits: undefined,
      tee: undefined,
      outcome: undefined,
      errorCode: undefined,
      reasons: [],
    };
    this.inFlight.add(x);
    if (this.draining) res.setHeader("connection", "close");
    res.once("close", () => this.finish(x));
    runPipeline(x, this.ctx).catch(async (err: unknown) => {
      this.ctx.log.error({ reqId: x.id, err }, "unhandled error in pipeline");
      x.outcome = "denied";
      // A store that cannot be reached (PostgreSQL down) made the stage fail: a 503 to retry, not a gateway bug (500).
      // Asked afresh (one shared ping at a time), so the first failures of an outage are classified right too.
      const storeDown = !(await this.storeProbe.ok(250));
      sendError(
        x,
        storeDown
          ? denial(503, "server_error", "store_unavailable", "The gateway could not reach its database; the request is refused.", "gateway:store", { headers: { "retry-after": "1" } })
          : denial(500, "server_error", "internal_error", "The gateway failed to handle the request.", "gateway:internal"),
      );
    });
  }

  /** The record stage: one structured line per exchange (never headers, never bodies) and its audit event. */
  private finish(x: Exchange): void {
    this.inFlight.delete(x);
    this.admission.release();
    if (!x.res.writableFinished) {
      x.abort?.cancel();
      if (x.outcome === "ok" || x.outcome === undefined) x.outcome = "client_closed";
      if (missedDeadline(x.req.socket)) [x.res.statusCode, x.outcome, x.errorCode] = [408, "denied", "request_timeout"];
    }
    // Settle before the audit event releases the reply's capture (the usage is read from it).
    settleLimits(x, this.ctx);
    const p = x.principal;
    const ms = Math.round((performance.now() - x.startedAt) * 100) / 100;
    const { audit, retention } = this.ctx;
    if (audit && retention) {
      try {
        // Queued only: the log serialises, hashes and appends in batches; kept text is sealed and stored likewise.
        audit.record(retention.event(x, new Date().toISOString(), ms));
      } catch (err) {
        // A malformed exchange must not take the listener down, nor go unrecorded: the log keeps the essentials.
        this.ctx.log.error({ reqId: x.id, err: (err as Error).message }, "could not build the audit event");
        audit.record({ kind: "gateway.request", tenant: p?.tenant ?? "default", reqId: x.id, status: x.res.statusCode, outcome: x.outcome ?? "denied", partial: true });
      }
    }
    this.logRequest({
      reqId: x.id,
      method: x.req.method,
      path: x.path,
      status: x.res.statusCode,
      ms,
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
      } else if (this.admission.shedding) {
        // Still ready: taking a shedding instance out of the pool would pour its load onto the others.
        detail = "overloaded: shedding requests (503 overloaded)";
      } else if (this.audit && !this.audit.admits()) {
        // Requests would be refused (fail-closed): let the load balancer send them elsewhere.
        ok = false;
        detail = "audit log unavailable";
      } else {
        // The details name the dependency, never its URL (which may carry a password).
        const [storeOk, limitsOk] = await Promise.all([this.storeProbe.ok(), this.limitsProbe?.ok() ?? true]);
        if (!storeOk) {
          ok = false;
          detail = "store unavailable";
        } else if (!limitsOk) {
          // Every limit onUnavailable: open: requests are still served (uncounted), so stay in the pool.
          ok = this.ctx.limits!.failOpen.all;
          detail = ok ? "limits backend unavailable (limits fail open)" : "limits backend unavailable";
        }
      }
    }
    const body = JSON.stringify({ status: ok ? "ok" : "unavailable", detail });
    res.writeHead(ok ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store", "x-content-type-options": "nosniff" });
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
      this.admission.close(); // waiting requests get 503 at once rather than starting during the grace period
      this.loopDelay?.stop();
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
      await this.ctx.retention?.flush(); // kept content queued by the last exchanges
      // Every exchange has finished and recorded its event: write them all and take a last checkpoint.
      await this.audit?.close().catch((err: unknown) => this.ctx.log.error({ err: (err as Error).message }, "audit log: events could not be written at shutdown"));
      await this.closeAuditWriter?.();
      await Promise.all([...this.ctx.providers.values()].map((p) => p.close()));
      await this.ctx.guardPool?.close();
      await this.ctx.limits?.backend.close().catch((err: unknown) => this.ctx.log.error({ err: (err as Error).message }, "limits: the counter store did not close cleanly"));
      this.releaseLoop();
    })();
    return this.stopping;
  }

  /** The running audit log (undefined when auditing is off): for shutdown hooks, health and tests. */
  get auditLog(): AuditLog | undefined {
    return this.audit;
  }

  /** The limits' counter store (undefined when no limits or budgets are configured): for tests and admin views. */
  get limitBackend(): LimitBackend | undefined {
    return this.ctx.limits?.backend;
  }

  /** Settlements charged above their reservation since start (capped; each also a limits:overrun finding). */
  get limitOverruns(): number {
    return this.ctx.limits?.overruns ?? 0;
  }

  get inFlightCount(): number {
    return this.inFlight.size;
  }

  /** Admission's view: requests holding a slot, waiting for one, and shed (503 overloaded) since start. */
  get load(): { inFlight: number; queued: number; shed: number } {
    return { inFlight: this.admission.inFlight, queued: this.admission.queued, shed: this.admission.shedCount };
  }

  /** Open connections from `address` (its /64 for IPv6), or on the whole listener (server.maxConnections*). */
  connectionCount(address?: string): number {
    return this.connections.count(address);
  }
}
