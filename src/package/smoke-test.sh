#!/usr/bin/env bash
# The installers as a user meets them (CI runs this after the tests; see pom.xml's installer-smoke-test
# profile): builds the .deb and the app-image archive, installs the .deb with apt, runs the installed
# `lineup` (--version, a render of a corpus file, the desktop app's window under Xvfb with its title and
# icon), removes the package and checks the data directory is still there; then the same from the
# unpacked app image. Needs root or sudo (apt), Xvfb, xdotool, xprop, and a full JDK (see .ci/setup).
#   bash src/package/smoke-test.sh [--no-build | --reuse]    --reuse: test the installers target/installer has
set -euo pipefail
cd "$(dirname "$0")/../.."
build_flag=${1:-}
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo -n"
work=$(mktemp -d)
xvfb_pid=""
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
pass=0
ok() { pass=$((pass + 1)); echo "smoke: ok - $*" >&2; }
fail() { echo "smoke: FAILED - $*" >&2; exit 1; }

corpus=""
for c in "${LINEUP_CORPUS:-}" ../shared/corpus /work/shared/corpus; do
  [ -n "$c" ] && [ -f "$c/m3u/ektotv-example.m3u8" ] && corpus=$c && break
done
[ -n "$corpus" ] || fail "no corpus (set LINEUP_CORPUS to shared/corpus)"

bash src/package/check-workflows.sh
[ "$build_flag" = --reuse ] || bash src/package/package.sh $build_flag --fast deb tar
version=$(sed -n 's/^version=//p' target/classes/dev/lineup/service/common/version.properties)
deb=$(ls target/installer/lineup_*.deb)
tarball=$(ls target/installer/lineup-*-linux-*.tar.gz)

# One X server for the window checks; 1366x768, the small laptop screen the window must fit.
display=:$((90 + RANDOM % 100))
Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!

# Runs `lineup` ($1) as a user would, with the desktop app on data directory $2; checks the window.
check_cli_and_window() {
  local lineup=$1 data=$2 how=$3
  [ "$("$lineup" --version)" = "Lineup $version" ] || fail "$how: --version printed '$("$lineup" --version)'"
  ok "$how: lineup --version prints 'Lineup $version'"
  "$lineup" render --playlist "$corpus/m3u/ektotv-example.m3u8" --epg "$corpus/xmltv/ektotv-example.xml" \
      --out "$work/render-$how" --name smoke 2>"$work/render.err" || { cat "$work/render.err" >&2; fail "$how: render"; }
  [ -s "$work/render-$how/smoke.xml.gz" ] && [ "$(grep -c '^#EXTINF' "$work/render-$how/smoke.m3u")" -ge 50 ] \
    || fail "$how: render did not write the playlist's 50 channels and the guide"
  ok "$how: render of a corpus playlist and guide"
  "$lineup" --data-dir "$data" init --name "Smoke $how" >/dev/null 2>&1 || fail "$how: init"
  if [ "$how" = deb ]; then
    LINEUP_HOME="$data" DISPLAY=$display "$lineup" >"$work/app.log" 2>&1 &
  else
    DISPLAY=$display "$lineup" --data-dir "$data" >"$work/app.log" 2>&1 &
  fi
  app_pid=$!
  local win=""
  for _ in $(seq 1 90); do
    win=$(DISPLAY=$display xdotool search --name "^Lineup — Smoke $how\$" 2>/dev/null | head -1 || true)
    [ -n "$win" ] && break
    kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; fail "$how: the desktop app ended without a window"; }
    sleep 1
  done
  [ -n "$win" ] || { cat "$work/app.log" >&2; fail "$how: no window titled 'Lineup — Smoke $how' within 90 s"; }
  ok "$how: the desktop app opened on its data directory, titled '$(DISPLAY=$display xdotool getwindowname "$win")'"
  sleep 1
  local icon
  # Read whole: a reader that stops early (grep -q, head) gets xprop killed by SIGPIPE under pipefail.
  DISPLAY=$display xprop -id "$win" _NET_WM_ICON > "$work/icon" 2>&1 || true
  icon=$(cut -c1-120 "$work/icon" | sed -n 1,2p)
  [[ "$icon" == *"Icon ("* ]] || fail "$how: the window has no icon ($icon)"
  local geometry
  geometry=$(DISPLAY=$display xdotool getwindowgeometry "$win" | sed -n 's/.*Geometry: //p')
  [ "${geometry%x*}" -le 1366 ] && [ "${geometry#*x}" -le 768 ] || fail "$how: window $geometry is larger than the 1366x768 screen"
  ok "$how: the window has the icon and fits the screen ($geometry)"
  kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
}

# The .deb through apt, as the README tells users.
data="$work/home-deb"
# --reinstall: a package of the same version left by an earlier run is replaced, not kept.
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --reinstall "./$deb" >/dev/null
[ -x /usr/bin/lineup ] || fail "deb: no /usr/bin/lineup"
grep -q '^Exec=/opt/lineup/bin/lineup' /usr/share/applications/lineup-Lineup.desktop || fail "deb: no menu entry"
ok "deb: installed; menu entry /usr/share/applications/lineup-Lineup.desktop"
# -Xshare:on refuses to start unless the AppCDS archive maps over the installed jars.
LINEUP_JAVA_OPTIONS=-Xshare:on lineup --version >/dev/null || fail "deb: the AppCDS archive does not map where the .deb installs"
ok "deb: the AppCDS archive maps at /opt/lineup"
check_cli_and_window lineup "$data" deb
DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove -y -qq lineup >/dev/null
[ ! -e /opt/lineup ] && [ ! -e /usr/bin/lineup ] && [ ! -e /usr/share/applications/lineup-Lineup.desktop ] \
  || fail "deb: files left after apt remove"
[ -f "$data/lineup.db" ] || fail "deb: apt remove touched the data directory"
ok "deb: removed; the data directory and its database are still there"

# The app image, unpacked anywhere.
mkdir -p "$work/portable" && tar -C "$work/portable" -xzf "$tarball"
check_cli_and_window "$work/portable/Lineup/bin/lineup" "$work/home-tar" tar
echo "smoke: all $pass checks passed" >&2
