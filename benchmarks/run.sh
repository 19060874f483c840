#!/usr/bin/env bash
# Runs the benchmarks of docs/performance.md from a clean checkout: JMH (record paths and scrape), then start-up.
#   benchmarks/run.sh            everything (about 25 minutes on 2 cores)
#   benchmarks/run.sh jmh        only the JMH benchmarks
#   benchmarks/run.sh startup    only the start-up measurement
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-all}"

mvn -B -q install -DskipTests
mvn -B -q -f benchmarks/pom.xml package

if [ "$what" = all ] || [ "$what" = jmh ]; then
    java -jar benchmarks/target/benchmarks.jar | tee benchmarks/target/jmh.txt | grep -E '^\||\[scrape-bytes\]|\[instrument-classes\]' | awk '!seen[$0]++'
fi
if [ "$what" = all ] || [ "$what" = startup ]; then
    benchmarks/startup.sh
fi
