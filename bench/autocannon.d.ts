/**
 * The slice of autocannon's programmatic API the benchmark uses. autocannon
 * ships no types and @types/autocannon is not a dependency, so this keeps the
 * bench type-checked under strict mode without touching package.json.
 */
declare module "autocannon" {
  namespace autocannon {
    interface Options {
      url: string;
      method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
      headers?: Record<string, string>;
      body?: string | Buffer;
      connections?: number;
      /** Seconds. Ignored when `amount` is set. */
      duration?: number;
      /** Stop after this many requests instead of after `duration`. */
      amount?: number;
      pipelining?: number;
      /** Per-request timeout, seconds. */
      timeout?: number;
    }

    /** autocannon's histogram summary; latency values are whole milliseconds. */
    interface Histogram {
      average: number;
      mean: number;
      stddev: number;
      min: number;
      max: number;
      p50: number;
      p90: number;
      p97_5: number;
      p99: number;
    }

    interface Result {
      /** Wall time of the run, seconds. */
      duration: number;
      errors: number;
      timeouts: number;
      mismatches: number;
      resets: number;
      /** Responses with a status outside 2xx. */
      non2xx: number;
      "2xx": number;
      statusCodeStats: Record<string, { count: number }>;
      latency: Histogram;
      /** `total` is the number of completed requests, `sent` the number started. */
      requests: Histogram & { total: number; sent: number };
      throughput: Histogram & { total: number };
    }

    interface Instance extends PromiseLike<Result> {
      stop(): void;
    }
  }

  function autocannon(opts: autocannon.Options): autocannon.Instance;
  export = autocannon;
}
