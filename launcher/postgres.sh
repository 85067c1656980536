# shellcheck shell=bash
# The local PostgreSQL server: fetched from Maven Central into tools/postgres/dist once (installed: postgres/ of the
# package), its data in $GOTOHOTEL_HOME/postgres.

if installed; then PG_DIST="$ROOT/postgres"; else PG_DIST="$ROOT/tools/postgres/dist"; fi
PG_DATA="$GOTOHOTEL_HOME/postgres"
PG_SECRET="$GOTOHOTEL_HOME/database-password"
PG_CREATING="$GOTOHOTEL_HOME/postgres.creating"   # beside the data directory: initdb wants an empty one

# PostgreSQL refuses to run as root, so root runs its binaries in a user namespace (unshare execs them,
# so a background server's $! is the postmaster itself).
PG_AS_USER=()
if [[ "$(id -u)" == 0 ]]; then PG_AS_USER=(unshare -U); fi
pg() {
  local binary="$1"; shift
  ${PG_AS_USER[@]+"${PG_AS_USER[@]}"} "$PG_DIST/bin/$binary" "$@"
}

pg_platform() {
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) echo linux-amd64 ;;
    Linux-aarch64|Linux-arm64) echo linux-arm64v8 ;;
    Darwin-x86_64) echo darwin-amd64 ;;
    Darwin-arm64) echo darwin-arm64v8 ;;
    *) die "no bundled PostgreSQL for $(uname -sm); set GOTOHOTEL_DB_URL to a PostgreSQL of yours" ;;
  esac
}

prepare_postgres() {
  if installed; then
    [[ -x "$PG_DIST/bin/postgres" ]] || die "this installation has no PostgreSQL in $PG_DIST; set GOTOHOTEL_DB_URL to a PostgreSQL of yours"
  elif [[ ! -f "$PG_DIST/.complete" ]]; then
    say "fetching the PostgreSQL server from Maven Central..."
    local download="$ROOT/tools/postgres/download"
    rm -rf "$PG_DIST" "$download"
    mvn -B -q -f "$ROOT/tools/postgres/pom.xml" dependency:copy -Dpg.platform="$(pg_platform)" \
      -DoutputDirectory="$download" || die "could not fetch the PostgreSQL server"
    mkdir -p "$PG_DIST"
    unzip -q -p "$download"/*.jar '*.txz' | tar xJ -C "$PG_DIST" || die "could not unpack the PostgreSQL server"
    rm -rf "$download"
    touch "$PG_DIST/.complete"
  fi
  local made_by bundled
  made_by="$(cat "$PG_DATA/PG_VERSION" 2>/dev/null || true)"
  bundled="$("$PG_DIST/bin/postgres" --version | sed -E 's/.* ([0-9]+)\..*/\1/')"
  if [[ -n "$made_by" && -f "$PG_DATA/.gotohotel-ready" && "$made_by" != "$bundled" ]]; then
    die "the database in $PG_DATA was made by PostgreSQL $made_by and this GotoHotel brings PostgreSQL $bundled: \
back it up and move it with pg_upgrade (docs/deployment.md, Upgrades); nothing was changed"
  fi
  if [[ ! -f "$PG_DATA/.gotohotel-ready" ]]; then
    # Only what this launcher began and did not finish is started over; anything else (a cluster of an older version
    # of GotoHotel, a restored directory, someone's own data) is never deleted.
    if [[ ! -f "$PG_CREATING" && -n "$(ls -A "$PG_DATA" 2>/dev/null)" ]]; then
      die "$PG_DATA holds data that this launcher did not create (or not completely) and it was left untouched.
If it is this server's database (restored, or made by an older GotoHotel), mark it as ready:
  touch $PG_DATA/.gotohotel-ready   (its password is the one in $PG_SECRET)
To start with a new, empty database instead, move it away first: mv $PG_DATA $PG_DATA.old"
    fi
    say "creating the database in $PG_DATA"
    touch "$PG_CREATING"   # what a run cut off before the end leaves: the next one may start over
    rm -rf "$PG_DATA"
    [[ -f "$PG_SECRET" ]] || new_secret_file "$PG_SECRET"
    pg initdb -D "$PG_DATA" -U gotohotel --auth=scram-sha-256 --pwfile="$PG_SECRET" -E UTF-8 --locale=C \
      >"$GOTOHOTEL_HOME/initdb.log" 2>&1 || die "could not create the database (see $GOTOHOTEL_HOME/initdb.log)"
    echo "CREATE DATABASE gotohotel;" | pg postgres --single -D "$PG_DATA" postgres >>"$GOTOHOTEL_HOME/initdb.log" 2>&1 \
      || die "could not create the database (see $GOTOHOTEL_HOME/initdb.log)"
    touch "$PG_DATA/.gotohotel-ready"   # only now: a first run cut off before this starts over
    rm -f "$PG_CREATING"
  fi
}

# A server left running by a launcher that was killed still holds the data directory: stop it first.
stop_leftover_postgres() {
  local pid
  pid="$(head -1 "$PG_DATA/postmaster.pid" 2>/dev/null || true)"
  if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null \
      && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "-D $PG_DATA "; then
    say "stopping the database server a previous run left behind (pid $pid)"
    kill -INT "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
    die "the database server of a previous run (pid $pid) does not stop; stop it and try again"
  fi
}

start_postgres() {
  local log="$GOTOHOTEL_HOME/postgres.log" from
  touch "$log"
  from=$(( $(wc -l <"$log") + 1 ))
  say "starting PostgreSQL on 127.0.0.1:$GOTOHOTEL_DB_PORT (log: $log)"
  # Durable commits: a commit the backend acknowledged is on disk (fsync, synchronous_commit, full pages).
  # Its own process group: Ctrl-C reaches the launcher, which stops the database last (PostgreSQL would
  # otherwise take the terminal's SIGINT as a fast shutdown under the backend's feet).
  set -m
  env ${WITHOUT_SECRETS[@]+"${WITHOUT_SECRETS[@]}"} ${PG_AS_USER[@]+"${PG_AS_USER[@]}"} "$PG_DIST/bin/postgres" -D "$PG_DATA" -c listen_addresses=127.0.0.1 -p "$GOTOHOTEL_DB_PORT" -c unix_socket_directories= \
    -c fsync=on -c synchronous_commit=on -c full_page_writes=on -c max_connections=100 >>"$log" 2>&1 &
  PG_PID=$!
  set +m
  for _ in $(seq 1 240); do
    if tail -n +"$from" "$log" | grep -q 'database system is ready to accept connections'; then return 0; fi
    kill -0 "$PG_PID" 2>/dev/null || die "PostgreSQL stopped while starting; see $log"
    sleep 0.25
  done
  die "PostgreSQL did not start within 60 s; see $log"
}
