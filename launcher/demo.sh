# shellcheck shell=bash
# ./gotohotel demo: the server, a few sample guests booking through the public API and the front desk; closing the
# desk stops it all.

wait_until_ready() {
  local url="http://127.0.0.1:$GOTOHOTEL_PORT/actuator/health/readiness"
  for _ in $(seq 1 360); do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then return 0; fi
    kill -0 "$BACKEND_PID" 2>/dev/null || die "the backend stopped while starting"
    sleep 0.5
  done
  die "the backend was not ready within 3 minutes"
}

# The hotel's time zone as the backend reads it: GOTOHOTEL_ORDERING_HOTELZONE from the environment, else the backend's
# default (gotohotel.ordering.hotel-zone in its application.properties).
hotel_zone() {
  local zone="${GOTOHOTEL_ORDERING_HOTELZONE:-${GOTOHOTEL_ORDERING_HOTEL_ZONE:-}}"
  if [[ -z "$zone" ]]; then
    zone="$(sed -n 's/^gotohotel\.ordering\.hotel-zone=//p' "$ROOT/backend/src/main/resources/application.properties" \
      2>/dev/null || true)"
  fi
  printf '%s' "${zone:-Asia/Seoul}"
}

# The hotel's date $1 days from now. The server refuses a check-in before the hotel's today, and Asia/Seoul's today
# starts at 15:00 UTC: the machine's own date would be yesterday there for nine hours a day.
hotel_day() {
  local zone
  zone="$(hotel_zone)"
  TZ="$zone" date -d "now +$1 days" +%F 2>/dev/null || TZ="$zone" date -v+"$1"d +%F   # GNU date, else BSD date
}

# A few guests book through the public API as real guests do: a burst at the start, then one now and then.
sample_guests() {
  local base="http://127.0.0.1:$GOTOHOTEL_PORT" names rooms i=0
  names=("Kim Minji" "Lee Seojun" "Park Jiwoo" "Choi Yuna" "Jung Hoon" "Emma Wilson" "Noah Schmidt" "Sato Haruka"
         "Han Jisoo" "Lucas Martin" "Yoon Dahye" "Olivia Brown")
  rooms=()
  while IFS= read -r room; do rooms+=("$room"); done \
    < <(curl -fsS "$base/api/room-types" | grep -o '"code":"[A-Z_]*"' | cut -d'"' -f4)
  (( ${#rooms[@]} > 0 )) || { say "sample guests: no room types"; return 0; }
  while true; do
    local name="${names[RANDOM % ${#names[@]}]}" room="${rooms[RANDOM % ${#rooms[@]}]}"
    local offset=$(( i < 3 ? 0 : RANDOM % 14 )) nights=$(( 1 + RANDOM % 3 ))
    local check_in check_out
    check_in="$(hotel_day "$offset")"; check_out="$(hotel_day $((offset + nights)))"
    curl -fsS -o /dev/null -X POST "$base/api/orders" -H 'Content-Type: application/json' \
      -H "Idempotency-Key: demo-$$-$i-$RANDOM" \
      -d "{\"guestName\":\"$name\",\"phone\":\"010-$((1000 + RANDOM % 9000))-$((1000 + RANDOM % 9000))\",
           \"roomType\":\"$room\",\"checkIn\":\"$check_in\",\"checkOut\":\"$check_out\",\"guestCount\":1,
           \"card\":{\"number\":\"4242 4242 4242 4242\",\"expiry\":\"12/30\",\"cvc\":\"123\"}}" 2>/dev/null || true
    i=$((i + 1))
    if (( i < 8 )); then sleep 1; else sleep $(( 15 + RANDOM % 30 )); fi
  done
}

demo() {
  require_tools
  require_display
  command -v curl >/dev/null || die "curl is required for the demo's sample guests"
  require_desk_libraries
  build_desk
  check_fonts
  start_stack
  wait_until_ready
  sample_guests >/dev/null &
  GUESTS_PID=$!
  say "sample guests are booking in the hotel's time zone ($(hotel_zone)); sign in to the desk as 'admin' with the password in $GOTOHOTEL_HOME/initial-admin-password"
  # The desk runs as a job the launcher waits for, so Ctrl-C or a TERM stops everything at once; in the hotel's time
  # zone, as the hotel's own computers are, so that its "Arrivals today" is the hotel's today.
  GOTOHOTEL_SERVER_URL="http://127.0.0.1:$GOTOHOTEL_PORT" TZ="$(hotel_zone)" run_desk &
  DESK_PID=$!
  local status=0
  wait "$DESK_PID" || status=$?
  DESK_PID=""
  stop_all
  exit "$status"
}
