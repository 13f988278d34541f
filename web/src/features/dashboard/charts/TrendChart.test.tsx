import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../../../test/utils';
import TrendChart from './TrendChart';

const chart = vi.hoisted(() => ({ option: null as any }));
vi.mock('./useEChart', () => ({
  useEChart: (option: unknown) => {
    chart.option = option;
    return () => {};
  },
}));

describe('TrendChart', () => {
  it('draws the series, the target of each year and the projection dashed, and gives them as a table', () => {
    renderWithProviders(
      <TrendChart
        indicator="Cakupan orang"
        series={[
          { month: '2025-12', value: 40 },
          { month: '2026-01', value: 42.5 },
        ]}
        targets={[
          { year: 2025, value: 59.56 },
          { year: 2026, value: 60.8 },
        ]}
        projection={[{ month: '2026-02', value: 44 }]}
      />,
    );

    const table = screen.getByRole('table', { name: 'Tabel tren Cakupan orang' });
    expect(within(table).getAllByRole('row').map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['Bulan', 'Realisasi', 'Target', 'Proyeksi'],
      ['Des 2025', '40,00%', '59,56%', '–'],
      ['Jan 2026', '42,50%', '60,80%', '–'],
      ['Feb 2026', '–', '60,80%', '44,00%'],
    ]);

    const [target, actual, projection] = chart.option.series;
    expect(target.data).toEqual([59.56, 60.8, 60.8]);
    expect(actual.data).toEqual([40, 42.5, null]);
    expect(projection.data).toEqual([null, 42.5, 44]);
    expect(projection.lineStyle.type).toBe('dashed');
    expect(chart.option.xAxis.data).toEqual(['Des 2025', 'Jan 2026', 'Feb 2026']);
  });

  it('says so when there is no monthly figure, and shows no projection column without one', () => {
    const { unmount } = renderWithProviders(<TrendChart indicator="UCJ" series={[]} targets={[]} />);
    expect(screen.getByText('Belum ada data bulanan.')).toBeTruthy();
    unmount();
    renderWithProviders(<TrendChart indicator="UCJ" series={[{ month: '2026-01', value: 50 }]} targets={[]} />, { lang: 'en' });
    const table = screen.getByRole('table', { name: 'Trend table of UCJ' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Month', 'Actual', 'Target']);
  });
});
