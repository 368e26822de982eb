import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { RouteConfig } from "../../src/config/schema.js";
import type { Denial } from "../../src/core/decision.js";
import { isDenial, type Match, Router } from "../../src/gateway/router.js";

const routes: RouteConfig[] = [
  { name: "fraud", provider: "fraud-svc", methods: ["POST"], inspect: { prompts: [], documents: [] } },
  { name: "scoring", provider: "fraud-svc", methods: ["GET", "PUT"], inspect: { prompts: [], documents: [] } },
];
const router = new Router(routes);

function ok(r: Match | Denial): Match {
  if (isDenial(r)) assert.fail(`expected a match, got ${r.status} ${r.code}: ${r.message}`);
  return r;
}

function deny(r: Match | Denial, status: number, code: string): Denial {
  assert.ok(isDenial(r), `expected a ${status} denial, got a match: ${JSON.stringify(r)}`);
  assert.equal(r.status, status);
  assert.equal(r.code, code);
  assert.equal(r.reasons[0]?.source, "gateway:router");
  return r;
}

describe("Router: fixed endpoints", () => {
  const fixed: [string, string, Match["endpoint"]][] = [
    ["POST", "/v1/chat/completions", "chat.completions"],
    ["POST", "/v1/completions", "completions"],
    ["POST", "/v1/embeddings", "embeddings"],
    ["POST", "/v1/messages", "messages"],
    ["GET", "/v1/models", "models.list"],
  ];

  for (const [method, path, endpoint] of fixed) {
    test(`${method} ${path} → ${endpoint}`, () => {
      assert.deepEqual(ok(router.match(method, path)), { endpoint });
    });

    test(`${path} with a trailing slash still maps`, () => {
      assert.equal(ok(router.match(method, `${path}/`)).endpoint, endpoint);
    });

    const wrong = method === "POST" ? "GET" : "POST";
    test(`${wrong} ${path} → 405 with allow: ${method}`, () => {
      const d = deny(router.match(wrong, path), 405, "method_not_allowed");
      assert.equal(d.type, "invalid_request_error");
      assert.deepEqual(d.headers, { allow: method });
      assert.match(d.message, new RegExp(`Method ${wrong} is not allowed here; use ${method}`));
    });
  }

  test("methods are case-sensitive (as Node delivers them upper-case)", () => {
    deny(router.match("post", "/v1/chat/completions"), 405, "method_not_allowed");
  });

  test("unknown paths → 404", () => {
    for (const path of ["/", "/v1", "/v2/chat/completions", "/v1/chat", "/v1/chat/completions/extra", "/admin", "/V1/models", "//v1/models"]) {
      const d = deny(router.match("POST", path), 404, "unknown_endpoint");
      assert.equal(d.type, "not_found_error");
      assert.ok(d.message.includes(path), path);
    }
  });

  test("a very long unknown path is truncated in the message", () => {
    const path = `/${"x".repeat(1000)}`;
    const d = deny(router.match("GET", path), 404, "unknown_endpoint");
    assert.ok(d.message.length < 300);
    assert.ok(d.message.includes("…"));
  });
});

describe("Router: /v1/models/<id>", () => {
  test("GET maps to models.get with the id", () => {
    assert.deepEqual(ok(router.match("GET", "/v1/models/gpt-4o")), { endpoint: "models.get", pathModel: "gpt-4o" });
  });

  test("the id is URL-decoded", () => {
    assert.equal(ok(router.match("GET", "/v1/models/org%2Fmodel%3Av1")).pathModel, "org/model:v1");
    assert.equal(ok(router.match("GET", "/v1/models/my%20model")).pathModel, "my model");
  });

  test("a malformed percent-encoding → 404, not a crash", () => {
    deny(router.match("GET", "/v1/models/%E0%A4%A"), 404, "unknown_endpoint");
    deny(router.match("GET", "/v1/models/%zz"), 404, "unknown_endpoint");
  });

  test("other methods → 405 allow GET", () => {
    const d = deny(router.match("DELETE", "/v1/models/gpt-4o"), 405, "method_not_allowed");
    assert.deepEqual(d.headers, { allow: "GET" });
  });

  test("/v1/models/ (empty id) is the list endpoint", () => {
    assert.equal(ok(router.match("GET", "/v1/models/")).endpoint, "models.list");
  });
});

describe("Router: /inference/<route>/<path>", () => {
  test("a configured route maps with its path", () => {
    const m = ok(router.match("POST", "/inference/fraud/v1/score"));
    assert.equal(m.endpoint, "inference");
    assert.equal(m.route, routes[0]);
    assert.equal(m.routePath, "/v1/score");
  });

  test("the route root maps to /", () => {
    assert.equal(ok(router.match("POST", "/inference/fraud")).routePath, "/");
    assert.equal(ok(router.match("POST", "/inference/fraud/")).routePath, "/");
  });

  test("a route with several methods allows each", () => {
    assert.equal(ok(router.match("GET", "/inference/scoring/x")).route?.name, "scoring");
    assert.equal(ok(router.match("PUT", "/inference/scoring/x")).route?.name, "scoring");
  });

  test("an unknown route → 404", () => {
    deny(router.match("POST", "/inference/unknown/v1/score"), 404, "unknown_endpoint");
    deny(router.match("POST", "/inference/"), 404, "unknown_endpoint");
    deny(router.match("POST", "/inference/FRAUD/x"), 404, "unknown_endpoint");
    deny(router.match("POST", "/inference"), 404, "unknown_endpoint");
  });

  test("a route name is not matched by prefix", () => {
    deny(router.match("POST", "/inference/fraudx/v1"), 404, "unknown_endpoint");
    deny(router.match("POST", "/inference/frau/v1"), 404, "unknown_endpoint");
  });

  test("a method the route does not allow → 405 with its methods", () => {
    const d = deny(router.match("GET", "/inference/fraud/v1/score"), 405, "method_not_allowed");
    assert.deepEqual(d.headers, { allow: "POST" });
    const d2 = deny(router.match("POST", "/inference/scoring/x"), 405, "method_not_allowed");
    assert.deepEqual(d2.headers, { allow: "GET, PUT" });
  });

  test("path traversal attempts → 400 invalid_path", () => {
    const attempts = [
      "/inference/fraud/../admin",
      "/inference/fraud/..",
      "/inference/fraud/v1/../../admin",
      "/inference/fraud/./admin",
      "/inference/fraud/%2e%2e/admin",
      "/inference/fraud/%2E%2E/admin",
      "/inference/fraud/.%2e/admin",
      "/inference/fraud/v1%2F..%2Fadmin",
      "/inference/fraud/v1%2fadmin",
      "/inference/fraud/..\\admin",
      "/inference/fraud/v1\\admin",
      "/inference/fraud/%5c..%5cadmin",
    ];
    for (const path of attempts) {
      const d = deny(router.match("POST", path), 400, "invalid_path");
      assert.equal(d.type, "invalid_request_error");
      assert.ok(!d.message.includes("admin"), "the message does not echo the path");
    }
  });

  test(
    'a "..;" segment (parent directory with a path parameter) is refused',
    () => {
      deny(router.match("POST", "/inference/fraud/..;/admin"), 400, "invalid_path");
    },
  );

  test("traversal is refused before the method check (no route info leaks)", () => {
    deny(router.match("GET", "/inference/fraud/../admin"), 400, "invalid_path");
  });

  test("dots inside a segment are fine", () => {
    assert.equal(ok(router.match("POST", "/inference/fraud/v1/model.v2/score")).routePath, "/v1/model.v2/score");
    assert.equal(ok(router.match("POST", "/inference/fraud/v1/..hidden")).routePath, "/v1/..hidden");
    assert.equal(ok(router.match("POST", "/inference/fraud/v1/file...")).routePath, "/v1/file...");
  });

  test("a router without routes knows no /inference paths", () => {
    deny(new Router([]).match("POST", "/inference/fraud/x"), 404, "unknown_endpoint");
  });
});

describe("isDenial", () => {
  test("tells denials from matches", () => {
    assert.equal(isDenial(router.match("GET", "/nope")), true);
    assert.equal(isDenial(router.match("GET", "/v1/models")), false);
    assert.equal(isDenial(null), false);
    assert.equal(isDenial("x"), false);
  });
});
