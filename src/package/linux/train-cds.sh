#!/usr/bin/env bash
# AppCDS at build time: runs the app image's `lineup` through what users start most (--version, a
# render, init and a listing, and the desktop app until its main window has drawn, under Xvfb when there is one), merges
# the classes each run loaded, and dumps one archive of them into the runtime image. Java 17 maps an
# archive only where its class path was when it was made, so it is dumped with the image mounted where
# the .deb/.rpm installs it (a private mount namespace: nothing changes on this machine).
#   train-cds.sh IMAGE_DIR INSTALL_DIR CDS_FILE      e.g. target/installer/image/Lineup /opt/lineup lib/server/lineup.jsa
set -euo pipefail
image=$(readlink -f "$1")
place=$2
cds_rel=$3
samples=$(readlink -f "$(dirname "$0")/../../../assets/sample")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
step() { echo "train-cds: $*" >&2; }
# The archive records each jar's modification time, and jpackage copies the image (new times) into the
# package: the jars get this fixed time here, and again from the package's postinst / %post.
jar_time=946684800
find "$image/lib/app" -name '*.jar' -exec touch -d "@$jar_time" {} +

run() {
  local name=$1; shift
  LINEUP_JAVA_OPTIONS="-XX:DumpLoadedClassList=$work/$name.lst ${EXTRA:-}" "$image/bin/lineup" "$@" >/dev/null
}
step "training runs"
run version --version
run render render --playlist "$samples/sample-playlist.m3u" --epg "$samples/sample-guide.xml.gz" --out "$work/out"
run init --data-dir "$work/data" init --name "Training"
run list --data-dir "$work/data" source list
gui=()
if [ -n "${DISPLAY:-}" ]; then
  gui=(env)
elif command -v xvfb-run >/dev/null; then
  gui=(xvfb-run -a -s "-screen 0 1920x1080x24")
fi
if [ "${#gui[@]}" -gt 0 ]; then
  LINEUP_JAVA_OPTIONS="-XX:DumpLoadedClassList=$work/window.lst -Dlineup.startupProbe=true" \
    timeout 180 "${gui[@]}" "$image/bin/lineup" --data-dir "$work/data" 2>&1 | grep -E "(first|main) window" \
    | tee /dev/stderr | grep -q "main window" || step "the desktop app did not open under X (the archive covers the command line only)"
else
  step "no X display and no xvfb-run: the archive covers the command line only"
fi
cat "$work"/*.lst | awk '!seen[$0]++' > "$work/classes.lst"
step "$(grep -vc '^#' "$work/classes.lst") classes and lambda forms"

archive="$place/lib/runtime/$cds_rel"
where="$image/lib/runtime/$(dirname "$cds_rel")/lineup.where"
dump_at_place() {
  LINEUP_JAVA_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$work/classes.lst -XX:SharedArchiveFile=$archive" \
    "$place/bin/lineup" >/dev/null
  echo "$place" > "$where"
  # -Xshare:on fails unless the archive maps: proof it works where it will be installed.
  LINEUP_JAVA_OPTIONS="-Xshare:on" "$place/bin/lineup" --version >/dev/null
}
export -f dump_at_place
export work place archive where

if [ "$image" = "$place" ]; then
  dump_at_place
else
  # In a private mount namespace: a scratch /opt (or whatever holds INSTALL_DIR) with the image bound at INSTALL_DIR.
  ns=(unshare --mount)
  [ "$(id -u)" = 0 ] || ns=(unshare --mount --map-root-user)
  parent=$(dirname "$place")
  if "${ns[@]}" bash -c "mount --make-rprivate / && mount -t tmpfs lineup-cds '$parent' && mkdir -p '$place' \
        && mount --bind '$image' '$place' && dump_at_place"; then
    step "archive made for $place ($(du -h "$image/lib/runtime/$cds_rel" | cut -f1))"
  else
    step "no mount namespace here: the archive is made for $image instead (used only if the image stays there)"
    rm -f "$image/lib/runtime/$cds_rel"
    place=$image archive="$image/lib/runtime/$cds_rel" dump_at_place
  fi
fi
