#!/usr/bin/env bash
# The base of the backend's OCI image, made without a container engine: a minimal Debian root (only the C and C++
# runtimes, zlib, time zones and netbase: what libjvm.so and the JDK's networking need) plus a jlink'ed Java runtime in
# /opt/java, running as uid 10001 with GOTOHOTEL_HOME=/var/lib/gotohotel owned by it. Jib puts the backend on it
# (installer/pom.xml). No shell, no package manager in the image.
#
#   image-base.sh VERSION OUTPUT_TAR
#
# Needs mmdebstrap, umoci and skopeo (Debian packages) and the network to a Debian mirror ($DEBIAN_MIRROR). Made
# again only when this script or the Java runtime changed (the stamp beside the tarball).
set -euo pipefail

version="$1" output="$2"
mirror="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
suite=bookworm
# Modules the backend needs at run time: Spring (java.desktop for java.beans, java.instrument, java.management,
# java.naming, java.scripting), JDBC and transactions, Kafka's SASL/Kerberos and compression, TLS with EC keys,
# JFR and the management extensions Micrometer reads, zip file systems, every charset and locale.
modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,jdk.charsets,jdk.crypto.ec,jdk.jfr,jdk.localedata,jdk.management,jdk.naming.dns,jdk.unsupported,jdk.zipfs

# root: the image's files belong to root and uid 10001 (mmdebstrap and umoci unpack keep owners only as root)
[[ "$(id -u)" == 0 ]] || { echo "image-base: the image's base is made as root (or build without the image: -Dimage.skip)" >&2; exit 1; }
for tool in mmdebstrap umoci skopeo jlink; do
  command -v "$tool" >/dev/null || { echo "image-base: $tool is missing (apt-get install mmdebstrap umoci skopeo)" >&2; exit 1; }
done
stamp="$(cat "$0" | cksum) $(java -version 2>&1 | head -1) $version $mirror"
if [[ -s "$output" && "$(cat "$output.stamp" 2>/dev/null)" == "$stamp" ]]; then
  echo "image-base: $output is up to date" >&2
  exit 0
fi

mkdir -p "$(dirname "$output")"
work="$(mktemp -d "$(dirname "$output")/image-base.XXXXXX")"
trap 'rm -rf "$work"' EXIT
echo "image-base: Debian $suite root from $mirror" >&2
mmdebstrap --quiet --variant=extract --include=libc6,libgcc-s1,libstdc++6,zlib1g,base-files,netbase,tzdata \
  "$suite" "$work/rootfs.tar" "$mirror"

echo "image-base: Java runtime" >&2
jlink --add-modules "$modules" --output "$work/java" --strip-debug --no-man-pages --no-header-files --compress=2

umoci init --layout "$work/oci"
umoci new --image "$work/oci:base"
umoci unpack --image "$work/oci:base" "$work/bundle"
tar -xf "$work/rootfs.tar" -C "$work/bundle/rootfs"
mkdir -p "$work/bundle/rootfs/opt"
cp -a "$work/java" "$work/bundle/rootfs/opt/java"
install -d -m 0700 -o 10001 -g 10001 "$work/bundle/rootfs/var/lib/gotohotel"
chmod 1777 "$work/bundle/rootfs/tmp"
umoci repack --image "$work/oci:base" "$work/bundle"
umoci config --image "$work/oci:base" \
  --config.env PATH=/opt/java/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  --config.env JAVA_HOME=/opt/java --config.env GOTOHOTEL_HOME=/var/lib/gotohotel --config.env LANG=C.UTF-8 \
  --config.user 10001:10001 --config.workingdir /var/lib/gotohotel --architecture amd64 --os linux \
  --config.label org.opencontainers.image.title="GotoHotel base: Debian $suite and Java" \
  --config.label org.opencontainers.image.version="$version"
rm -f "$output"
skopeo copy --quiet "oci:$work/oci:base" "docker-archive:$output:gotohotel/base:$version"
printf '%s\n' "$stamp" >"$output.stamp"
echo "image-base: $(du -h "$output" | cut -f1) $output" >&2
