#!/usr/bin/env bash
# Start-up time of the server (docs/performance.md, "Start-up"): how long `bin/vigie serve` takes from
# its launch until /actuator/health/readiness answers UP (embedded PostgreSQL started, migrations
# applied, demo data in place, HTTP port open), measured RUNS times in a row on the same data directory
# (the first run on an empty directory: PostgreSQL initialised, every migration, the demo data; the next
# ones are restarts). Stops the server after each run. Build the application first with `bin/vigie
# build`, which also extracts the build and creates its start-up cache (bin/vigie, VIGIE_AOT): a build
# made otherwise (./mvnw package) gets them at its first start, counted in run 1 (and bin/vigie serve
# builds the application when sources changed, which would be counted too).
#
#   bench/serve-ready.sh                          # 3 runs, a new data directory, a free port
#   RUNS=5 DATA=/tmp/vigie-ready bench/serve-ready.sh
#   APP_JAR=/tmp/vigie-app.jar bench/serve-ready.sh   # another build: java -jar it instead of bin/vigie serve
#
# Prints one line per run: `ready_s <seconds> run <n> load <load average>`, and the log line of
# Spring Boot giving the time it counts itself ("Started VigieApplication in ...").
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PORT="${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
RUNS="${RUNS:-3}"
DATA="${DATA:-$(mktemp -d)/data}"
URL="http://127.0.0.1:$PORT/actuator/health/readiness"

if [ -n "${APP_JAR:-}" ]; then
  serve=("${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java" ${VIGIE_JAVA_OPTS:-} -jar "$APP_JAR" --vigie.demo.enabled=true)
else
  serve=("$ROOT/bin/vigie" serve)
fi

for run in $(seq 1 "$RUNS"); do
  log="$(dirname "$DATA")/serve-$run.log"
  start=$(date +%s.%N)
  "${serve[@]}" --server.port="$PORT" --vigie.data-dir="$DATA" --vigie.admin.password=bench-admin-password \
    ${SERVER_OPTS:-} >"$log" 2>&1 &
  server=$!
  until curl -fs "$URL" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$server" 2>/dev/null; then cat "$log" >&2; exit 1; fi
    sleep 0.05
  done
  end=$(date +%s.%N)
  printf 'ready_s %.2f run %d load %s\n' "$(echo "$end - $start" | bc)" "$run" "$(cut -d' ' -f1 /proc/loadavg)"
  grep -o 'Started VigieApplication in [0-9.]* seconds[^)]*)' "$log" | sed 's/^/  /' || true
  kill "$server"
  wait "$server" 2>/dev/null || true
done
