import assert from "node:assert/strict";
import { test } from "node:test";
import { Guard } from "../../src/guard/engine.js";
import { jsonEscapeView } from "../../src/guard/json-escapes.js";
import { resolveProfile } from "../../src/guard/profiles.js";
import { Pseudonyms } from "../../src/guard/pseudonyms.js";

test("\\uXXXX and \\/ are decoded; other escapes are kept; offsets map back to the source", () => {
  const src = String.raw`{"u":"\u0068ttps:\/\/x.example","q":"a\"b","b":"\\u0068"}`;
  const v = jsonEscapeView(src)!;
  assert.equal(v.text, String.raw`{"u":"https://x.example","q":"a\"b","b":"\\u0068"}`);
  const at = v.text.indexOf("https");
  assert.equal(src.slice(v.map[at]!, v.map[at + "https://x.example".length]!), String.raw`\u0068ttps:\/\/x.example`);
  assert.equal(v.map[v.text.length], src.length);
  assert.equal(jsonEscapeView('{"plain":"text"}'), undefined);
});

test("a malformed or cut escape stays as it is", () => {
  assert.equal(jsonEscapeView(String.raw`ab\u00`)!.text, String.raw`ab\u00`);
  assert.equal(jsonEscapeView(String.raw`\uZZZZ\u`)!.text, String.raw`\uZZZZ\u`);
});

test("the engine reads JSON fields decoded and redacts the escapes themselves", () => {
  const guard = new Guard(resolveProfile("standard", { profile: "standard", profiles: {}, holdBackChars: 256 } as never));
  const esc = [..."password"].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("");
  const text = `{"${esc}":"Tr0ub4dor&3xyzQ"}`;
  const asJson = guard.inspect("response", [{ path: "args", role: "response", text, json: true }], { pseudonyms: new Pseudonyms() });
  const out = asJson.redacted.get(0)!;
  assert.ok(out && !out.includes("Tr0ub4dor"), out);
  assert.deepEqual(Object.keys(JSON.parse(out) as object), ["password"]);
  const asText = guard.inspect("response", [{ path: "args", role: "response", text }], { pseudonyms: new Pseudonyms() });
  assert.equal(asText.redacted.size, 0, "without the flag the escaped key is not read");
});
