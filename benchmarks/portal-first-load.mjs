// What the sign-in page loads: the JS of web/dist/index.html's module graph (its module script, its modulepreload
// links and, transitively, their static imports; dynamic import() chunks — the lazy routes, GraphiQL — are not
// loaded until used), with raw, gzip -9 and brotli (quality 11) sizes per chunk and in total.
//   node benchmarks/portal-first-load.mjs [web/dist]
import { readFileSync } from 'node:fs';
import { join, dirname, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const dist = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), '../web/dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entries = [...html.matchAll(/<(?:script type="module"[^>]*src|link rel="modulepreload"[^>]*href)="([^"]+)"/g)].map((m) => m[1]);

const seen = new Set();
const visit = (url) => {
  if (seen.has(url)) return;
  seen.add(url);
  const code = readFileSync(join(dist, url), 'utf8');
  // Static imports only: `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"` (not import("…")).
  for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{},\s]+from\s*)?["']([^"']+\.js)["']/g)) {
    visit(posix.join(posix.dirname(url), m[1]));
  }
};
entries.forEach(visit);

const kb = (n) => (n / 1024).toFixed(1).padStart(7);
let total = { raw: 0, gzip: 0, br: 0 };
console.log('chunk'.padEnd(44), '    raw', '   gzip', ' brotli', '(KB)');
for (const url of seen) {
  const bytes = readFileSync(join(dist, url));
  const size = {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    br: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
  for (const k of Object.keys(total)) total[k] += size[k];
  console.log(url.padEnd(44), kb(size.raw), kb(size.gzip), kb(size.br));
}
console.log('total JS of the first load'.padEnd(44), kb(total.raw), kb(total.gzip), kb(total.br));
