# shellcheck shell=bash
# Messages, the settings every command shares (docs/configuration.md lists them), ports and tools.

say() { printf 'gotohotel: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

installed() { [[ "$INSTALLED" == true ]]; }

# The data folders' defaults sit in HOME; a service user may have none (or an unset HOME), and then names them.
user_home() {
  [[ -n "${HOME:-}" ]] || die "HOME is not set: set GOTOHOTEL_HOME (for the desk GOTOHOTEL_DESK_HOME) to a folder"
  printf '%s' "$HOME"
}

port_setting() {
  local name="$1" default="$2" value
  value="${!name:-$default}"
  if ! [[ "$value" =~ ^[0-9]{1,5}$ ]] || (( 10#$value < 1 || 10#$value > 65535 )); then
    die "$name must be a port number between 1 and 65535, not '$value'"
  fi
  printf '%s' "$((10#$value))"
}

listening() { (exec 3<>"/dev/tcp/${2:-127.0.0.1}/$1") 2>/dev/null; }

require_free_port() {
  if listening "$1"; then
    die "port $1 ($2) is already in use; stop what uses it or set $3 to another port"
  fi
}

require_tools() {
  command -v java >/dev/null || die "java (17 or newer) is required"
  installed || command -v mvn >/dev/null || die "Apache Maven is required to build GotoHotel"
}

# The demo keeps its sample bookings away from a real hotel's data: its own home, database and broker,
# whatever this shell points the launcher at.
if [[ "$command" == demo ]]; then
  GOTOHOTEL_HOME="${GOTOHOTEL_DEMO_HOME:-$(user_home)/.gotohotel-demo}"; export GOTOHOTEL_HOME
  export GOTOHOTEL_DESK_HOME="$GOTOHOTEL_HOME/desk"
  unset GOTOHOTEL_DB_URL GOTOHOTEL_DB_USER GOTOHOTEL_DB_PASSWORD SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME \
    SPRING_DATASOURCE_PASSWORD SPRING_PROFILES_ACTIVE GOTOHOTEL_KAFKA_BOOTSTRAP GOTOHOTEL_SERVER_URL
fi
GOTOHOTEL_HOME="${GOTOHOTEL_HOME:-$(user_home)/.gotohotel}"; export GOTOHOTEL_HOME
export GOTOHOTEL_BIND="${GOTOHOTEL_BIND:-127.0.0.1}"
GOTOHOTEL_KAFKA_BIND="${GOTOHOTEL_KAFKA_BIND:-127.0.0.1}"
KAFKA_HOST="$GOTOHOTEL_KAFKA_BIND"   # where this machine reaches the broker
if [[ "$KAFKA_HOST" == 0.0.0.0 || "$KAFKA_HOST" == "::" ]]; then KAFKA_HOST=127.0.0.1; fi
GOTOHOTEL_PORT="$(port_setting GOTOHOTEL_PORT 8088)"; export GOTOHOTEL_PORT
GOTOHOTEL_KAFKA_PORT="$(port_setting GOTOHOTEL_KAFKA_PORT 9092)"; export GOTOHOTEL_KAFKA_PORT
GOTOHOTEL_DB_PORT="$(port_setting GOTOHOTEL_DB_PORT 5488)"; export GOTOHOTEL_DB_PORT
GOTOHOTEL_MANAGEMENT_PORT="$(port_setting GOTOHOTEL_MANAGEMENT_PORT 8089)"; export GOTOHOTEL_MANAGEMENT_PORT
(( GOTOHOTEL_KAFKA_PORT < 65535 )) || die "GOTOHOTEL_KAFKA_PORT must leave room for the controller on the next port"
CONTROLLER_PORT=$((GOTOHOTEL_KAFKA_PORT + 1))
export GOTOHOTEL_KAFKA_BOOTSTRAP="${GOTOHOTEL_KAFKA_BOOTSTRAP:-$KAFKA_HOST:$GOTOHOTEL_KAFKA_PORT}"

# The local database is ours unless the user points the backend at another PostgreSQL (decided once, before
# the launcher sets GOTOHOTEL_DB_URL for its own database).
LOCAL_DATABASE=false
if [[ -z "${GOTOHOTEL_DB_URL:-}" && -z "${SPRING_DATASOURCE_URL:-}" && ",${SPRING_PROFILES_ACTIVE:-}," != *,postgres,* ]]; then
  LOCAL_DATABASE=true
fi
local_database() { [[ "$LOCAL_DATABASE" == true ]]; }

# WITHOUT_SECRETS: env's arguments that drop the environment's secrets (passwords, secrets, tokens, provider keys)
# from what the database server and the broker are started with: they need none, and a process's environment is
# readable by whoever can read its /proc entry (the server package's unit hands every variable of secrets.env to the
# launcher). Used as `env "${WITHOUT_SECRETS[@]}" COMMAND &`: env execs the command, so $! is the command itself.
WITHOUT_SECRETS=()
while IFS= read -r name; do
  case "$name" in
    *PASSWORD*|*SECRET*|*TOKEN*|*APIKEY*|*API_KEY*|*APPKEY*|*APP_KEY*|*SENDERKEY*|*SENDER_KEY*) WITHOUT_SECRETS+=(-u "$name") ;;
  esac
done < <(compgen -e)
unset name

# Writes a new secret file readable by its owner only: created 0600, never restricted afterwards.
new_secret_file() {
  local file="$1" tmp
  tmp="$(umask 077 && mktemp "$file.XXXXXX")"
  head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$tmp"
  mv -f "$tmp" "$file"
}
