#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb from a build tree, installs it, proves the installed app works, removes it.
#   installer/package-check.sh BUILD_DIR
set -euo pipefail
build=${1:?usage: package-check.sh BUILD_DIR}
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

(cd "$build" && cpack -G DEB >/dev/null)
deb=$(realpath "$(ls -t "$build"/bounce-navigator_*.deb | head -n 1)")
echo "package: $(basename "$deb")"
dpkg-deb --field "$deb" Depends | sed 's/^/depends: /'

as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
trap 'as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq bounce-navigator >/dev/null' EXIT

/usr/bin/bouncenav --version
/usr/bin/bouncenav decode /usr/share/bounce-navigator/samples/trendmicro-ers-qil.eml
# check and guide run from the lookup module installed under the library folder.
guide=$(/usr/bin/bouncenav guide --offline --lang en /usr/share/bounce-navigator/samples/trendmicro-ers-qil.eml)
grep -q 'Quick IP List' <<<"$guide"
echo "installed guide ran from its module"
QT_QPA_PLATFORM=offscreen timeout 60 /usr/bin/bounce-navigator --smoke-test /usr/share/bounce-navigator/samples/trendmicro-ers-qil.eml
echo "installed GUI started and closed"
appstreamcli validate --no-net /usr/share/metainfo/net.bouncenavigator.BounceNavigator.metainfo.xml
desktop-file-validate /usr/share/applications/net.bouncenavigator.BounceNavigator.desktop
test -f /usr/share/icons/hicolor/scalable/apps/net.bouncenavigator.BounceNavigator.svg
man -w bouncenav >/dev/null
echo "package check passed"
