#!/usr/bin/env bash
# Start-up of the installed app (after `apt install ./target/installer/lineup_*.deb`, or an unpacked app
# image): `lineup --version`, and the desktop app's first window (under Xvfb unless DISPLAY is set),
# with the AppCDS archive, with the JDK's default archive only, and through jpackage's native launcher.
#   src/bench/startup.sh [LINEUP] [RUNS]       default: /opt/lineup/bin/lineup, 10 runs (windows: RUNS/2)
# Prints the median wall time and CPU time (user+sys) of each; figures go into docs/benchmarks-startup.md.
# The window's CPU time runs to the process's exit, so it includes closing the app.
set -euo pipefail
lineup=${1:-/opt/lineup/bin/lineup}
runs=${2:-10}
root=$(dirname "$(dirname "$(readlink -f "$lineup")")")
base_cds="-XX:SharedArchiveFile=$root/lib/runtime/lib/server/classes.jsa"
work=$(mktemp -d)
xvfb=""
trap '[ -n "$xvfb" ] && kill "$xvfb"; rm -rf "$work"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

# Runs "$@" $runs times; prints "wall_ms cpu_ms" medians.
measure() {
  local n=$1; shift
  : > "$work/wall"; : > "$work/cpu"
  for _ in $(seq 1 "$n"); do
    /usr/bin/time -f "%e %U %S" -o "$work/t" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
    awk '{printf "%d\n", $1 * 1000}' "$work/t" >> "$work/wall"
    awk '{printf "%d\n", ($2 + $3) * 1000}' "$work/t" >> "$work/cpu"
  done
  echo "$(median < "$work/wall") $(median < "$work/cpu")"
}

echo "lineup: $("$lineup" --version) at $root; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-52s %10s %10s\n' "what ($runs runs, medians)" "wall ms" "CPU ms"
row() { local label=$1; shift; read -r w c < <(measure "$runs" "$@"); printf '%-52s %10s %10s\n' "$label" "$w" "$c"; }
row "lineup --version (AppCDS)" "$lineup" --version
row "lineup --version (JDK's default CDS archive only)" env LINEUP_JAVA_OPTIONS="$base_cds" "$lineup" --version
row "bin/Lineup --version (jpackage's native launcher)" "$root/bin/Lineup" --version

if [ -z "${DISPLAY:-}" ]; then
  export DISPLAY=:$((90 + RANDOM % 100))
  Xvfb "$DISPLAY" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
fi
"$lineup" --data-dir "$work/data" init --name "Bench" >/dev/null 2>&1
# The probe prints, from process start, when the window drew its first frame (titled, placed, "Opening
# Lineup…") and when the main window's screens drew theirs, then quits (see StartupProbe).
window() {
  local n=$1; shift
  : > "$work/first"; : > "$work/main"; : > "$work/cpu"
  for _ in $(seq 1 "$n"); do
    /usr/bin/time -f "%U %S" -o "$work/t" env LINEUP_JAVA_OPTIONS="-Dlineup.startupProbe=true $*" \
      "$lineup" --data-dir "$work/data" > "$work/probe" 2>&1
    sed -n 's/.*first window ".*" after \([0-9]*\) ms/\1/p' "$work/probe" >> "$work/first"
    sed -n 's/.*main window ".*" after \([0-9]*\) ms/\1/p' "$work/probe" >> "$work/main"
    awk '{printf "%d\n", ($1 + $2) * 1000}' "$work/t" >> "$work/cpu"
  done
  echo "$(median < "$work/first") $(median < "$work/main") $(median < "$work/cpu")"
}
wruns=$(( runs / 2 > 0 ? runs / 2 : 1 ))
printf '%-52s %10s %10s %10s\n' "desktop app, from process start ($wruns runs)" "first ms" "main ms" "CPU ms"
read -r f m c < <(window "$wruns"); printf '%-52s %10s %10s %10s\n' "desktop app (AppCDS)" "$f" "$m" "$c"
read -r f m c < <(window "$wruns" "$base_cds"); printf '%-52s %10s %10s %10s\n' "desktop app (JDK's default CDS archive only)" "$f" "$m" "$c"
