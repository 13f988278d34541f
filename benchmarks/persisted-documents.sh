#!/usr/bin/env bash
# The portal's dashboard query (Coverage of the province) sent as a persisted document id against the same document
# sent as text, in one run of the Release host on a fresh SQLite database (not part of tests/run.sh). `Me`, a query that
# does almost no work, shows the parsing and validation cost alone. Rounds alternate id and text so that both meet the
# same warm host. Prints wrk's requests/s and latency per round and the host's peak resident memory (VmHWM).
#   benchmarks/persisted-documents.sh            # needs the built portal (web/dist, `npm run build` in web/) and wrk
#   DURATION=30s CONNECTIONS=16 ROUNDS=3 benchmarks/persisted-documents.sh
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-5097}"
duration="${DURATION:-15s}"
connections="${CONNECTIONS:-8}"
rounds="${ROUNDS:-2}"
manifest=web/dist/persisted-documents.json
[ -f "$manifest" ] || { echo "no $manifest: build the portal first (npm run build in web/)" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is missing (apt-get install wrk)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'kill "$host" 2>/dev/null || true; rm -rf "$work"' EXIT

export DESA_DEMO_PASSWORD=Bench-Pass-2026 Demo__Enabled=true Demo__SampleData=false Logging__LogLevel__Default=Warning
export ConnectionStrings__Desa="${ConnectionStrings__Desa:-Data Source=$work/bench.db}"
export Portal__Path="$PWD/web/dist"
dotnet build src/DesaPlatform.Host -c Release -p:SkipPortal=true -v q -nologo >/dev/null
dotnet run -c Release --no-build --no-launch-profile --project src/DesaPlatform.Host --urls "http://127.0.0.1:$port" >"$work/host.log" 2>&1 &
host=$!
until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.2; done
pid=$(ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)

token=$(curl -sf -H 'Content-Type: application/json' -d "{\"userName\":\"admin.kalbar\",\"password\":\"$DESA_DEMO_PASSWORD\"}" \
  "http://127.0.0.1:$port/auth/login" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])')

# One wrk script per (operation, by id | as text): the same document, the same variables.
python3 - "$manifest" "$work" "$token" <<'PY'
import json, re, sys
manifest, work, token = json.load(open(sys.argv[1])), sys.argv[2], sys.argv[3]
variables = {"Coverage": {"regionCode": "61", "year": 2026}, "Me": {}}
for name, vars_ in variables.items():
    doc_id, text = next((i, t) for i, t in manifest.items() if re.search(rf"\bquery {name}\b", t))
    for mode, body in (("id", {"documentId": doc_id}), ("text", {"query": text})):
        body.update(variables=vars_, operationName=name)
        with open(f"{work}/{name}-{mode}.lua", "w") as f:
            f.write(f'wrk.method = "POST"\nwrk.body = {json.dumps(json.dumps(body))}\n'
                    f'wrk.headers["Content-Type"] = "application/json"\n'
                    f'wrk.headers["Accept"] = "application/graphql-response+json"\n'
                    f'wrk.headers["Authorization"] = "Bearer {token}"\n')
        with open(f"{work}/{name}-{mode}.json", "w") as f:
            json.dump(body, f)
PY

for name in Coverage Me; do
  for mode in id text; do # each answers with data and no errors, identically (but for the time of the figures)
    curl -sf -H 'Content-Type: application/json' -H "Authorization: Bearer $token" --data-binary "@$work/$name-$mode.json" \
      "http://127.0.0.1:$port/graphql" | python3 -c 'import json,re,sys; r=json.load(sys.stdin); assert "errors" not in r, r; print(re.sub(r"\"asOf\": \"[^\"]*\"", "asOf", json.dumps(r, sort_keys=True)))' > "$work/$name-$mode.out"
  done
  cmp -s "$work/$name-id.out" "$work/$name-text.out" || { echo "$name: the id and the text answer differently" >&2; diff <(tr , "\n" < "$work/$name-id.out") <(tr , "\n" < "$work/$name-text.out") >&2; exit 1; }
  wrk -t1 -c"$connections" -d5s -s "$work/$name-id.lua" "http://127.0.0.1:$port/graphql" >/dev/null   # warm-up
  wrk -t1 -c"$connections" -d5s -s "$work/$name-text.lua" "http://127.0.0.1:$port/graphql" >/dev/null
done

echo "wrk -t1 -c$connections -d$duration, rounds alternating; the host on $(nproc) cores shared with wrk"
printf '%-9s %-5s %5s %10s %9s %9s %9s %7s\n' query sent round 'req/s' 'avg ms' 'p50 ms' 'p99 ms' 'non-2xx'
for name in Coverage Me; do
  for round in $(seq "$rounds"); do
    for mode in id text; do
      wrk -t1 -c"$connections" -d"$duration" --latency -s "$work/$name-$mode.lua" "http://127.0.0.1:$port/graphql" > "$work/wrk.txt"
      python3 - "$work/wrk.txt" "$name" "$mode" "$round" <<'PY'
import re, sys
out, name, mode, rnd = open(sys.argv[1]).read(), *sys.argv[2:]
def ms(v):
    n, unit = float(re.match(r"[\d.]+", v).group()), re.sub(r"[\d.]", "", v)
    return n * {"us": 0.001, "ms": 1, "s": 1000}[unit]
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
avg = ms(re.search(r"Latency\s+(\S+)", out).group(1))
p50 = ms(re.search(r"50%\s+(\S+)", out).group(1))
p99 = ms(re.search(r"99%\s+(\S+)", out).group(1))
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
print(f"{name:<9} {mode:<5} {rnd:>5} {rps:>10.0f} {avg:>9.2f} {p50:>9.2f} {p99:>9.2f} {bad.group(1) if bad else 0:>7}")
PY
    done
  done
done
echo "host peak memory (VmHWM): $(grep VmHWM "/proc/$pid/status" | awk '{printf "%.0f MB", $2/1024}')"
