#!/usr/bin/env bash
# Starts the exchange as a local cluster: N Payara Micro instances (default 2) on ports PORT+1..PORT+N forming one
# Hazelcast data grid over one PostgreSQL (the embedded one, or EXCHANGE_DB_URL), and HAProxy on PORT (default 8080)
# in front of them. Ctrl-C stops HAProxy and the instances.
#
#   config/cluster/run-cluster.sh                 # 2 instances behind http://localhost:8080/
#   PORT=9080 INSTANCES=3 config/cluster/run-cluster.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-8080}
INSTANCES=${INSTANCES:-2}
HOME_DIR=${EXCHANGE_HOME:-exchange-data}
command -v haproxy >/dev/null || { echo "HAProxy is needed: apt-get install haproxy" >&2; exit 2; }
[ -f launcher/target/exchange-launcher.jar ] || ./mvnw -B -q -pl launcher -am package -DskipTests

work=$(mktemp -d)
servers=""
for n in $(seq 1 "$INSTANCES"); do
  servers+="    server instance-$n 127.0.0.1:$((PORT + n)) check inter 2s fall 2 rise 2 cookie i$n"$'\n'
done
sed -e "s/@PORT@/$PORT/" -e "/@SERVERS@/{
r /dev/stdin
d
}" config/cluster/haproxy.cfg.template <<<"$servers" > "$work/haproxy.cfg"

java -jar launcher/target/exchange-launcher.jar --home "$HOME_DIR" --port "$PORT" --instances "$INSTANCES" "$@" > "$work/launcher.out" 2>&1 &
launcher=$!
trap 'kill $haproxy 2>/dev/null || true; kill $launcher 2>/dev/null || true; wait $launcher 2>/dev/null || true; rm -rf "$work"' EXIT INT TERM
echo "starting $INSTANCES instances (log: $work/launcher.out) ..."
until grep -q "cluster is running" "$work/launcher.out"; do
  if ! kill -0 $launcher 2>/dev/null; then cat "$work/launcher.out" >&2; exit 1; fi
  sleep 2
done
grep "instance [0-9]*:" "$work/launcher.out"
haproxy -f "$work/haproxy.cfg" -db &
haproxy=$!
sleep 1
kill -0 $haproxy 2>/dev/null || { echo "HAProxy did not start" >&2; exit 1; }
echo "交易所集群 The exchange cluster is running behind HAProxy: http://localhost:$PORT/  (Ctrl-C stops it)"
wait $haproxy
