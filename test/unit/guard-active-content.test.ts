import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { detectActiveContent } from "../../src/guard/detectors/active-content.js";
import type { Finding } from "../../src/guard/types.js";
import { bestOf } from "../fixtures/timing.js";

const ESC = "\u001b";
const BEL = "\u0007";

function only(text: string, detector: string): Finding[] {
  return detectActiveContent(text).filter((f) => f.detector === detector);
}

function one(text: string, detector: string): Finding {
  const hits = only(text, detector);
  assert.equal(hits.length, 1, `expected one ${detector} in ${JSON.stringify(text)}, got ${JSON.stringify(detectActiveContent(text))}`);
  return hits[0]!;
}

const covered = (text: string, f: Finding) => text.slice(f.start, f.end);

describe("active.script", () => {
  test("script, iframe, object and embed elements", () => {
    const text = "Here you go: <script>alert(1)</script>";
    const f = one(text, "active.script");
    assert.ok(f.score >= 0.9);
    assert.equal(covered(text, f), "<script>");
    for (const tag of ['<iframe src="https://evil.example/">', '<object data="x.swf">', "<embed src=x.swf>", "<SCRIPT SRC=//evil.example/x.js>"]) {
      assert.ok(one(tag, "active.script").score >= 0.8, tag);
    }
  });

  test("ordinary markup, comparisons and closing tags are not scripts", () => {
    for (const text of ["<p>Hello <b>world</b></p>", "if a<b and c>d then", "</script>", "< script>", "the <scripting> guide"]) {
      assert.deepEqual(only(text, "active.script"), [], text);
    }
  });

  test("a tag cut off at the end of the text still counts (a streamed window can end mid-tag)", () => {
    one("Sure! <script", "active.script");
    one("<img src=x onerror=alert(1)", "active.event-handler");
  });
});

describe("active.event-handler", () => {
  test("on* attributes with a value, in any tag, with any separator", () => {
    const text = "<img src=x onerror=alert(1)>";
    const f = one(text, "active.event-handler");
    assert.ok(f.score >= 0.9);
    assert.equal(covered(text, f), "onerror=alert(1)");
    one("<svg/onload=alert(1)>", "active.event-handler");
    one('<a href="#" onclick="steal()">x</a>', "active.event-handler");
    one('<img alt="a>b" src=x onerror=alert(1)>', "active.event-handler");
    one('<div title="x"onmouseover="go()">', "active.event-handler");
  });

  test("an unknown on* name is reported lower than a known event", () => {
    const known = one("<b onfocus=x()>", "active.event-handler").score;
    const unknown = one("<b onfrobnicate=x()>", "active.event-handler").score;
    assert.ok(unknown < known);
  });

  test("onion is a vegetable: prose, attribute values and valueless attributes are not handlers", () => {
    for (const text of ["an onion ring", "Set onload=init in the config", '<div class="onion">', '<a title="onclick=x">', "<input one=1>", "<b onclick>"]) {
      assert.deepEqual(only(text, "active.event-handler"), [], text);
    }
  });
});

describe("active.javascript-url", () => {
  test("script schemes in HTML attributes, markdown links, references and autolinks", () => {
    assert.ok(one('<a href="javascript:alert(1)">x</a>', "active.javascript-url").score >= 0.9);
    one("[click me](javascript:alert(document.cookie))", "active.javascript-url");
    one("[x]: javascript:alert(1)", "active.javascript-url");
    one("<javascript:alert(1)>", "active.javascript-url");
    one('<form action="vbscript:msgbox(1)">', "active.javascript-url");
    one('<iframe src="data:text/html;base64,PHNjcmlwdD4=">', "active.javascript-url");
  });

  test("obfuscation with character references, tabs, newlines and leading controls", () => {
    for (const text of [
      '<a href="java&#x09;script&#58;alert(1)">x</a>',
      '<a href="&#106;&#97;vascript:alert(1)">x</a>',
      '<a href="java&Tab;script&colon;alert(1)">x</a>',
      "<a href=' \u0001javascript:alert(1)'>x</a>",
      "[x](java\tscript:alert(1))",
      "[x](JaVaScRiPt:alert(1))",
    ]) {
      const f = one(text, "active.javascript-url");
      if (text.includes("&") || text.includes("\t") || text.includes("\u0001")) assert.match(f.message, /disguised/, text);
    }
  });

  test("ordinary links and prose about the scheme are fine", () => {
    for (const text of [
      '<a href="https://javascript.info/">tutorial</a>',
      "[MDN](https://developer.mozilla.org/en-US/docs/Web/JavaScript)",
      "The javascript: scheme is dangerous.",
      '<img src="data:image/png;base64,iVBORw0KGgo=">',
      "[x](javascripts/app.js)",
    ]) {
      assert.deepEqual(only(text, "active.javascript-url"), [], text);
    }
  });
});

describe("markdown code", () => {
  test("markup inside fenced blocks and inline code keeps a reduced score, and says why", () => {
    const live = one("<script>alert(1)</script>", "active.script");
    const fenced = one("Example:\n```html\n<script>alert(1)</script>\n```\n", "active.script");
    const tilde = one("~~~\n<img src=x onerror=alert(1)>\n~~~", "active.event-handler");
    const inline = one("Never write `<iframe>` in a template.", "active.script");
    for (const f of [fenced, inline]) {
      assert.ok(f.score <= live.score * 0.5, `${f.score}`);
      assert.match(f.message, /markdown code/);
    }
    assert.ok(tilde.score < 0.5);
  });

  test("after a closed fence, markup is live again; an unclosed fence runs to the end", () => {
    const after = one("```\ncode\n```\n<script>x</script>", "active.script");
    assert.ok(after.score >= 0.9);
    const unclosed = one("```\n<script>x</script>", "active.script");
    assert.ok(unclosed.score < 0.5);
  });

  test("terminal escapes keep their score inside code blocks", () => {
    const bare = one(`${ESC}]52;c;ZWNobyBoaQ==${BEL}`, "active.terminal-escape").score;
    const fenced = one(`\`\`\`\n${ESC}]52;c;ZWNobyBoaQ==${BEL}\n\`\`\``, "active.terminal-escape").score;
    assert.equal(fenced, bare);
  });
});

describe("active.terminal-escape", () => {
  test("an OSC 52 clipboard write scores highest", () => {
    const text = `Done.${ESC}]52;c;BASE64${BEL}`;
    const f = one(text, "active.terminal-escape");
    assert.ok(f.score >= 0.9);
    assert.equal(covered(text, f), `${ESC}]52;c;BASE64${BEL}`);
    assert.match(f.message, /clipboard/);
  });

  test("OSC 8 hyperlinks, with ST terminators", () => {
    const text = `${ESC}]8;;http://evil${ESC}\\click here${ESC}]8;;${ESC}\\`;
    const hits = only(text, "active.terminal-escape");
    assert.equal(hits.length, 2);
    assert.ok(hits[0]!.score >= 0.8);
    assert.equal(covered(text, hits[0]!), `${ESC}]8;;http://evil${ESC}\\`);
  });

  test("colours score low, conceal and cursor tricks higher, touching sequences merge", () => {
    const colour = one(`${ESC}[31mred${ESC}[0m`.slice(0, 8), "active.terminal-escape");
    const conceal = one(`${ESC}[8mhidden`, "active.terminal-escape");
    const erase = one(`rm -rf /${ESC}[2K${ESC}[1Gls`, "active.terminal-escape");
    assert.ok(colour.score < 0.5);
    assert.ok(conceal.score > colour.score && erase.score > colour.score);
    const merged = only(`${ESC}[1m${ESC}[31mbold red${ESC}[0m`, "active.terminal-escape");
    assert.equal(merged.length, 2, "the two touching sequences are one finding");
  });

  test("raw C1 controls, unterminated OSC and device control strings", () => {
    one("Hello \u009b31m world", "active.terminal-escape");
    const osc = one("\u009d52;c;ZWNobw==\u009c", "active.terminal-escape");
    assert.ok(osc.score >= 0.9);
    const open = one(`${ESC}]0;title and then everything else`, "active.terminal-escape");
    assert.match(open.message, /unterminated/);
    one(`${ESC}P$q"p${ESC}\\`, "active.terminal-escape");
  });

  test("escape sequences written out as text are not escapes", () => {
    for (const text of ["printf '\\x1b[31m'", "echo -e \"\\033]52;c;...\\007\"", "Press ESC then ]"]) {
      assert.deepEqual(only(text, "active.terminal-escape"), [], text);
    }
  });
});

describe("active content bounds", () => {
  const big = (unit: string) => unit.repeat(Math.ceil(1_000_000 / unit.length));
  const units = ["<", "<a ", "<a", '<a href="', "<a href='java", `${ESC}]`, `${ESC}[`, "\u009b", "](", "](java&#", "```\n", "`x", "<img src=x onerror=", "&#x09;"];
  for (const unit of units) {
    test(`1 MB of ${JSON.stringify(unit)} finishes in under a second`, () => {
      const text = big(unit);
      const ms = bestOf(3, () => detectActiveContent(text), 1000);
      assert.ok(ms < 1000, `${ms.toFixed(0)} ms`);
    });
  }
});
