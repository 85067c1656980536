# shellcheck shell=bash
# Class-data sharing (decision records 31 and 33): a JVM maps the classes an earlier run recorded in an archive
# instead of loading them one by one. An archive is made for one build, one Java and one set of JVM options (its
# stamp); a recording replaces the archive only once this Java has mapped and verified it: a truncated archive (a run
# killed while writing, a full disk) crashes the JVM instead of being ignored. No archive of ours when the user's own
# JVM options choose their sharing (-Xshare:..., an archive).
own_class_sharing() { [[ "$1" == *-Xshare:* || "$1" == *Archive* ]]; }

java_identity() {  # the Java home and version an archive is made for
  local java_home
  java_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)" 2>/dev/null || command -v java)")")"
  printf '%s %s' "$java_home" "$(grep -s '^JAVA_VERSION=' "$java_home/release")"
}

# adopt_archive OPTIONS CANDIDATE ARCHIVE CLASSPATH: the recorded candidate and its stamp replace the archive if this
# Java maps and verifies it with these options; otherwise the candidate is thrown away (and the status is 1).
adopt_archive() {
  local options="$1" candidate="$2" archive="$3" classpath="$4"
  # shellcheck disable=SC2086
  if java $options -XX:SharedArchiveFile="$candidate" -XX:+VerifySharedSpaces -Xshare:on -XX:ErrorFile=/dev/null \
      -cp "$classpath" -version >/dev/null 2>&1; then
    mv -f "$candidate" "$archive" && mv -f "$candidate.stamp" "$archive.stamp"
  else
    rm -f "$candidate" "$candidate.stamp"
    return 1
  fi
}

# The desk's first run records the classes it loaded in an archive in its home when it closes; later runs map them
# (about half a second off the start).
desk_class_sharing() {
  local home="$1" classpath="$2" archive="$1/desk-classes.jsa" stamp
  if own_class_sharing "$DESK_JAVA_OPTS"; then return 0; fi
  stamp="$(cksum <"$DESK_JAR") $(java_identity)"
  if [[ -s "$archive.new" ]]; then adopt_archive "$DESK_JAVA_OPTS" "$archive.new" "$archive" "$classpath" || true; fi
  if [[ -s "$archive" && "$(cat "$archive.stamp" 2>/dev/null)" == "$stamp" ]]; then
    printf '%s\n' "-XX:SharedArchiveFile=$archive"
  else
    printf '%s\n' "$stamp" >"$archive.new.stamp"
    printf '%s\n' "-XX:ArchiveClassesAtExit=$archive.new"
  fi
  printf '%s\n' -XX:+VerifySharedSpaces '-Xlog:cds*=off'
}

# A training run after each build (or a change of Java or of its options) records the classes of a start: the
# backend starts on the database and the broker already running and exits once its context is refreshed, before it
# serves or consumes anything (-Dspring.context.exit=onRefresh). Every later start maps them. Adds the options to
# BACKEND_RUN; nothing when the user chose their own sharing or the recording fails. The archive lives in
# BACKEND_SHARING: inside the extraction in a checkout, in GOTOHOTEL_HOME when installed.
backend_class_sharing() {
  local jar archive="$BACKEND_SHARING/backend-classes.jsa" stamp
  jar="$BACKEND_APP/$(basename "$BACKEND_JAR")"
  local log="$GOTOHOTEL_HOME/class-sharing.log"
  if own_class_sharing "$JAVA_OPTS" || [[ "${BACKEND_RUN[1]}" != "$jar" ]]; then return 0; fi
  mkdir -p "$BACKEND_SHARING" || return 0
  # the options only as a checksum: they may hold a secret (-D...password=...)
  stamp="$(backend_build) $(java_identity) $(printf '%s' "$JAVA_OPTS" | cksum)"
  if [[ "$(cat "$archive.failed" 2>/dev/null)" == "$stamp" ]]; then return 0; fi   # see below
  if [[ ! -s "$archive" || "$(cat "$archive.stamp" 2>/dev/null)" != "$stamp" ]]; then
    say "recording the classes of a backend start for the next starts (once per build; log: $log)..."
    rm -f "$archive.new"
    printf '%s\n' "$stamp" >"$archive.new.stamp" || return 0
    local status=0
    # Never republish in the training run, whatever the configuration says: it is halted before its sends complete.
    # shellcheck disable=SC2086
    spawn_backend $JAVA_OPTS -XX:ArchiveClassesAtExit="$archive.new" -Dspring.context.exit=onRefresh -jar "$jar" \
      --server.address="$GOTOHOTEL_BIND" "$@" --spring.modulith.events.republish-outstanding-events-on-restart=false \
      >"$log" 2>&1
    wait "$BACKEND_PID" || status=$?
    BACKEND_PID=""
    if (( status != 0 )) || ! adopt_archive "$JAVA_OPTS" "$archive.new" "$archive" "$jar"; then
      rm -f "$archive.new" "$archive.new.stamp"
      # a backend that started but left no usable archive (a full disk, a JVM that cannot dump) is not trained again
      # at every start; one that did not start (a setting to fix) is
      if (( status == 0 )); then printf '%s\n' "$stamp" >"$archive.failed" 2>/dev/null || true; fi
      say "the recording failed (see $log); the backend starts without class-data sharing"
      return 0
    fi
  fi
  if [[ -s "$archive" && "$(cat "$archive.stamp" 2>/dev/null)" == "$stamp" ]]; then
    rm -f "$archive.new" "$archive.new.stamp" "$archive.failed"   # what a recording stopped half-way left
    BACKEND_RUN=("-XX:SharedArchiveFile=$archive" -XX:+VerifySharedSpaces '-Xlog:cds*=off' "${BACKEND_RUN[@]}")
  fi
}
