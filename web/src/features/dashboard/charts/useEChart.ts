import { useCallback, useEffect, useRef } from 'react';
import { init, type ECharts, type EChartsCoreOption } from './echarts';

/** A click on a chart's item: the map's feature code or the line's category. */
export interface ChartClick {
  name: string;
}

/**
 * Draws `option` into the element given the returned ref, with one ECharts instance while the element is there: the
 * option is replaced whole when it changes, the chart follows the element's size, and a click calls the latest
 * `onClick`. An element without a size yet (hidden, not laid out) gets its option once it has one: ECharts cannot
 * lay a map out in 0×0.
 */
export function useEChart(option: EChartsCoreOption | null, onClick?: (click: ChartClick) => void) {
  const chart = useRef<{ instance: ECharts; node: HTMLElement; observer?: ResizeObserver } | null>(null);
  const latest = useRef({ option, onClick, drawn: null as EChartsCoreOption | null });
  latest.current.option = option;
  latest.current.onClick = onClick;

  const draw = useCallback(() => {
    const current = chart.current;
    const { option: wanted, drawn } = latest.current;
    if (!current || !wanted || wanted === drawn || !current.node.clientWidth || !current.node.clientHeight) return;
    current.instance.resize();
    current.instance.setOption(wanted, { notMerge: true });
    latest.current.drawn = wanted;
  }, []);

  const ref = useCallback(
    (node: HTMLDivElement | null) => {
      chart.current?.observer?.disconnect();
      chart.current?.instance.dispose();
      chart.current = null;
      latest.current.drawn = null;
      if (!node) return;
      const instance = init(node, null, { renderer: 'svg' });
      instance.on('click', (params) => latest.current.onClick?.({ name: String(params.name) }));
      const observer =
        typeof ResizeObserver === 'undefined'
          ? undefined
          : new ResizeObserver(() => {
              if (latest.current.drawn) instance.resize();
              else draw();
            });
      observer?.observe(node);
      chart.current = { instance, node, observer };
      draw();
    },
    [draw],
  );

  useEffect(draw, [option, draw]);

  return ref;
}
