/**
 * `node --import tsx eval/link-exfil.ts [labelled.jsonl]`: false positives of
 * links.exfiltration on benign URLs (label 0 of the URL data set, see
 * ../shared/data/README.md), each written as a markdown link and as a
 * markdown image in a model's reply, at the default threshold (0.5) and at
 * the reporting floor; by payload kind. Also a detection check on plain data
 * planted in the query of the same URLs.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createLinkDetector } from "../src/guard/detectors/links.js";

const file = process.argv[2] ?? resolve(import.meta.dirname, "../../../shared/data/urls/labelled.jsonl");
const benign: string[] = [];
for (const line of readFileSync(file, "utf8").split("\n")) {
  if (!line) continue;
  const row = JSON.parse(line) as { url: string; label: number };
  if (row.label === 0) benign.push(/^[a-z]+:\/\//i.test(row.url) ? row.url : `http://${row.url}`);
}
const detect = createLinkDetector({ allowDomains: [] });
const withQuery = benign.filter((u) => u.includes("?")).length;
const out: Record<string, unknown> = { benign: benign.length, withQuery };
const kinds: Record<string, number> = {};
for (const channel of ["link", "image"] as const) {
  let blocked = 0;
  let reported = 0;
  const t0 = performance.now();
  for (const url of benign) {
    const text = channel === "image" ? `Here: ![chart](${url})` : `See [the page](${url}).`;
    const f = detect(text).filter((x) => x.detector === "links.exfiltration");
    if (f.length === 0) continue;
    reported++;
    const top = Math.max(...f.map((x) => x.score));
    if (top >= 0.5) {
      blocked++;
      const kind = /data \(([a-z-]+)\)/.exec(f[0]!.message)?.[1] ?? "other";
      kinds[`${channel}:${kind}`] = (kinds[`${channel}:${kind}`] ?? 0) + 1;
    }
  }
  out[channel] = { atDefaultThreshold: blocked, rate: +(blocked / benign.length).toFixed(5), reported, ms: Math.round(performance.now() - t0) };
}
out.kindsAtThreshold = kinds;
// Recall on plain planted data: an identifier-like code added to the query of benign URLs.
let caught = 0;
const sample = benign.slice(0, 5000);
for (const [i, url] of sample.entries()) {
  const code = `ACME-${1000 + (i % 9000)}-ZETA`;
  const text = `![x](${url}${url.includes("?") ? "&" : "?"}d=${code})`;
  if (detect(text).some((x) => x.detector === "links.exfiltration" && x.score >= 0.5)) caught++;
}
out.plantedImageRecall = +(caught / sample.length).toFixed(4);
console.log(JSON.stringify(out, null, 2));
