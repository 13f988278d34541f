// The load generator of benchmarks/national.sh (which loads the country and starts the hosts; see there).
// MODE=graphql: signs in on the first of BASES (comma-separated) and sends each measure's requests round-robin across
// all of them, so a token issued by one host must work on every other. MODE=reference: the same measures against the
// minimal API of benchmarks/NationalReference (GET /coverage, /list). Each measure runs CLIENTS clients, each sending
// its next request as soon as the last one answered, for DURATION seconds after WARMUP seconds (default 2) not
// counted, and prints one JSON line:
// { target, measure, clients, requests, rps, p50, p95, errors, firstError }. ONLY=prefix runs the measures whose name
// starts with it (e.g. ONLY='province dashboard' against a host left running on a loaded database).
// MODE=table RESULTS=file: prints the issue's table from those lines (and pgbench's, written alike by national.sh).
// Node 20's own fetch; no dependency.
import { readFileSync } from 'node:fs';

const mode = process.env.MODE ?? 'graphql';
const bases = (process.env.BASES ?? 'http://127.0.0.1:5094').split(',');
const duration = Number(process.env.DURATION ?? 10);
const warmup = Number(process.env.WARMUP ?? 2);
const target = process.env.TARGET ?? mode;
const password = process.env.DESA_DEMO_PASSWORD;
const day = process.env.DAY;
const listClients = Number(process.env.LIST_CLIENTS ?? 16);
const only = process.env.ONLY ?? '';

// [measure, client counts, GraphQL user, query and variables, reference path]
const coverageQuery = `query Coverage($regionCode: String!, $year: Int!) { coverage(regionCode: $regionCode, year: $year) {
  asOfDate total { peopleInOffice peopleCovered coveragePercent villagesWithCoverage villages }
  byRegion { regionCode regionName peopleInOffice peopleCovered coveragePercent villagesWithCoverage villages }
  bySegment { segment peopleInOffice peopleCovered coveragePercent } pendingChanges } }`;
// The portal's dashboard (issue 11): every indicator with its target for the region and each child (cards, table, map
// data), and the 24-month series of the chosen indicator with its projection, asked at once as the page does.
const indicatorFields = `indicator { code nameId } numerator denominator value gap target { percent setFor inherited }`;
const dashboardQuery = `query Dashboard($regionCode: String!, $year: Int!) { coverage(regionCode: $regionCode, year: $year) {
  asOfDate asOf total { regionCode villages villagesWithApprovedRoster indicators { ${indicatorFields} } }
  byRegion { regionCode regionName peopleInOffice peopleCovered coveragePercent villages villagesWithApprovedRoster indicators { ${indicatorFields} } }
  bySegment { segment peopleInOffice peopleCovered coveragePercent } pendingChanges } }`;
const seriesQuery = `query Series($regionCode: String!) { indicatorSeries(regionCode: $regionCode, indicator: "PERSON_COVERAGE_APARATUR_DESA", months: 24) {
  points { asOfDate value } targets { year target { percent } } trendPerMonth projections { year projectedValue onTrack unitsNeeded unitsPerMonth } } }`;
const listQuery = `query People { people(first: 50) { nodes { id fullName nik status termStart termEnd covered
  position { code name } } pageInfo { hasNextPage endCursor } } }`;
const range = code => `lo=${code}.&hi=${code}/`;
export const measures = [
  ['coverage of a province (Kalbar 61)', [1, 8, 32], 'admin.kalbar',
    { query: coverageQuery, variables: { regionCode: '61', year: Number(day.slice(0, 4)) } }, `/coverage?${range('61')}&len=5&day=${day}`],
  ['coverage of a province with no people (DKI Jakarta 31)', [1], 'kemendagri',
    { query: coverageQuery, variables: { regionCode: '31', year: Number(day.slice(0, 4)) } }, `/coverage?${range('31')}&len=5&day=${day}`],
  // The national reader's dashboard: every province. Every code lies between "0" and "~" (digits and dots).
  ['coverage of the country (national reader)', [1], 'kemendagri',
    { query: coverageQuery, variables: { regionCode: '', year: Number(day.slice(0, 4)) } }, `/coverage?lo=0&hi=~&len=2&day=${day}`],
  ['province dashboard: cards, map data and 24-month trend (Kalbar 61)', [1, 8], 'admin.kalbar',
    [{ query: dashboardQuery, variables: { regionCode: '61', year: Number(day.slice(0, 4)) } }, { query: seriesQuery, variables: { regionCode: '61' } }], null],
  ['list: 50 people of a regency (Sambas 61.01)', [listClients], 'dpmd.sambas', { query: listQuery }, `/list?${range('61.01')}`],
  ['signed-in { __typename }', [listClients], 'admin.kalbar', { query: '{ __typename }' }, null],
];

async function signIn(userName) {
  const response = await fetch(`${bases[0]}/auth/login`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ userName, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${userName}: HTTP ${response.status}`);
  return (await response.json()).accessToken;
}

let sent = 0;
const nextBase = () => bases[sent++ % bases.length];

async function graphql(token, body) {
  const response = await fetch(`${nextBase()}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const json = await response.json().catch(() => undefined);
  const field = json?.data && Object.values(json.data)[0];
  if (response.status !== 200 || json?.errors || field === null)
    return `HTTP ${response.status} ${JSON.stringify(json?.errors?.[0]?.message ?? json?.data ?? '').slice(0, 120)}`;
  return null;
}

async function reference(path) {
  const response = await fetch(nextBase() + path);
  await response.arrayBuffer();
  return response.status === 200 ? null : `HTTP ${response.status}`;
}

const percentile = (sorted, p) => sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p / 100) - 1)] : NaN;

async function run(clients, send, seconds) {
  const latencies = [];
  let errors = 0, firstError = null;
  const start = performance.now(), deadline = start + seconds * 1000;
  await Promise.all(Array.from({ length: clients }, async () => {
    while (performance.now() < deadline) {
      const t0 = performance.now();
      const error = await send().catch(e => `network ${e.cause?.code ?? e.message}`);
      latencies.push(performance.now() - t0);
      if (error) { errors++; firstError ??= error; }
    }
  }));
  return { latencies, errors, firstError, elapsed: (performance.now() - start) / 1000 };
}

async function measure(name, clients, send) {
  await run(clients, send, warmup);
  const { latencies, errors, firstError, elapsed } = await run(clients, send, duration);
  const sorted = Float64Array.from(latencies).sort();
  console.log(JSON.stringify({
    target, measure: name, clients, requests: latencies.length, rps: latencies.length / elapsed,
    p50: percentile(sorted, 50), p95: percentile(sorted, 95), errors, firstError,
  }));
}

function table(file) {
  const rows = readFileSync(file, 'utf8').split('\n').filter(Boolean).map(line => JSON.parse(line));
  const find = (t, m, c) => rows.find(r => r.target === t && r.measure === m && r.clients === c);
  const show = r => r ? `${r.p50.toFixed(1)} / ${r.p95.toFixed(1)} ms, ${Math.round(r.rps)}/s${r.errors ? ` (${r.errors} errors)` : ''}` : '—';
  const goals = {
    'coverage of a province (Kalbar 61)': 'p95 ≤ 50 ms; ≤ 1.5× the SQL (at 1 client)',
    'list: 50 people of a regency (Sambas 61.01)': '≥ 3,000 req/s; ≥ 70% of the minimal API',
    'province dashboard: cards, map data and 24-month trend (Kalbar 61)': 'p95 ≤ 50 ms (issue 11)',
  };
  console.log('| measure | clients | goal | GraphQL, one host (p50 / p95, req/s) | best SQL (pgbench) | minimal API | p95 ÷ SQL | % of minimal API (req/s) | GraphQL, two hosts round-robin |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const [name, counts] of measures) for (const clients of counts) {
    const host = find('graphql', name, clients), sql = find('sql', name, clients), api = find('reference', name, clients);
    const ratio = host && sql ? `${(host.p95 / sql.p95).toFixed(1)}×` : '—';
    const share = host && api ? `${Math.round(100 * host.rps / api.rps)}%` : '—';
    const goal = name.startsWith('coverage of a province (') && clients > 1 ? 'p95 ≤ 50 ms' : goals[name] ?? '—';
    console.log(`| ${name} | ${clients} | ${goal} | ${show(host)} | ${show(sql)} | ${show(api)} | ${ratio} | ${share} | ${show(find('two hosts', name, clients))} |`);
  }
  for (const r of rows.filter(r => r.target === 'sql' && !measures.some(([name]) => name === r.measure)))
    console.log(`| ${r.measure} | ${r.clients} | — | — | ${show(r)} | — | — | — | — |`);
}

if (mode === 'table') table(process.env.RESULTS);
else if (mode === 'reference') {
  for (const [name, counts, , , path] of measures) if (path) for (const c of counts) await measure(name, c, () => reference(path));
} else {
  if (!password) throw new Error('needs DESA_DEMO_PASSWORD');
  const tokens = new Map();
  for (const [, , user] of measures) if (!tokens.has(user)) tokens.set(user, await signIn(user));
  // A measure of several documents sends them at once, as a page does, and waits for the last.
  const send = (token, body) => Array.isArray(body)
    ? () => Promise.all(body.map(b => graphql(token, b))).then(errors => errors.find(e => e) ?? null)
    : () => graphql(token, body);
  for (const [name, counts, user, body] of measures.filter(([name]) => name.startsWith(only)))
    for (const c of counts) await measure(name, c, send(tokens.get(user), body));
}
