#!/usr/bin/env bash
# A scheduled run as the OS scheduler starts it: `lineup run-scheduled` refreshes a big provider playlist
# and a big guide, outputs the layout and publishes it to `schedule.publish-target`, a Dropbox fake in its
# own JVM. Prints wall time and peak RSS (GNU time) of that one process; with --io it runs the same under
# strace instead and prints how many bytes of each guide file (source, copies, staged/output) the process
# read and wrote, as multiples of the file's size (strace slows it: its times are not the figure).
#   src/bench/scheduled-publish.sh [--io] [ENTRIES=200000] [GUIDE_MB=300] [CHANNELS=4000]
# Inputs from src/bench/run.sh BenchInputs (fixed seed) in $BENCH_WORK (default target/bench-scheduled).
# BENCH_TARGET (default target) is the build to measure: its lineup.jar, classes and test-classes.
# LINEUP_JAVA_OPTS (default -Xmx256m) go to the lineup process.
set -euo pipefail
cd "$(dirname "$0")/../.."
io=0
if [[ ${1:-} == --io ]]; then io=1; shift; fi
entries="${1:-200000}" guide_mb="${2:-300}" channels="${3:-4000}"
work="$(realpath -m "${BENCH_WORK:-target/bench-scheduled}")"
build="$(realpath -m "${BENCH_TARGET:-target}")"
opts=(${LINEUP_JAVA_OPTS:--Xmx256m})

if [[ $build == "$(realpath -m target)" ]] && { [[ ! -f target/lineup.jar ]] \
        || [[ -n $(find src/main -newer target/lineup.jar -type f -print -quit) ]]; }; then
    mvn -B -q package -DskipTests >&2
fi
mapfile -t inputs < <(src/bench/run.sh BenchInputs "$work/inputs" "$entries" "$guide_mb" "$channels")
guide="${inputs[1]}" provider="${inputs[3]}"
data="$work/data"
rm -rf "$data"
mkdir -p "$work"

fake_log="$work/fake.log"
java -Xmx3g -cp "$build/classes:$build/test-classes:$(cat target/bench.classpath)" \
    dev.lineup.testing.fakes.dropbox.FakeDropbox >"$fake_log" 2>&1 &
fake_pid=$!
trap 'kill "$fake_pid" 2>/dev/null || true' EXIT
for _ in $(seq 6000); do grep -q FAKE_DROPBOX_TOKEN "$fake_log" && break; sleep 0.1; done
export LINEUP_DROPBOX_API_URL=$(sed -n 's/^FAKE_DROPBOX_URL=//p' "$fake_log")
export BENCH_DROPBOX_TOKEN=$(sed -n 's/^FAKE_DROPBOX_TOKEN=//p' "$fake_log")

lineup=(java "${opts[@]}" -jar "$build/lineup.jar" --data-dir "$data")
"${lineup[@]}" init --name "Scheduled bench" >/dev/null 2>&1
"${lineup[@]}" source add m3u Provider --url "$provider" >/dev/null
"${lineup[@]}" source add epg Guide --url "$guide" >/dev/null
"${lineup[@]}" config set guide.dummy.block-minutes 0 >/dev/null
# The layout is made from the playlist as it is before the scheduled run refreshes it.
"${lineup[@]}" source refresh Provider >/dev/null 2>&1
"${lineup[@]}" layout create Family --from-source Provider >/dev/null
"${lineup[@]}" target add dropbox Box --folder /lineup --access-token-env BENCH_DROPBOX_TOKEN >/dev/null
"${lineup[@]}" config set schedule.publish-target Box >/dev/null
# Every source is due: never refreshed (the guide) or refreshed longer ago than the interval. The shortest
# interval `config set` accepts is 5 minutes, so the playlist's refresh is dated a day back instead of waiting.
python3 -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1]); c.execute("UPDATE sources SET last_refresh = ? WHERE last_refresh IS NOT NULL",
                                            ("2000-01-01T00:00:00Z",)); c.commit()' "$data/lineup.db"

echo "inputs: $(du -m "$provider" | cut -f1) MB playlist ($entries entries), $(du -m "$guide" | cut -f1) MB guide" \
     "($channels channels); load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
if [[ $io == 0 ]]; then
    /usr/bin/time -f '%e %M' -o "$work/run.time" "${lineup[@]}" run-scheduled >"$work/run.out" 2>"$work/run.err" \
        || { tail -5 "$work/run.err" >&2; exit 1; }
    read -r wall rss <"$work/run.time"
    cat "$work/run.out" >&2
    echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
    printf 'run-scheduled (refresh + output + publish): %.2f s, peak RSS %d MB\n' "$wall" "$((rss / 1024))"
    exit 0
fi
strace -f -qq -y -e signal=none -e trace=read,write,pread64,pwrite64,sendfile,copy_file_range \
    -o "$work/strace.txt" "${lineup[@]}" run-scheduled >"$work/run.out" 2>"$work/run.err" \
    || { tail -5 "$work/run.err" >&2; exit 1; }
cat "$work/run.out" >&2
# Bytes per file whose name says guide (.xml, .xml.gz, their temporaries), by path with temporary names folded.
python3 - "$work/strace.txt" "$guide" "$data" <<'PY'
import collections, os, re, sys
trace, guide, data = sys.argv[1:]
call = re.compile(r'^\d+\s+(read|write|pread64|pwrite64|sendfile|copy_file_range)\((\d+)<([^>]*)>.*=\s+(\d+)$')
read, written = collections.Counter(), collections.Counter()
for line in open(trace, errors='replace'):
    m = call.match(line.strip())
    if not m or '.xml' not in m.group(3):
        continue
    path = re.sub(r'\.[^/]*\.tmp$|\.tmp[^/]*$', '', m.group(3)).replace(data, 'DATA')
    (written if m.group(1).startswith(('write', 'pwrite')) else read)[path] += int(m.group(4))
gsize = os.path.getsize(guide)
print(f'source guide {gsize / 1e6:.1f} MB')
for path in sorted(set(read) | set(written)):
    print(f'{path}: read {read[path] / 1e6:.1f} MB, written {written[path] / 1e6:.1f} MB')
PY
