# Shared by the benchmark scripts: PostgreSQL, the backend through ./gotohotel server, small probes.
# shellcheck shell=bash
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${BENCH_PORT:-18088}"
KAFKA_PORT="${BENCH_KAFKA_PORT:-19092}"
BENCH_HOME="$(mktemp -d /tmp/gotohotel-bench.XXXXXX)"
LOAD_JAR="$ROOT/benchmarks/target/benchmarks-0.1.0-SNAPSHOT.jar"
LAUNCHER_PID=""

stop_server() {
  if [[ -n "$LAUNCHER_PID" ]]; then
    kill -TERM "$LAUNCHER_PID" 2>/dev/null || true
    wait "$LAUNCHER_PID" 2>/dev/null || true
    LAUNCHER_PID=""
  fi
}
trap stop_server EXIT INT TERM

fresh_database() {
  local version
  version="$(ls /etc/postgresql | sort -V | tail -1)"
  pg_ctlcluster "$version" main start 2>/dev/null || true
  su postgres -c "psql -v ON_ERROR_STOP=1 -q" <<'SQL'
DROP DATABASE IF EXISTS gotohotel_bench;
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'gotohotel_bench') THEN
    CREATE ROLE gotohotel_bench LOGIN PASSWORD 'gotohotel_bench';
  END IF;
END $$;
CREATE DATABASE gotohotel_bench OWNER gotohotel_bench;
SQL
}

build() {
  (cd "$ROOT" && mvn -B -q -Pperf -DskipTests install)
}

sql() {
  PGPASSWORD=gotohotel_bench psql -h 127.0.0.1 -U gotohotel_bench -d gotohotel_bench -tAc "$1"
}

# start_server [--spring.property=value ...]: the backend on PostgreSQL with a real Kafka broker (orders not limited
# per client address: the load comes from 127.0.0.1)
start_server() {
  GOTOHOTEL_HOME="$BENCH_HOME" GOTOHOTEL_PORT="$PORT" GOTOHOTEL_KAFKA_PORT="$KAFKA_PORT" \
  SPRING_PROFILES_ACTIVE=postgres GOTOHOTEL_DB_URL=jdbc:postgresql://127.0.0.1:5432/gotohotel_bench \
  GOTOHOTEL_DB_USER=gotohotel_bench GOTOHOTEL_DB_PASSWORD=gotohotel_bench \
  GOTOHOTEL_WEB_ORDERRATELIMIT_ENABLED=false \
    "$ROOT/gotohotel" server \
    "--spring.flyway.locations=classpath:db/migration/common,classpath:db/migration/{vendor},filesystem:$ROOT/benchmarks/src/main/resources/db/bench" \
    "$@" >>"$BENCH_HOME/server.log" 2>&1 &
  LAUNCHER_PID=$!
  SERVER_LOG="$BENCH_HOME/server.log"
  wait_ready
}

# wait_ready: until the backend started by $LAUNCHER_PID answers its readiness probe (on the management port
# or the API port); sets BACKEND_PID and KAFKA_PID. Shows $SERVER_LOG's tail and exits if the launcher died.
wait_ready() {
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$((PORT + 1))/actuator/health/readiness" >/dev/null 2>&1 && break
    curl -sf "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1 && break
    kill -0 "$LAUNCHER_PID" 2>/dev/null || { tail -30 "$SERVER_LOG"; exit 1; }
    sleep 1
  done
  BACKEND_PID="$(ss -ltnpH "sport = :$PORT" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)"
  KAFKA_PID="$(ss -ltnpH "sport = :$KAFKA_PORT" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)"
}

cpu_seconds() {  # utime+stime of the given pids, in seconds
  local ticks=0 pid
  for pid in "$@"; do
    [[ -r /proc/$pid/stat ]] || continue
    ticks=$((ticks + $(awk '{print $14 + $15}' "/proc/$pid/stat")))
  done
  echo "scale=1; $ticks / $(getconf CLK_TCK)" | bc
}

resident_mb() {
  echo "$(( $(awk '/VmRSS/ {print $2}' "/proc/$1/status") / 1024 )) MB"
}
