// The load generator of benchmarks/restart-under-load.sh (which starts the host and its PostgreSQL; see there).
// CLIENTS clients, each sending its next request as soon as the last one answered, for DURATION seconds: 80% signed-in
// reads, 20% addPerson into the drafts of the villages VILLAGES (one new operator account each). At DURATION/2 it runs
// RESTART_COMMAND. Prints req/s, latency percentiles, errors by kind and a per-second timeline of the errors; writes the
// acknowledged writes (id,nik) to ACKED_FILE and the writes that got an error — outcome unknown — to UNKNOWN_FILE, for
// the shell script to look up in the database.
// Node 20's own fetch; no dependency.
import { exec } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { promisify } from 'node:util';

const base = process.env.BASE ?? 'http://127.0.0.1:5099';
const password = process.env.DESA_DEMO_PASSWORD;
const clients = Number(process.env.CLIENTS ?? 200);
const duration = Number(process.env.DURATION ?? 60);
const villages = (process.env.VILLAGES ?? '').split(',').filter(Boolean);
const restartCommand = process.env.RESTART_COMMAND;
const requestTimeoutMs = 30_000;
if (!password || villages.length === 0) throw new Error('needs DESA_DEMO_PASSWORD and VILLAGES');

async function post(path, body, token) {
  const response = await fetch(base + path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token && { Authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(requestTimeoutMs),
  });
  const text = await response.text();
  let json;
  try { json = JSON.parse(text); } catch { json = undefined; }
  return { status: response.status, json, text };
}

async function signIn(userName, pass) {
  const { status, json } = await post('/auth/login', { userName, password: pass });
  if (status !== 200) throw new Error(`sign-in of ${userName}: HTTP ${status}`);
  return json.accessToken;
}

async function gql(token, query, variables) {
  const { status, json } = await post('/graphql', { query, variables }, token);
  if (status !== 200 || json?.errors) throw new Error(`HTTP ${status}: ${JSON.stringify(json?.errors ?? json)}`);
  return json.data;
}

// ---- set-up: the demo accounts for the reads, one new operator per village for the writes
const admin = await signIn('admin.kalbar', password);
const readers = {
  regency: await signIn('dpmd.sambas', password),
  viewer: await signIn('bpjs.kalbar', password),
  admin,
};
const csv = ['user_name,full_name,village_code,contact',
  ...villages.map((v, i) => `bench.op${i},Operator Bench ${i},${v},bench${i}@example.org`)].join('\n');
const imported = (await gql(admin,
  'mutation($i: ImportOperatorsInput!) { importOperators(input: $i) { report { applied problems { line code } rows { userName villageCode initialPassword } } errors { code } } }',
  { i: { csv } })).importOperators;
if (!imported.report?.applied) throw new Error(`importOperators: ${JSON.stringify(imported)}`);
const newPassword = 'Bench-Operator-2026!';
const operators = await Promise.all(imported.report.rows.map(async row => {
  const first = await signIn(row.userName, row.initialPassword);
  const changed = await gql(first,
    'mutation($i: ChangePasswordInput!) { changePassword(input: $i) { errors { code } } }',
    { i: { currentPassword: row.initialPassword, newPassword } });
  if (changed.changePassword.errors.length) throw new Error(`changePassword: ${JSON.stringify(changed)}`);
  return { village: row.villageCode, token: await signIn(row.userName, newPassword) };
}));

// ---- the mix
const peopleQuery = `query People($where: PersonFilterInput) { people(first: 50, where: $where) {
  totalCount nodes { id fullName nik status covered position { code } enrollment { kpj status } } } }`;
const coverageQuery = `query Coverage($regionCode: String!, $year: Int!) { coverage(regionCode: $regionCode, year: $year) {
  asOfDate total { peopleInOffice peopleCovered } byRegion { peopleInOffice peopleCovered }
  bySegment { segment coveragePercent } pendingChanges } }`;
const meQuery = 'query Me { me { userName role regionCode mustChangePassword } }';
const addPersonMutation = `mutation AddPerson($input: AddPersonInput!) { addPerson(input: $input) {
  person { id entryId status } errors { code } } }`;

let written = 0;
// A NIK no other write of this run has: the village's kecamatan, a birth date in 1930–1989 (day + 40 for women), a serial.
function nextNik(village) {
  const n = written++;
  const female = n % 2 === 1;
  const day = 1 + (n % 28) + (female ? 40 : 0), month = 1 + Math.floor(n / 28) % 12, year = 30 + Math.floor(n / 336) % 60;
  const serial = 1 + Math.floor(n / 20160);
  const two = x => String(x).padStart(2, '0');
  return { nik: `${village.replaceAll('.', '').slice(0, 6)}${two(day)}${two(month)}${two(year)}${String(serial).padStart(4, '0')}`, n };
}

const operations = [
  // [name, weight, run]: run(client) -> { token, query, variables }, and for writes what to remember
  ['people of a village (operator)', 30, c => {
    const op = operators[c % operators.length];
    return { token: op.token, query: peopleQuery, variables: { where: { villageCode: { eq: op.village } } } };
  }],
  ['people of the regency', 20, () => ({ token: readers.regency, query: peopleQuery, variables: {} })],
  ['coverage of the province', 15, c => ({
    token: c % 2 ? readers.viewer : readers.admin, query: coverageQuery, variables: { regionCode: '61', year: 2026 },
  })],
  ['me', 15, c => ({ token: operators[c % operators.length].token, query: meQuery, variables: {} })],
  ['addPerson', 20, c => {
    // Each client writes to the villages in turn: a village's writes queue behind one lock, so spread them.
    const op = operators[(c + written) % operators.length];
    const { nik, n } = nextNik(op.village);
    return {
      token: op.token, query: addPersonMutation, nik,
      variables: { input: {
        villageCode: op.village, fullName: `Warga Beban ${n}`, nik, positionCode: 'ketua_rt', termStart: '2025-01-01',
        enrollment: { kpj: String(9_000_000_000 + n), programs: ['JKK', 'JKM'], startDate: '2025-01-01', scheme: 'BPU' },
      } },
    };
  }],
];
const totalWeight = operations.reduce((sum, [, w]) => sum + w, 0);
function pick() {
  let r = Math.random() * totalWeight;
  for (const op of operations) if ((r -= op[1]) < 0) return op;
  return operations.at(-1);
}

// ---- the run
const results = new Map(operations.map(([name]) => [name, { latencies: [], errors: 0, userErrors: 0 }]));
const errorKinds = new Map(), userErrorKinds = new Map(), timeline = [];
const acked = [], unknown = [];
const count = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);

function errorOf(status, json, text) {
  const first = json?.errors?.[0];
  const what = first ? ` ${first.extensions?.code ?? ''} ${String(first.message ?? '').slice(0, 90)}`
    : json?.title ? ` ${json.title}` : text ? ` ${text.slice(0, 60)}` : ' (empty body)';
  if (status >= 500 || first) return `HTTP ${status}${what}`;
  if (status !== 200) return `HTTP ${status}`;
  return null;
}

const start = performance.now();
const deadline = start + duration * 1000;
let restart = null;
const restartTimer = restartCommand && setTimeout(async () => {
  const at = (performance.now() - start) / 1000;
  try {
    await promisify(exec)(restartCommand);
    restart = { at, took: (performance.now() - start) / 1000 - at };
  } catch (e) {
    restart = { at, failed: e.message };
  }
}, duration * 500);

async function client(c) {
  while (performance.now() < deadline) {
    const [name, , make] = pick();
    const request = make(c);
    const sent = performance.now();
    let error = null, payloadErrors = [], data;
    try {
      const { status, json, text } = await post('/graphql', { query: request.query, variables: request.variables }, request.token);
      error = errorOf(status, json, text);
      data = json?.data;
      payloadErrors = data && Object.values(data)[0]?.errors || [];
    } catch (e) {
      error = e.name === 'TimeoutError' ? `timeout after ${requestTimeoutMs / 1000} s` : `network ${e.cause?.code ?? e.message}`;
    }
    const answered = performance.now();
    const second = Math.floor((answered - start) / 1000);
    timeline[second] ??= { requests: 0, errors: 0 };
    timeline[second].requests++;
    const result = results.get(name);
    result.latencies.push(answered - sent);
    if (error) {
      result.errors++;
      timeline[second].errors++;
      count(errorKinds, `${name}: ${error}`);
      if (request.nik) unknown.push(request.nik);
    } else if (payloadErrors.length) {
      result.userErrors++;
      count(userErrorKinds, `${name}: ${payloadErrors.map(e => e.code).join(',')}`);
    } else if (request.nik) {
      acked.push(`${data.addPerson.person.id},${request.nik}`);
    }
  }
}
await Promise.all(Array.from({ length: clients }, (_, c) => client(c)));
const elapsed = (performance.now() - start) / 1000;
clearTimeout(restartTimer);
while (restartCommand && !restart) await new Promise(resolve => setTimeout(resolve, 100));

// ---- the report
const percentile = (sorted, p) => sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p / 100) - 1)] : NaN;
const row = (name, latencies, errors, userErrors) => {
  const sorted = Float64Array.from(latencies).sort();
  const f = x => x.toFixed(1).padStart(8);
  return `${name.padEnd(32)} ${String(latencies.length).padStart(7)} ${(latencies.length / elapsed).toFixed(1).padStart(8)} ` +
    `${f(percentile(sorted, 50))} ${f(percentile(sorted, 95))} ${f(percentile(sorted, 99))} ${f(sorted.at(-1) ?? NaN)} ` +
    `${String(errors).padStart(7)} ${String(userErrors).padStart(6)}`;
};
const all = [...results.values()];
const merged = rs => [rs.flatMap(r => r.latencies), rs.reduce((s, r) => s + r.errors, 0), rs.reduce((s, r) => s + r.userErrors, 0)];
console.log(`${clients} clients for ${duration} s (ran ${elapsed.toFixed(1)} s), ${operators.length} villages written to`);
console.log(`${'operation'.padEnd(32)} ${'requests'.padStart(7)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ` +
  `${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)} ${'errors'.padStart(7)} ${'user e.'.padStart(6)}`);
for (const [name, r] of results) console.log(row(name, r.latencies, r.errors, r.userErrors));
console.log(row('reads', ...merged(all.filter((_, i) => operations[i][0] !== 'addPerson'))));
console.log(row('writes', ...merged([results.get('addPerson')])));
console.log(row('all', ...merged(all)));
console.log(restart
  ? restart.failed ? `PostgreSQL restart at ${restart.at.toFixed(1)} s FAILED: ${restart.failed}`
    : `PostgreSQL restarted at ${restart.at.toFixed(1)} s (pg_ctl restart -m fast took ${restart.took.toFixed(1)} s)`
  : 'no restart');
console.log('errors by kind:' + (errorKinds.size ? '' : ' none'));
for (const [kind, n] of [...errorKinds].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(6)}  ${kind}`);
console.log('user errors (in the payload; not counted as errors):' + (userErrorKinds.size ? '' : ' none'));
for (const [kind, n] of [...userErrorKinds].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(6)}  ${kind}`);
const errorSeconds = timeline.map((t, s) => t && t.errors ? `${s}s:${t.errors}/${t.requests}` : null).filter(Boolean);
console.log(`errors per second since the start (errors/answers): ${errorSeconds.join(' ') || 'none'}`);
const after = restart && !restart.failed ? timeline.slice(Math.ceil(restart.at + restart.took)).filter(Boolean) : [];
if (after.length) {
  const before = timeline.slice(1, Math.floor(restart.at)).filter(Boolean);
  console.log(`answers per second before the restart ${Math.round(before.reduce((s, t) => s + t.requests, 0) / Math.max(1, before.length))
  }, in the 5 s after it: ${after.slice(0, 5).map(t => t.requests).join(' ')}`);
}
console.log(`writes acknowledged: ${acked.length}; writes answered with an error (outcome unknown): ${unknown.length}`);
writeFileSync(process.env.ACKED_FILE ?? '/dev/null', acked.join('\n') + (acked.length ? '\n' : ''));
writeFileSync(process.env.UNKNOWN_FILE ?? '/dev/null', unknown.join('\n') + (unknown.length ? '\n' : ''));
