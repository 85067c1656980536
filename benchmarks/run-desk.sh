#!/usr/bin/env bash
# Front-desk sync benchmark (issue 6), against the product as ./gotohotel server starts it (its own PostgreSQL
# and Kafka broker, in a temporary GOTOHOTEL_HOME), the desk's engine over real HTTP into a real SQLite file:
#  (b) paid order -> the desk's local store, LAG_ORDERS orders one after another while the desk long-polls;
#  (a) COMMANDS decisions queued offline, drained after the desk reaches the server again (backend CPU from
#      /proc/<pid>/stat before and after);
#  (c) RESERVATIONS reservations inserted into the server's database, downloaded by an empty desk (its own JVM):
#      time and resident memory.
# The benchmarks run one after another, each alone. Figures: desktop-client/target/desk-benchmark.txt.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
mvn -B -q -o -pl desktop-client -am install -DskipTests
mvn -B -o -pl desktop-client test -Dtest='DeskSyncBenchmark' -Dsurefire.failIfNoSpecifiedTests=false \
  -Ddesk.benchmark=true -Ddesk.benchmark.lagOrders="${LAG_ORDERS:-200}" \
  -Ddesk.benchmark.commands="${COMMANDS:-10000}" -Ddesk.benchmark.reservations="${RESERVATIONS:-100000}" \
  -Ddesk.benchmark.deskHeap="${DESK_HEAP:--Xmx256m}" "$@"
cat desktop-client/target/desk-benchmark.txt
