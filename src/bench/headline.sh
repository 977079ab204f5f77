#!/usr/bin/env bash
# The headline job, whole processes as a user runs them: a big provider playlist and a big guide as sources,
# `source refresh`, `output`, `publish` to the Dropbox fake (its own JVM), then the same publish with nothing
# changed, placeholder programmes off. Wall time and peak RSS (GNU time) of every step, total of refresh + output + publish, and the bytes
# the fake received (its write log). Also the floor: cat of the same input bytes to a file (read + write).
#   src/bench/headline.sh [ENTRIES=500000] [GUIDE_MB=1000] [CHANNELS=4000]
# Inputs from src/bench/run.sh BenchInputs (fixed seed) in $BENCH_WORK (default target/bench-headline).
# LINEUP_JAVA_OPTS (default -Xmx256m) go to every lineup process. REPUBLISH_JFR=FILE records a JFR profile
# (settings=profile) of the unchanged re-publish only.
set -euo pipefail
cd "$(dirname "$0")/../.."
entries="${1:-500000}" guide_mb="${2:-1000}" channels="${3:-4000}"
work="$(realpath -m "${BENCH_WORK:-target/bench-headline}")"
jar=target/lineup.jar
opts=(${LINEUP_JAVA_OPTS:--Xmx256m})

if [[ ! -f $jar ]] || [[ -n $(find src/main -newer "$jar" -type f -print -quit) ]]; then
    mvn -B -q package -DskipTests >&2
fi
mapfile -t inputs < <(src/bench/run.sh BenchInputs "$work" "$entries" "$guide_mb" "$channels")
guide="${inputs[1]}" provider="${inputs[3]}"
data="$work/data"
rm -rf "$data" "$work/floor.out"
mkdir -p "$work"

fake_log="$work/fake.log"
java -Xmx3g -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
    dev.lineup.testing.fakes.dropbox.FakeDropbox >"$fake_log" 2>&1 &
fake_pid=$!
trap 'kill "$fake_pid" 2>/dev/null || true' EXIT
# Up to 5 minutes: at load 20+ the fake's JVM has been seen to take over a minute to start.
for _ in $(seq 3000); do grep -q FAKE_DROPBOX_TOKEN "$fake_log" && break; sleep 0.1; done
grep -q FAKE_DROPBOX_TOKEN "$fake_log" || { echo "the Dropbox fake did not start:" >&2; cat "$fake_log" >&2; exit 1; }
fake_url=$(sed -n 's/^FAKE_DROPBOX_URL=//p' "$fake_log")
export BENCH_DROPBOX_TOKEN=$(sed -n 's/^FAKE_DROPBOX_TOKEN=//p' "$fake_log")
export LINEUP_DROPBOX_API_URL="$fake_url"

lineup=(java "${opts[@]}" -jar "$jar" --data-dir "$data")
results="$work/steps.txt"
: >"$results"
# step LABEL CMD...: runs once; records "LABEL wall_s s rss_mb MB cpu_s" (CPU = user + system: on a loaded
# machine the wall time mostly measures the wait for a core, the CPU time what the step costs)
step() {
    local label="$1"; shift
    if ! /usr/bin/time -f '%e %M %U %S' -o "$work/$label.time" "$@" >"$work/$label.out" 2>"$work/$label.err"; then
        echo "$label failed:" >&2
        tail -5 "$work/$label.err" >&2
        exit 1
    fi
    local wall rss user sys
    read -r wall rss user sys <"$work/$label.time"
    printf '%-16s %7.2f s %6d MB %7.2f s CPU\n' "$label" "$wall" "$((rss / 1024))" \
        "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" | tee -a "$results" >&2
}
uploaded() {  # bytes of the published files the fake stored (lease, generation counter and folder index left out)
    curl -s "$fake_url/_fake/writelog" | python3 -c 'import json,sys
print(sum(w.get("size",0) for w in json.load(sys.stdin)
          if not w.get("path","").endswith(("lockfile.json","lineup-generation.json","lineup-manifest.json"))))'
}

echo "inputs: $(du -m "$provider" | cut -f1) MB playlist ($entries entries), $(du -m "$guide" | cut -f1) MB guide" \
     "($channels channels); load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
"${lineup[@]}" init --name "Headline bench" >/dev/null 2>&1
"${lineup[@]}" source add m3u Provider --url "$provider" >/dev/null
"${lineup[@]}" source add epg Guide --url "$guide" >/dev/null
# No placeholder programmes for the channels without a guide: for 499,600 of 500k channels they would make a
# guide of many GB, which no user of such a layout wants (placeholders are measured elsewhere).
"${lineup[@]}" config set guide.dummy.block-minutes 0 >/dev/null
step refresh "${lineup[@]}" source refresh
step layout-create "${lineup[@]}" layout create Family --from-source Provider
"${lineup[@]}" target add dropbox Box --folder /lineup --access-token-env BENCH_DROPBOX_TOKEN >/dev/null
step output "${lineup[@]}" output Family
step publish "${lineup[@]}" publish Family --target Box
first=$(uploaded)
jfr=(${REPUBLISH_JFR:+-XX:StartFlightRecording=filename=$REPUBLISH_JFR,settings=profile})
step republish java "${opts[@]}" "${jfr[@]}" -jar "$jar" --data-dir "$data" publish Family --target Box
second=$(uploaded)
step floor sh -c "cat '$provider' '$guide' > '$work/floor.out'"
rm -f "$work/floor.out"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
awk -v first="$first" -v second="$second" '
{ wall[$1] = $2; rss[$1] = $4; cpu[$1] = $6 }
END {
    total = wall["refresh"] + wall["output"] + wall["publish"]
    peak = rss["refresh"]; if (rss["output"] > peak) peak = rss["output"]; if (rss["publish"] > peak) peak = rss["publish"]
    printf "refresh + output + publish: %.2f s (CPU %.2f s), peak RSS %d MB (layout create %.2f s not counted)\n", total, cpu["refresh"] + cpu["output"] + cpu["publish"], peak, wall["layout-create"]
    printf "re-publish unchanged: %.2f s (CPU %.2f s), %d bytes uploaded (first publish: %d bytes)\n", wall["republish"], cpu["republish"], second - first, first
    printf "floor, cat of the same input bytes to a file: %.2f s\n", wall["floor"]
}' "$results"
