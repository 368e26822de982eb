/**
 * The data plane's whole URL space, in one table. Unknown paths get 404,
 * known paths with the wrong method get 405 with an Allow header.
 */
import type { RouteConfig } from "../config/schema.js";
import { clip } from "../core/clip.js";
import { type Denial, denial } from "../core/decision.js";
import type { Endpoint } from "./exchange.js";

const SOURCE = "gateway:router";

export interface Match {
  endpoint: Endpoint;
  pathModel?: string;
  route?: RouteConfig;
  routePath?: string;
}

const FIXED: Record<string, { method: string; endpoint: Endpoint }> = {
  "/v1/chat/completions": { method: "POST", endpoint: "chat.completions" },
  "/v1/completions": { method: "POST", endpoint: "completions" },
  "/v1/embeddings": { method: "POST", endpoint: "embeddings" },
  "/v1/messages": { method: "POST", endpoint: "messages" },
  "/v1/models": { method: "GET", endpoint: "models.list" },
  "/v1/wardgate/tokens": { method: "POST", endpoint: "tokens.mint" },
};

const notFound = (path: string) =>
  denial(404, "not_found_error", "unknown_endpoint", `Unknown endpoint ${clip(path)}.`, SOURCE);
const wrongMethod = (method: string, allowed: string[]) =>
  denial(405, "invalid_request_error", "method_not_allowed", `Method ${method} is not allowed here; use ${allowed.join(", ")}.`, SOURCE, {
    headers: { allow: allowed.join(", ") },
  });

export class Router {
  private readonly routes: Map<string, RouteConfig>;

  constructor(routes: readonly RouteConfig[]) {
    this.routes = new Map(routes.map((r) => [r.name, r]));
  }

  match(method: string, path: string): Match | Denial {
    const fixed = FIXED[path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path];
    if (fixed) return method === fixed.method ? { endpoint: fixed.endpoint } : wrongMethod(method, [fixed.method]);

    if (path.startsWith("/v1/models/")) {
      const id = safeDecode(path.slice("/v1/models/".length));
      if (id === undefined || !id) return notFound(path);
      return method === "GET" ? { endpoint: "models.get", pathModel: id } : wrongMethod(method, ["GET"]);
    }

    if (path.startsWith("/inference/")) {
      const rest = path.slice("/inference/".length);
      const slash = rest.indexOf("/");
      const name = slash === -1 ? rest : rest.slice(0, slash);
      const route = this.routes.get(name);
      if (!route) return notFound(path);
      const routePath = slash === -1 ? "/" : rest.slice(slash);
      // Forbid anything that could climb out of the upstream's base path.
      if (/(?:^|\/)\.\.?(?:[/;]|$)|;|%2e|%2f|%5c|%25|\\/i.test(routePath)) {
        return denial(400, "invalid_request_error", "invalid_path", "The request path is not allowed.", SOURCE);
      }
      if (!route.methods.includes(method as RouteConfig["methods"][number])) return wrongMethod(method, route.methods);
      return { endpoint: "inference", route, routePath };
    }
    return notFound(path);
  }
}

function safeDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

export function isDenial(v: unknown): v is Denial {
  return typeof v === "object" && v !== null && "status" in v && "reasons" in v;
}
