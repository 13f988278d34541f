#!/usr/bin/env bash
# Whole-process benchmark of the national region import (not part of tests/run.sh), on PostgreSQL: the Release host's
# `import regions` command into a new database (every region added), the same file again (nothing changes), an empty
# file (the host's fixed cost: start-up, migrations, refusal), and `psql \copy` of the same file into a plain table.
# Prints each one's wall time and peak memory, and the import's ratio to \copy.
#   PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres benchmarks/region-import.sh      # a server where it may create a database
set -euo pipefail
cd "$(dirname "$0")/.."
file="$PWD/${FILE:-modules/Regions/DesaPlatform.Regions/Data/regions-indonesia.csv}"
db="region_import_$$"
work="$(mktemp -d)"
psql -d postgres -qc "CREATE DATABASE $db"
trap 'psql -d postgres -qc "DROP DATABASE IF EXISTS $db"; rm -rf "$work"' EXIT
export ConnectionStrings__Desa="Host=${PGHOST:-127.0.0.1};Port=${PGPORT:-5432};Username=${PGUSER:-postgres};Database=$db"
dotnet build src/DesaPlatform.Host -c Release -p:SkipPortal=true -v q -nologo >/dev/null
: > "$work/empty.csv"

timed() { # label, command... -> "label: seconds s, peak MB" (the command's output in $work/out.txt)
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > "$work/out.txt" 2>&1 || true
  read -r seconds kb < <(tail -1 "$work/time.txt")  # after "Command exited with non-zero status" if it did
  echo "$label: $seconds s, peak $((kb / 1024)) MB — $(grep -m1 -E 'rows:|Refused' "$work/out.txt" || tail -1 "$work/out.txt")"
  echo "$seconds" > "$work/$label.s"
}
import=(dotnet run -c Release --no-build --no-launch-profile --project src/DesaPlatform.Host -- import regions)

timed "import (all added)" "${import[@]}" "$file"
timed "import again (no change)" "${import[@]}" "$file"
timed "empty file (fixed cost)" "${import[@]}" "$work/empty.csv"
timed "psql copy" psql -d "$db" -qc "CREATE TABLE plain (code text, name text, level text, parent_code text, kind text)" \
  -c "\copy plain from '$file' csv header"
echo "import / psql \\copy: $(echo "scale=1; $(cat "$work/import (all added).s") / $(cat "$work/psql copy.s")" | bc)×"
