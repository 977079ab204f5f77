#!/usr/bin/env bash
# Takes the README screenshots from the real app under Xvfb:
#   src/bench/screenshots.sh [OUT_DIR]                           (default docs/screenshots)
#   LINEUP_SCREEN=1366x768 src/bench/screenshots.sh [OUT_DIR]    (one screen size only)
# Without LINEUP_SCREEN it takes the README's two sizes: 1366x768 into OUT_DIR and 1920x1080 into
# OUT_DIR/1920x1080. Each screen is saved twice, NAME.png in the light theme and NAME-dark.png in the dark one.
# Builds target/lineup.jar and the test classes (the tour, ui.mainwindow.ScreenshotTour, is not shipped in
# the jar), starts the app with the tour on the class path and a fresh temporary data directory seeded through
# the CLI (this installation, the bundled sample as a source and a layout "Family"), maximized on a virtual
# screen of the size asked for, and -Dlineup.screenshots=OUT_DIR, which makes the app save a PNG of each main
# screen (and of the recovery wizard meeting a lease held by a simulated second installation) and exit. A second
# run on an empty data directory saves the first-start dialog. Needs xvfb-run and GTK 3 (Debian/Ubuntu: xvfb libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/../.."
out="$(realpath -m "${1:-docs/screenshots}")"
mvn -q -B -o -DskipTests package >&2 || mvn -q -B -DskipTests package >&2
temps=()
trap 'rm -rf "${temps[@]}"' EXIT

# One tour at one screen size ($1, e.g. 1366x768) into the folder $2.
tour() {
    local size="$1" dir="$2" data fresh
    data="$(mktemp -d)"
    fresh="$(mktemp -d)"
    temps+=("$data" "$fresh")
    mkdir -p "$dir"
    # Seeded through the real CLI so the Publish screen has a layout in the database: this installation, the
    # bundled sample playlist as a source, a layout "Family" made from it, the default local target.
    lineup() { java -jar target/lineup.jar --data-dir "$data" "$@" >/dev/null; }
    lineup init --name "Living-room PC"
    lineup source add m3u Sample --url assets/sample/sample-playlist.m3u
    lineup source add epg "Sample guide" --url assets/sample/sample-guide.xml.gz
    lineup source refresh
    lineup layout create Family --from-source Sample
    for dataDir in "$data" "$fresh"; do
        # The fresh data directory makes the app ask its first-start questions: the tour saves that dialog and quits.
        timeout 180 xvfb-run -a -s "-screen 0 ${size}x24" \
            java -Dlineup.dataDir="$dataDir" -Dlineup.screenshots="$dir" -Dlineup.installationName="Living-room PC" \
            -Dprism.order=sw -cp target/lineup.jar:target/test-classes dev.lineup.launch.Main
    done
    ls -l "$dir"/*.png
}

if [[ -n "${LINEUP_SCREEN:-}" ]]; then
    tour "$LINEUP_SCREEN" "$out"
else
    tour 1366x768 "$out"
    tour 1920x1080 "$out/1920x1080"
fi
