#!/usr/bin/env bash
# Takes the README screenshots from the real app under Xvfb:
#   src/bench/screenshots.sh [OUT_DIR]         (default docs/screenshots)
# Builds target/lineup.jar and the test classes (the tour, ui.mainwindow.ScreenshotTour, is not shipped in
# the jar), starts the app with the tour on the class path and a fresh temporary data directory (first start: the bundled
# sample source and a "Sample" layout; in the database, the sample as a source and a layout "Family")
# and -Dlineup.screenshots=OUT_DIR, which makes the app save a PNG of each main screen (and of the recovery wizard meeting a lease held by a simulated second
# installation) and exit. Needs xvfb-run and GTK 3 (Debian/Ubuntu: xvfb libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/../.."
out="$(realpath -m "${1:-docs/screenshots}")"
mvn -q -B -o -DskipTests package >&2 || mvn -q -B -DskipTests package >&2
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
mkdir -p "$out"
# Seeded through the real CLI so the Publish screen has a layout in the database: this installation, the
# bundled sample playlist as a source, a layout "Family" made from it, the default local target.
lineup() { java -jar target/lineup.jar --data-dir "$data" "$@" >/dev/null; }
lineup init --name "Living-room PC"
lineup source add m3u Sample --url assets/sample/sample-playlist.m3u
lineup source add epg "Sample guide" --url assets/sample/sample-guide.xml.gz
lineup source refresh
lineup layout create Family --from-source Sample
# LINEUP_SCREEN picks the virtual screen, e.g. 1366x768 or 1920x1080 (the window fits itself to it).
timeout 120 xvfb-run -a -s "-screen 0 ${LINEUP_SCREEN:-1280x800}x24" \
    java -Dlineup.dataDir="$data" -Dlineup.screenshots="$out" -Dlineup.installationName="Living-room PC" \
    -Dprism.order=sw -cp target/lineup.jar:target/test-classes dev.lineup.launch.Main
ls -l "$out"/*.png
