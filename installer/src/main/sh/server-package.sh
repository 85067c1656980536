#!/usr/bin/env bash
# The server as an installed product: a folder that runs with no Maven and no sources (the launcher, the backend
# extracted, the Kafka broker's jars, a PostgreSQL build), then a tarball and a .deb of it.
#
#   server-package.sh VERSION PROJECT_ROOT BACKEND_JAR TARGET [offline]
#
# Writes TARGET/server/gotohotel-server (the folder the launcher runs from when installed, see launcher/common.sh),
# TARGET/gotohotel-server-VERSION-linux-amd64.tar.gz and TARGET/gotohotel-server_VERSION-1_amd64.deb.
set -euo pipefail

version="$1" root="$2" backend_jar="$3" target="$4" offline="${5:-false}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"   # installer/src/main
dist="$target/server/gotohotel-server"
maven=(mvn -B -q)
if [[ "$offline" == true ]]; then maven+=(-o); fi

say() { printf 'server-package: %s\n' "$*" >&2; }

say "assembling $dist"
rm -rf "$target/server"
mkdir -p "$dist/launcher" "$dist/kafka" "$dist/postgres" "$dist/share"

# the launcher: the same dispatcher and files as in the checkout
install -m 0755 "$root/gotohotel" "$dist/gotohotel"
if compgen -G "$root/launcher/*.sh" >/dev/null; then install -m 0644 "$root"/launcher/*.sh "$dist/launcher/"; fi

# the backend extracted (its jar beside lib/), as the launcher runs it for class-data sharing
java -Djarmode=tools -jar "$backend_jar" extract --destination "$dist/backend" >/dev/null

# the Kafka broker's jars and configuration template (tools/kafka: what ./gotohotel server fetches in a checkout)
"${maven[@]}" -f "$root/tools/kafka/pom.xml" dependency:copy-dependencies -DincludeScope=runtime \
  -DoutputDirectory="$dist/kafka/lib"
install -m 0644 "$root/tools/kafka/server.properties.template" "$dist/kafka/"

# a PostgreSQL server build (tools/postgres: the binaries io.zonky.test:embedded-postgres packs)
download="$target/server/postgres-download"
"${maven[@]}" -f "$root/tools/postgres/pom.xml" dependency:copy -Dpg.platform=linux-amd64 -DoutputDirectory="$download"
unzip -q -p "$download"/*.jar '*.txz' | tar xJ -C "$dist/postgres"
rm -rf "$download"

install -m 0644 "$here/server/secrets.env" "$dist/share/secrets.env"
install -m 0644 "$here/server/gotohotel.env" "$dist/share/gotohotel.env"
install -m 0644 "$here/server/gotohotel.service" "$dist/share/gotohotel.service"
for doc in deployment configuration operations; do   # how to run it, every setting, what to do when it fails
  install -m 0644 "$root/docs/$doc.md" "$dist/share/$doc.md"
done
printf '%s\n' "$version" >"$dist/VERSION"
chmod -R u+rwX,go+rX,go-w "$dist"

say "tarball"
tarball="$target/gotohotel-server-$version-linux-amd64.tar.gz"
tar -C "$target/server" --owner=0 --group=0 --numeric-owner \
  --transform "s#^gotohotel-server#gotohotel-server-$version#" -czf "$tarball" gotohotel-server

say "Debian package"
stage="$target/server/deb"
mkdir -p "$stage/opt" "$stage/lib/systemd/system" "$stage/etc/gotohotel" "$stage/DEBIAN"
cp -a "$dist" "$stage/opt/gotohotel-server"
install -m 0644 "$here/server/gotohotel.service" "$stage/lib/systemd/system/gotohotel.service"
install -m 0644 "$here/server/gotohotel.env" "$stage/etc/gotohotel/gotohotel.env"
install -m 0755 "$here/server/debian/postinst" "$here/server/debian/prerm" "$here/server/debian/postrm" "$stage/DEBIAN/"
install -m 0644 "$here/server/debian/conffiles" "$stage/DEBIAN/"
installed_size="$(du -sk --exclude=DEBIAN "$stage" | cut -f1)"
sed -e "s/@VERSION@/$version/" -e "s/@INSTALLED_SIZE@/$installed_size/" "$here/server/debian/control" \
  >"$stage/DEBIAN/control"
# gzip rather than xz: a third of the time for a package a fifth larger (CI builds it on two cores)
dpkg-deb --root-owner-group -Zgzip --build "$stage" "$target/gotohotel-server_${version}-1_amd64.deb" >/dev/null
rm -rf "$stage"
say "done: $(du -h "$tarball" | cut -f1) tarball, $(du -h "$target/gotohotel-server_${version}-1_amd64.deb" | cut -f1) .deb"
