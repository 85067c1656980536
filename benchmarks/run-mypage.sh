#!/usr/bin/env bash
# My page and notification benchmark, on PostgreSQL with a real Kafka broker:
#  1. orders are placed (CLIENTS clients, ORDER_SECONDS) while the my page and notification consumers
#     are switched off, so their topics fill up;
#  2. the backend restarts with only those two consumers on, and the time they take to drain the backlog
#     gives the events per second each sustains (and the notifications sent per second, log channel);
#  3. CLIENTS clients read random guests' my pages for READ_SECONDS: latency percentiles;
#  4. with everything on, LAG_PROBES orders are placed one by one under a background order load of
#     LAG_CLIENTS clients, and the time until each shows PAID on my page is measured.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
CLIENTS="${CLIENTS:-8}"
ORDER_SECONDS="${ORDER_SECONDS:-40}"
READ_SECONDS="${READ_SECONDS:-20}"
LAG_PROBES="${LAG_PROBES:-100}"
LAG_CLIENTS="${LAG_CLIENTS:-2}"
ORDERS_FILE="$BENCH_HOME/orders.txt"
URL="http://127.0.0.1:$PORT"

fresh_database
build

echo "1. placing orders with my page and notifications off..."
start_server --gotohotel.mypage.listeners-enabled=false --gotohotel.notification.listeners-enabled=false
java -Xmx256m -jar "$LOAD_JAR" "$URL" "$CLIENTS" 10 "$ORDER_SECONDS" BENCH "$ORDERS_FILE" | grep "^orders"
paid=$(sql "SELECT COUNT(*) FROM orders WHERE status = 'PAID'")
for _ in $(seq 1 300); do
  [[ "$(sql "SELECT COUNT(*) FROM reservation")" -ge "$paid" ]] && break
  sleep 1
done
stop_server

echo "2. draining the backlog with only my page and notifications on..."
start_server --gotohotel.ordering.listeners-enabled=false --gotohotel.reservation.listeners-enabled=false
declare -A first last count
previous=""
stable=0
while (( stable < 12 )); do
  now=$(date +%s.%N)
  for consumer in mypage notification; do
    n=$(sql "SELECT COUNT(*) FROM processed_event WHERE consumer = '$consumer'")
    if [[ "$n" -gt 0 && -z "${first[$consumer]:-}" ]]; then first[$consumer]=$now; fi
    if [[ "$n" != "${count[$consumer]:-0}" ]]; then last[$consumer]=$now; count[$consumer]=$n; fi
  done
  sent=$(sql "SELECT COUNT(*) FROM notification WHERE status = 'SENT'")
  current="${count[mypage]:-0}/${count[notification]:-0}/$sent"
  if [[ "$current" == "$previous" ]]; then stable=$((stable + 1)); else stable=0; previous="$current"; fi
  sleep 0.25
done
for consumer in mypage notification; do
  seconds=$(echo "${last[$consumer]} - ${first[$consumer]}" | bc)
  echo "$consumer consumer: ${count[$consumer]} events in ${seconds} s = $(echo "${count[$consumer]} / $seconds" | bc) events/s"
done
echo "notifications sent (log channel): $sent; my pages: $(sql "SELECT COUNT(*) FROM mypage")"
stop_server

echo "3. reading my pages..."
start_server
java -Xmx256m -cp "$LOAD_JAR" gotohotel.benchmarks.MyPageLoad read "$URL" "$ORDERS_FILE" "$CLIENTS" 5 >/dev/null
java -Xmx256m -cp "$LOAD_JAR" gotohotel.benchmarks.MyPageLoad read "$URL" "$ORDERS_FILE" "$CLIENTS" "$READ_SECONDS"

echo "4. my page lag under a background load of $LAG_CLIENTS order clients..."
java -Xmx256m -jar "$LOAD_JAR" "$URL" "$LAG_CLIENTS" 0 $((LAG_PROBES / 5 + 30)) >/dev/null &
background=$!
java -Xmx256m -cp "$LOAD_JAR" gotohotel.benchmarks.MyPageLoad lag "$URL" "$LAG_PROBES"
kill "$background" 2>/dev/null || true
wait "$background" 2>/dev/null || true
echo "backend resident memory: $(resident_mb "$BACKEND_PID")"
