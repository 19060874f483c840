#!/usr/bin/env bash
# The Dev UI screenshots in docs/images/: starts the demo in dev mode on loopback, gives it some traffic, and lets
# headless Chromium (Debian's chromium package) take the Telemetry card's pages. Bounded: gives up after 5 minutes.
#
#   scripts/devui-screenshot.sh
#
# Needs the extension installed (./mvnw -B install -DskipTests), curl and chromium. Dev mode needs Maven 3.9 or
# later: the wrapper's.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=18180
LOG=$(mktemp /tmp/devui-demo-XXXX.log)
./mvnw -B -q -f integration-tests quarkus:dev -Dquarkus.http.port=$PORT -Dquarkus.console.enabled=false \
    -Dquarkus.analytics.disabled=true > "$LOG" 2>&1 &
DEV_PID=$!
trap 'kill $DEV_PID 2>/dev/null; wait $DEV_PID 2>/dev/null || true' EXIT

for _ in $(seq 1 300); do
    curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
    kill -0 $DEV_PID 2>/dev/null || { cat "$LOG" >&2; exit 1; }
    sleep 1
done

# traffic: entities processed changed, with errors and failed; a task that runs and one that fails
for entity in '{"kind":"Component","name":"shot-ok","dependsOn":["API:payments"]}' \
              '{"kind":"Component","name":"shot-errors","dependsOn":["not a reference"]}' \
              '{"kind":"Component","name":"not a valid name!"}'; do
    curl -sf -H 'Content-Type: application/json' -d "$entity" "http://127.0.0.1:$PORT/catalog/entities" >/dev/null
done
curl -sf -X POST "http://127.0.0.1:$PORT/catalog/entities/refresh" >/dev/null
for template in docs-site broken; do
    curl -sf -X POST "http://127.0.0.1:$PORT/scaffolder/tasks?template=$template&user=shot" >/dev/null
done
sleep 3

mkdir -p docs/images
for shot in plugins:1400,1900 spans:1400,1000 exporters:1400,500; do
    page=${shot%%:*}
    chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --window-size="${shot#*:}" \
        --virtual-time-budget=40000 --screenshot="docs/images/devui-telemetry-$page.png" \
        "http://localhost:$PORT/q/dev-ui/quarkus-telemetry/$page" 2>/dev/null
done
ls -l docs/images/devui-telemetry-*.png
