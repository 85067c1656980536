#!/usr/bin/env bash
# Installs the desk's .deb as a hotel's IT would (apt, root), starts the installed app from /opt under Xvfb until its
# sign-in window shows, keeps a screenshot, then purges the package and checks that nothing is left but the desk's
# own data folder. Run by .ci/run as root on a machine it may change; needs xvfb, xdotool and imagemagick.
#
#   desk-package-test.sh PATH/TO/gotohotel-desk_*.deb ARTEFACT_DIR
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

deb="$(readlink -f "$1")" artefacts="$2"
mkdir -p "$artefacts"
desk_home="$(mktemp -d /tmp/gotohotel-desk-test.XXXXXX)"
app_pid=""
cleanup() {
  if [[ -n "$app_pid" ]]; then kill -- "-$app_pid" 2>/dev/null || true; fi
  rm -rf "$desk_home"
}
trap cleanup EXIT

dpkg -P gotohotel-desk >/dev/null 2>&1 || true   # what a failed earlier run left
step "apt-get install $deb"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
check "installed under /opt" test -x /opt/gotohotel-desk/bin/gotohotel-desk
check "a desktop entry in the menus" test -f /usr/share/applications/gotohotel-desk.desktop
check "the entry starts the installed app" grep -qx 'Exec=/opt/gotohotel-desk/bin/gotohotel-desk' \
  /usr/share/applications/gotohotel-desk.desktop
check "the package depends on GTK and a Hangul font" sh -c \
  "dpkg-query -W -f='\${Depends}' gotohotel-desk | grep -q 'libgtk-3-0' && dpkg-query -W -f='\${Depends}' gotohotel-desk | grep -q 'fonts-noto-cjk'"
check "its own Java runtime" test -f /opt/gotohotel-desk/lib/runtime/lib/server/libjvm.so

step "the installed desk under Xvfb"
setsid env -i PATH=/usr/bin:/bin HOME="$desk_home" GOTOHOTEL_DESK_HOME="$desk_home/desk" LANG=C.UTF-8 \
  xvfb-run -a -s "-screen 0 1280x800x24" sh -c '
    /opt/gotohotel-desk/bin/gotohotel-desk >"$0/desk.log" 2>&1 &
    for i in $(seq 1 120); do
      if xdotool search --onlyvisible --name "GotoHotel Front Desk" >/dev/null 2>&1; then
        sleep 2   # the window is mapped; let the sign-in form draw before the picture
        import -window root "$1/desk-installed.png"
        exit 0
      fi
      sleep 0.5
    done
    exit 1' "$desk_home" "$artefacts" &
app_pid=$!   # the leader of a session of its own: Xvfb, the desk
status=0
wait "$app_pid" || status=$?
if (( status != 0 )); then
  sed -n 1,40p "$desk_home/desk.log" >&2 || true
  fail "the sign-in window of the installed desk did not show within 60 s"
fi
colours="$(identify -format '%k' "$artefacts/desk-installed.png")"
check "the screenshot shows a drawn window ($colours colours)" test "$colours" -gt 50
check "the desk made its store in the person's desk home" test -f "$desk_home/desk/desk.db"
kill -TERM -- "-$app_pid" 2>/dev/null || true
app_pid=""
desk_stopped() { ! pgrep -f '^/opt/gotohotel-desk/bin/gotohotel-desk' >/dev/null; }
wait_for 30 "the desk closed" desk_stopped

step "dpkg -P gotohotel-desk"
dpkg -P gotohotel-desk >/dev/null
check "no file left in /opt/gotohotel-desk" test ! -e /opt/gotohotel-desk
check "no desktop entry left" test ! -e /usr/share/applications/gotohotel-desk.desktop
check "no desk process left" desk_stopped
check "dpkg knows no file of it" sh -c '! dpkg -L gotohotel-desk >/dev/null 2>&1'
check "the person's desk data stays" test -f "$desk_home/desk/desk.db"
passed "desk package"
