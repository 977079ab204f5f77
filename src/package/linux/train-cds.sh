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
cds=$(readlink -f "$(dirname "$0")/cds-archive.sh")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
step() { echo "train-cds: $*" >&2; }
# The archive records each jar's modification time, and jpackage copies the image (new times) into the
# package: the jars get this fixed time here, and again from the package's postinst / %post.
jar_time=946684800
find "$image/lib/app" -name '*.jar' -exec touch -d "@$jar_time" {} +

bash "$cds" train "$image/bin/lineup" "$work/classes.lst"

archive="$place/lib/runtime/$cds_rel"
where="$image/lib/runtime/$(dirname "$cds_rel")/lineup.where"
dump_at_place() {
  bash "$cds" dump "$place/bin/lineup" "$work/classes.lst" "$archive"
  echo "$place" > "$where"
  # -Xshare:on fails unless the archive maps: proof it works where it will be installed.
  LINEUP_JAVA_OPTIONS="-Xshare:on" "$place/bin/lineup" --version >/dev/null
}
export -f dump_at_place
export cds work place archive where

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
