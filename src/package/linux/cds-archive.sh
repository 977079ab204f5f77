#!/usr/bin/env bash
# AppCDS for a Lineup launcher: the training runs and the dump, shared by the installer (train-cds.sh, for the
# app image's bin/lineup) and the whole-process benchmark (src/bench/side-by-side.sh, for the jar).
#   cds-archive.sh train LAUNCHER CLASSLIST     runs LAUNCHER through what users start most (--version, a render
#                                               and the same render again into its folder, a render of names
#                                               beyond ASCII,
#                                               init and a listing, and the desktop app until its main window has
#                                               drawn, under Xvfb when there is one) and merges the classes loaded
#   cds-archive.sh dump LAUNCHER CLASSLIST ARCHIVE    dumps one static archive of them, then proves it maps
# LAUNCHER is a command that starts Lineup with the options in $LINEUP_JAVA_OPTIONS after its own (bin/lineup does).
set -euo pipefail
mode=$1 launcher=$2 list=$3
step() { echo "cds-archive: $*" >&2; }

train() {
  local samples
  samples=$(readlink -f "$(dirname "$0")/../../../assets/sample")
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  run() {
    local name=$1; shift
    LINEUP_JAVA_OPTIONS="-XX:DumpLoadedClassList=$work/$name.lst ${EXTRA:-}" "$launcher" "$@" >/dev/null
  }
  step "training runs"
  run version --version
  run render render --playlist "$samples/sample-playlist.m3u" --epg "$samples/sample-guide.xml.gz" --out "$work/out"
  # again into the same folder: a re-render reads the previous manifest (users render into one folder again and again)
  run rerender render --playlist "$samples/sample-playlist.m3u" --epg "$samples/sample-guide.xml.gz" --out "$work/out"
  # names beyond ASCII, as most providers' are (the sample's are ASCII): their checks load classes of their own
  printf '#EXTM3U\n#EXTINF:-1 tvg-id="first.example" group-title="Новости",Первый канал\nhttp://example.invalid/1.ts\n' \
    > "$work/names.m3u"
  run names render --playlist "$work/names.m3u" --epg "$samples/sample-guide.xml.gz" --no-gzip --out "$work/out-names"
  run init --data-dir "$work/data" init --name "Training"
  run list --data-dir "$work/data" source list
  local gui=()
  if [ -n "${DISPLAY:-}" ]; then
    gui=(env)
  elif command -v xvfb-run >/dev/null; then
    gui=(xvfb-run -a -s "-screen 0 1920x1080x24")
  fi
  if [ "${#gui[@]}" -gt 0 ]; then
    LINEUP_JAVA_OPTIONS="-XX:DumpLoadedClassList=$work/window.lst -Dlineup.startupProbe=true" \
      timeout 180 "${gui[@]}" "$launcher" --data-dir "$work/data" 2>&1 | grep -E "(first|main) window" \
      | tee /dev/stderr | grep -q "main window" || step "the desktop app did not open under X (the archive covers the command line only)"
  else
    step "no X display and no xvfb-run: the archive covers the command line only"
  fi
  cat "$work"/*.lst | awk '!seen[$0]++' > "$list"
  step "$(grep -vc '^#' "$list") classes and lambda forms"
}

dump() {
  local archive=$1
  LINEUP_JAVA_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$list -XX:SharedArchiveFile=$archive" "$launcher" >/dev/null
  # -Xshare:on fails unless the archive maps: proof it works where it will be used.
  LINEUP_JAVA_OPTIONS="-XX:SharedArchiveFile=$archive -Xshare:on" "$launcher" --version >/dev/null
}

case "$mode" in
  train) train ;;
  dump) dump "$4" ;;
  *) echo "cds-archive: unknown mode '$mode' (expected train or dump)" >&2; exit 1 ;;
esac
