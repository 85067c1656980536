#!/usr/bin/env bash
# Startup of ./gotohotel server (decision record 33): in a home of its own (HOME_DIR, fresh when unset) RUNS (2) times,
# each: the seconds from the launch of the backend's java process to its "Started" line (Spring's "process running
# for") and to the first 201 of an order, and the backend's resident memory (rss / anon / file) 5 s after that.
# GOTOHOTEL_JAVA_OPTS as for the launcher; LAUNCHER another launcher script (in this checkout). Share the machine politely: flock -o /work/helpers/cpu.lock bash ...
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${BENCH_PORT:-28088}"
RUNS="${RUNS:-2}"
HOME_DIR="${HOME_DIR:-$(mktemp -d /tmp/gotohotel-startup.XXXXXX)}"
HZ="$(getconf CLK_TCK)"
BOOT="$(awk '/^btime/ {print $2}' /proc/stat)"
LAUNCHER_PID=""
stop() { if [[ -n "$LAUNCHER_PID" ]]; then kill -TERM "$LAUNCHER_PID" 2>/dev/null || true; wait "$LAUNCHER_PID" 2>/dev/null || true; LAUNCHER_PID=""; fi; }
trap stop EXIT
trap 'stop; exit 143' INT TERM
order() {
  curl -s -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:$PORT/api/orders" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: startup-$RANDOM-$RANDOM" -d "{\"guestName\":\"Kim Minji\",\"phone\":\"010-1234-5678\",
    \"roomType\":\"$1\",\"checkIn\":\"$(date -d "+$2 days" +%F)\",\"checkOut\":\"$(date -d "+$(($2 + 1)) days" +%F)\",\"guestCount\":1,
    \"card\":{\"number\":\"4242 4242 4242 4242\",\"expiry\":\"12/30\",\"cvc\":\"123\"}}" 2>/dev/null || true
}
for run in $(seq 1 "$RUNS"); do
  log="$HOME_DIR/server-$run.log"
  GOTOHOTEL_HOME="$HOME_DIR" GOTOHOTEL_PORT="$PORT" GOTOHOTEL_MANAGEMENT_PORT="$((PORT + 1))" \
    GOTOHOTEL_KAFKA_PORT="$((PORT + 1004))" GOTOHOTEL_DB_PORT="$((PORT + 1006))" "${LAUNCHER:-$ROOT/gotohotel}" server >"$log" 2>&1 &
  LAUNCHER_PID=$!
  pid=""
  until [[ -n "$pid" ]]; do   # the backend: the launcher's java child that runs its jar (not the training run)
    pid="$(pgrep -P "$LAUNCHER_PID" java | while read -r p; do
      tr '\0' ' ' <"/proc/$p/cmdline" | grep -F -e " -jar $ROOT/backend/target/" | grep -v -e context.exit -e ' -version' -e jarmode >/dev/null && echo "$p"; done | head -1 || true)"
    kill -0 "$LAUNCHER_PID" 2>/dev/null || { tail -20 "$log"; exit 1; }
    sleep 0.05
  done
  started_at="$(awk -v b="$BOOT" -v hz="$HZ" '{sub(/.*\) /, ""); printf "%.2f", b + $20 / hz}' "/proc/$pid/stat")"
  room=""
  until [[ -n "$room" ]]; do
    room="$(curl -fs "http://127.0.0.1:$PORT/api/room-types" 2>/dev/null | grep -o '"code":"[A-Z_]*"' | head -1 | cut -d'"' -f4 || true)"
    kill -0 "$pid" 2>/dev/null || { tail -20 "$log"; exit 1; }
    [[ -n "$room" ]] || sleep 0.1
  done
  night=$((1 + RANDOM % 300))   # a night of its own: the same home sees several runs
  until [[ "$(order "$room" "$night")" == 201 ]]; do sleep 0.1; done
  first_201="$(echo "$(date +%s.%N) - $started_at" | bc)"
  sleep 5
  memory="$(awk '/^VmRSS/ {r = $2} /^RssAnon/ {a = $2} /^RssFile/ {f = $2} END {printf "rss %d MB (anon %d, file %d)", r / 1024, a / 1024, f / 1024}' "/proc/$pid/status")"
  until grep -q 'Started .* in' "$log"; do sleep 0.2; done
  printf 'run %s: started %s s, first 201 after %.2f s, %s; sharing: %s; load %s\n' "$run" \
    "$(sed -n 's/.*Started .* (process running for \([0-9.]*\)).*/\1/p' "$log" | tail -1)" "$first_201" "$memory" \
    "$(tr '\0' '\n' <"/proc/$pid/cmdline" | grep -E -e '^-XX:(SharedArchiveFile|ArchiveClassesAtExit)' -e '^-Xshare' | tr '\n' ' ')" \
    "$(cut -d' ' -f1-3 /proc/loadavg)"
  stop
done
echo "home: $HOME_DIR"
