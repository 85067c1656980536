#!/usr/bin/env bash
# Orders under wrk (issue 8): CONNECTIONS (8) connections POST one-night orders of the BENCH room type on random
# dates (benchmarks/wrk/orders.lua) for WARMUP (60; 0: none) s, then, once every consumer caught up, for MEASURE (60) s;
# then the time until every consumer has caught up again: for every paid order the hotel's reservation, its my
# page entry and a sent guest message (shown on my page) exist. Prints created orders/s (201s), wrk's p50/p99,
# and the CPU milliseconds per created order of the backend, PostgreSQL (all its processes) and Kafka, split into
# the request phase and the catch-up (from /proc/<pid>/stat), with rows touched and transactions per order.
#
#   MODE=default   the bundled PostgreSQL that ./gotohotel server starts, in its own GOTOHOTEL_HOME
#   MODE=postgres  the system PostgreSQL 15 on 127.0.0.1:5432 (fresh database gotohotel_bench, pg_stat_statements
#                  when the cluster was started by this script)
#   MODE=both      default, then postgres, back to back
# PRELOAD=N inserts N historical orders (with reservations, payments, my pages, processed events, notifications)
# before the warm-up (benchmarks/wrk/preload.sql). JFR=1 records a JFR profile of the backend over the measured
# run and the catch-up. RATE=N offers N orders/s at a constant rate instead of wrk's closed loop (open loop, latency
# from each order's due time: benchmarks' FixedRateOrders, wrk2's way), warm-up and measured load alike; its "0=" counts
# orders due while 1,000 waited for an answer (not sent). SERVER_ARGS passes --spring.properties to the backend. The backend's memory (/proc status and
# smaps_rollup, threads, heap, and native memory tracking when GOTOHOTEL_JAVA_OPTS has -XX:NativeMemoryTracking=summary)
# goes to memory-<phase>.txt at the end of the measured load and after the catch-up, its resident memory every 5 s to
# rss.txt. Results: benchmarks/target/wrk-*/.
# Share the machine politely: flock /work/helpers/cpu.lock bash benchmarks/run-wrk.sh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
MODE="${MODE:-default}"
WARMUP="${WARMUP:-60}"
MEASURE="${MEASURE:-60}"
CONNECTIONS="${CONNECTIONS:-8}"
THREADS="${THREADS:-2}"
PRELOAD="${PRELOAD:-0}"
CATCH_UP_LIMIT="${CATCH_UP_LIMIT:-600}"
DEFAULT_DB_PORT="${BENCH_DB_PORT:-15488}"
LUA="$ROOT/benchmarks/wrk/orders.lua"
RATE="${RATE:-}"
if [[ -n "$RATE" ]]; then   # the benchmarks' Java load generator, built once (it is not part of the product's build)
  (cd "$ROOT" && mvn -B -q -o -Pperf -pl benchmarks -am package -DskipTests)
fi
OUT="$ROOT/benchmarks/target/wrk-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null || { apt-get update -q >/dev/null && apt-get install -y wrk >/dev/null; }
HZ="$(getconf CLK_TCK)"
BENCH_FLYWAY="--spring.flyway.locations=classpath:db/migration/common,classpath:db/migration/{vendor},filesystem:$ROOT/benchmarks/src/main/resources/db/bench"
PG_PIDS_OF=""   # how to find this mode's PostgreSQL processes

log() { printf '%s\n' "$*" | tee -a "$OUT/summary.txt"; }

# What is needed to compare a figure measured here with one measured elsewhere: the CPU, a short calibration loop
# (single-threaded, CPU-bound, the best of three: lower is a faster core), and — per phase — the load average and the
# share of CPU time stolen by the hypervisor (/proc/stat's steal column).
calibrate() {
  python3 - <<'PY'
import time
best = None
for _ in range(3):
    started = time.process_time()
    total = 0
    for i in range(5_000_000):
        total += i * i % 7
    spent = time.process_time() - started
    best = spent if best is None else min(best, spent)
print(f"{best * 1000:.0f} ms")
PY
}

cpu_line() { awk '/^cpu / {print $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9, $9}' /proc/stat; }   # total and steal ticks

steal_between() {  # steal_between FROM TO: % of all CPU time stolen between two snapshots
  read -r _ _ _ _ total1 steal1 <"$OUT/cpu-$1"
  read -r _ _ _ _ total2 steal2 <"$OUT/cpu-$2"
  awk -v t="$((total2 - total1))" -v s="$((steal2 - steal1))" 'BEGIN { printf "%.1f %%", (t > 0 ? s * 100 / t : 0) }'
}

log "machine: $(nproc) CPUs, $(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo); calibration loop (python3, best of 3): $(calibrate); load average $(cut -d' ' -f1-3 /proc/loadavg)"

# CPU ticks of a process and of its reaped children (a PostgreSQL connection that ended is counted by the postmaster)
ticks() {
  local total=0 pid
  for pid in "$@"; do
    [[ -r /proc/$pid/stat ]] || continue
    total=$((total + $(sed 's/.*) //' "/proc/$pid/stat" | awk '{print $12 + $13 + $14 + $15}')))
  done
  echo "$total"
}

postgres_pids() {
  case "$PG_PIDS_OF" in
    system) pgrep -u postgres -x postgres || true ;;
    bundled)
      local master
      master="$(head -1 "$BENCH_HOME/default/postgres/postmaster.pid" 2>/dev/null || true)"
      [[ -n "$master" ]] && { echo "$master"; pgrep -P "$master" || true; } ;;
  esac
}

snapshot() {  # snapshot NAME: CPU ticks of backend, PostgreSQL, Kafka; table and transaction counters
  # shellcheck disable=SC2046
  echo "$(ticks "$BACKEND_PID") $(ticks $(postgres_pids)) $(ticks "$KAFKA_PID") $(date +%s.%N) $(cpu_line)" >"$OUT/cpu-$1"
  db "SELECT relname, seq_scan + COALESCE(idx_scan, 0), n_tup_ins, n_tup_upd, n_tup_del FROM pg_stat_user_tables
      UNION ALL SELECT '~transactions', xact_commit, xact_rollback, 0, 0 FROM pg_stat_database
      WHERE datname = current_database()" | LC_ALL=C sort >"$OUT/tables-$1"
}

per_order() {  # per_order FROM TO ORDERS: CPU ms per order of backend / PostgreSQL / Kafka and the wall seconds
  read -r b1 p1 k1 t1 _ <"$OUT/cpu-$1"
  read -r b2 p2 k2 t2 _ <"$OUT/cpu-$2"
  awk -v b="$((b2 - b1))" -v p="$((p2 - p1))" -v k="$((k2 - k1))" -v n="$3" -v hz="$HZ" -v s="$(echo "$t2 - $t1" | bc)" \
    'BEGIN { printf "%.1f s; CPU ms per order: backend %.2f, PostgreSQL %.2f, Kafka %.2f = %.2f (CPU-s %.1f / %.1f / %.1f)\n",
             s, b * 1000 / hz / n, p * 1000 / hz / n, k * 1000 / hz / n, (b + p + k) * 1000 / hz / n, b / hz, p / hz, k / hz }'
}

table_counts() {  # rows read (scans) / inserted / updated / deleted per order and per table between two snapshots
  LC_ALL=C join -t '|' "$OUT/tables-$1" "$OUT/tables-$2" | awk -F '|' -v n="$3" '{
      scans = ($6 - $2) / n; ins = ($7 - $3) / n; upd = ($8 - $4) / n; del = ($9 - $5) / n
      if (scans + ins + upd + del > 0.005)
        printf "  %-28s scans %5.2f  inserts %5.2f  updates %5.2f  deletes %5.2f\n", $1, scans, ins, upd, del }'
}

# Paid orders since the run started that miss their reservation, my page, or a sent guest message on my page. Orders are
# caught up roughly in creation order, so each poll starts at the oldest order still lagging at the last poll (a
# watermark) and stops at the first one lagging: the probe costs the database little, even after a million orders.
LAGGING_CHECK="NOT EXISTS (SELECT 1 FROM reservation r WHERE r.order_id = o.id)
        OR NOT EXISTS (SELECT 1 FROM mypage m WHERE m.generation = g.live AND m.order_id = o.id)
        OR NOT EXISTS (SELECT 1 FROM mypage_message mm WHERE mm.generation = g.live AND mm.order_id = o.id AND mm.status = 'SENT')"

first_lagging() {  # created_at of the oldest paid order at or after $1 that still lags, or nothing
  db "SELECT o.created_at FROM orders o, (SELECT live FROM mypage_generation WHERE id = 1) g
      WHERE o.status = 'PAID' AND o.created_at >= '$1' AND ($LAGGING_CHECK) ORDER BY o.created_at LIMIT 1"
}

lagging_counts() {  # how many lag: reservation | my page | message (a full count, logged every 5 s)
  db "SELECT count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM reservation r WHERE r.order_id = o.id)),
             count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM mypage m WHERE m.generation = g.live AND m.order_id = o.id)),
             count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM mypage_message mm
                                                WHERE mm.generation = g.live AND mm.order_id = o.id AND mm.status = 'SENT'))
      FROM orders o, (SELECT live FROM mypage_generation WHERE id = 1) g
      WHERE o.status = 'PAID' AND o.created_at >= '$1'"
}

wait_caught_up() {  # seconds until no paid order lags (polled every 0.5 s), or CATCH_UP_LIMIT
  local started watermark="$RUN_STARTED" oldest now polls=0
  started=$(date +%s.%N)
  while true; do
    oldest=$(first_lagging "$watermark")
    [[ -z "$oldest" ]] && break
    watermark="$oldest"
    now=$(echo "$(date +%s.%N) - $started" | bc)
    (( polls++ % 10 == 0 )) && echo "  $now s: lagging reservation|my page|message $(lagging_counts "$watermark")" >>"$OUT/catch-up.txt"
    if (( $(echo "$now > $CATCH_UP_LIMIT" | bc) )); then
      log "NOT caught up after $CATCH_UP_LIMIT s: $(lagging_counts "$watermark") paid orders still lag (reservation|my page|message)"
      break
    fi
    sleep 0.5
  done
  echo "$(date +%s.%N) - $started" | bc
}

memory_snapshot() {  # memory_snapshot NAME: the backend's memory as the kernel and the JVM see it
  local file="$OUT/memory-$1.txt"
  { echo "== $(date -u +%FT%TZ)"; grep -E '^(VmRSS|VmHWM|RssAnon|RssFile|RssShmem|Threads)' "/proc/$BACKEND_PID/status"
    cat "/proc/$BACKEND_PID/smaps_rollup"
    jcmd "$BACKEND_PID" GC.heap_info 2>&1
    jcmd "$BACKEND_PID" VM.native_memory summary 2>&1 | grep -v '^$'
    if [[ -n "${HISTO:-}" ]]; then   # HISTO=1: what glibc gives back, then the live heap's largest classes (full GC)
      jcmd "$BACKEND_PID" System.trim_native_heap 2>&1 | tail -1
      echo "after trimming the native heap:"; grep -E '^(VmRSS|RssAnon)' "/proc/$BACKEND_PID/status"
      jcmd "$BACKEND_PID" GC.class_histogram 2>&1 | head -30; jcmd "$BACKEND_PID" GC.heap_info 2>&1
      echo "after the full collection:"; grep -E '^(VmRSS|RssAnon)' "/proc/$BACKEND_PID/status"
    fi
  } >"$file" 2>&1 || true
}

sample_rss() {  # resident memory (MB) and threads of the backend every 5 s, until the backend ends
  while [[ -r /proc/$BACKEND_PID/status ]]; do
    echo "$(date +%T) $(awk '/^VmRSS/ {r = $2} /^RssAnon/ {a = $2} /^Threads/ {t = $2}
      END {printf "rss %d MB anon %d MB threads %d", r / 1024, a / 1024, t}' "/proc/$BACKEND_PID/status" 2>/dev/null)"
    sleep 5
  done >>"$OUT/rss.txt" 2>/dev/null
}

run_wrk() {  # run_wrk SECONDS NAME
  if [[ -n "$RATE" ]]; then
    java -Xmx256m -cp "$LOAD_JAR" gotohotel.benchmarks.FixedRateOrders "http://127.0.0.1:$PORT" "$RATE" "$1" \
      >"$OUT/wrk-$2.txt" 2>&1
    return
  fi
  wrk -t "$THREADS" -c "$CONNECTIONS" -d "${1}s" --timeout 10s --latency -s "$LUA" "http://127.0.0.1:$PORT" \
    >"$OUT/wrk-$2.txt" 2>&1
}

created() { sed -n 's/.* 201=\([0-9]*\).*/\1/p' "$OUT/wrk-$1.txt"; }

start_default() {
  local home="$BENCH_HOME/default"
  mkdir -p "$home"
  env -u GOTOHOTEL_DB_URL -u SPRING_DATASOURCE_URL -u SPRING_PROFILES_ACTIVE \
    GOTOHOTEL_HOME="$home" GOTOHOTEL_PORT="$PORT" GOTOHOTEL_KAFKA_PORT="$KAFKA_PORT" GOTOHOTEL_DB_PORT="$DEFAULT_DB_PORT" \
    GOTOHOTEL_MANAGEMENT_PORT="$((PORT + 1))" GOTOHOTEL_WEB_ORDERRATELIMIT_ENABLED=false \
    "$ROOT/gotohotel" server "$BENCH_FLYWAY" ${SERVER_ARGS:-} \
    >>"$home/server.log" 2>&1 &
  LAUNCHER_PID=$!
  SERVER_LOG="$home/server.log"
  PG_PIDS_OF=bundled
  db() { PGPASSWORD="$(cat "$BENCH_HOME/default/database-password")" psql -h 127.0.0.1 -p "$DEFAULT_DB_PORT" -U gotohotel \
           -d gotohotel -tAq -F '|' -c "$1"; }
  db_file() { local file="$1"; shift; PGPASSWORD="$(cat "$BENCH_HOME/default/database-password")" psql -h 127.0.0.1 \
           -p "$DEFAULT_DB_PORT" -U gotohotel -d gotohotel -q -v ON_ERROR_STOP=1 "$@" -f "$file"; }
  wait_ready
}

start_postgres_mode() {
  local version
  version="$(ls /etc/postgresql | sort -V | tail -1)"
  # pg_stat_statements for this cluster run only (nothing written to its configuration). The cluster outlives this
  # script, so it must not inherit its descriptors: one of them holds the caller's flock on the CPU lock.
  ( for fd in $(ls "/proc/$BASHPID/fd"); do if (( fd > 2 )); then eval "exec $fd>&-"; fi; done
    pg_ctlcluster "$version" main start -- -o "-c shared_preload_libraries=pg_stat_statements" ) 2>/dev/null || true
  fresh_database
  su postgres -c "psql -q -d gotohotel_bench -c 'CREATE EXTENSION IF NOT EXISTS pg_stat_statements'" 2>/dev/null || true
  GOTOHOTEL_MANAGEMENT_PORT="$((PORT + 1))" start_server "$BENCH_FLYWAY" ${SERVER_ARGS:-}
  SERVER_LOG="$BENCH_HOME/server.log"
  PG_PIDS_OF=system
  db() { PGPASSWORD=gotohotel_bench psql -h 127.0.0.1 -U gotohotel_bench -d gotohotel_bench -tAq -F '|' -c "$1"; }
  db_file() { local file="$1"; shift; PGPASSWORD=gotohotel_bench psql -h 127.0.0.1 -U gotohotel_bench -d gotohotel_bench \
           -q -v ON_ERROR_STOP=1 "$@" -f "$file"; }
}

statements() {  # the statements per order pg_stat_statements saw since its reset (postgres mode)
  su postgres -c "psql -d gotohotel_bench -tAq -F '|' -c \"SELECT round(calls::numeric / $1, 2), round(total_exec_time::numeric / $1, 3),
    regexp_replace(left(query, 110), '\\s+', ' ', 'g') FROM pg_stat_statements
    WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'gotohotel_bench') AND calls >= $1 / 10
    ORDER BY calls DESC LIMIT 40\"" 2>/dev/null | awk -F '|' '{ printf "  %6s calls  %6s ms  %s\n", $1, $2, $3 }'
}

one_mode() {
  local mode="$1" n
  log "== MODE=$mode  WARMUP=$WARMUP s  MEASURE=$MEASURE s  $CONNECTIONS connections  PRELOAD=$PRELOAD  $(date -u +%FT%TZ)"
  if [[ "$mode" == default ]]; then start_default; else start_postgres_mode; fi
  if (( PRELOAD > 0 )); then
    local t0=$SECONDS
    db "SELECT 1" >/dev/null
    db_file "$ROOT/benchmarks/wrk/preload.sql" -v n="$PRELOAD"
    log "preloaded $PRELOAD orders in $((SECONDS - t0)) s: $(db "SELECT count(*) FROM orders") orders, $(db "SELECT count(*) FROM processed_event") processed events, $(db "SELECT count(*) FROM notification") notifications"
  fi
  RUN_STARTED="$(db "SELECT now()")"
  memory_snapshot "$mode-started"
  sample_rss &
  if (( WARMUP > 0 )); then
    run_wrk "$WARMUP" warmup
    log "warm-up: $(grep -h 'Requests/sec' "$OUT/wrk-warmup.txt") $(grep -h '^statuses' "$OUT/wrk-warmup.txt"); consumers caught up $(wait_caught_up) s after it"
  else
    log "no warm-up: the measured load starts as soon as the backend is ready"
  fi
  [[ "$mode" == postgres ]] && su postgres -c "psql -q -d gotohotel_bench -c 'SELECT pg_stat_statements_reset()'" >/dev/null 2>&1 || true
  local load
  load="$(cut -d' ' -f1-3 /proc/loadavg)"
  snapshot start
  [[ -n "${JFR:-}" ]] && jcmd "$BACKEND_PID" JFR.start name=bench settings=profile >/dev/null
  run_wrk "$MEASURE" measure
  snapshot stop
  memory_snapshot "$mode-load-end" &   # in the background: the catch-up clock starts now
  local catch_up
  catch_up="$(wait_caught_up)"
  snapshot caught-up
  memory_snapshot "$mode-caught-up"
  if [[ -n "${JFR:-}" ]]; then
    jcmd "$BACKEND_PID" JFR.stop name=bench filename="$OUT/backend-$mode.jfr" >/dev/null
  fi
  n="$(created measure)"
  if grep -h '^statuses' "$OUT/wrk-warmup.txt" "$OUT/wrk-measure.txt" 2>/dev/null | grep -oE ' [0-9]{3}=' | grep -qv ' 201='; then
    if [[ -z "$RATE" ]]; then
      log "FAILED: answers other than 201 under load ($(grep -h '^statuses' "$OUT/wrk-measure.txt")): these would not be orders/s"
      exit 1
    fi
    log "NOT MET: at $RATE orders/s offered, not every order was answered 201 in time (statuses below; 0= not sent)"
  fi
  log "measured: $(grep -h 'Requests/sec' "$OUT/wrk-measure.txt" | tr -s ' ') $(grep -h '^statuses' "$OUT/wrk-measure.txt")"
  log "created orders/s: $(echo "scale=1; $n / $MEASURE" | bc)  $(grep -h '^latency_ms' "$OUT/wrk-measure.txt")  load average at start: $load"
  log "request phase: $(per_order start stop "$n"); CPU stolen $(steal_between start stop)"
  log "catch-up: every consumer caught up $catch_up s after the load: $(per_order stop caught-up "$n"); CPU stolen $(steal_between stop caught-up); load average after it $(cut -d' ' -f1-3 /proc/loadavg)"
  log "sustained (created orders over the measured time plus the catch-up): $(echo "scale=1; $n / ($MEASURE + $catch_up)" | bc) orders/s"
  log "all in: $(per_order start caught-up "$n")"
  log "backend resident memory: $(resident_mb "$BACKEND_PID")"
  log "per created order, request phase and catch-up (rows per table; ~transactions = commits / rollbacks):"
  table_counts start caught-up "$n" | tee -a "$OUT/summary.txt"
  if [[ "$mode" == postgres ]]; then
    log "statements per created order (pg_stat_statements, calls and execution ms):"
    statements "$n" | tee -a "$OUT/summary.txt"
    log "  in all: $(su postgres -c "psql -d gotohotel_bench -tAq -c \"SELECT round(sum(calls)::numeric / $n, 1) || ' statements per order, '
      || round(sum(calls) FILTER (WHERE query ILIKE 'BEGIN%')::numeric / $n, 1) || ' of them BEGIN' FROM pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'gotohotel_bench')\"" 2>/dev/null)"
  fi
  log "plans of the order's and the consumers' statements on this database (benchmarks/wrk/explain.sql):"
  db_file "$ROOT/benchmarks/wrk/explain.sql" -v order="$(db "SELECT id FROM orders ORDER BY created_at DESC LIMIT 1")" \
    | grep -v '^$' | sed 's/^/  /' | tee -a "$OUT/summary.txt"
  cp "$SERVER_LOG" "$OUT/server-$mode.log" 2>/dev/null || true
  stop_server
}

case "$MODE" in
  default|postgres) one_mode "$MODE" ;;
  both) one_mode default; one_mode postgres ;;
  *) echo "MODE must be default, postgres or both" >&2; exit 2 ;;
esac
log "results in $OUT"
