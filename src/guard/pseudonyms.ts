/**
 * Typed placeholders for redacted values, one set per exchange.
 *
 * The same value always gets the same placeholder within an exchange
 * ("[EMAIL_ADDRESS_1]" everywhere it appears), so the model can still follow
 * who is who. With pseudonymisation on, the placeholders the model echoes
 * are turned back into the originals in the response, for the caller who
 * sent them and no one else: the map lives only as long as the exchange.
 */

/** Any placeholder of the form [LABEL_n]. */
export const PLACEHOLDER = /\[([A-Z][A-Z0-9_]{0,39})_(\d{1,6})\]/g;
/**
 * Distinct values named per exchange. Beyond this a value is still redacted,
 * as "[LABEL]" without a number (never restored): a prompt of 100,000
 * addresses cannot grow the map, or the state handed to a guard worker,
 * without bound.
 */
export const MAX_PSEUDONYMS = 4096;

/** What a guard worker needs to continue an exchange's numbering, and what it hands back: plain data (structured clone). */
export interface PseudonymState {
  /** [label\0value, placeholder], in the order issued. */
  entries: [string, string][];
}

export class Pseudonyms {
  private readonly byValue = new Map<string, string>();
  private readonly byPlaceholder = new Map<string, string>();
  private readonly counters = new Map<string, number>();
  /** Placeholders that may be turned back: those issued for the caller's request. */
  private readonly restorable = new Set<string>();

  /** The placeholder for a value of a type, e.g. ("EMAIL_ADDRESS", "a@b.c") → "[EMAIL_ADDRESS_1]". */
  placeholder(label: string, value: string): string {
    const key = `${label}\u0000${value}`;
    let p = this.byValue.get(key);
    if (p === undefined && this.byValue.size >= MAX_PSEUDONYMS) return `[${label}]`;
    if (p === undefined) {
      const n = (this.counters.get(label) ?? 0) + 1;
      this.counters.set(label, n);
      p = `[${label}_${n}]`;
      this.byValue.set(key, p);
      this.byPlaceholder.set(p, value);
    }
    return p;
  }

  /** Placeholders issued from index `from` on (Maps keep insertion order): a worker's additions, or all of them. */
  state(from = 0): PseudonymState {
    const entries: [string, string][] = [];
    let i = 0;
    for (const e of this.byValue) if (i++ >= from) entries.push(e);
    return { entries };
  }

  /** How many values are named so far (a worker's `state(issued)` is what it added). */
  get issued(): number {
    return this.byValue.size;
  }

  /** Adopts placeholders issued elsewhere (a worker continuing this exchange): same numbering, same map. */
  absorb(state: PseudonymState): void {
    for (const [key, p] of state.entries) {
      if (this.byValue.has(key)) continue;
      const cut = key.indexOf("\u0000");
      const label = key.slice(0, cut);
      this.byValue.set(key, p);
      this.byPlaceholder.set(p, key.slice(cut + 1));
      const n = Number(p.slice(label.length + 2, -1));
      if (n > (this.counters.get(label) ?? 0)) this.counters.set(label, n);
    }
  }

  /**
   * Marks every placeholder issued so far (the request's) as restorable.
   * Placeholders issued later, for data found in the response itself, stay
   * redacted: the caller never sent that data.
   */
  seal(): void {
    for (const p of this.byPlaceholder.keys()) this.restorable.add(p);
  }

  /** The original value behind a restorable placeholder. */
  original(placeholder: string): string | undefined {
    return this.restorable.has(placeholder) ? this.byPlaceholder.get(placeholder) : undefined;
  }

  /** How many placeholders can be restored. */
  get size(): number {
    return this.restorable.size;
  }

  /** Replaces restorable placeholders with their originals; anything else is left alone. */
  restore(text: string): string {
    if (this.restorable.size === 0 || text.indexOf("[") === -1) return text;
    return text.replace(PLACEHOLDER, (m) => this.original(m) ?? m);
  }

  /** Longest placeholder issued: a stream must hold back at least this much to restore across chunk boundaries. */
  get longestPlaceholder(): number {
    let n = 0;
    for (const p of this.restorable) n = Math.max(n, p.length);
    return n;
  }
}
