-- wrk script for Dossier's search API: each request is the next line of the query file
-- (path and query string, e.g. /api/v1/articles?q=oil), round-robin per thread; done() prints
-- p50/p95/p99 latency and the count of non-2xx answers and socket errors.
-- Usage: wrk -t2 -c20 -d60s --latency -s bench/wrk/search.lua http://127.0.0.1:7070 -- queries.txt
local queries = {}
local index = 0
local file = nil

function init(args)
  file = args[1] or "queries.txt"
  for line in io.lines(file) do
    if #line > 0 then
      queries[#queries + 1] = line
    end
  end
  if #queries == 0 then
    error("no queries in " .. file)
  end
  -- Threads start at different places, so they do not ask the same query at the same moment.
  index = math.random(#queries) - 1
end

function request()
  index = (index % #queries) + 1
  return wrk.format("GET", queries[index])
end

local bad = 0
function response(status, headers, body)
  if status < 200 or status > 299 then
    bad = bad + 1
  end
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("requests:   %d in %.1f s (%.1f/s)\n", summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("errors:     %d non-2xx, %d connect, %d read, %d write, %d timeout\n",
    summary.errors.status, errors.connect, errors.read, errors.write, errors.timeout))
end
