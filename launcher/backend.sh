# shellcheck shell=bash
# The backend: built from the checkout when its sources changed and run extracted from its jar (installed: the
# package ships it extracted in backend/).

if installed; then
  BACKEND_JAR="$ROOT/backend/gotohotel-backend.jar"
  BACKEND_APP="$ROOT/backend"
  BACKEND_SHARING="$GOTOHOTEL_HOME/class-sharing"   # the package's folder is read-only
else
  BACKEND_JAR="$ROOT/backend/target/gotohotel-backend.jar"
  BACKEND_APP="$ROOT/backend/target/app"   # the backend extracted, with its class-data sharing archive
  BACKEND_SHARING="$BACKEND_APP"
fi
BACKEND_RUN=()
# The backend: Serial GC grows its old generation up to the limit under a backlog, and the young one to a third of
# the heap. A 64 MB young generation keeps the old one as large as -Xmx384m gave it (256 MB: the same room for a
# backlog) at 64 MB less; freed native memory goes back to the system every 5 s (Java 17.0.9 and later). About
# 600-640 MB resident after a minute of full load instead of 645-750 (docs/benchmarks.md, decision record 29).
JAVA_OPTS="${GOTOHOTEL_JAVA_OPTS:--Xms128m -Xmx320m -Xmn64m -XX:+UseSerialGC -XX:+IgnoreUnrecognizedVMOptions -XX:TrimNativeHeapInterval=5000}"

build_backend() {
  if installed; then return 0; fi
  if [[ ! -f "$BACKEND_JAR" ]] || [[ -n "$(find "$ROOT/backend/src/main" "$ROOT/shared-model/src/main" "$ROOT/pom.xml" \
      "$ROOT/backend/pom.xml" "$ROOT/shared-model/pom.xml" -newer "$BACKEND_JAR" -print -quit)" ]]; then
    say "building the backend (first run takes a few minutes)..."
    (cd "$ROOT" && mvn -B -q -DskipTests -pl backend -am install) || die "the build failed"
  fi
}

# The backend runs extracted (backend/target/app: its jar beside lib/), since class-data sharing cannot archive the
# classes Spring Boot loads from the jars nested in the fat jar. The extraction is redone whenever the fat jar's
# checksum changed, and the archive lives inside it, so a rebuilt backend never runs stale classes or a stale
# archive. Sets BACKEND_RUN (how java runs the backend); the fat jar when the extraction fails.
extract_backend() {
  local stamp tmp
  BACKEND_RUN=(-jar "$BACKEND_JAR")
  if installed; then return 0; fi   # the package ships it extracted
  stamp="$(cksum <"$BACKEND_JAR")"
  if [[ "$(cat "$BACKEND_APP/.jar-stamp" 2>/dev/null)" != "$stamp" ]]; then
    say "extracting the backend (once per build)..."
    # what an extraction interrupted more than ten minutes ago left behind
    find "$(dirname "$BACKEND_APP")" -maxdepth 1 -name "$(basename "$BACKEND_APP").??????" -mmin +10 -exec rm -rf {} + 2>/dev/null || true
    if ! tmp="$(mktemp -d "$BACKEND_APP.XXXXXX")" \
        || ! java -Djarmode=tools -jar "$BACKEND_JAR" extract --force --destination "$tmp" >/dev/null 2>&1 \
        || ! printf '%s\n' "$stamp" >"$tmp/.jar-stamp" || ! rm -rf "$BACKEND_APP" || ! mv -f "$tmp" "$BACKEND_APP"; then
      rm -rf "${tmp:-}"
      say "could not extract the backend; it runs from its jar, without class-data sharing"
      return 0
    fi
  fi
  BACKEND_RUN=(-jar "$BACKEND_APP/$(basename "$BACKEND_JAR")")
}

# Which build of the backend runs, for its class-sharing archive's stamp: the fat jar's checksum the extraction
# recorded; installed, the extracted jar's checksum and its libraries' names and sizes.
backend_build() {
  if installed; then
    printf '%s %s' "$(cksum <"$BACKEND_JAR")" "$(wc -c "$BACKEND_APP"/lib/*.jar | cksum)"
  else
    cat "$BACKEND_APP/.jar-stamp"
  fi
}

# spawn_backend ARGUMENTS: java with these arguments in the background as the backend (BACKEND_PID, which stop_all
# stops); the local database's password goes to it only, not into every process's environment.
spawn_backend() {
  if local_database; then
    GOTOHOTEL_DB_PASSWORD="$(cat "$PG_SECRET")" java "$@" &
  else
    java "$@" &
  fi
  BACKEND_PID=$!
}
