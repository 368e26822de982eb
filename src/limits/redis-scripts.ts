/**
 * The Lua scripts behind the Redis LimitBackend: one per operation, each
 * atomic (Redis runs a script with nothing interleaved), so "check every
 * counter, then change all or none" holds across any number of gateway nodes.
 *
 * Time: every script that needs the time calls `now()`. With ARGV[1] = "r" it
 * reads the Redis server's clock (TIME), the one clock all nodes share, so a
 * lease or reservation taken on one node expires at the same moment for every
 * other node whatever their own clocks say. With "c" it uses the caller's
 * `now` (ARGV[2]): only for tests with an injected clock (see the backend's
 * `clock` option). TIME before writes needs effects replication, the default
 * since Redis 5; `replicate_commands` asks for it on older servers.
 *
 * Keys are all passed in KEYS (never built inside a script) so a script is
 * valid in Redis Cluster; the backend gives them one hash tag (one slot).
 * Numbers are integers below 2^53, exact in Lua's doubles.
 */
import { createHash } from "node:crypto";

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
local function now()
  if ARGV[1] == 'c' then return tonumber(ARGV[2]) end
  local t = redis.call('TIME')
  return tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
-- A window counter is a hash {s = window start, c = count}: one declared key per counter, reset when the window moves on.
local function window_used(key, ws)
  local cur = redis.call('HMGET', key, 's', 'c')
  if tonumber(cur[1]) == ws then return tonumber(cur[2]) or 0 end
  return 0
end
local function window_add(key, ws, win, amount, t, slack)
  if tonumber(redis.call('HGET', key, 's')) == ws then
    redis.call('HINCRBY', key, 'c', amount)
  else
    redis.call('HSET', key, 's', ws, 'c', amount)
  end
  redis.call('PEXPIRE', key, ws + win - t + slack)
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

/** KEYS: window hashes. ARGV: mode, now, slackMs, then (limit, windowMs, amount) per key. Returns {0,0} or {index, retryAfterMs}. */
export const CHARGE = script(
  "charge",
  `
local t = now()
local slack = tonumber(ARGV[3])
local pending = {}
for i = 1, #KEYS do
  local limit, win, amount = tonumber(ARGV[3*i+1]), tonumber(ARGV[3*i+2]), tonumber(ARGV[3*i+3])
  local ws = t - (t % win)
  local before = pending[KEYS[i]] or 0
  if window_used(KEYS[i], ws) + before + amount > limit then
    return {i, ws + win - t}
  end
  pending[KEYS[i]] = before + amount
end
for i = 1, #KEYS do
  local win, amount = tonumber(ARGV[3*i+2]), tonumber(ARGV[3*i+3])
  window_add(KEYS[i], t - (t % win), win, amount, t, slack)
end
return {0, 0}
`,
);

/** Same layout as CHARGE; adds without checking (usage known only after the response). */
export const ADD = script(
  "add",
  `
local t = now()
local slack = tonumber(ARGV[3])
for i = 1, #KEYS do
  local win, amount = tonumber(ARGV[3*i+2]), tonumber(ARGV[3*i+3])
  window_add(KEYS[i], t - (t % win), win, amount, t, slack)
end
return 0
`,
);

/**
 * KEYS: lease sorted sets (lease id -> expiry). ARGV: mode, now, slackMs, leaseId, ttlMs, then limit per key.
 * Expired leases (a crashed node's) are removed first. Re-acquiring with a held lease id renews it without
 * taking a second slot. Returns 0 or the index of the first full key.
 */
export const ACQUIRE = script(
  "acquire",
  `
local t = now()
local slack, id, ttl = tonumber(ARGV[3]), ARGV[4], tonumber(ARGV[5])
local taking = {}
for i = 1, #KEYS do
  local k = KEYS[i]
  redis.call('ZREMRANGEBYSCORE', k, '-inf', t)
  if not taking[k] and not redis.call('ZSCORE', k, id) then
    if redis.call('ZCARD', k) + 1 > tonumber(ARGV[5+i]) then return i end
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

/** KEYS: lease sorted sets. ARGV: mode, now, leaseId. */
export const RELEASE = script(
  "release",
  `
for i = 1, #KEYS do redis.call('ZREM', KEYS[i], ARGV[3]) end
return 0
`,
);

/**
 * KEYS: three per budget (state hash, reservation zset, amounts hash). ARGV: mode, now, reservationId, ttlMs,
 * then (limit, amount) per budget. Frees expired reservations first. Returns {0} or {index, spent, reserved}.
 */
export const RESERVE = script(
  "reserve",
  `
local t = now()
local id, ttl = ARGV[3], tonumber(ARGV[4])
local n = #KEYS / 3
local pending = {}
for i = 1, n do
  local h, z, a = KEYS[3*i-2], KEYS[3*i-1], KEYS[3*i]
  budget_sweep(h, z, a, t)
  local limit, amount = tonumber(ARGV[3+2*i]), tonumber(ARGV[4+2*i])
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
  local limit, amount = tonumber(ARGV[3+2*i]), tonumber(ARGV[4+2*i])
  redis.call('HINCRBY', h, 'reserved', amount)
  redis.call('HSET', h, 'limit', limit)
  redis.call('HINCRBY', a, id, amount)
  redis.call('ZADD', z, t + ttl, id)
end
return {0}
`,
);

/**
 * KEYS: three per budget. ARGV: mode, now, reservationId, actual. Frees the reservation (if it has not
 * expired already) and adds `actual` to spent either way: the upstream was paid whether or not the hold
 * was still there. The caller must settle once (settling twice spends twice).
 */
export const SETTLE = script(
  "settle",
  `
local id, actual = ARGV[3], tonumber(ARGV[4])
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

/** KEYS: the three keys of one budget. ARGV: mode, now. Frees expired reservations, returns {hasLimit, limit, spent, reserved}. */
export const BUDGET = script(
  "budget",
  `
local t = now()
if t >= 0 then budget_sweep(KEYS[1], KEYS[2], KEYS[3], t) end
local st = redis.call('HMGET', KEYS[1], 'limit', 'spent', 'reserved')
local limit = tonumber(st[1])
return {limit and 1 or 0, limit or 0, tonumber(st[2]) or 0, tonumber(st[3]) or 0}
`,
);
