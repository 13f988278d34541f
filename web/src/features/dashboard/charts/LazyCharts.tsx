import { lazy, Suspense } from 'react';
import { Loading } from '../../../shared/ui';
import type { ChoroplethMapProps } from './ChoroplethMap';
import type { TrendChartProps } from './TrendChart';

// ECharts and the outlines are loaded when a chart is first shown, in chunks of their own: the portal's first load
// carries none of them.
const ChoroplethMapChunk = lazy(() => import('./ChoroplethMap'));
const TrendChartChunk = lazy(() => import('./TrendChart'));

export function ChoroplethMap(props: ChoroplethMapProps) {
  return (
    <Suspense fallback={<Loading />}>
      <ChoroplethMapChunk {...props} />
    </Suspense>
  );
}

export function TrendChart(props: TrendChartProps) {
  return (
    <Suspense fallback={<Loading />}>
      <TrendChartChunk {...props} />
    </Suspense>
  );
}
