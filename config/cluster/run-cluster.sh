#!/usr/bin/env bash
# Starts the exchange as a local cluster: N Payara Micro instances (default 2) on ports PORT+1..PORT+N forming one
# Hazelcast data grid over one PostgreSQL (the embedded one, or EXCHANGE_DB_URL), and HAProxy in front of them:
# HTTPS on TLS_PORT (default PORT+363, i.e. 8443), where TLS ends, and plain HTTP on PORT (default 8080), which only
# redirects to HTTPS. Ctrl-C stops HAProxy and the instances.
#
# The certificate: EXCHANGE_TLS_PEM, a PEM file holding the certificate chain and its private key (HAProxy's format,
# e.g. the exchange's CA-issued certificate); without it, one for localhost is generated once under
# $EXCHANGE_HOME/tls/localhost.pem (self-signed: a browser asks the user to accept it once).
#
#   config/cluster/run-cluster.sh                 # 2 instances behind https://localhost:8443/
#   PORT=9080 TLS_PORT=9443 INSTANCES=3 config/cluster/run-cluster.sh
#   EXCHANGE_TLS_PEM=/etc/exchange/tls/exchange.pem config/cluster/run-cluster.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-8080}
TLS_PORT=${TLS_PORT:-$((PORT + 363))}
INSTANCES=${INSTANCES:-2}
HOME_DIR=${EXCHANGE_HOME:-exchange-data}
command -v haproxy >/dev/null || { echo "HAProxy is needed: apt-get install haproxy" >&2; exit 2; }
[ -f launcher/target/exchange-launcher.jar ] || ./mvnw -B -q -pl launcher -am package -DskipTests

CERT=${EXCHANGE_TLS_PEM:-}
if [ -z "$CERT" ]; then
  command -v openssl >/dev/null || { echo "openssl is needed to generate a local certificate: apt-get install openssl" >&2; exit 2; }
  CERT="$HOME_DIR/tls/localhost.pem"
  if [ ! -s "$CERT" ]; then
    mkdir -p "$HOME_DIR/tls"
    openssl req -x509 -newkey rsa:2048 -sha256 -nodes -days 397 -subj "/CN=localhost" \
      -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" -keyout "$HOME_DIR/tls/localhost.key" \
      -out "$HOME_DIR/tls/localhost.crt" 2>/dev/null
    cat "$HOME_DIR/tls/localhost.crt" "$HOME_DIR/tls/localhost.key" > "$CERT"
    chmod 600 "$CERT" "$HOME_DIR/tls/localhost.key"
    echo "generated a self-signed certificate for localhost: $HOME_DIR/tls/localhost.crt"
  fi
fi
[ -r "$CERT" ] || { echo "cannot read the certificate $CERT" >&2; exit 2; }
CERT=$(cd "$(dirname "$CERT")" && pwd)/$(basename "$CERT")

work=$(mktemp -d)
servers=""
for n in $(seq 1 "$INSTANCES"); do
  servers+="    server instance-$n 127.0.0.1:$((PORT + n)) check inter 2s fall 2 rise 2 cookie i$n"$'\n'
done
sed -e "s/@PORT@/$PORT/g" -e "s/@TLS_PORT@/$TLS_PORT/g" -e "s|@CERT@|$CERT|g" -e "/@SERVERS@/{
r /dev/stdin
d
}" config/cluster/haproxy.cfg.template <<<"$servers" > "$work/haproxy.cfg"

export EXCHANGE_PUBLIC_URL=${EXCHANGE_PUBLIC_URL:-https://localhost:$TLS_PORT}
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
echo "交易所集群 The exchange cluster is running behind HAProxy: https://localhost:$TLS_PORT/  (http://localhost:$PORT/ redirects there; Ctrl-C stops it)"
wait $haproxy
