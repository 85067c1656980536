# shellcheck shell=bash
# The local Kafka broker (KRaft, one node): its jars fetched from Maven Central into tools/kafka/lib once (installed:
# kafka/lib of the package), its configuration and data in $GOTOHOTEL_HOME/kafka.

if installed; then KAFKA_TOOLS="$ROOT/kafka"; else KAFKA_TOOLS="$ROOT/tools/kafka"; fi
KAFKA_LIB="$KAFKA_TOOLS/lib"
KAFKA_DIR="$GOTOHOTEL_HOME/kafka"

prepare_kafka() {
  if installed; then
    compgen -G "$KAFKA_LIB/*.jar" >/dev/null || die "this installation has no Kafka broker in $KAFKA_LIB"
  elif [[ ! -f "$KAFKA_LIB/.complete" ]]; then
    say "fetching the Apache Kafka broker from Maven Central..."
    rm -rf "$KAFKA_LIB"
    mvn -B -q -f "$ROOT/tools/kafka/pom.xml" dependency:copy-dependencies -DincludeScope=runtime \
      -DoutputDirectory="$KAFKA_LIB" || die "could not fetch the Kafka broker"
    touch "$KAFKA_LIB/.complete"
  fi
  mkdir -p "$KAFKA_DIR/data"
  local advertised="$GOTOHOTEL_KAFKA_BIND"
  if [[ "$GOTOHOTEL_KAFKA_BIND" == 0.0.0.0 || "$GOTOHOTEL_KAFKA_BIND" == "::" ]]; then
    advertised="${GOTOHOTEL_ADVERTISED_HOST:-$(hostname -f 2>/dev/null || hostname)}"
  fi
  sed -e "s#@KAFKA_PORT@#$GOTOHOTEL_KAFKA_PORT#g" -e "s#@CONTROLLER_PORT@#$CONTROLLER_PORT#g" \
      -e "s#@BIND@#$GOTOHOTEL_KAFKA_BIND#g" -e "s#@ADVERTISED_HOST@#$advertised#g" \
      -e "s#@DATA_DIR@#$KAFKA_DIR/data#g" "$KAFKA_TOOLS/server.properties.template" > "$KAFKA_DIR/server.properties"
  if [[ ! -f "$KAFKA_DIR/data/meta.properties" ]]; then
    local cluster_id
    cluster_id="$(java -cp "$KAFKA_LIB/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)"
    java -cp "$KAFKA_LIB/*" kafka.tools.StorageTool format --standalone -t "$cluster_id" \
      -c "$KAFKA_DIR/server.properties" >"$KAFKA_DIR/format.log" 2>&1 || die "could not format Kafka storage (see $KAFKA_DIR/format.log)"
  fi
}

start_kafka() {
  say "starting Kafka on 127.0.0.1:$GOTOHOTEL_KAFKA_PORT (log: $KAFKA_DIR/broker.log)"
  # Its own process group, like PostgreSQL's: a signal to the launcher's group (Ctrl-C in a terminal, a stop of the
  # whole group) reaches the launcher and the backend, and the launcher stops the broker only once the backend is gone
  # (the broker stopping under the backend's feet left its sends failing, issue 17).
  set -m
  env ${WITHOUT_SECRETS[@]+"${WITHOUT_SECRETS[@]}"} java -Xms256m -Xmx512m -cp "$KAFKA_LIB/*" kafka.Kafka "$KAFKA_DIR/server.properties" >"$KAFKA_DIR/broker.log" 2>&1 &
  KAFKA_PID=$!
  set +m
  for _ in $(seq 1 120); do
    if listening "$GOTOHOTEL_KAFKA_PORT" "$KAFKA_HOST"; then return 0; fi
    kill -0 "$KAFKA_PID" 2>/dev/null || die "Kafka stopped while starting; see $KAFKA_DIR/broker.log"
    sleep 0.5
  done
  die "Kafka did not start within 60 s; see $KAFKA_DIR/broker.log"
}
