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
-- Each kind of counter as a check (changes nothing but sweeping what has expired) and a take, so one
-- script can check every kind before changing any; and, for settling, the release of a lease and the
-- settlement of a budget, so one script can end a request's holds. A group of n counters is read from
-- KEYS after position k and its arguments from ARGV after position a.

-- Windows: one counter per key; (limit, windowMs, amount) per key; t is the caller's now.
-- Returns 0, 0 or the index of the first full counter and when its window ends.
local function windows_check(k, n, a, t)
  local pending = {}
  for i = 1, n do
    local key = KEYS[k+i]
    local limit, win, amount = tonumber(ARGV[a+3*i-2]), tonumber(ARGV[a+3*i-1]), tonumber(ARGV[a+3*i])
    local before = pending[key] or 0
    if (tonumber(redis.call('GET', key)) or 0) + before + amount > limit then
      return i, win - (t % win)
    end
    pending[key] = before + amount
  end
  return 0, 0
end
-- A counter expires (PEXPIRE) a little after its window ends.
-- Takes amounts back from existing counters (KEYS after k; an amount per key in ARGV after a), never
-- below zero; a counter that is gone (its window ended) is not recreated. DECRBY keeps the key's expiry.
local function windows_refund(k, n, a)
  for i = 1, n do
    local key = KEYS[k+i]
    if redis.call('EXISTS', key) == 1 then
      local left = redis.call('DECRBY', key, tonumber(ARGV[a+i]))
      if left < 0 then redis.call('INCRBY', key, -left) end
    end
  end
end
local function windows_add(k, n, a, t)
  for i = 1, n do
    local key = KEYS[k+i]
    local win, amount = tonumber(ARGV[a+3*i-1]), tonumber(ARGV[a+3*i])
    redis.call('INCRBY', key, amount)
    redis.call('PEXPIRE', key, win - (t % win) + ${WINDOW_SLACK_MS})
  end
end

-- Concurrency: one lease zset (lease id -> expiry) per key; one limit per key; t is the server's now.
-- Expired leases (a crashed node's) are removed first; a lease id already held needs no second slot.
-- Returns 0 or the index of the first full key.
local function slots_check(k, n, a, id, t)
  local taking = {}
  for i = 1, n do
    local key = KEYS[k+i]
    redis.call('ZREMRANGEBYSCORE', key, '-inf', t)
    if not taking[key] and not redis.call('ZSCORE', key, id) then
      if redis.call('ZCARD', key) + 1 > tonumber(ARGV[a+i]) then return i end
      taking[key] = true
    end
  end
  return 0
end
-- Takes (or renews) the lease; the set expires slack ms after its last lease.
local function slots_take(k, n, id, ttl, slack, t)
  for i = 1, n do
    local key = KEYS[k+i]
    redis.call('ZADD', key, t + ttl, id)
    local last = redis.call('ZRANGE', key, -1, -1, 'WITHSCORES')
    redis.call('PEXPIRE', key, tonumber(last[2]) - t + slack)
  end
end
-- Frees the lease (if still held: releasing twice or an unknown lease frees nothing).
local function slots_release(k, n, id)
  for i = 1, n do redis.call('ZREM', KEYS[k+i], id) end
end

-- Budgets: three keys per budget (see budget_sweep); (limit, amount) per budget; t is the server's now.
-- Frees expired reservations first. Returns 0, 0, 0 or the index of the first budget without room,
-- its spent and its reserved.
local function budgets_check(k, n, a, t)
  local pending = {}
  for i = 1, n do
    local h, z, b = KEYS[k+3*i-2], KEYS[k+3*i-1], KEYS[k+3*i]
    budget_sweep(h, z, b, t)
    local limit, amount = tonumber(ARGV[a+2*i-1]), tonumber(ARGV[a+2*i])
    local st = redis.call('HMGET', h, 'spent', 'reserved')
    local spent, reserved = tonumber(st[1]) or 0, tonumber(st[2]) or 0
    local before = pending[h] or 0
    if spent + reserved + before + amount > limit then
      return i, spent, reserved + before
    end
    pending[h] = before + amount
  end
  return 0, 0, 0
end
local function budgets_take(k, n, a, id, ttl, t)
  for i = 1, n do
    local h, z, b = KEYS[k+3*i-2], KEYS[k+3*i-1], KEYS[k+3*i]
    local limit, amount = tonumber(ARGV[a+2*i-1]), tonumber(ARGV[a+2*i])
    redis.call('HINCRBY', h, 'reserved', amount)
    redis.call('HSET', h, 'limit', limit)
    redis.call('HINCRBY', b, id, amount)
    redis.call('ZADD', z, t + ttl, id)
  end
end
-- Frees the reservation (if it has not expired already) and adds actual to spent either way: the upstream
-- was paid whether or not the hold was still there. Not idempotent: settling twice spends twice.
local function budgets_settle(k, n, id, actual)
  for i = 1, n do
    local h, z, b = KEYS[k+3*i-2], KEYS[k+3*i-1], KEYS[k+3*i]
    local held = tonumber(redis.call('HGET', b, id))
    if held then
      redis.call('HDEL', b, id)
      redis.call('ZREM', z, id)
      redis.call('HINCRBY', h, 'reserved', -held)
    end
    redis.call('HINCRBY', h, 'spent', actual)
  end
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
local i, retry = windows_check(0, #KEYS, 1, t)
if i > 0 then return {i, retry} end
windows_add(0, #KEYS, 1, t)
return {0, 0}
`,
);

/** Same layout as CHARGE; adds without checking (usage known only after the response). */
export const ADD = script(
  "add",
  `
windows_add(0, #KEYS, 1, tonumber(ARGV[1]))
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
local i = slots_check(0, #KEYS, 3, ARGV[2], t)
if i > 0 then return i end
slots_take(0, #KEYS, ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[1]), t)
return 0
`,
);

/** KEYS: lease sorted sets. ARGV: leaseId. */
export const RELEASE = script(
  "release",
  `
slots_release(0, #KEYS, ARGV[1])
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
local n = #KEYS / 3
local i, spent, reserved = budgets_check(0, n, 2, t)
if i > 0 then return {i, spent, reserved} end
budgets_take(0, n, 2, ARGV[1], tonumber(ARGV[2]), t)
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
budgets_settle(0, #KEYS / 3, ARGV[1], tonumber(ARGV[2]))
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

/**
 * ACQUIRE + RESERVE + CHARGE in one script: every check first, in admission's order (slots, budgets,
 * windows), then every change, or none. KEYS: the lease sets, then three keys per budget, then the window
 * counters. ARGV: now (the caller's: windows), slackMs, leaseId, reservationId, ttlMs, the three counts
 * (slots, budgets, windows), then a limit per slot, (limit, amount) per budget, (limit, windowMs, amount)
 * per window. Returns {0}, {1, index} (a slot), {2, index, spent, reserved} (a budget) or
 * {3, index, retryAfterMs} (a window); the index counts within its kind.
 */
export const ADMIT = script(
  "admit",
  `
local now, slack, lease, rid, ttl = tonumber(ARGV[1]), tonumber(ARGV[2]), ARGV[3], ARGV[4], tonumber(ARGV[5])
local ns, nb, nw = tonumber(ARGV[6]), tonumber(ARGV[7]), tonumber(ARGV[8])
local kb, kw = ns, ns + 3 * nb
local ab, aw = 8 + ns, 8 + ns + 2 * nb
local t = 0
if ns + nb > 0 then t = server_now() end
local i = slots_check(0, ns, 8, lease, t)
if i > 0 then return {1, i} end
local spent, reserved, retry
i, spent, reserved = budgets_check(kb, nb, ab, t)
if i > 0 then return {2, i, spent, reserved} end
i, retry = windows_check(kw, nw, aw, now)
if i > 0 then return {3, i, retry} end
slots_take(0, ns, lease, ttl, slack, t)
budgets_take(kb, nb, ab, rid, ttl, t)
windows_add(kw, nw, aw, now)
return {0}
`,
);

/**
 * RELEASE + SETTLE + ADD (+ refunds) in one script (a request's whole settlement): frees the lease,
 * settles every budget to `actual`, adds the window charges and takes the refunds back from the windows
 * admission charged; any group may be empty. KEYS: the lease sets, then three keys per budget (each
 * budget once), then the window counters, then the refunded window counters (named with the admission's
 * window). ARGV: now (the caller's: windows), leaseId, reservationId, actual, the four counts (slots,
 * budgets, windows, refunds), then (limit, windowMs, amount) per window, then an amount per refund. Not
 * idempotent (the settle part spends each time it runs). Returns 0.
 */
export const FINISH = script(
  "finish",
  `
local now, lease, rid, actual = tonumber(ARGV[1]), ARGV[2], ARGV[3], tonumber(ARGV[4])
local ns, nb, nw, nr = tonumber(ARGV[5]), tonumber(ARGV[6]), tonumber(ARGV[7]), tonumber(ARGV[8] or '0')
slots_release(0, ns, lease)
budgets_settle(ns, nb, rid, actual)
windows_add(ns + 3 * nb, nw, 8, now)
windows_refund(ns + 3 * nb + nw, nr, 8 + 3 * nw)
return 0
`,
);
