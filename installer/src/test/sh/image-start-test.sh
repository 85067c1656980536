#!/usr/bin/env bash
# Starts the backend's OCI image the way a container runtime would, without one: the image unpacked into a runtime
# bundle (umoci), then its own entrypoint, environment, user and working directory from the bundle's config.json,
# run chrooted into its root in fresh mount and PID namespaces, as uid 10001. Against a PostgreSQL and a Kafka broker
# on 127.0.0.1 until /actuator/health/readiness answers UP. Run by .ci/run as root; needs skopeo, umoci, python3.
#
#   image-start-test.sh IMAGE_TAR KAFKA_LIB KAFKA_TEMPLATE DB_URL DB_USER DB_PASSWORD
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

image="$(readlink -f "$1")" kafka_lib="$(readlink -f "$2")" kafka_template="$(readlink -f "$3")"
db_url="$4" db_user="$5" db_password="$6"
port=18288 management_port=18289 kafka_port=19392
work="$(mktemp -d /tmp/gotohotel-image-test.XXXXXX)"
backend_pid="" kafka_pid=""
cleanup() {
  if [[ -n "$backend_pid" ]]; then   # the JVM is PID 1 of its namespace: stopping it ends the namespace
    pkill -TERM -u 10001 -f '^/opt/java/bin/java .*gotohotel-backend.jar' 2>/dev/null || true
    wait "$backend_pid" 2>/dev/null || true
  fi
  if [[ -n "$kafka_pid" ]]; then kill -TERM "$kafka_pid" 2>/dev/null || true; wait "$kafka_pid" 2>/dev/null || true; fi
  # /dev is bound into the image's root inside the run's own mount namespace only; never delete across a mount
  if ! grep -qF " $work/" /proc/self/mountinfo; then rm -rf --one-file-system "$work"; fi
}
trap cleanup EXIT

for p in "$port" "$management_port" "$kafka_port" "$((kafka_port + 1))"; do
  if listening "$p"; then fail "port $p is taken"; fi
done

step "unpack $image"
skopeo copy --quiet "docker-archive:$image" "oci:$work/oci:backend"
umoci unpack --image "$work/oci:backend" "$work/bundle" >/dev/null
config="$work/bundle/config.json"
read_config() { python3 -c "import json,sys; c=json.load(open('$config'))['process']; $1" ; }
check "runs as uid 10001, not root" test "$(read_config 'print(c["user"]["uid"], c["user"]["gid"])')" == "10001 10001"
check "GOTOHOTEL_HOME is set" sh -c "grep -q 'GOTOHOTEL_HOME=/var/lib/gotohotel' '$config'"
check "JVM options come from the environment" sh -c "grep -q 'JAVA_TOOL_OPTIONS=' '$config'"
check "no shell in the image" test ! -e "$work/bundle/rootfs/bin/sh" -a ! -e "$work/bundle/rootfs/usr/bin/bash"
check "the entrypoint is java itself" test "$(read_config 'print(c["args"][0])')" == /opt/java/bin/java

step "a Kafka broker on 127.0.0.1:$kafka_port"
mkdir -p "$work/kafka/data"
sed -e "s#@KAFKA_PORT@#$kafka_port#g" -e "s#@CONTROLLER_PORT@#$((kafka_port + 1))#g" -e "s#@BIND@#127.0.0.1#g" \
    -e "s#@ADVERTISED_HOST@#127.0.0.1#g" -e "s#@DATA_DIR@#$work/kafka/data#g" "$kafka_template" >"$work/kafka/server.properties"
cluster_id="$(java -cp "$kafka_lib/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)"
java -cp "$kafka_lib/*" kafka.tools.StorageTool format --standalone -t "$cluster_id" -c "$work/kafka/server.properties" \
  >"$work/kafka/format.log" 2>&1
java -Xms128m -Xmx384m -cp "$kafka_lib/*" kafka.Kafka "$work/kafka/server.properties" >"$work/kafka/broker.log" 2>&1 &
kafka_pid=$!
wait_for 60 "the broker listens" listening "$kafka_port"

step "the image's entrypoint, chrooted, as uid 10001"
# The image's environment, then what a deployment adds (as the Kubernetes manifests do).
mapfile -t image_env < <(read_config 'print("\n".join(c["env"]))')
mapfile -t entrypoint < <(read_config 'print("\n".join(c["args"]))')
cwd="$(read_config 'print(c["cwd"])')"
rootfs="$work/bundle/rootfs"
mkdir -p "$rootfs/dev" "$rootfs/proc"
# What a deployment adds to the image's environment (as the Kubernetes manifests do).
deployment_env=(GOTOHOTEL_PORT="$port" GOTOHOTEL_MANAGEMENT_PORT="$management_port" GOTOHOTEL_DB_URL="$db_url"
  GOTOHOTEL_DB_USER="$db_user" GOTOHOTEL_DB_PASSWORD="$db_password" GOTOHOTEL_KAFKA_BOOTSTRAP="127.0.0.1:$kafka_port")
# in_image COMMAND...: in the image's root and working directory, with its environment, as its user, in mount and PID
# namespaces of its own (the host's /dev bound into the root there, a /proc of its own). The image has no env and no
# shell: util-linux's unshare enters the root and switches the user.
in_image() {
  env -i "${image_env[@]}" "${deployment_env[@]}" unshare --mount --propagation private --pid --fork \
    --mount-proc="$rootfs/proc" /bin/sh -c 'mount --rbind /dev "$0/dev" && exec "$@"' "$rootfs" \
    unshare --root="$rootfs" --wd="$cwd" --setgid 10001 --setuid 10001 "$@"
}
in_image /opt/java/bin/java -version >/dev/null 2>&1 || fail "java does not start in the image"
in_image "${entrypoint[@]}" >"$work/backend.log" 2>&1 &
backend_pid=$!
backend_up() { ready "$port" || { kill -0 "$backend_pid" 2>/dev/null || { tail -40 "$work/backend.log" >&2; fail "the backend stopped"; }; false; }; }
wait_for 240 "readiness UP on 127.0.0.1:$port" backend_up
check "the backend runs as uid 10001" sh -c "ps -o uid= -p \$(pgrep -f '^/opt/java/bin/java .*gotohotel-backend.jar') | grep -qw 10001"
check "it made its secrets in its home" test -s "$rootfs/var/lib/gotohotel/token-secret"
check "the guest API answers" sh -c "curl -fsS http://127.0.0.1:$port/api/room-types | grep -q '\"code\"'"
passed "backend image"
