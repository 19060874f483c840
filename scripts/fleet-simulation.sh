#!/usr/bin/env bash
# What a fleet costs a Prometheus, measured: for each N given (default 1 2 4 8 16), starts N replicas of the packaged
# demo on loopback (integration-tests/target/quarkus-app/quarkus-run.jar: package it first), drives every plugin's
# traffic on each (entities added and refused, a refresh, three scaffolder tasks), then one Prometheus scrapes them all
# every 5 s for 30 s, and prints a Markdown row: replicas, the fleet's series, series in the head (its own included), samples per scrape of one replica, bytes
# of one replica's scrape, mean scrape time, Prometheus' resident memory. Loopback only; every wait is bounded.
#
#   mvn -B -q -f integration-tests package -DskipTests && scripts/fleet-simulation.sh 1 2 4 8 16
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=integration-tests/target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || { echo "$JAR is missing: mvn -f integration-tests package -DskipTests" >&2; exit 1; }
COUNTS=${*:-1 2 4 8 16}
BASE_PORT=18300
PROM_PORT=18290
WORK=$(mktemp -d)
PIDS=()

stop_all() {
  for pid in "${PIDS[@]:-}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]:-}"; do wait "$pid" 2>/dev/null || true; done
  PIDS=()
}
trap 'stop_all; rm -rf "$WORK"' EXIT

await() { # url, seconds
  for _ in $(seq 1 $(( $2 * 5 ))); do curl -fs -o /dev/null "$1" && return 0; sleep 0.2; done
  echo "not ready: $1" >&2; return 1
}

query() { curl -fs "http://127.0.0.1:$PROM_PORT/api/v1/query" --data-urlencode "query=$1" | jq -r '.data.result[0].value[1] // "NaN"'; }

drive() { # port
  local url=http://127.0.0.1:$1
  for name in sim-a sim-b "not a valid name!"; do
    curl -fs -o /dev/null -H 'Content-Type: application/json' \
      -d "{\"kind\":\"Component\",\"name\":\"$name\",\"dependsOn\":[\"API:payments\"]}" "$url/catalog/entities" || true
  done
  curl -fs -o /dev/null -X POST "$url/catalog/entities/refresh" || true
  for template in react-app docs-site broken; do
    curl -fs -o /dev/null -X POST "$url/scaffolder/tasks?template=$template&user=sim" || true
  done
}

echo "| replicas | the fleet's series | series in Prometheus' head | samples per replica's scrape | bytes per replica's scrape | mean scrape time (ms) | Prometheus RSS (MiB) |"
echo "|---:|---:|---:|---:|---:|---:|---:|"
for N in $COUNTS; do
  targets=""
  for i in $(seq 1 "$N"); do
    port=$((BASE_PORT + i))
    java -Xmx160m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=$port \
      -jar "$JAR" > "$WORK/demo-$i.log" 2>&1 &
    PIDS+=($!)
    targets="$targets${targets:+, }'127.0.0.1:$port'"
  done
  for i in $(seq 1 "$N"); do await "http://127.0.0.1:$((BASE_PORT + i))/q/health/ready" 120; done
  for i in $(seq 1 "$N"); do drive $((BASE_PORT + i)); done
  sleep 5 # the scaffolder's tasks end
  cat > "$WORK/prometheus.yml" <<YAML
global:
  scrape_interval: 5s
scrape_configs:
  - job_name: demo
    metrics_path: /q/metrics
    static_configs:
      - targets: [$targets]
  - job_name: prometheus
    static_configs:
      - targets: ['127.0.0.1:$PROM_PORT']
YAML
  rm -rf "$WORK/data"
  prometheus --config.file="$WORK/prometheus.yml" --storage.tsdb.path="$WORK/data" \
    --web.listen-address=127.0.0.1:$PROM_PORT > "$WORK/prometheus.log" 2>&1 &
  PIDS+=($!)
  await "http://127.0.0.1:$PROM_PORT/-/ready" 60
  sleep 30
  fleet=$(query 'count({job="demo"})')
  series=$(query 'prometheus_tsdb_head_series')
  samples=$(query 'avg(scrape_samples_scraped{job="demo"})')
  duration=$(query 'avg(avg_over_time(scrape_duration_seconds{job="demo"}[30s])) * 1000')
  rss=$(query 'process_resident_memory_bytes{job="prometheus"} / 1048576')
  bytes=$(curl -fs -H 'Accept: text/plain' "http://127.0.0.1:$((BASE_PORT + 1))/q/metrics" | wc -c)
  if [ ! -f "$WORK/per-plugin" ]; then
    curl -fs "http://127.0.0.1:$PROM_PORT/api/v1/query" --data-urlencode \
      'query=count by (otel_scope_name) ({job="demo", instance="127.0.0.1:'$((BASE_PORT + 1))'"})' \
      | jq -r '.data.result[] | "| \(.metric.otel_scope_name // "(no scope: Micrometer, JVM, HTTP)") | \(.value[1]) |"' \
      > "$WORK/per-plugin"
  fi
  printf '| %d | %.0f | %.0f | %.0f | %d | %.1f | %.0f |\n' "$N" "$fleet" "$series" "$samples" "$bytes" "$duration" "$rss"
  stop_all
done
echo
echo "Series of one replica, by instrumentation scope:"
echo
echo "| scope | series |"
echo "|---|---:|"
sort "$WORK/per-plugin"
