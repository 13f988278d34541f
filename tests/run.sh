#!/usr/bin/env bash
# Runs every test of DesaPlatform: .NET tests on PostgreSQL and on SQLite, the portal's tests, and the end-to-end
# browser tests (Playwright in Debian's Chromium) with the graphql-http audit. On a fresh Debian 12 machine with the
# .NET 10 SDK and Node 20 it first installs what is missing. Exits non-zero if anything fails.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

need_packages=()
[ -x /usr/lib/postgresql/15/bin/initdb ] || need_packages+=(postgresql)
[ -x /usr/bin/chromium ] || need_packages+=(chromium)
if [ ${#need_packages[@]} -gt 0 ]; then
  echo "== installing ${need_packages[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_packages[@]}" >/dev/null
fi

echo "== starting a throwaway PostgreSQL"
pg_dir=$(mktemp -d /tmp/desa-pg.XXXXXX)
chown postgres "$pg_dir"
pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
pg() { runuser -u postgres -- "/usr/lib/postgresql/15/bin/$@"; }
cleanup() {
  pg pg_ctl -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap cleanup EXIT
pg initdb -D "$pg_dir/data" -U postgres -A trust >/dev/null
pg pg_ctl -D "$pg_dir/data" -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" -l "$pg_dir/log" -w start >/dev/null
export DESA_TEST_PG="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"

echo "== building"
(cd web && npm ci --no-audit --no-fund --loglevel=error)
dotnet build DesaPlatform.sln -c Debug -v q -nologo

echo "== .NET tests on PostgreSQL"
DESA_TEST_DATABASE=postgres dotnet test tests/DesaPlatform.Tests --no-build -v q --nologo
echo "== .NET tests on SQLite"
DESA_TEST_DATABASE=sqlite dotnet test tests/DesaPlatform.Tests --no-build -v q --nologo

echo "== portal tests"
(cd web && npm test)

echo "== end-to-end tests (Chromium) and graphql-http audit"
(cd web && npm run e2e)

echo "== all tests passed"
