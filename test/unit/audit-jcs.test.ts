/** JCS (RFC 8785): the RFC's own examples, key order, and the values it refuses. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { CanonicalJsonError, canonicalBytes, canonicalize } from "../../src/audit/jcs.js";

/** An IEEE 754 double from its 16 hex digits, as RFC 8785 Appendix B lists them. */
const double = (hex: string): number => Buffer.from(hex, "hex").readDoubleBE(0);

describe("RFC 8785 examples", () => {
  test("§3.2.2: the sample object", () => {
    const input = JSON.parse(`{
      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
      "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
      "literals": [null, true, false]
    }`);
    assert.equal(canonicalize(input), `{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA'B\\"\\\\\\\\\\"/"}`);
  });

  test("§3.2.3: property sorting by UTF-16 code units", () => {
    const input = JSON.parse(`{
      "\\u20ac": "Euro Sign",
      "\\r": "Carriage Return",
      "\\ufb33": "Hebrew Letter Dalet With Dagesh",
      "1": "One",
      "\\ud83d\\ude00": "Emoji: Grinning Face",
      "\\u0080": "Control",
      "\\u00f6": "Latin Small Letter O With Diaeresis"
    }`);
    // Compared as text: parsing it back would let JavaScript move the integer-like key "1" first.
    const expected = [
      `"\\r":"Carriage Return"`,
      `"1":"One"`,
      `"\u0080":"Control"`,
      `"ö":"Latin Small Letter O With Diaeresis"`,
      `"€":"Euro Sign"`,
      `"\u{1F600}":"Emoji: Grinning Face"`,
      `"\ufb33":"Hebrew Letter Dalet With Dagesh"`,
    ];
    assert.equal(canonicalize(input), `{${expected.join(",")}}`);
  });

  test("Appendix B: number serialisation", () => {
    const cases: [string, string][] = [
      ["0000000000000000", "0"],
      ["8000000000000000", "0"],
      ["0000000000000001", "5e-324"],
      ["8000000000000001", "-5e-324"],
      ["7fefffffffffffff", "1.7976931348623157e+308"],
      ["ffefffffffffffff", "-1.7976931348623157e+308"],
      ["4340000000000000", "9007199254740992"],
      ["c340000000000000", "-9007199254740992"],
      ["4430000000000000", "295147905179352830000"],
      ["44b52d02c7e14af5", "9.999999999999997e+22"],
      ["44b52d02c7e14af6", "1e+23"],
      ["44b52d02c7e14af7", "1.0000000000000001e+23"],
      ["444b1ae4d6e2ef4e", "999999999999999700000"],
      ["444b1ae4d6e2ef4f", "999999999999999900000"],
      ["444b1ae4d6e2ef50", "1e+21"],
      ["3eb0c6f7a0b5ed8c", "9.999999999999997e-7"],
      ["3eb0c6f7a0b5ed8d", "0.000001"],
      ["41b3de4355555553", "333333333.3333332"],
      ["41b3de4355555554", "333333333.33333325"],
      ["41b3de4355555555", "333333333.3333333"],
      ["41b3de4355555556", "333333333.3333334"],
      ["41b3de4355555557", "333333333.33333343"],
      ["becbf647612f3696", "-0.0000033333333333333333"],
      ["43143ff3c1cb0959", "1424953923781206.2"],
    ];
    for (const [hex, expected] of cases) assert.equal(canonicalize(double(hex)), expected, hex);
    for (const hex of ["7fffffffffffffff", "7ff0000000000000"]) {
      assert.throws(() => canonicalize(double(hex)), CanonicalJsonError, `${hex} (NaN/Infinity) must be refused`);
    }
  });
});

describe("canonical form", () => {
  test("nested objects are sorted at every level, arrays keep their order, no whitespace", () => {
    assert.equal(canonicalize({ b: [3, { z: 1, a: [] }, "x"], a: { d: null, c: false } }), `{"a":{"c":false,"d":null},"b":[3,{"a":[],"z":1},"x"]}`);
  });

  test("key order of the input does not matter; the bytes are UTF-8", () => {
    assert.equal(canonicalize({ x: 1, y: "é" }), canonicalize({ y: "é", x: 1 }));
    assert.deepEqual(canonicalBytes({ y: "é" }), Buffer.from(`{"y":"é"}`, "utf8"));
  });

  test("control characters use the short escapes or lowercase \\u00xx", () => {
    assert.equal(canonicalize("\b\t\n\f\r\u0000\u001f\u007f"), `"\\b\\t\\n\\f\\r\\u0000\\u001f\u007f"`);
  });

  test("objects with a null prototype are plain objects", () => {
    const o = Object.create(null) as Record<string, unknown>;
    o["k"] = 1;
    assert.equal(canonicalize(o), `{"k":1}`);
  });
});

describe("values JSON cannot carry are refused with the path", () => {
  const refuses = (value: unknown, message: RegExp) => assert.throws(() => canonicalize(value), (e: unknown) => e instanceof CanonicalJsonError && message.test(e.message));

  test("non-finite numbers", () => {
    refuses({ a: [1, Number.NaN] }, /^\$\.a\[1\]: NaN is not a JSON number$/);
    refuses(Number.POSITIVE_INFINITY, /Infinity is not a JSON number/);
    refuses(Number.NEGATIVE_INFINITY, /-Infinity is not a JSON number/);
  });

  test("undefined, in an object, an array or a hole", () => {
    refuses({ a: undefined }, /^\$\.a: undefined/);
    refuses([1, undefined], /^\$\[1\]: undefined/);
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point
    refuses([1, , 3], /^\$\[1\]: undefined/);
    refuses(undefined, /^\$: undefined/);
  });

  test("functions, symbols and bigints", () => {
    refuses({ f: () => 1 }, /^\$\.f: a function is not a JSON value/);
    refuses({ s: Symbol("x") }, /^\$\.s: a symbol/);
    refuses({ n: 10n }, /^\$\.n: bigint is not a JSON value/);
  });

  test("cycles, through objects and arrays", () => {
    const o: Record<string, unknown> = { a: 1 };
    o["self"] = o;
    refuses(o, /^\$\.self: cyclic structure$/);
    const arr: unknown[] = [];
    arr.push({ back: arr });
    refuses(arr, /^\$\[0\]\.back: cyclic structure$/);
  });

  test("a shared (non-cyclic) object is fine", () => {
    const shared = { v: 1 };
    assert.equal(canonicalize({ a: shared, b: shared }), `{"a":{"v":1},"b":{"v":1}}`);
  });

  test("class instances such as Date and Map", () => {
    refuses({ at: new Date(0) }, /^\$\.at: a Date is not a plain JSON object/);
    refuses(new Map(), /a Map is not a plain JSON object/);
  });

  test("lone surrogates in strings and keys", () => {
    refuses("a\uD800b", /lone surrogate/);
    refuses({ "\uDC00": 1 }, /lone surrogate/);
    assert.equal(canonicalize("\uD83D\uDE00"), `"\uD83D\uDE00"`);
  });
});

describe("the fast path and the exact writer agree", () => {
  test("integer-like keys, __proto__ keys, surrogate pairs, deep nesting and shared objects give the RFC 8785 bytes", async () => {
    const { hashLeaf, hashLeafUtf8 } = await import("../../src/audit/merkle.js");
    const shared = { z: 1, a: [1, 2] };
    const cases: [unknown, string][] = [
      [{ b: 1, 10: "x", 2: "y", a: null }, '{"10":"x","2":"y","a":null,"b":1}'],
      [JSON.parse('{"__proto__":{"x":1},"a":2}'), '{"__proto__":{"x":1},"a":2}'],
      [{ s: "pair \u{1F600} ok", t: "back\\ud800slash" }, '{"s":"pair \u{1F600} ok","t":"back\\\\ud800slash"}'],
      [{ x: shared, y: shared }, '{"x":{"a":[1,2],"z":1},"y":{"a":[1,2],"z":1}}'],
      [{ n: [-0, 1e21, 0.1, 5e-7] }, '{"n":[0,1e+21,0.1,5e-7]}'],
    ];
    let deep: unknown = 1;
    let deepText = "1";
    for (let i = 0; i < 100; i++) {
      deep = { k: deep };
      deepText = `{"k":${deepText}}`;
    }
    cases.push([deep, deepText]);
    for (const [value, expected] of cases) assert.equal(canonicalize(value), expected);
    assert.deepEqual(hashLeafUtf8("h\u00e9llo \u{1F600}"), hashLeaf(Buffer.from("h\u00e9llo \u{1F600}", "utf8")));
  });
});

describe("canonicalize against a plain reference", () => {
  /** The obvious (slow) definition: sort keys by code units, JSON.stringify the leaves. */
  const reference = (v: unknown): string => {
    if (Array.isArray(v)) return `[${v.map(reference).join(",")}]`;
    if (v !== null && typeof v === "object") {
      const o = v as Record<string, unknown>;
      return `{${Object.keys(o)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${reference(o[k])}`)
        .join(",")}}`;
    }
    return JSON.stringify(v);
  };

  test("random nested values, keys sorted or not, give the same bytes", () => {
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const keys = ["a", "b", "B", "é", "z", "aa", "_x", "key with space", "\u{1F600}", "10", "2"];
    const leaf = () => [null, true, false, 0, -0, 1.5, 1e21, -7, "", "x\"y\\z\n\u0001", "\u{1F600}ok"][rnd(11)];
    const make = (depth: number): unknown => {
      if (depth > 3 || rnd(3) === 0) return leaf();
      if (rnd(2) === 0) return Array.from({ length: rnd(4) }, () => make(depth + 1));
      const o: Record<string, unknown> = {};
      const names = Array.from({ length: rnd(5) }, () => keys[rnd(keys.length)]!);
      if (rnd(2) === 0) names.sort(); // already sorted: the no-copy path
      for (const k of names) o[k] = make(depth + 1);
      return o;
    };
    for (let i = 0; i < 500; i++) {
      const v = make(0);
      assert.equal(canonicalize(v), reference(v), JSON.stringify(v));
    }
  });
});
