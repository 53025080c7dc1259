#!/usr/bin/env bash
# Measures what issue #2 promises: Luoshi with the demo data starts in under 20 s once built and runs in a 512 MB heap.
# Usage: mvn -q -DskipTests package && bash bench/startup-and-memory.sh [requests]
# Starts the jar twice on a fresh data directory (first start: initdb, migrations, demo data; second: a restart),
# then signs in and requests pages and API calls, and reads the JVM's own heap figures from /actuator/prometheus.
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-2000}
port=18080
data=$(mktemp -d)
password="Bench-Luoshi-2026"
pid=""
trap 'if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi; rm -rf "$data"' EXIT

# Starts the platform in the background (pid in $pid) and sets $elapsed to the seconds until it is healthy.
start() {
  local t0 t1
  t0=$(date +%s.%N)
  LUOSHI_DATA_DIR="$data" LUOSHI_DEMO_PASSWORD="$password" java -Xmx512m -jar target/luoshi.jar --server.port=$port >>"$data/out.log" 2>&1 &
  pid=$!
  until curl -sf "localhost:$port/actuator/health" >/dev/null; do sleep 0.2; done
  t1=$(date +%s.%N)
  elapsed=$(printf '%.1f' "$(echo "$t1 - $t0" | bc)")
}

metric() { curl -s "localhost:$port/actuator/prometheus" | awk -v m="$1" '$0 ~ "^"m"\\{" && $0 ~ /area="heap"/ {s+=$NF} END {printf "%.0f", s/1048576}'; }

start; first=$elapsed; kill "$pid"; wait "$pid" 2>/dev/null || true
start; second=$elapsed
token=$(curl -s -H 'Content-Type: application/json' -d "{\"username\":\"demo-admin\",\"password\":\"$password\"}" "localhost:$port/api/v1/auth/token" | sed 's/.*"token":"\([^"]*\)".*/\1/')
jar=$(mktemp); csrf=$(curl -s -c "$jar" -b "$jar" "localhost:$port/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=demo-admin&password=$password&_csrf=$csrf" "localhost:$port/login"
t0=$(date +%s.%N)
for i in $(seq 1 "$requests"); do
  case $((i % 4)) in
    0) curl -s -o /dev/null -b "$jar" "localhost:$port/" ;;
    1) curl -s -o /dev/null -H "Authorization: Bearer $token" "localhost:$port/api/v1/me" ;;
    2) curl -s -o /dev/null -b "$jar" "localhost:$port/account/password" ;;
    3) curl -s -o /dev/null "localhost:$port/login?lang=en" ;;
  esac
done
t1=$(date +%s.%N)
used=$(metric jvm_memory_used_bytes); committed=$(metric jvm_memory_committed_bytes)
echo "first start (fresh data directory): ${first} s"
echo "restart: ${second} s"
echo "requests: $requests sequential in $(printf '%.1f' "$(echo "$t1 - $t0" | bc)") s"
echo "heap after load (-Xmx512m): used ${used} MB, committed ${committed} MB"
