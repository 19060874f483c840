#!/usr/bin/env bash
# Start-up to the first successful request, and RSS then: the same application without and with the extension
# (benchmarks/startup-app), and the demo backend; the median of RUNS runs each. Needs the extension installed
# (benchmarks/run.sh does it) and curl.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-7}"
PORT=18080
out=benchmarks/target/startup
mkdir -p "$out"

build() { # variant, maven args
    mvn -B -q -f benchmarks/startup-app/pom.xml clean package -DskipTests $2
    rm -rf "$out/$1" && cp -r benchmarks/startup-app/target/quarkus-app "$out/$1"
}
build without ""
build with "-Pwith-telemetry"
[ -f integration-tests/target/quarkus-app/quarkus-run.jar ] || mvn -B -q install -DskipTests
rm -rf "$out/demo" && cp -r integration-tests/target/quarkus-app "$out/demo"

# Prints "<ms to first 200> <RSS kB>" for one start.
measure() { # jar, path
    local start pid ms rss
    start=$(date +%s%N)
    java -Dquarkus.http.port=$PORT -jar "$1" >"$out/last.log" 2>&1 &
    pid=$!
    until curl -fs -o /dev/null "http://localhost:$PORT$2"; do sleep 0.005; done
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
    kill $pid; wait $pid 2>/dev/null || true
    echo "$ms $rss"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

pathOf() { if [ "$1" = demo ]; then echo /catalog/entities; else echo /ping; fi; }

variants="without with demo"
for variant in $variants; do
    measure "$out/$variant/quarkus-run.jar" "$(pathOf $variant)" >/dev/null # warm the file cache
    : >"$out/$variant.txt"
done
# Rounds alternate the variants, so that a drift of the machine affects all of them alike.
for _ in $(seq "$RUNS"); do
    for variant in $variants; do
        measure "$out/$variant/quarkus-run.jar" "$(pathOf $variant)" >>"$out/$variant.txt"
    done
done

echo "| application | start-up to first request: median (min–max) of $RUNS | RSS after it: median |"
echo "|---|---|---|"
for variant in $variants; do
    times=$(cut -d' ' -f1 "$out/$variant.txt" | sort -n)
    echo "| $variant | $(echo "$times" | median) ms ($(echo "$times" | head -1)–$(echo "$times" | tail -1)) |" \
        "$(( $(cut -d' ' -f2 "$out/$variant.txt" | median) / 1024 )) MB |"
done
