import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useEChart } from './useEChart';

const echarts = vi.hoisted(() => {
  const instance = { on: vi.fn(), resize: vi.fn(), setOption: vi.fn(), dispose: vi.fn() };
  return { instance, init: vi.fn(() => instance) };
});
vi.mock('./echarts', () => ({ init: echarts.init }));

let resized: () => void = () => {};
vi.stubGlobal(
  'ResizeObserver',
  class {
    constructor(callback: () => void) {
      resized = callback;
    }
    observe() {}
    disconnect() {}
  },
);

function Chart({ option }: { option: Record<string, unknown> | null }) {
  return <div ref={useEChart(option)} data-testid="chart" />;
}

function giveSize(node: HTMLElement, width: number, height: number) {
  Object.defineProperty(node, 'clientWidth', { value: width, configurable: true });
  Object.defineProperty(node, 'clientHeight', { value: height, configurable: true });
}

describe('useEChart', () => {
  it('waits for its element to have a size before drawing (ECharts cannot lay a map out in 0×0)', () => {
    const option = { series: [] };
    const { getByTestId, rerender, unmount } = render(<Chart option={option} />);
    expect(echarts.init).toHaveBeenCalledWith(getByTestId('chart'), null, { renderer: 'svg' });
    expect(echarts.instance.setOption).not.toHaveBeenCalled();

    giveSize(getByTestId('chart'), 400, 300);
    resized();
    expect(echarts.instance.setOption).toHaveBeenCalledWith(option, { notMerge: true });

    const next = { series: [{}] };
    rerender(<Chart option={next} />);
    expect(echarts.instance.setOption).toHaveBeenLastCalledWith(next, { notMerge: true });
    expect(echarts.instance.setOption).toHaveBeenCalledTimes(2);

    unmount();
    expect(echarts.instance.dispose).toHaveBeenCalled();
  });
});
