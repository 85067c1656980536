# shellcheck shell=bash
# ./gotohotel server: the database (unless the user has their own), the broker and the backend, started in this
# order and stopped in the reverse one.

# The processes the launcher started (the desk and the sample guests only in the demo).
PG_PID=""
KAFKA_PID=""
BACKEND_PID=""
GUESTS_PID=""
DESK_PID=""

stop_all() {
  trap '' INT TERM   # a second Ctrl-C must not orphan the broker or the database mid-shutdown
  trap - EXIT
  if [[ -n "$DESK_PID" ]] && kill -0 "$DESK_PID" 2>/dev/null; then
    say "closing the front desk..."
    kill -TERM "$DESK_PID" 2>/dev/null || true
    wait "$DESK_PID" 2>/dev/null || true
  fi
  if [[ -n "$GUESTS_PID" ]]; then
    kill -TERM "$GUESTS_PID" 2>/dev/null || true
    wait "$GUESTS_PID" 2>/dev/null || true
  fi
  if [[ -n "$BACKEND_PID" ]] && kill -0 "$BACKEND_PID" 2>/dev/null; then
    say "stopping the backend..."
    kill -TERM "$BACKEND_PID" 2>/dev/null || true
    wait "$BACKEND_PID" 2>/dev/null || true
  fi
  if [[ -n "$KAFKA_PID" ]] && kill -0 "$KAFKA_PID" 2>/dev/null; then
    say "stopping Kafka..."
    kill -TERM "$KAFKA_PID" 2>/dev/null || true
    wait "$KAFKA_PID" 2>/dev/null || true
  fi
  if [[ -n "$PG_PID" ]] && kill -0 "$PG_PID" 2>/dev/null; then
    say "stopping PostgreSQL..."
    kill -INT "$PG_PID" 2>/dev/null || true   # fast shutdown: the backend is gone, nothing to wait for
    wait "$PG_PID" 2>/dev/null || true
  fi
}

# Starts the database (unless external), the broker and the backend in the background.
start_stack() {
  require_free_port "$GOTOHOTEL_PORT" "backend HTTP" GOTOHOTEL_PORT
  require_free_port "$GOTOHOTEL_MANAGEMENT_PORT" "backend management (metrics)" GOTOHOTEL_MANAGEMENT_PORT
  require_free_port "$GOTOHOTEL_KAFKA_PORT" "Kafka" GOTOHOTEL_KAFKA_PORT
  require_free_port "$CONTROLLER_PORT" "Kafka controller" GOTOHOTEL_KAFKA_PORT
  if local_database; then
    stop_leftover_postgres
    require_free_port "$GOTOHOTEL_DB_PORT" "PostgreSQL" GOTOHOTEL_DB_PORT
    if [[ -d "$GOTOHOTEL_HOME/db" ]] && compgen -G "$GOTOHOTEL_HOME/db/*.mv.db" >/dev/null; then
      say "NOTE: $GOTOHOTEL_HOME/db holds an H2 database of an earlier GotoHotel version; GotoHotel now keeps its"
      say "data in PostgreSQL ($GOTOHOTEL_HOME/postgres) and does not read or migrate the old file."
    fi
  fi
  mkdir -p "$GOTOHOTEL_HOME"
  if [[ -O "$GOTOHOTEL_HOME" ]]; then chmod 700 "$GOTOHOTEL_HOME"; fi   # also a home an older version left open
  build_backend
  extract_backend
  prepare_kafka
  if local_database; then
    if [[ ${#PG_AS_USER[@]} -gt 0 ]] && ! command -v unshare >/dev/null; then
      die "running as root needs 'unshare' (util-linux) to start PostgreSQL"
    fi
    prepare_postgres
  fi
  # Ctrl-C or a TERM while starting (the training run of a new build takes a while) stops what runs and ends here.
  trap 'stop_all; exit 130' INT
  trap 'stop_all; exit 143' TERM
  trap stop_all EXIT
  if local_database; then
    start_postgres
    export GOTOHOTEL_DB_URL="jdbc:postgresql://127.0.0.1:$GOTOHOTEL_DB_PORT/gotohotel" GOTOHOTEL_DB_USER=gotohotel
  fi
  start_kafka
  backend_class_sharing "$@"
  say "starting the backend on http://$GOTOHOTEL_BIND:$GOTOHOTEL_PORT (data in $GOTOHOTEL_HOME)"
  # shellcheck disable=SC2086
  spawn_backend $JAVA_OPTS "${BACKEND_RUN[@]}" --server.address="$GOTOHOTEL_BIND" "$@"
}

# A secret given as --name=value would sit on the backend's command line, which every user of the machine can read
# (ps): refused, with where to put it instead.
refuse_secret_arguments() {
  local argument name
  for argument in "$@"; do
    name="${argument%%=*}"
    case "$name" in
      *password*|*secret*|*-key|*.key|*apikey*)
        die "$name is a secret: set it in the environment (e.g. $(printf '%s' "${name#--}" | tr -d '-' | tr '.a-z' '_A-Z')) or, \
for the installed server, in /etc/gotohotel/secrets.env; a command line is visible to every user in ps" ;;
    esac
  done
}

server() {
  require_tools
  refuse_secret_arguments "$@"
  start_stack "$@"
  local status=0
  wait "$BACKEND_PID" || status=$?
  BACKEND_PID=""
  stop_all
  exit "$status"
}
