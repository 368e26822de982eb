/**
 * The Lua scripts behind the Redis LimitBackend: one per operation, each
 * atomic (Redis runs a script with nothing interleaved), so "check every
 * counter, then change all or none" holds across any number of gateway nodes.
 *
 * Time: window counters use the caller's `now` (ARGV[1]); the backend puts the
 * window's start in the key name, so nodes whose clocks differ slightly count
 * in neighbouring windows but never reset each other's counts. Lease and
 * reservation expiry uses the Redis server's clock (`server_now()`, TIME), the
 * one clock all nodes share: a hold taken on one node must expire at the same
 * instant for every other node, whatever their own clocks say. TIME before
 * writes needs effects replication, the default since Redis 5;
 * `replicate_commands` asks for it on older servers.
 *
 * Keys are all passed in KEYS (never built inside a script) so a script is
 * valid in Redis Cluster; the backend gives them one hash tag (one slot).
 * Numbers are integers below 2^53, exact in Lua's doubles.
 */
import { createHash } from "node:crypto";

/**
 * A window's counter outlives the window (by the caller's clock) this long, so a node whose clock lags a
 * little behind still finds the count of the window it believes is current.
 */
export const WINDOW_SLACK_MS = 5_000;

export interface LuaScript {
  readonly name: string;
  readonly source: string;
  readonly sha1: string;
}

function script(name: string, body: string): LuaScript {
  const source = PRELUDE + body;
  return { name, source, sha1: createHash("sha1").update(source).digest("hex") };
}

const PRELUDE = `
if redis.replicate_commands then redis.replicate_commands() end
local function server_now()
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
-- A budget is three keys: hash {spent, reserved, limit}, zset reservation id -> expiry, hash reservation id -> amount.
local function budget_sweep(h, z, a, t)
  local expired = redis.call('ZRANGEBYSCORE', z, '-inf', t)
  if #expired == 0 then return end
  local freed = 0
  for _, rid in ipairs(expired) do
    freed = freed + (tonumber(redis.call('HGET', a, rid)) or 0)
    redis.call('HDEL', a, rid)
  end
  redis.call('ZREMRANGEBYSCORE', z, '-inf', t)
  redis.call('HINCRBY', h, 'reserved', -freed)
end
`;

/**
 * KEYS: one counter per charge, named with its window's start. ARGV: now, then (limit, windowMs, amount) per key.
 * A counter expires (PEXPIRE) a little after its window ends. Returns {0, 0} or {index, retryAfterMs}.
 */
export const CHARGE = script(
  "charge",
  `
local t = tonumber(ARGV[1])
local pending = {}
for i = 1, #KEYS do
  local limit, win, amount = tonumber(ARGV[3*i-1]), tonumber(ARGV[3*i]), tonumber(ARGV[3*i+1])
  local before = pending[KEYS[i]] or 0
  if (tonumber(redis.call('GET', KEYS[i])) or 0) + before + amount > limit then
    return {i, win - (t % win)}
  end
  pending[KEYS[i]] = before + amount
end
for i = 1, #KEYS do
  local win, amount = tonumber(ARGV[3*i]), tonumber(ARGV[3*i+1])
  redis.call('INCRBY', KEYS[i], amount)
  redis.call('PEXPIRE', KEYS[i], win - (t % win) + ${WINDOW_SLACK_MS})
end
return {0, 0}
`,
);

/** Same layout as CHARGE; adds without checking (usage known only after the response). */
export const ADD = script(
  "add",
  `
local t = tonumber(ARGV[1])
for i = 1, #KEYS do
  local win, amount = tonumber(ARGV[3*i]), tonumber(ARGV[3*i+1])
  redis.call('INCRBY', KEYS[i], amount)
  redis.call('PEXPIRE', KEYS[i], win - (t % win) + ${WINDOW_SLACK_MS})
end
return 0
`,
);

/**
 * KEYS: lease sorted sets (lease id -> expiry). ARGV: slackMs, leaseId, ttlMs, then limit per key.
 * Expired leases (a crashed node's) are removed first. Re-acquiring with a held lease id renews it without
 * taking a second slot. Returns 0 or the index of the first full key.
 */
export const ACQUIRE = script(
  "acquire",
  `
local t = server_now()
local slack, id, ttl = tonumber(ARGV[1]), ARGV[2], tonumber(ARGV[3])
local taking = {}
for i = 1, #KEYS do
  local k = KEYS[i]
  redis.call('ZREMRANGEBYSCORE', k, '-inf', t)
  if not taking[k] and not redis.call('ZSCORE', k, id) then
    if redis.call('ZCARD', k) + 1 > tonumber(ARGV[3+i]) then return i end
    taking[k] = true
  end
end
for i = 1, #KEYS do
  local k = KEYS[i]
  redis.call('ZADD', k, t + ttl, id)
  local last = redis.call('ZRANGE', k, -1, -1, 'WITHSCORES')
  redis.call('PEXPIRE', k, tonumber(last[2]) - t + slack)
end
return 0
`,
);

/** KEYS: lease sorted sets. ARGV: leaseId. */
export const RELEASE = script(
  "release",
  `
for i = 1, #KEYS do redis.call('ZREM', KEYS[i], ARGV[1]) end
return 0
`,
);

/**
 * KEYS: three per budget (state hash, reservation zset, amounts hash). ARGV: reservationId, ttlMs, then
 * (limit, amount) per budget. Frees expired reservations first. Returns {0} or {index, spent, reserved}.
 */
export const RESERVE = script(
  "reserve",
  `
local t = server_now()
local id, ttl = ARGV[1], tonumber(ARGV[2])
local n = #KEYS / 3
local pending = {}
for i = 1, n do
  local h, z, a = KEYS[3*i-2], KEYS[3*i-1], KEYS[3*i]
  budget_sweep(h, z, a, t)
  local limit, amount = tonumber(ARGV[1+2*i]), tonumber(ARGV[2+2*i])
  local st = redis.call('HMGET', h, 'spent', 'reserved')
  local spent, reserved = tonumber(st[1]) or 0, tonumber(st[2]) or 0
  local before = pending[h] or 0
  if spent + reserved + before + amount > limit then
    return {i, spent, reserved + before}
  end
  pending[h] = before + amount
end
for i = 1, n do
  local h, z, a = KEYS[3*i-2], KEYS[3*i-1], KEYS[3*i]
  local limit, amount = tonumber(ARGV[1+2*i]), tonumber(ARGV[2+2*i])
  redis.call('HINCRBY', h, 'reserved', amount)
  redis.call('HSET', h, 'limit', limit)
  redis.call('HINCRBY', a, id, amount)
  redis.call('ZADD', z, t + ttl, id)
end
return {0}
`,
);

/**
 * KEYS: three per budget. ARGV: reservationId, actual. Frees the reservation (if it has not
 * expired already) and adds `actual` to spent either way: the upstream was paid whether or not the hold
 * was still there. The caller must settle once (settling twice spends twice).
 */
export const SETTLE = script(
  "settle",
  `
local id, actual = ARGV[1], tonumber(ARGV[2])
for i = 1, #KEYS / 3 do
  local h, z, a = KEYS[3*i-2], KEYS[3*i-1], KEYS[3*i]
  local held = tonumber(redis.call('HGET', a, id))
  if held then
    redis.call('HDEL', a, id)
    redis.call('ZREM', z, id)
    redis.call('HINCRBY', h, 'reserved', -held)
  end
  redis.call('HINCRBY', h, 'spent', actual)
end
return 0
`,
);

/** KEYS: the three keys of one budget. No ARGV. Frees expired reservations, returns {hasLimit, limit, spent, reserved}. */
export const BUDGET = script(
  "budget",
  `
budget_sweep(KEYS[1], KEYS[2], KEYS[3], server_now())
local st = redis.call('HMGET', KEYS[1], 'limit', 'spent', 'reserved')
local limit = tonumber(st[1])
return {limit and 1 or 0, limit or 0, tonumber(st[2]) or 0, tonumber(st[3]) or 0}
`,
);
