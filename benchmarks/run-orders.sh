#!/usr/bin/env bash
# Order-placement benchmark: CLIENTS closed-loop clients POST /api/orders over HTTP for MEASURE seconds
# (after WARMUP) against the backend on PostgreSQL with a real Apache Kafka broker and the simulated
# payment provider. Prints throughput, latency percentiles, the backend's resident memory, the CPU
# seconds each process used during the measurement, and how long the hotel side took to catch up.
# Everything runs on 127.0.0.1 and stops by itself.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CLIENTS="${CLIENTS:-8}"
WARMUP="${WARMUP:-15}"
MEASURE="${MEASURE:-30}"
PORT="${BENCH_PORT:-18088}"
KAFKA_PORT="${BENCH_KAFKA_PORT:-19092}"
BENCH_HOME="$(mktemp -d /tmp/gotohotel-bench.XXXXXX)"
LAUNCHER_PID=""

cleanup() {
  if [[ -n "$LAUNCHER_PID" ]]; then
    kill -TERM "$LAUNCHER_PID" 2>/dev/null || true
    wait "$LAUNCHER_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT INT TERM

psql_admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -q $*"; }
cpu_seconds() {  # utime+stime of the given pids, in seconds
  local ticks=0 pid
  for pid in "$@"; do
    [[ -r /proc/$pid/stat ]] || continue
    ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
  done
  echo "scale=1; $ticks / $(getconf CLK_TCK)" | bc
}

PG_VERSION="$(ls /etc/postgresql | sort -V | tail -1)"
pg_ctlcluster "$PG_VERSION" main start 2>/dev/null || true
psql_admin <<'SQL'
DROP DATABASE IF EXISTS gotohotel_bench;
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'gotohotel_bench') THEN
    CREATE ROLE gotohotel_bench LOGIN PASSWORD 'gotohotel_bench';
  END IF;
END $$;
CREATE DATABASE gotohotel_bench OWNER gotohotel_bench;
SQL

(cd "$ROOT" && mvn -B -q -Pperf -DskipTests install)

GOTOHOTEL_HOME="$BENCH_HOME" GOTOHOTEL_PORT="$PORT" GOTOHOTEL_KAFKA_PORT="$KAFKA_PORT" \
SPRING_PROFILES_ACTIVE=postgres GOTOHOTEL_DB_URL=jdbc:postgresql://127.0.0.1:5432/gotohotel_bench \
GOTOHOTEL_DB_USER=gotohotel_bench GOTOHOTEL_DB_PASSWORD=gotohotel_bench \
  "$ROOT/gotohotel" server \
  "--spring.flyway.locations=classpath:db/migration/common,classpath:db/migration/{vendor},filesystem:$ROOT/benchmarks/src/main/resources/db/bench" \
  >"$BENCH_HOME/server.log" 2>&1 &
LAUNCHER_PID=$!
for _ in $(seq 1 180); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 "$LAUNCHER_PID" 2>/dev/null || { tail -30 "$BENCH_HOME/server.log"; exit 1; }
  sleep 1
done

BACKEND_PID="$(ss -ltnpH "sport = :$PORT" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)"
KAFKA_PID="$(ss -ltnpH "sport = :$KAFKA_PORT" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)"
PG_PIDS=$(pgrep -u postgres postgres || true)

java -Xmx256m -jar "$ROOT/benchmarks/target/benchmarks-0.1.0-SNAPSHOT.jar" "http://127.0.0.1:$PORT" "$CLIENTS" \
  "$WARMUP" 0 >/dev/null
before_backend=$(cpu_seconds "$BACKEND_PID"); before_kafka=$(cpu_seconds "$KAFKA_PID")
# shellcheck disable=SC2086
before_pg=$(cpu_seconds $(pgrep -u postgres postgres))
java -Xmx256m -jar "$ROOT/benchmarks/target/benchmarks-0.1.0-SNAPSHOT.jar" "http://127.0.0.1:$PORT" "$CLIENTS" 0 \
  "$MEASURE" | grep -v "^warm-up\|^measuring"
after_backend=$(cpu_seconds "$BACKEND_PID"); after_kafka=$(cpu_seconds "$KAFKA_PID")
# shellcheck disable=SC2086
after_pg=$(cpu_seconds $(pgrep -u postgres postgres))
echo "backend resident memory: $(( $(awk '/VmRSS/ {print $2}' "/proc/$BACKEND_PID/status") / 1024 )) MB (peak $(( $(awk '/VmHWM/ {print $2}' "/proc/$BACKEND_PID/status") / 1024 )) MB)"
echo "CPU seconds during the measurement: backend $(echo "$after_backend - $before_backend" | bc), PostgreSQL $(echo "$after_pg - $before_pg" | bc), Kafka $(echo "$after_kafka - $before_kafka" | bc) (of $((MEASURE * $(nproc)))) available)"

paid=$(PGPASSWORD=gotohotel_bench psql -h 127.0.0.1 -U gotohotel_bench -d gotohotel_bench -tAc "SELECT COUNT(*) FROM orders WHERE status = 'PAID'")
start=$(date +%s)
for _ in $(seq 1 300); do
  reservations=$(PGPASSWORD=gotohotel_bench psql -h 127.0.0.1 -U gotohotel_bench -d gotohotel_bench -tAc "SELECT COUNT(*) FROM reservation")
  [[ "$reservations" -ge "$paid" ]] && break
  sleep 1
done
echo "hotel side: $reservations reservations for $paid paid orders, caught up $(( $(date +%s) - start )) s after the load stopped"
