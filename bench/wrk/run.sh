#!/usr/bin/env bash
# Search latency of a running Dossier server under concurrent clients, with wrk (apt-get install wrk).
# Usage: bench/wrk/run.sh [BASE_URL] [CLIENTS] [SECONDS]   (defaults: http://127.0.0.1:7070 20 60)
# Writes the workload to a temporary file (bench/wrk/queries.sh), warms the server up for 20 s,
# then measures; prints p50/p95/p99, errors and the machine's load average before and after, and,
# with SERVER_PID set to the server's process id, the CPU the server used per request and in all.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
base="${1:-http://127.0.0.1:7070}"
clients="${2:-20}"
seconds="${3:-60}"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
queries="$(mktemp)"
trap 'rm -f "$queries"' EXIT
"$here/queries.sh" "$base" > "$queries"
echo "workload: $(wc -l < "$queries") requests, $(sort -u "$queries" | wc -l) distinct, from $base"
wrk -t2 -c"$clients" -d20s -s "$here/search.lua" "$base" -- "$queries" > /dev/null
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
ticks() { [ -n "${SERVER_PID:-}" ] && awk '{print $14 + $15}' "/proc/$SERVER_PID/stat" || echo 0; }
before="$(ticks)"
result="$(wrk -t2 -c"$clients" -d"${seconds}s" -s "$here/search.lua" "$base" -- "$queries")"
after="$(ticks)"
echo "$result" | tail -3
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "${SERVER_PID:-}" ]; then
  requests="$(echo "$result" | awk '/^requests:/ {print $2}')"
  hz="$(getconf CLK_TCK)"
  awk -v t="$((after - before))" -v hz="$hz" -v n="$requests" -v s="$seconds" \
    'BEGIN { printf "server CPU: %.2f ms per request, %.2f cores on average\n", 1000 * t / hz / n, t / hz / s }'
fi
