# shellcheck shell=bash
# The front desk app, built from the checkout when its sources changed (an installed server has no desk: it is the
# package gotohotel-desk).

DESK_JAR="$ROOT/desktop-client/target/gotohotel-desk.jar"
# A small, compact heap: the desk holds every recent reservation in memory (docs/benchmarks.md, issue 7). A small
# young generation leaves the old one room for them; the compilers' scratch memory goes back to the system every
# 2 s (Java 17.0.9 and later; older runtimes ignore that option).
DESK_JAVA_OPTS="${GOTOHOTEL_DESK_JAVA_OPTS:--Xms32m -Xmx192m -Xmn16m -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=25 -XX:ReservedCodeCacheSize=48m -Xss512k -XX:+IgnoreUnrecognizedVMOptions -XX:TrimNativeHeapInterval=2000}"

build_desk() {
  if [[ ! -f "$DESK_JAR" ]] || [[ -n "$(find "$ROOT/desktop-client/src/main" "$ROOT/shared-model/src/main" "$ROOT/pom.xml" \
      "$ROOT/desktop-client/pom.xml" "$ROOT/shared-model/pom.xml" -newer "$DESK_JAR" -print -quit)" ]]; then
    say "building the front desk (first run takes a few minutes)..."
    (cd "$ROOT" && mvn -B -q -DskipTests -pl desktop-client -am install) || die "the build failed"
  fi
}

require_display() {
  if [[ "$(uname -s)" == Linux && -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    die "the front desk needs a graphical session (no DISPLAY); on a server try: xvfb-run -a ./gotohotel $command"
  fi
}

# launcher/desk-fonts.sh, where present, defines check_desk_fonts: the fonts the desk needs, checked before it starts.
check_fonts() {
  if declare -F check_desk_fonts >/dev/null; then check_desk_fonts; fi
}

# JavaFX opens its windows through GTK 3 on Linux; without it the desk dies with a Java stack trace (and the demo
# with it), so say which package brings it instead.
require_desk_libraries() {
  local ldconfig
  [[ "$(uname -s)" == Linux ]] || return 0
  ldconfig="$(command -v ldconfig || printf /sbin/ldconfig)"   # /sbin is not on every user's PATH
  if [[ -x "$ldconfig" ]] && ! "$ldconfig" -p 2>/dev/null | grep -q 'libgtk-3\.so\.0'; then
    die "the front desk needs GTK 3, which is not installed: apt-get install libgtk-3-0 (Debian/Ubuntu) or dnf install gtk3 (Fedora)"
  fi
}

# The desk offers $GOTOHOTEL_SERVER_URL at sign-in when set, else the address it signed in to last.
run_desk() {
  local home classpath="$DESK_JAR:$ROOT/desktop-client/target/lib/*"
  local sharing=()
  home="${GOTOHOTEL_DESK_HOME:-$(user_home)/.gotohotel-desk}"
  say "starting the front desk${GOTOHOTEL_SERVER_URL:+ against $GOTOHOTEL_SERVER_URL} (its data in $home)"
  mkdir -p "$home"
  while IFS= read -r option; do sharing+=("$option"); done < <(desk_class_sharing "$home" "$classpath")
  # glibc's malloc: two arenas, and blocks of 128 KB or more mapped apart and unmapped when freed (without a fixed
  # threshold glibc raises it up to 32 MB once a large block is freed, and such blocks then stay in the heap until
  # the next trim: about 10 MB more resident after a busy moment; docs/benchmarks.md, decision record 47)
  # shellcheck disable=SC2086
  MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" MALLOC_MMAP_THRESHOLD_="${MALLOC_MMAP_THRESHOLD_:-131072}" exec java $DESK_JAVA_OPTS "${sharing[@]}" -cp "$classpath" \
    gotohotel.desk.app.DeskLauncher
}

desk() {
  require_tools
  require_display
  require_desk_libraries
  build_desk
  check_fonts
  if [[ -z "${GOTOHOTEL_SERVER_URL:-}" && "$GOTOHOTEL_PORT" != 8088 ]]; then
    export GOTOHOTEL_SERVER_URL="http://127.0.0.1:$GOTOHOTEL_PORT"
  fi
  run_desk
}
