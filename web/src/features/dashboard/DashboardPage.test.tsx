import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { nationalReader, renderWithProviders, userWith } from '../../test/utils';
import { callsOf, mockGraphql } from '../../test/mockGraphql';
import { DashboardPage } from './DashboardPage';

function figures(regionCode: string, regionName: string, inOffice: number, covered: number, villages = 10, withCoverage = 3) {
  return {
    regionCode,
    regionName,
    peopleInOffice: inOffice,
    peopleCovered: covered,
    coveragePercent: inOffice === 0 ? 0 : (covered / inOffice) * 100,
    villages,
    villagesWithCoverage: withCoverage,
  };
}

function coverage(overrides: Record<string, unknown> = {}) {
  return {
    coverage: {
      year: 2026,
      asOf: '2026-03-01T08:00:00+07:00',
      region: { code: '61', name: 'Kalimantan Barat', level: 'PROVINCE' },
      target: { indicator: 'IKU-3', percent: 60.8 },
      total: figures('61', 'Kalimantan Barat', 20, 12),
      byRegion: [figures('61.01', 'Sambas', 20, 12)],
      // Not in display order: the page puts them in the roster's order.
      bySegment: [
        { segment: 'EKOSISTEM_DESA', peopleInOffice: 0, peopleCovered: 0, coveragePercent: 0 },
        { segment: 'APARATUR_DESA', peopleInOffice: 12, peopleCovered: 9, coveragePercent: 75 },
        { segment: 'BPD', peopleInOffice: 8, peopleCovered: 3, coveragePercent: 37.5 },
      ],
      pendingChanges: 4,
      ...overrides,
    },
  };
}

describe('DashboardPage', () => {
  it('shows coverage per segment and the changes still waiting for approval', async () => {
    const fetchMock = mockGraphql({ Coverage: coverage() });
    renderWithProviders(<DashboardPage />, { me: userWith('ProvinceAdmin') });

    expect(await screen.findByTestId('coverage-percent')).toBeTruthy();
    expect(callsOf(fetchMock, 'Coverage')[0]).toEqual({ regionCode: '61', year: 2026 });

    const table = screen.getByRole('table', { name: 'Rincian per segmen' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => Array.from(r.children).map((c) => c.textContent))).toEqual([
      ['Aparatur desa', '12', '9', '75,00%'],
      ['BPD', '8', '3', '37,50%'],
      // Nobody in office: no coverage to speak of, not 0 %.
      ['Ekosistem desa', '0', '0', '–'],
    ]);

    expect(screen.getByTestId('pending-changes').textContent).toBe(
      '4 perubahan menunggu persetujuan kabupaten — belum dihitung dalam angka ini',
    );
    // The regions table is still there, unchanged.
    expect(screen.getByRole('table', { name: 'Rincian per wilayah' })).toBeTruthy();
  });

  it('says nothing about pending changes when none wait, and speaks English', async () => {
    mockGraphql({ Coverage: coverage({ pendingChanges: 0 }) });
    renderWithProviders(<DashboardPage />, { me: userWith('ProvinceAdmin'), lang: 'en' });

    const table = await screen.findByRole('table', { name: 'Breakdown by segment' });
    expect(within(table).getAllByRole('rowheader').map((c) => c.textContent)).toEqual([
      'Village government',
      'BPD',
      'Village ecosystem',
    ]);
    expect(screen.queryByTestId('pending-changes')).toBeNull();
    expect(screen.queryByText(/waiting for the regency/)).toBeNull();
  });

  it('says one change in the singular in English', async () => {
    mockGraphql({ Coverage: coverage({ pendingChanges: 1 }) });
    renderWithProviders(<DashboardPage />, { me: userWith('ProvinceAdmin'), lang: 'en' });
    expect((await screen.findByTestId('pending-changes')).textContent).toBe(
      '1 change waiting for the regency’s approval — not yet counted in these figures',
    );
  });

  it('starts a national reader at Indonesia and leads down to the provinces', async () => {
    const country = {
      region: { code: '', name: 'Indonesia', level: 'COUNTRY' },
      total: figures('', 'Indonesia', 30, 15),
      byRegion: [figures('61', 'Kalimantan Barat', 20, 12), figures('62', 'Kalimantan Tengah', 10, 3)],
    };
    const fetchMock = mockGraphql({ Coverage: coverage(country) });
    renderWithProviders(<DashboardPage />, { me: nationalReader });

    const province = await screen.findByRole('link', { name: 'Kalimantan Tengah' });
    expect(callsOf(fetchMock, 'Coverage')[0]).toEqual({ regionCode: '', year: 2026 });
    expect(screen.getByText('Wilayah: Indonesia', { exact: false })).toBeTruthy();
    expect(province.getAttribute('href')).toBe('/?region=62');
    expect(screen.queryByRole('link', { name: /Kembali ke/ })).toBeNull();
  });

  it('shows a region under one’s own from the address, with the way back', async () => {
    const fetchMock = mockGraphql({ Coverage: coverage() });
    renderWithProviders(<DashboardPage />, { me: nationalReader, route: '/?region=61' });

    expect(await screen.findByRole('link', { name: 'Kembali ke Indonesia' })).toBeTruthy();
    expect(callsOf(fetchMock, 'Coverage')[0]).toEqual({ regionCode: '61', year: 2026 });
  });

  it('puts the children on the map against the target, and a region chosen there opens its dashboard', async () => {
    const fetchMock = mockGraphql({
      Coverage: coverage({ byRegion: [figures('61.01', 'Sambas', 20, 12), figures('61.02', 'Mempawah', 0, 0)] }),
    });
    renderWithProviders(<DashboardPage />, { me: userWith('ProvinceAdmin') });

    const legend = await screen.findByTestId('map-legend');
    // 60 % of people against a target of 60.80 %: 98.7 % attained. Mempawah has nobody in office: no figure.
    expect(within(legend).getByText('90–100%').closest('li')?.textContent).toContain('Sambas');
    expect(within(legend).getByText('Belum ada data').closest('li')?.textContent).toContain('Mempawah');
    // The province's outlines were asked for (none here: the legend lists the regions all the same).
    expect(fetchMock).toHaveBeenCalledWith('/geo/61.json');

    fireEvent.click(within(legend).getByRole('button', { name: 'Sambas' }));
    await vi.waitFor(() => expect(callsOf(fetchMock, 'Coverage')).toContainEqual({ regionCode: '61.01', year: 2026 }));
  });
});
