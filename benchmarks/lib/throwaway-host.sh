# Sourced by the load benchmarks (restart-under-load.sh, national.sh): a throwaway PostgreSQL 15 cluster and Release
# hosts on it, removed on exit. Run as root (the cluster runs as the postgres user).
#   start_throwaway_postgres        sets pg_dir, pg_port (PG_PORT or a free one), ConnectionStrings__Desa; psql() runs SQL
#   build_release_host
#   start_release_host PORT LOG     serves on PORT with the environment as it is; sets host_pid (the serving process)
#   peak_memory PID, cpu_seconds PID
[ -x /usr/lib/postgresql/15/bin/initdb ] || { echo "PostgreSQL 15 is missing (apt-get install postgresql)" >&2; exit 1; }
work="$(mktemp -d)"
pg_dir="$(mktemp -d /tmp/desa-load-pg.XXXXXX)"
chown postgres "$pg_dir"
host_jobs=()
pg() { runuser -u postgres -- "/usr/lib/postgresql/15/bin/$@"; }
psql() { command psql -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -qAtX "$@"; }
stop_throwaway() {
  kill "${host_jobs[@]}" 2>/dev/null || true
  pg pg_ctl -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work" "$pg_dir"
}
trap stop_throwaway EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

start_throwaway_postgres() { # extra postgres -c settings as arguments
  pg_port="${PG_PORT:-$(free_port)}"
  pg initdb -D "$pg_dir/data" -U postgres -A trust >/dev/null
  pg pg_ctl -D "$pg_dir/data" -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 $*" -l "$pg_dir/log" -w start >/dev/null
  export ConnectionStrings__Desa="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres"
}

build_release_host() { dotnet build src/DesaPlatform.Host -c Release -p:SkipPortal=true -v q -nologo >/dev/null; }

host_command() { dotnet run -c Release --no-build --no-launch-profile --project src/DesaPlatform.Host "$@"; }

start_release_host() { # port, log file
  host_command --urls "http://127.0.0.1:$1" >"$2" 2>&1 &
  local job=$!
  host_jobs+=("$job")
  until curl -sf "http://127.0.0.1:$1/healthz" >/dev/null; do
    kill -0 "$job" 2>/dev/null || { cat "$2" >&2; exit 1; }
    sleep 0.2
  done
  host_pid=$(ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
  host_jobs+=("$host_pid")
}

peak_memory() { awk '/VmHWM/ { printf "%.0f MB", $2 / 1024 }' "/proc/$1/status"; }
cpu_seconds() { awk -v tck="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / tck }' "/proc/$1/stat"; }
