#!/usr/bin/env bash
# Soak: the packaged demo under load for a few minutes while its OTLP collector fails, on loopback only, bounded in
# time and in requests. Prints, every 10 s, the demo's RSS, the request latency of the last window and its export
# counters; at the end, what the shutdown said of the final export and whether the credential ever reached the log.
#
#   scripts/soak.sh [seconds (default 180)] [max requests (default 20000)] [collector: refuse|stall (default refuse)]
#
# Needs the packaged demo (mvn -B install -DskipTests), curl and python3.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_TO_RUN=${1:-180}
MAX_REQUESTS=${2:-20000}
COLLECTOR=${3:-refuse}
APP_PORT=18181
COLLECTOR_PORT=18417
SECRET="soak-$RANDOM-credential"
JAR=integration-tests/target/quarkus-app/quarkus-run.jar
LOG=$(mktemp /tmp/soak-demo-XXXX.log)

[ -f "$JAR" ] || { echo "Build the demo first: mvn -B install -DskipTests" >&2; exit 1; }

COLLECTOR_PID=
if [ "$COLLECTOR" = stall ]; then
    # A collector that accepts connections and answers every export after 20 s.
    python3 - "$COLLECTOR_PORT" <<'PY' &
import http.server, sys, time
class Slow(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        self.rfile.read(int(self.headers.get("content-length", 0)))
        time.sleep(20)
        self.send_response(200); self.send_header("content-length", "0"); self.end_headers()
    def log_message(self, *args):
        pass
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Slow).serve_forever()
PY
    COLLECTOR_PID=$!
fi

java -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=$APP_PORT \
    -Dtelemetry.metrics.exporters.scrape.type=prometheus \
    -Dtelemetry.metrics.exporters.otlp.protocol=http/protobuf \
    -Dtelemetry.metrics.exporters.otlp.endpoint=http://127.0.0.1:$COLLECTOR_PORT \
    -Dtelemetry.metrics.exporters.otlp.headers.authorization="Bearer $SECRET" \
    -Dtelemetry.metrics.collection.export-interval=2s \
    -Dcatalog.processing.interval=5s \
    -jar "$JAR" >"$LOG" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null || true; [ -n "$COLLECTOR_PID" ] && kill $COLLECTOR_PID 2>/dev/null || true' EXIT

for _ in $(seq 1 60); do
    curl -sf "http://127.0.0.1:$APP_PORT/q/health/live" >/dev/null 2>&1 && break
    sleep 0.5
done

rss_mb() { echo $(( $(ps -o rss= -p "$APP_PID") / 1024 )); }
exports() {
    curl -s -H 'Accept: text/plain' "http://127.0.0.1:$APP_PORT/q/metrics" \
        | awk '/^telemetry_exporter_exports_total/ { split($0, a, "outcome=\""); split(a[2], b, "\""); sum[b[1]] += $NF }
               /^telemetry_exporter_slow_exports_total/ { slow += $NF }
               END { printf "delivered=%d failed=%d slow=%d", sum["delivered"], sum["failed"], slow }'
}

echo "collector: $COLLECTOR, $SECONDS_TO_RUN s, at most $MAX_REQUESTS requests; demo log: $LOG"
printf '%6s %8s %8s %10s %10s  %s\n' "t(s)" "requests" "RSS(MB)" "p50(ms)" "p99(ms)" "exports"
start=$(date +%s); requests=0; window=$(mktemp)
while [ $(( $(date +%s) - start )) -lt "$SECONDS_TO_RUN" ] && [ "$requests" -lt "$MAX_REQUESTS" ]; do
    window_end=$(( $(date +%s) + 10 ))
    : >"$window"
    while [ "$(date +%s)" -lt "$window_end" ] && [ "$requests" -lt "$MAX_REQUESTS" ]; do
        n=$((requests % 3))
        if [ $n -eq 0 ]; then
            url="http://127.0.0.1:$APP_PORT/scaffolder/tasks?template=react-app&user=soak-$((requests % 5000))"
            curl -s -o /dev/null -w '%{time_total}\n' -XPOST "$url" >>"$window"
        elif [ $n -eq 1 ]; then
            curl -s -o /dev/null -w '%{time_total}\n' -XPOST -H 'Content-Type: application/json' \
                -d "{\"kind\":\"Component\",\"name\":\"soak-$((requests % 200))\"}" \
                "http://127.0.0.1:$APP_PORT/catalog/entities" >>"$window"
        else
            curl -s -o /dev/null -w '%{time_total}\n' "http://127.0.0.1:$APP_PORT/scaffolder/templates" >>"$window"
        fi
        requests=$((requests + 1))
    done
    read -r p50 p99 < <(sort -n "$window" | awk '{ v[NR] = $1 } END { if (NR) printf "%.1f %.1f\n", v[int(NR*0.5)+ (NR*0.5>int(NR*0.5))]*1000, v[int(NR*0.99)+(NR*0.99>int(NR*0.99))]*1000; else print "0 0" }')
    printf '%6d %8d %8d %10s %10s  %s\n' $(( $(date +%s) - start )) "$requests" "$(rss_mb)" "$p50" "$p99" "$(exports)"
done

kill -TERM "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
echo "shutdown: $(grep -o 'final export[^(]*' "$LOG" | head -1)"
if grep -q "$SECRET" "$LOG"; then echo "credential FOUND in the log" >&2; exit 1; else echo "credential never logged"; fi
