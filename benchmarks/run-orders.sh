#!/usr/bin/env bash
# Order-placement benchmark: CLIENTS closed-loop clients POST /api/orders over HTTP for MEASURE seconds
# (after WARMUP) against the backend on PostgreSQL with a real Apache Kafka broker and the simulated
# payment provider. Prints throughput, latency percentiles, the backend's resident memory, the CPU
# seconds each process used during the measurement, and how long the hotel side took to catch up.
# Everything runs on 127.0.0.1 and stops by itself. SERVER_ARGS passes extra --spring.properties to the
# backend, e.g. switching contexts off as if they ran in another process.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
CLIENTS="${CLIENTS:-8}"
WARMUP="${WARMUP:-15}"
MEASURE="${MEASURE:-30}"

fresh_database
build
# shellcheck disable=SC2086
start_server ${SERVER_ARGS:-}

java -Xmx256m -jar "$LOAD_JAR" "http://127.0.0.1:$PORT" "$CLIENTS" "$WARMUP" 0 >/dev/null
before_backend=$(cpu_seconds "$BACKEND_PID"); before_kafka=$(cpu_seconds "$KAFKA_PID")
# shellcheck disable=SC2046
before_pg=$(cpu_seconds $(pgrep -u postgres postgres))
java -Xmx256m -jar "$LOAD_JAR" "http://127.0.0.1:$PORT" "$CLIENTS" 0 "$MEASURE" | grep -v "^warm-up\|^measuring"
after_backend=$(cpu_seconds "$BACKEND_PID"); after_kafka=$(cpu_seconds "$KAFKA_PID")
# shellcheck disable=SC2046
after_pg=$(cpu_seconds $(pgrep -u postgres postgres))
echo "backend resident memory: $(resident_mb "$BACKEND_PID")"
echo "CPU seconds during the measurement: backend $(echo "$after_backend - $before_backend" | bc), PostgreSQL $(echo "$after_pg - $before_pg" | bc), Kafka $(echo "$after_kafka - $before_kafka" | bc) (of $((MEASURE * $(nproc))) available)"

paid=$(sql "SELECT COUNT(*) FROM orders WHERE status = 'PAID'")
start=$(date +%s)
for _ in $(seq 1 300); do
  reservations=$(sql "SELECT COUNT(*) FROM reservation")
  [[ "$reservations" -ge "$paid" ]] && break
  sleep 1
done
echo "hotel side: $reservations reservations for $paid paid orders, caught up $(( $(date +%s) - start )) s after the load stopped"
