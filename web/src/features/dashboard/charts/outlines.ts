import type { FeatureCollection, Geometry } from 'geojson';
import { bbox, feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { registerMap } from './echarts';

/**
 * The outlines of a region's children, registered with ECharts under `mapName`; `codes` are the children drawn, and
 * `aspect` is their extent's width ÷ height (in degrees: near the equator as on the ground).
 */
export interface Outlines {
  mapName: string;
  codes: ReadonlySet<string>;
  aspect: number;
}

type RegionProperties = { code: string; name: string };

/**
 * The children's outlines of a region, built from geo/ by `npm run build` into one TopoJSON file per region
 * (`/geo/indonesia.json` for the country's provinces, `/geo/61.01.json` for a regency's districts). Null when the
 * portal has none for that region (outside Kalbar below the regency): the map then lists every child instead.
 */
export async function loadOutlines(regionCode: string): Promise<Outlines | null> {
  const response = await fetch(`/geo/${encodeURIComponent(regionCode || 'indonesia')}.json`);
  if (response.status === 404 || !response.headers.get('content-type')?.includes('json')) return null;
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const topology = (await response.json()) as Topology;
  const [object] = Object.values(topology.objects) as GeometryCollection<RegionProperties>[];
  const outlines = feature(topology, object) as FeatureCollection<Geometry, RegionProperties>;
  const mapName = `region:${regionCode}`;
  registerMap(mapName, outlines as Parameters<typeof registerMap>[1]);
  const [west, south, east, north] = bbox(topology);
  return { mapName, codes: new Set(outlines.features.map((f) => f.properties.code)), aspect: (east - west) / (north - south) };
}
