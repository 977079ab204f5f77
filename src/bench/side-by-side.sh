#!/usr/bin/env bash
# Whole Lineup processes side by side with the npm peers' parse alone, on the same generated inputs.
#   src/bench/side-by-side.sh [RUNS=3]
# Inputs: src/bench/run.sh BenchInputs (fixed seed; cached in $BENCH_WORK, default target/bench-side):
# a 500k-entry playlist and a 170 MB guide of 1,000 channels, plus a 100-entry playlist naming every tenth
# guide channel (so `render` keeps 10 % of the guide). Peers: iptv-playlist-parser@0.15.2 and @iptv/xmltv@1.0.1,
# installed by npm into $BENCH_PEERS (default ${TMPDIR:-/tmp}/lineup-bench-peers), never into the build.
# Each command runs RUNS times; wall time and peak RSS come from GNU time. The peers' figure is their parse
# call alone (file already read into a string), timed inside node; Lineup's is the whole process.
# Lineup runs two ways, both with -Xmx256m: "lineup-*" as the installed app starts it (the command line's JVM options
# from src/package/cli-java-options and an AppCDS archive of the jar, trained and dumped by the installer's own
# src/package/linux/cds-archive.sh, cached in $BENCH_WORK until the jar changes), and "jar-*" as plain
# `java -jar target/lineup.jar`. The "floor-*" rows copy the same input file with cat (read + write, page cache).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-3}"
work="${BENCH_WORK:-target/bench-side}"
peers="${BENCH_PEERS:-${TMPDIR:-/tmp}/lineup-bench-peers}"
jar=$(pwd)/target/lineup.jar

if [[ ! -f $jar ]] || [[ -n $(find src/main -newer "$jar" -type f -print -quit) ]]; then
    mvn -B -q package -DskipTests >&2
fi
mapfile -t inputs < <(src/bench/run.sh BenchInputs "$work")
playlist="${inputs[0]}" guide="${inputs[1]}" keep="${inputs[2]}"
if [[ ! -d $peers/node_modules/@iptv/xmltv || ! -d $peers/node_modules/iptv-playlist-parser ]]; then
    mkdir -p "$peers"
    (cd "$peers" && npm install --no-audit --no-fund --no-save iptv-playlist-parser@0.15.2 @iptv/xmltv@1.0.1 >&2)
fi
cp src/bench/peers/*.cjs "$peers/"

# The jar started as the installed launcher starts the app: same options (the desktop app's, or a command's:
# src/package/linux/add-cli-launcher.sh), AppCDS archive beside it.
launcher="$(cd "$work" && pwd)/lineup-as-installed"
archive="${launcher%/*}/lineup.jsa"
options=$(grep -v -e '^#' -e '^$' src/package/java-options | paste -sd' ' -)
cli_options=$(grep -v -e '^#' -e '^$' src/package/cli-java-options | sed "s|\\\$APPDIR|$(pwd)/src/package|g" | paste -sd' ' -)
cat > "$launcher" <<SCRIPT
#!/bin/sh
# Made by src/bench/side-by-side.sh: $jar with the installed launchers' options (src/package/java-options for
# the desktop app, src/package/cli-java-options for a command).
share=""
[ -f "$archive" ] && share="-XX:SharedArchiveFile=$archive"
options="$cli_options"
case "\$#:\${1:-}" in
  0:*|1:--data-dir=?*|2:--data-dir) options="$options" ;;
esac
exec java \$share -Xshare:auto \$options \$LINEUP_JAVA_OPTIONS -jar "$jar" "\$@"
SCRIPT
chmod 755 "$launcher"
# -Xshare:on refuses to start unless the archive maps (made for another jar, or an older one: made again)
if [[ ! -f $archive ]] || ! LINEUP_JAVA_OPTIONS=-Xshare:on "$launcher" --version >/dev/null 2>&1; then
    rm -f "$archive"
    bash src/package/linux/cds-archive.sh train "$launcher" "$work/classes.lst"
    bash src/package/linux/cds-archive.sh dump "$launcher" "$work/classes.lst" "$archive"
fi

results="$work/results.txt"
: > "$results"
# measure LABEL CMD...: RUNS runs; appends "LABEL wall_s rss_kb parse_s cpu_s" lines (parse_s from the peers'
# stdout; cpu_s = user + system time of the whole process, the figure least bent by other work on the machine).
measure() {
    local label="$1"; shift
    for ((i = 1; i <= runs; i++)); do
        local out
        out=$(/usr/bin/time -f 'TIME %e %M %U %S' "$@" 2>&1 >"$work/stdout.txt" | grep '^TIME' || true)
        local parse
        parse=$(grep -o 'parse_s=[0-9.]*' "$work/stdout.txt" | cut -d= -f2 || true)
        local wall rss usr sys
        read -r wall rss usr sys <<<"${out#TIME }"
        echo "$label $wall $rss ${parse:--} $(awk -v u="$usr" -v s="$sys" 'BEGIN { print u + s }')" \
            | tee -a "$results" >&2
    done
}

installed=(env LINEUP_JAVA_OPTIONS=-Xmx256m "$launcher" render)
java=(java -Xmx256m -jar "$jar" render)
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
measure lineup-playlist "${installed[@]}" --playlist "$playlist" --out "$work/out-playlist"
measure jar-playlist "${java[@]}" --playlist "$playlist" --out "$work/out-playlist"
measure peer-playlist node "$peers/m3u-parse.cjs" "$playlist"
measure floor-playlist sh -c 'cat "$1" > "$2"' floor "$playlist" "$work/floor.out"
measure lineup-guide "${installed[@]}" --playlist "$keep" --epg "$guide" --no-gzip --out "$work/out-guide"
measure jar-guide "${java[@]}" --playlist "$keep" --epg "$guide" --no-gzip --out "$work/out-guide"
measure peer-guide node "$peers/xmltv-parse.cjs" "$guide"
measure floor-guide sh -c 'cat "$1" > "$2"' floor "$guide" "$work/floor.out"
rm -f "$work/floor.out"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

awk -v pl="$(du -m "$playlist" | cut -f1)" -v gd="$(du -m "$guide" | cut -f1)" '
function sort(a, n,   i, j, t) { for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j-1] > a[j]; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t } }
{ n[$1]++; w[$1, n[$1]] = $2; if ($3 > rss[$1]) rss[$1] = $3; p[$1, n[$1]] = $4; c[$1, n[$1]] = $5 }
END {
    k = split("lineup-playlist jar-playlist peer-playlist floor-playlist lineup-guide jar-guide peer-guide floor-guide", order, " ")
    printf "%-16s %8s %9s %8s %10s %9s %11s\n", "command", "best s", "median s", "cpu med", "parse best", \
        "parse med", "peak RSS MB"
    for (o = 1; o <= k; o++) {
        l = order[o]; m = n[l]
        for (i = 1; i <= m; i++) { a[i] = w[l, i]; b[i] = p[l, i]; cc[i] = c[l, i] }
        sort(a, m); sort(b, m); sort(cc, m)
        best[l] = a[1]; med[l] = a[int((m + 1) / 2)]
        pbest[l] = b[1]; pmed[l] = b[int((m + 1) / 2)]
        printf "%-16s %8.2f %9.2f %8.2f %10s %9s %11.0f\n", l, best[l], med[l], cc[int((m + 1) / 2)], pbest[l], \
            pmed[l], rss[l] / 1024
    }
    printf "playlist (%d MB): peer parse alone / lineup render whole process = %.1fx median, %.1fx best (plain java -jar: %.1fx, %.1fx)\n", pl,
        pmed["peer-playlist"] / med["lineup-playlist"], pbest["peer-playlist"] / best["lineup-playlist"],
        pmed["peer-playlist"] / med["jar-playlist"], pbest["peer-playlist"] / best["jar-playlist"]
    printf "guide (%d MB, keep 10%%, plain out): peer parse alone / lineup render whole process = %.1fx median, %.1fx best (plain java -jar: %.1fx, %.1fx)\n", gd,
        pmed["peer-guide"] / med["lineup-guide"], pbest["peer-guide"] / best["lineup-guide"],
        pmed["peer-guide"] / med["jar-guide"], pbest["peer-guide"] / best["jar-guide"]
}' "$results"
