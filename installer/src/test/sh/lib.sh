# Shared by the package tests: each check is named, and a failed one ends the test with its name.
CHECKS=0

step() { printf '\n-- %s\n' "$*"; }

fail() {
  printf 'FAILED: %s\n' "$*" >&2
  exit 1
}

# check DESCRIPTION COMMAND...: the command must succeed
check() {
  local description="$1"; shift
  if "$@"; then
    CHECKS=$((CHECKS + 1))
    printf '   ok  %s\n' "$description"
  else
    fail "$description"
  fi
}

passed() { printf '%s: %d checks passed\n' "$1" "$CHECKS"; }

# wait_for SECONDS DESCRIPTION COMMAND...: polls the command every half second
wait_for() {
  local seconds="$1" description="$2"; shift 2
  local i
  for ((i = 0; i < seconds * 2; i++)); do
    if "$@"; then
      CHECKS=$((CHECKS + 1))
      printf '   ok  %s (%ss)\n' "$description" "$((i / 2))"
      return 0
    fi
    sleep 0.5
  done
  fail "$description: not within $seconds s"
}

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

ready() { [[ "$(curl -s "http://127.0.0.1:$1/actuator/health/readiness")" == *'"status":"UP"'* ]]; }
