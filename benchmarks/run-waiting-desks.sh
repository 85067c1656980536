#!/usr/bin/env bash
# Bounded waiting (issue 17): orders under wrk (CONNECTIONS (8) connections, benchmarks/wrk/orders.lua) with no desk
# waiting and with DESKS (1000) desks following the changes feed as the desk app does (long polls of 25 s, each desk
# with its own staff token; gotohotel.benchmarks.WaitingDesks), alternating none/desks ROUNDS (3) times after a
# WARMUP (120) s warm-up, each phase MEASURE (30) s, on the bundled PostgreSQL (./gotohotel server in a temporary home).
# Per phase: created orders/s, wrk's p50/p99, the backend's threads and resident memory at the end of the load, the
# requests waiting and the feed reads (the backend's metrics), and for the desks every request sent and answered;
# per pair, desks against none in %. The first pair is often a backend still compiling (its none phase slow).
# A hotel's desks are other computers: here their client shares the two cores, so it runs at nice DESKS_NICE (19; 0
# to let it compete) and takes the CPU the server leaves; its own CPU is reported with the desks' counts.
# Odd rounds measure none then desks, even rounds desks then none (A-B-B-A): the backend keeps getting faster for
# minutes after its start, and a fixed order would credit that to whichever phase comes second.
# SERVER_ARGS passes --spring.properties to the backend; GC_LOG=1 writes each server JVM's GC log to the results
# (gc-<pid>.log); HISTO=1 the backend's class histogram once each phase's load ended (histo-<phase>.txt: it collects
# the heap, so the next phase starts on a clean one, whichever it is). Results: benchmarks/target/waiting-*/summary.txt.
# The last line pools all pairs (orders/s over every phase of a kind, the median of the pairs' ratios and of the
# phases' p99): on two shared cores one pair swings by ±30 %, the pooled figures are what to compare.
# Share the machine politely: flock /tmp/gotohotel-cpu.lock bash benchmarks/run-waiting-desks.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
DESKS="${DESKS:-1000}"
WARMUP="${WARMUP:-120}"
MEASURE="${MEASURE:-30}"
ROUNDS="${ROUNDS:-3}"
DESKS_NICE="${DESKS_NICE:-19}"
CONNECTIONS="${CONNECTIONS:-8}"
THREADS="${THREADS:-2}"
DB_PORT="${BENCH_DB_PORT:-15488}"
PASSWORD="bench-admin-password-$RANDOM$RANDOM"
OUT="$ROOT/benchmarks/target/waiting-$(date +%Y%m%d-%H%M%S)"
METRICS="http://127.0.0.1:$((PORT + 1))/actuator/prometheus"
mkdir -p "$OUT"
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null || { apt-get update -q >/dev/null && apt-get install -y wrk >/dev/null; }

log() { printf '%s\n' "$*" | tee -a "$OUT/summary.txt"; }
metric() { curl -sf "$METRICS" | awk -v name="$1" '$1 == name || index($1, name "{") == 1 { sum += $2 } END { printf "%d", sum }'; }
backend_state() { awk '/^VmRSS/ {r = $2} /^Threads/ {t = $2} END {printf "threads %d, RSS %d MB", t, r / 1024}' \
              "/proc/$BACKEND_PID/status"; }

home="$BENCH_HOME/default"
mkdir -p "$home"
gc_log=()
if [[ -n "${GC_LOG:-}" ]]; then gc_log=(JAVA_TOOL_OPTIONS="-Xlog:gc:file=$OUT/gc-%p.log:uptime,level"); fi
env -u GOTOHOTEL_DB_URL -u SPRING_DATASOURCE_URL -u SPRING_PROFILES_ACTIVE ${gc_log[@]+"${gc_log[@]}"} GOTOHOTEL_ADMIN_PASSWORD="$PASSWORD" \
  GOTOHOTEL_HOME="$home" GOTOHOTEL_PORT="$PORT" GOTOHOTEL_KAFKA_PORT="$KAFKA_PORT" GOTOHOTEL_DB_PORT="$DB_PORT" \
  GOTOHOTEL_MANAGEMENT_PORT="$((PORT + 1))" "$ROOT/gotohotel" server \
  "--spring.flyway.locations=classpath:db/migration/common,classpath:db/migration/{vendor},filesystem:$ROOT/benchmarks/src/main/resources/db/bench" \
  ${SERVER_ARGS:-} >>"$home/server.log" 2>&1 &
LAUNCHER_PID=$!
SERVER_LOG="$home/server.log"
wait_ready
log "== $DESKS desks, $CONNECTIONS wrk connections, warm-up $WARMUP s, phases of $MEASURE s, $(date -u +%FT%TZ)"
log "backend after start: $(backend_state)"

java -Xmx256m -cp "$LOAD_JAR" gotohotel.benchmarks.WaitingDesks login "http://127.0.0.1:$PORT" "$PASSWORD" "$DESKS" \
  "$OUT/tokens.txt"
log "$DESKS desks signed in"
wrk -t "$THREADS" -c "$CONNECTIONS" -d "${WARMUP}s" --timeout 10s -s "$ROOT/benchmarks/wrk/orders.lua" \
  "http://127.0.0.1:$PORT" >"$OUT/wrk-warmup.txt" 2>&1
log "warm-up: $(grep -h '^statuses' "$OUT/wrk-warmup.txt")"

phase() {  # phase NAME: one measured wrk run, with the desks waiting when NAME is desks
  local name="$1" desks_pid="" reads="" created=""
  sleep 10   # the consumers catch up with the last phase
  if [[ "$name" == desks* ]]; then
    nice -n "$DESKS_NICE" java -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "$LOAD_JAR" \
      gotohotel.benchmarks.WaitingDesks hold "http://127.0.0.1:$PORT" "$OUT/tokens.txt" \
      "$((MEASURE + 15))" >"$OUT/desks-$name.txt" 2>&1 &
    desks_pid=$!
    for _ in $(seq 1 600); do
      (( $(metric gotohotel_sync_waiting) >= DESKS )) && break
      sleep 0.1
    done
  fi
  local waiting_at_start
  waiting_at_start="$(metric gotohotel_sync_waiting)"
  reads="$(metric gotohotel_sync_feed_reads_total)"
  local cpu_before
  cpu_before="$(cpu_seconds "$BACKEND_PID")"
  wrk -t "$THREADS" -c "$CONNECTIONS" -d "${MEASURE}s" --timeout 10s -s "$ROOT/benchmarks/wrk/orders.lua" \
    "http://127.0.0.1:$PORT" >"$OUT/wrk-$name.txt" 2>&1
  local at_end
  at_end="$(backend_state), backend CPU $(echo "$(cpu_seconds "$BACKEND_PID") - $cpu_before" | bc) s, waiting $(metric gotohotel_sync_waiting), feed reads $(( $(metric gotohotel_sync_feed_reads_total) - reads ))"
  if [[ -n "${HISTO:-}" ]]; then
    jcmd "$BACKEND_PID" GC.class_histogram 2>&1 | head -60 >"$OUT/histo-$name.txt" || true
  fi
  created="$(sed -n 's/.* 201=\([0-9]*\).*/\1/p' "$OUT/wrk-$name.txt")"
  RATE[$name]="$(echo "scale=1; ${created:-0} / $MEASURE" | bc)"
  P99[$name]="$(sed -n 's/^latency_ms.* p99=\([0-9.]*\).*/\1/p' "$OUT/wrk-$name.txt")"
  log "$name: created orders/s $(echo "scale=1; ${created:-0} / $MEASURE" | bc), $(grep -h '^latency_ms' "$OUT/wrk-$name.txt"), $(grep -h '^statuses' "$OUT/wrk-$name.txt")"
  log "  waiting at the start $waiting_at_start; at the end of the load: $at_end"
  if [[ -n "$desks_pid" ]]; then
    wait "$desks_pid" || true
    log "  $(grep -h '^desks' "$OUT/desks-$name.txt" || tail -3 "$OUT/desks-$name.txt")"
  fi
}

declare -A RATE P99
for round in $(seq 1 "$ROUNDS"); do
  if (( round % 2 == 1 )); then
    phase "none-$round"
    phase "desks-$round"
  else
    phase "desks-$round"
    phase "none-$round"
  fi
  log "pair $round, desks against none: orders/s $(echo "scale=1; 100 * ${RATE[desks-$round]} / ${RATE[none-$round]}" | bc) %, p99 $(echo "scale=1; 100 * ${P99[desks-$round]} / ${P99[none-$round]}" | bc) %"
done
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
pooled() {  # pooled KIND: created orders/s over all phases of that kind
  local total=0
  for round in $(seq 1 "$ROUNDS"); do total="$(echo "$total + ${RATE[$1-$round]} * $MEASURE" | bc)"; done
  echo "scale=1; $total / ($ROUNDS * $MEASURE)" | bc
}
rate_ratios="$(for round in $(seq 1 "$ROUNDS"); do echo "scale=1; 100 * ${RATE[desks-$round]} / ${RATE[none-$round]}" | bc; done)"
p99_ratios="$(for round in $(seq 1 "$ROUNDS"); do echo "scale=1; 100 * ${P99[desks-$round]} / ${P99[none-$round]}" | bc; done)"
log "all $ROUNDS pairs: orders/s none $(pooled none), desks $(pooled desks) ($(echo "scale=1; 100 * $(pooled desks) / $(pooled none)" | bc) %); median of the pairs' ratios: orders/s $(median <<<"$rate_ratios") %, p99 $(median <<<"$p99_ratios") %; p99 median of the phases: none $(for r in $(seq 1 "$ROUNDS"); do echo "${P99[none-$r]}"; done | median) ms, desks $(for r in $(seq 1 "$ROUNDS"); do echo "${P99[desks-$r]}"; done | median) ms"
log "backend at the end: $(backend_state)"
cp "$SERVER_LOG" "$OUT/server.log" 2>/dev/null || true
stop_server
log "results in $OUT"
