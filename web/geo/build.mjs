// Simplifies the region outlines in geo/sources to TopoJSON for the dashboard's map, one file per region that the map
// shows the children of: public/geo/indonesia.json (provinces), public/geo/61.json (the regencies of 61),
// public/geo/61.01.json (its districts), public/geo/61.01.01.json (its villages). A drill-down loads only what it
// shows. Run by `npm run build` (a few seconds); the sources and their licence are in geo/SOURCES.md.
import { mkdir, rm } from 'node:fs/promises';
import mapshaper from 'mapshaper';

const sources = new URL('sources/', import.meta.url).pathname;
const out = new URL('../public/geo/', import.meta.url).pathname;

/** The file a feature goes to, as a mapshaper expression: its parent's code (`61.01.01` for `61.01.01.2001`). */
const fileOf = (segments) => `file = ${segments === 0 ? "'indonesia'" : `code.split('.').slice(0, ${segments}).join('.')`}`;

// Keep a vertex every so many metres: about a pixel of the map at the scale each level is shown.
const levels = [
  { source: 'indonesia-provinces', interval: 2000, parentSegments: 0 },
  { source: 'indonesia-regencies', interval: 400, parentSegments: 1 },
  { source: 'kalbar-districts', interval: 100, parentSegments: 2 },
  { source: 'kalbar-villages', interval: 25, parentSegments: 3 },
];

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
for (const { source, interval, parentSegments } of levels) {
  // Province 63 is assembled from its regencies in the source: dissolving by code removes their inner borders.
  const dissolve = parentSegments === 0 ? '-dissolve2 code copy-fields=name' : '';
  await mapshaper.runCommands(
    `-i ${sources}${source}.geojson.gz ${dissolve} -simplify interval=${interval} keep-shapes` +
      ` -each "${fileOf(parentSegments)}" -split file -filter-fields code,name` +
      ` -o ${out} format=topojson quantization=1e5 singles -quiet`,
  );
}
