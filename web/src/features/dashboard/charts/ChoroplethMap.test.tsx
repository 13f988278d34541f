import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/utils';
import type { RegionFigure } from './choropleth';
import ChoroplethMap from './ChoroplethMap';

// What the component hands to ECharts, and its click handler: jsdom lays nothing out to draw into.
const chart = vi.hoisted(() => ({ option: null as any, click: undefined as undefined | ((c: { name: string }) => void) }));
vi.mock('./useEChart', () => ({
  useEChart: (option: unknown, onClick: (c: { name: string }) => void) => {
    if (option) chart.option = option;
    chart.click = onClick;
    return () => {};
  },
}));

/** Two villages of Kecamatan Sambas, side by side; 61.01.01.2003 has no outline. */
const topology = {
  type: 'Topology',
  objects: {
    '61.01.01': {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', arcs: [[0]], properties: { code: '61.01.01.2001', name: 'Dalam Kaum' } },
        { type: 'Polygon', arcs: [[1]], properties: { code: '61.01.01.2002', name: 'Lorong' } },
      ],
    },
  },
  arcs: [
    [[109, 1], [109.1, 1], [109.1, 1.1], [109, 1.1], [109, 1]],
    [[109.1, 1], [109.2, 1], [109.2, 1.1], [109.1, 1.1], [109.1, 1]],
  ],
};

const region = { code: '61.01.01', name: 'Sambas' };
const figures: RegionFigure[] = [
  { code: '61.01.01.2001', name: 'Dalam Kaum', value: 61, target: 60.8 },
  { code: '61.01.01.2002', name: 'Lorong', value: 12, target: 60.8 },
  { code: '61.01.01.2003', name: 'Tanjung Bugis', value: null, target: 60.8 },
];

function serveOutlines() {
  const fetchMock = vi.fn(async (url: RequestInfo | URL) =>
    String(url) === '/geo/61.01.01.json'
      ? new Response(JSON.stringify(topology), { headers: { 'Content-Type': 'application/json' } })
      : new Response('', { status: 404 }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('ChoroplethMap', () => {
  beforeEach(() => {
    chart.option = null;
    chart.click = undefined;
  });

  it('colours each child by attainment, lists the one without an outline, and drills from map and list', async () => {
    const fetchMock = serveOutlines();
    const onDrill = vi.fn();
    renderWithProviders(<ChoroplethMap region={region} figures={figures} indicator="Cakupan orang" onDrill={onDrill} />);

    const missing = await screen.findByTestId('without-outline');
    expect(missing.textContent).toBe('Tanpa batas wilayah: Tanjung Bugis');
    expect(fetchMock).toHaveBeenCalledWith('/geo/61.01.01.json');

    // Only the outlined children go to the map, each filled with its band's colour.
    const areas = chart.option.series[0].data;
    expect(areas.map((a: { name: string; itemStyle: { areaColor: string } }) => [a.name, a.itemStyle.areaColor])).toEqual([
      ['61.01.01.2001', '#4575b4'], // 61 of 60.8: reached
      ['61.01.01.2002', '#d73027'], // 12 of 60.8: under 50 %
    ]);

    // The legend names the scale and lists every child in its band, the one without a figure too.
    const legend = screen.getByTestId('map-legend');
    expect(within(legend).getByText('Capaian target (Cakupan orang ÷ target)')).toBeTruthy();
    expect(within(legend).getByRole('button', { name: 'Tanjung Bugis' })).toBeTruthy();

    chart.click?.({ name: '61.01.01.2002' });
    expect(onDrill).toHaveBeenLastCalledWith('61.01.01.2002');
    // A click on the sea or on an outline with no figure goes nowhere.
    chart.click?.({ name: '' });
    expect(onDrill).toHaveBeenCalledTimes(1);

    fireEvent.click(within(legend).getByRole('button', { name: 'Dalam Kaum' }));
    fireEvent.click(within(missing).getByRole('button', { name: 'Tanjung Bugis' }));
    expect(onDrill.mock.calls.map((call) => call[0])).toEqual(['61.01.01.2002', '61.01.01.2001', '61.01.01.2003']);
  });

  it('says what the tooltip says: value, target, gap and attainment, the name as text', async () => {
    serveOutlines();
    renderWithProviders(
      <ChoroplethMap
        region={region}
        figures={[{ ...figures[1], name: '<img src=x onerror=alert(1)>' }]}
        indicator="Cakupan orang"
        onDrill={() => {}}
      />,
    );
    await screen.findByTestId('map-legend');
    await vi.waitFor(() => expect(chart.option).not.toBeNull());
    const tip: HTMLElement = chart.option.tooltip.formatter({ name: '61.01.01.2002' });
    expect([...tip.children].map((line) => line.textContent)).toEqual([
      '<img src=x onerror=alert(1)>',
      'Cakupan orang: 12,00%',
      'Target: 60,80%',
      '48,80 poin di bawah target',
      '19,74% dari target',
    ]);
    expect(tip.querySelector('img')).toBeNull();
  });

  it('lists every child when the portal has no outlines for the region, and colours by value without a target', async () => {
    serveOutlines();
    renderWithProviders(
      <ChoroplethMap
        region={{ code: '11.01', name: 'Simeulue' }}
        figures={[{ code: '11.01.01', name: 'Teupah Selatan', value: 45, target: null }]}
        indicator="Cakupan orang"
        onDrill={() => {}}
      />,
      { lang: 'en' },
    );
    expect(await screen.findByText('No outlines are available below Simeulue yet; every region is in the list.')).toBeTruthy();
    expect(screen.queryByTestId('choropleth')).toBeNull();
    const legend = screen.getByTestId('map-legend');
    expect(within(legend).getByText('Cakupan orang (no target yet)')).toBeTruthy();
    expect(within(legend).getByText('40–60%').closest('li')?.textContent).toContain('Teupah Selatan');
  });
});
