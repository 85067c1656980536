#!/usr/bin/env bash
# Installs the server's .deb as a hotel's IT would (apt, root) and starts it: by systemd where the machine runs it,
# else the unit's own ExecStart as its User with its Environment and EnvironmentFiles (what systemd would do). Waits
# for readiness, signs in with the generated first password, checks that nothing was written into /opt, then purges
# the package: no process and no file left but the hotel's data in /var/lib/gotohotel. Run by .ci/run as root on a
# machine it may change; it uses ports 18388-18389, 19492-19493 and 15688 (set through /etc/gotohotel/gotohotel.env).
#
#   server-package-test.sh PATH/TO/gotohotel-server_*.deb
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

deb="$(readlink -f "$1")"
port=18388 management_port=18389 kafka_port=19492 db_port=15688
unit=/lib/systemd/system/gotohotel.service
launcher_pid=""
systemd=false
if [[ -d /run/systemd/system ]]; then systemd=true; fi

marker=/var/lib/gotohotel/.made-by-the-package-test
remove_all() {   # what a failed earlier run (or this one) left: the package, the data and the user
  dpkg -P gotohotel-server >/dev/null 2>&1 || true
  pkill -KILL -u gotohotel 2>/dev/null || true
  rm -rf /var/lib/gotohotel
  if getent passwd gotohotel >/dev/null; then userdel gotohotel 2>/dev/null || true; fi
}
cleanup() {
  if [[ -n "$launcher_pid" ]]; then kill -TERM "$launcher_pid" 2>/dev/null || true; fi
  remove_all
}
trap cleanup EXIT

# a machine where GotoHotel really runs is not a test machine: its data is never touched
if [[ -e /var/lib/gotohotel && ! -e "$marker" ]] || { dpkg -s gotohotel-server >/dev/null 2>&1 && [[ ! -e "$marker" ]]; }; then
  trap - EXIT
  fail "gotohotel-server is installed or /var/lib/gotohotel exists here: this test installs and purges it; run it elsewhere"
fi
remove_all
for p in "$port" "$management_port" "$kafka_port" "$((kafka_port + 1))" "$db_port"; do
  if listening "$p"; then fail "port $p is taken"; fi
done

step "apt-get install $deb"
# An administrator's settings and secret written before the install, as the package allows (kept, not replaced):
# other ports than the defaults, so that nothing else on this machine is disturbed, and a guest token secret.
install -d -m 0755 /etc/gotohotel
sed -e "s/^GOTOHOTEL_PORT=.*/GOTOHOTEL_PORT=$port/" -e "s/^GOTOHOTEL_MANAGEMENT_PORT=.*/GOTOHOTEL_MANAGEMENT_PORT=$management_port/" \
  -e "s/^GOTOHOTEL_KAFKA_PORT=.*/GOTOHOTEL_KAFKA_PORT=$kafka_port/" -e "s/^GOTOHOTEL_DB_PORT=.*/GOTOHOTEL_DB_PORT=$db_port/" \
  "$(dirname "${BASH_SOURCE[0]}")/../../main/server/gotohotel.env" >/etc/gotohotel/gotohotel.env
(umask 077 && printf 'GOTOHOTEL_SECURITY_TOKEN_SECRET=%s\n' "$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')" \
  >/etc/gotohotel/secrets.env)
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o Dpkg::Options::=--force-confold "$deb" >/dev/null
touch "$marker"
check "a gotohotel system user" sh -c 'getent passwd gotohotel | grep -q nologin'
check "the data folder is the service user's only" test "$(stat -c '%U %a' /var/lib/gotohotel)" == "gotohotel 700"
check "the secrets file is the service user's only" test "$(stat -c '%U %a' /etc/gotohotel/secrets.env)" == "gotohotel 600"
check "the administrator's secret was kept" grep -q '^GOTOHOTEL_SECURITY_TOKEN_SECRET=' /etc/gotohotel/secrets.env
check "the settings file is a conffile" sh -c "dpkg-query -W -f='\${Conffiles}' gotohotel-server | grep -q /etc/gotohotel/gotohotel.env"
check "a systemd unit" test -f "$unit"
check "the guides for the operator: deployment, every setting, operations" \
  test -s /opt/gotohotel-server/share/deployment.md -a -s /opt/gotohotel-server/share/configuration.md \
  -a -s /opt/gotohotel-server/share/operations.md
if command -v systemd-analyze >/dev/null; then
  check "systemd-analyze verifies the unit" systemd-analyze verify "$unit"
fi
check "the install folder is root's, read-only for the service" test "$(stat -c '%U %a' /opt/gotohotel-server)" == "root 755"
touch /tmp/gotohotel-package-test.marker

step "start"
unit_value() { sed -n "s/^$1=//p" "$unit"; }
if [[ "$systemd" == true ]]; then
  systemctl is-active --quiet gotohotel.service || systemctl start gotohotel.service   # the install started it
else
  # systemd is not running here: what it would do with the unit, done by hand
  environment=()
  while IFS= read -r assignment; do environment+=("$assignment"); done < <(unit_value Environment)
  while IFS= read -r file; do
    file="${file#-}"
    [[ -f "$file" ]] || continue
    while IFS= read -r line; do
      if [[ "$line" =~ ^[A-Za-z_][A-Za-z0-9_]*= ]]; then environment+=("$line"); fi
    done <"$file"
  done < <(unit_value EnvironmentFile)
  read -r -a exec_start <<<"$(unit_value ExecStart)"
  check "the unit runs the launcher as the gotohotel user" test "$(unit_value User)" == gotohotel
  # env hands the environment over and execs runuser (no secret stays on a command line); runuser keeps it, as
  # systemd does, and sets HOME, USER and LOGNAME of the unit's user
  (cd "$(unit_value WorkingDirectory)" && umask "$(unit_value UMask)" \
    && exec env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin "${environment[@]}" \
      setsid runuser -u "$(unit_value User)" -- "${exec_start[@]}") >/tmp/gotohotel-package-test.log 2>&1 &
  launcher_pid=$!
fi
server_up() {
  ready "$port" && return 0
  if [[ -n "$launcher_pid" ]] && ! kill -0 "$launcher_pid" 2>/dev/null; then
    tail -40 /tmp/gotohotel-package-test.log >&2
    fail "the server stopped"
  fi
  return 1
}
wait_for 300 "readiness UP on 127.0.0.1:$port" server_up
check "the server runs as the gotohotel user" sh -c "ps -o user= -p \$(pgrep -f '^java .*gotohotel-backend.jar' | head -1) | grep -qx gotohotel"
check "PostgreSQL and Kafka run as the gotohotel user" sh -c "pgrep -u gotohotel -f 'postgres -D /var/lib/gotohotel' >/dev/null && pgrep -u gotohotel -f kafka.Kafka >/dev/null"
no_secret_in_environment() {
  local pid
  for pid in $(pgrep -u gotohotel -f 'postgres -D /var/lib/gotohotel') $(pgrep -u gotohotel -f kafka.Kafka); do
    if tr '\0' '\n' <"/proc/$pid/environ" | grep -q '^GOTOHOTEL_SECURITY_TOKEN_SECRET='; then return 1; fi
  done
}
check "PostgreSQL and Kafka get no secret in their environment" no_secret_in_environment
check "its data is in /var/lib/gotohotel" test -f /var/lib/gotohotel/postgres/PG_VERSION
check "the token secret came from secrets.env (none generated)" test ! -e /var/lib/gotohotel/token-secret
check "no secret on a command line" sh -c "! ps -eo args | grep -v grep | grep -q \"\$(sed -n 's/^GOTOHOTEL_SECURITY_TOKEN_SECRET=//p' /etc/gotohotel/secrets.env)\""
check "the first staff password was made for the service user only" \
  test "$(stat -c '%U %a' /var/lib/gotohotel/initial-admin-password)" == "gotohotel 600"
password="$(cat /var/lib/gotohotel/initial-admin-password)"
login="$(curl -s -H 'Content-Type: application/json' -d "{\"username\":\"admin\",\"password\":\"$password\"}" \
  "http://127.0.0.1:$port/api/staff/login")"
check "staff sign in with it" grep -q '"token"' <<<"$login"
check "nothing was written into /opt/gotohotel-server" test -z "$(find /opt/gotohotel-server -newer /tmp/gotohotel-package-test.marker -print -quit)"

step "dpkg -P gotohotel-server"
dpkg -P gotohotel-server >/dev/null
launcher_pid=""
nothing_runs() { ! pgrep -u gotohotel >/dev/null; }
wait_for 10 "no process of the gotohotel user left" nothing_runs
check "the ports are free again" sh -c "! (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null && ! (exec 3<>/dev/tcp/127.0.0.1/$db_port) 2>/dev/null"
check "no file left in /opt/gotohotel-server" test ! -e /opt/gotohotel-server
check "no unit left" test ! -e "$unit"
check "no settings or secrets left" test ! -e /etc/gotohotel
check "dpkg knows no file of it" sh -c '! dpkg -L gotohotel-server >/dev/null 2>&1'
check "the hotel's data stays" test -f /var/lib/gotohotel/postgres/PG_VERSION
rm -f /tmp/gotohotel-package-test.marker /tmp/gotohotel-package-test.log
passed "server package"
