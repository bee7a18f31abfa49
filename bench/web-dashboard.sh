#!/usr/bin/env bash
# Load benchmark of the workspace dashboard (docs/performance.md, "Web: dashboard").
#
# Starts Vigie (bin/vigie serve, demo mode, a fresh data directory) on loopback, logs in as the demo
# user to get a session cookie, then runs wrk against the demo workspace's dashboard: a warm-up run,
# then the measured run with CONNECTIONS concurrent connections for DURATION. Stops the server at the end.
#
#   bench/web-dashboard.sh                      # 50 connections, 2 wrk threads, 30 s
#   SERVER_OPTS="--server.tomcat.threads.max=16" bench/web-dashboard.sh   # extra server options
#   CONNECTIONS=50 THREADS=2 DURATION=30s WARMUP=15s PORT=18099 bench/web-dashboard.sh   # default port: a free one
#   APP_JAR=/tmp/vigie-app-main.jar bench/web-dashboard.sh   # another build (e.g. a copy of main's jar), to compare
#   VIGIE_JAVA_OPTS="-XX:StartFlightRecording=delay=20s,duration=30s,filename=/tmp/d.jfr" bench/web-dashboard.sh   # profile
#   PAGES=all WARMUP=5s DURATION=15s bench/web-dashboard.sh   # every main page in turn, one summary line each
#   PAGES="/ /minerals/cobalt" bench/web-dashboard.sh          # these pages ({ws} and {assessment}: the demo's)
#   PAGES="admin:/workspaces/{ws}/grievances" bench/web-dashboard.sh   # as the administrator (a case handler)
#
# Needs wrk (Debian package wrk) and curl.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PORT="${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
CONNECTIONS="${CONNECTIONS:-50}"
THREADS="${THREADS:-2}"
DURATION="${DURATION:-30s}"
WARMUP="${WARMUP:-15s}"
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d)"
JAR="$WORK/cookies"

if curl -s -o /dev/null "$BASE/"; then echo "port $PORT is in use" >&2; exit 1; fi
if [ -n "${APP_JAR:-}" ]; then
  serve=("${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java" ${VIGIE_JAVA_OPTS:-} -jar "$APP_JAR" --vigie.demo.enabled=true)
else
  serve=("$ROOT/bin/vigie" serve)
fi
"${serve[@]}" --server.port="$PORT" --vigie.data-dir="$WORK/data" --vigie.admin.password=bench-admin-password ${SERVER_OPTS:-} \
  >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true' EXIT

for _ in $(seq 1 240); do
  if curl -fs "$BASE/actuator/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$SERVER" 2>/dev/null; then cat "$WORK/server.log" >&2; exit 1; fi
  sleep 1
done

csrf=$(curl -fs -c "$JAR" -b "$JAR" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fs -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "username=demo" --data-urlencode "password=demo" \
  --data-urlencode "_csrf=$csrf" "$BASE/login"
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$JAR")
workspace=$(curl -fs -b "$JAR" "$BASE/api/workspaces" | sed -n 's/^\[{"id":\([0-9]*\).*/\1/p')
assessment=$(curl -fs -b "$JAR" "$BASE/api/workspaces/$workspace/assessments" | sed -n 's/^\[{"id":\([0-9]*\).*/\1/p')
# The grievance case list is shown only to the workspace's designated case handlers: the administrator
# makes itself a member and case handler of the demo workspace, and three reports are filed through the
# public form, so that the list has cases. Pages written "admin:/path" are measured with its session.
ADMIN_JAR="$WORK/admin-cookies"
csrf=$(curl -fs -c "$ADMIN_JAR" -b "$ADMIN_JAR" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fs -o /dev/null -c "$ADMIN_JAR" -b "$ADMIN_JAR" --data-urlencode "username=admin" \
  --data-urlencode "password=bench-admin-password" --data-urlencode "_csrf=$csrf" "$BASE/login"
admin_session=$(awk '$6 == "JSESSIONID" { print $7 }' "$ADMIN_JAR")
admin_post() {  # admin_post <path> <field=value>...: a form of the members page, as the administrator
  local path=$1 token args=() a; shift
  token=$(curl -fs -b "$ADMIN_JAR" "$BASE/workspaces/$workspace/members" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  for a in "$@"; do args+=(--data-urlencode "$a"); done
  curl -fs -o /dev/null -b "$ADMIN_JAR" "${args[@]}" --data-urlencode "_csrf=$token" "$BASE$path"
}
admin_post "/workspaces/$workspace/members" username=admin role=ADMIN
admin_post "/workspaces/$workspace/members/case-handler" username=admin handler=true
intake=$(curl -fs -b "$JAR" "$BASE/api/workspaces" | sed -n 's/^\[{[^}]*"grievance_url":"[^"]*\(\/grievance\/[0-9a-f]*\)".*/\1/p')
for n in 1 2 3; do
  form="$WORK/intake-$n"
  token=$(curl -fs -c "$form" -b "$form" "$BASE$intake" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -o /dev/null -c "$form" -b "$form" -F "_csrf=$token" -F category=environment -F country=CD -F mineral=cobalt \
    -F "description=Benchmark report $n: river pollution downstream of a cobalt mine, seen in October." \
    -F anonymous=true "$BASE$intake"
done

PAGES="${PAGES:-dashboard}"
case "$PAGES" in
  dashboard) PAGES='/workspaces/{ws}' ;;
  all) PAGES="/ /workspaces /workspaces/{ws} /workspaces/{ws}/roadmap /workspaces/{ws}/assessments
        /workspaces/{ws}/assessments/{assessment} /workspaces/{ws}/ledgers /workspaces/{ws}/regulations
        /workspaces/{ws}/solutions /workspaces/{ws}/due-diligence /workspaces/{ws}/reports /workspaces/{ws}/suppliers /workspaces/{ws}/campaigns admin:/workspaces/{ws}/grievances
        /minerals /minerals/cobalt /countries /countries/CD /regulations /methodology" ;;
esac

# CPU time (user + system, clock ticks) of the server: the JVM, the PostgreSQL server started for its
# data directory and that server's processes. Divided by the requests, it does not depend on how busy
# the machine is, unlike latency.
postmaster=$(pgrep -f -- "-D $WORK/data/postgres" | head -1)
cpu_ticks() {  # cpu_ticks [jvm|postgres]: both by default
  local total=0 p f pids
  case "${1:-all}" in
    jvm) pids="$SERVER" ;;
    postgres) pids="$postmaster $(ps -o pid= --ppid "$postmaster")" ;;
    *) pids="$SERVER $postmaster $(ps -o pid= --ppid "$postmaster")" ;;
  esac
  for p in $pids; do
    if [ -r "/proc/$p/stat" ]; then
      read -r -a f < "/proc/$p/stat"
      total=$((total + f[13] + f[14]))
    fi
  done
  echo "$total"
}

measure() {  # measure <url> [jar session]: warm-up, then the measured run; prints wrk's figures and the CPU per request
  local url="$1" JAR="${2:-$JAR}" session="${3:-$session}" status before before_jvm after after_jvm requests
  status=$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR" "$url")
  [ "$status" = 200 ] || { echo "$url answered $status" >&2; exit 1; }
  echo "== $url ($(curl -s -b "$JAR" "$url" | wc -c) bytes)"
  echo "== warm-up ($WARMUP)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "Cookie: JSESSIONID=$session" "$url" >/dev/null
  echo "== measured: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency"
  before=$(cpu_ticks); before_jvm=$(cpu_ticks jvm)
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$ROOT/bench/wrk-percentiles.lua" \
    -H "Cookie: JSESSIONID=$session" "$url" | tee "$WORK/wrk.txt"
  after=$(cpu_ticks); after_jvm=$(cpu_ticks jvm)
  requests=$(awk '$1 == "requests" { print $2 }' "$WORK/wrk.txt")
  awk -v t=$((after - before)) -v j=$((after_jvm - before_jvm)) -v hz="$(getconf CLK_TCK)" -v n="$requests" \
    'BEGIN { printf "server_cpu_s %.1f\nserver_cpu_ms_per_request %.2f\njvm_cpu_ms_per_request %.2f\npostgres_cpu_ms_per_request %.2f\n", t / hz, 1000 * t / hz / n, 1000 * j / hz / n, 1000 * (t - j) / hz / n }' \
    | tee "$WORK/cpu.txt"
  echo "load_average $(cut -d' ' -f1-3 /proc/loadavg)"
  printf 'summary %s bytes=%s rps=%s p50=%s p95=%s p99=%s non2xx=%s timeouts=%s cpu_ms=%s load=%s\n' "${url#$BASE}" \
    "$(curl -s -b "$JAR" "$url" | wc -c)" "$(awk '$1 == "requests_per_s" { print $2 }' "$WORK/wrk.txt")" \
    "$(awk '$1 == "p50_ms" { print $2 }' "$WORK/wrk.txt")" "$(awk '$1 == "p95_ms" { print $2 }' "$WORK/wrk.txt")" \
    "$(awk '$1 == "p99_ms" { print $2 }' "$WORK/wrk.txt")" "$(awk '$1 == "non_2xx_or_3xx" { print $2 }' "$WORK/wrk.txt")" \
    "$(awk '$1 == "socket_errors" { print $2 }' "$WORK/wrk.txt")" "$(awk '$1 == "server_cpu_ms_per_request" { print $2 }' "$WORK/cpu.txt")" \
    "$(cut -d' ' -f1 /proc/loadavg)" >> "$WORK/summary.txt"
}

for page in $PAGES; do
  page="${page//\{ws\}/$workspace}"
  page="${page//\{assessment\}/$assessment}"
  case "$page" in
    admin:*) measure "$BASE${page#admin:}" "$ADMIN_JAR" "$admin_session" ;;
    *) measure "$BASE$page" ;;
  esac
done
echo "== summary"
cat "$WORK/summary.txt"
