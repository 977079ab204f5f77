#!/usr/bin/env bash
# Runs one benchmark harness from src/test/java/dev/lineup/bench on the test classpath.
#   src/bench/run.sh CLASS [ARGS...]        e.g. src/bench/run.sh PlaylistBench
# JVM options come from BENCH_JVM_OPTS (default -Xmx256m, to prove the memory bound).
set -euo pipefail
cd "$(dirname "$0")/../.."
cls="$1"; shift
mvn -q -B -DskipTests test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >&2
exec java ${BENCH_JVM_OPTS:--Xmx256m} -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
    "dev.lineup.bench.$cls" "$@"
