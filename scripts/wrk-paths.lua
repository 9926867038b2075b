-- wrk script for scripts/load-test.sh: requests the paths given after "--" in turn (each thread
-- starting at its own place), so a run measures a spread of filters and pages rather than one
-- answer the server has already cached; and prints one summary line to parse.
--
--   wrk -t2 -c100 -d20s -s scripts/wrk-paths.lua http://127.0.0.1:18080 -- /api/events?actor=RUS /healthz
local paths = {}
local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  for _, p in ipairs(args) do table.insert(paths, p) end
  if #paths == 0 then table.insert(paths, "/") end
  counter = (id or 0) * 7
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local bad = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms rps=%.0f requests=%d errors=%d\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests / seconds, summary.requests, bad))
end
