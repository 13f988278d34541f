import { mockGraphql } from '../../test/mockGraphql';
import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { mockFetch, operator, renderWithProviders, requestBody, userWith } from '../../test/utils';
import { RegionPage } from './RegionPage';

const village = {
  code: '61.01.02.2001',
  name: 'Sungai Kumpai Baru',
  level: 'VILLAGE',
  kind: 'DESA',
  retiredOn: null,
  parentCode: '61.01.02',
  ancestors: [
    { code: '61', name: 'Kalimantan Barat' },
    { code: '61.01', name: 'Kabupaten Sambas' },
    { code: '61.01.02', name: 'Teluk Keramat' },
  ],
  counts: [],
  history: [
    {
      kind: 'RENAMED',
      oldValue: 'Sungai Kumpai',
      newValue: 'Sungai Kumpai Baru',
      changedAt: '2026-03-02T03:15:00Z',
      changedBy: 'admin.kalbar',
      source: 'regions-kalbar-2026.csv',
    },
  ],
};

const district = {
  code: '61.01.02',
  name: 'Teluk Keramat',
  level: 'DISTRICT',
  kind: null,
  retiredOn: null,
  parentCode: '61.01',
  ancestors: [
    { code: '61', name: 'Kalimantan Barat' },
    { code: '61.01', name: 'Kabupaten Sambas' },
  ],
  counts: [
    { level: 'VILLAGE', kind: 'KELURAHAN', count: 1 },
    { level: 'VILLAGE', kind: 'DESA', count: 24 },
  ],
  history: [],
};

const children = (nodes: unknown[], hasNextPage = false, totalCount = nodes.length) => ({
  body: {
    data: {
      region: { code: '61.01.02', children: { totalCount, pageInfo: { hasNextPage, endCursor: hasNextPage ? 'c50' : null }, nodes } },
    },
  },
});

function renderAt(code: string, me = userWith('ProvinceAdmin'), lang?: 'id' | 'en') {
  return renderWithProviders(
    <Routes>
      <Route path="/regions/:code" element={<RegionPage />} />
    </Routes>,
    { me, lang, route: `/regions/${code}` },
  );
}

function crumbs() {
  const nav = screen.getByRole('navigation', { name: 'Letak wilayah' });
  return within(nav)
    .getAllByRole('listitem')
    .map((li) => {
      const link = li.querySelector('a');
      return link ? `${link.textContent} → ${link.getAttribute('href')}` : li.textContent;
    });
}

describe('RegionPage', () => {
  it('shows the breadcrumb from the ancestors, the history and the export links', async () => {
    const fetchMock = mockFetch({ body: { data: { region: village } } });
    renderAt('61.01.02.2001');

    expect(await screen.findByRole('heading', { level: 1, name: 'Sungai Kumpai Baru' })).toBeTruthy();
    expect(crumbs()).toEqual([
      'Wilayah → /regions',
      'Kalimantan Barat → /regions/61',
      'Kabupaten Sambas → /regions/61.01',
      'Teluk Keramat → /regions/61.01.02',
      'Sungai Kumpai Baru',
    ]);
    expect(screen.getByText('Sungai Kumpai Baru', { selector: '[aria-current="page"]' })).toBeTruthy();
    expect(requestBody(fetchMock).variables).toEqual({ code: '61.01.02.2001' });

    const history = screen.getByRole('table', { name: /Riwayat perubahan Sungai Kumpai Baru/ });
    const row = within(history).getAllByRole('row')[1];
    const cells = [...row.querySelectorAll('td')].map((c) => c.textContent);
    expect(cells[0]).toBe('Diganti nama');
    expect(cells[1]).toBe('Sungai Kumpai → Sungai Kumpai Baru');
    expect(cells[2]).toMatch(/2 Mar 2026/);
    expect(cells[3]).toBe('admin.kalbar');
    expect(cells[4]).toBe('regions-kalbar-2026.csv');

    expect(screen.getByRole('link', { name: 'Unduh CSV' }).getAttribute('href')).toBe('/api/regions/export?root=61.01.02.2001&format=csv');
    expect(screen.getByRole('link', { name: 'Unduh XLSX' }).getAttribute('href')).toBe('/api/regions/export?root=61.01.02.2001&format=xlsx');
    // A village has no children table; a desa links to its roster.
    expect(screen.queryByRole('heading', { name: 'Wilayah langsung di bawahnya' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Lihat daftar orang desa ini' }).getAttribute('href')).toBe('/roster/61.01.02.2001');
    // The region, and (in scope) its people at risk.
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('shows a village’s people at risk as of the last closed month, linking to the arrears list', async () => {
    mockGraphql({ RegionDetail: { region: village }, AtRisk: { arrearsSummary: { asOf: '2024-05', total: { people: 12, atRisk: 3 } } } });
    renderAt('61.01.02.2001');
    const figure = await screen.findByTestId('at-risk');
    expect(figure.textContent).toMatch(/3 peserta berisiko/);
    expect(figure.textContent).toMatch(/dari 12 peserta aktif di desa yang mencatat pembayaran · per Mei 2024/);
    expect(within(figure).getByRole('link', { name: 'Lihat daftar tunggakan' }).getAttribute('href')).toBe('/payments?village=61.01.02.2001');
  });

  it('names the regions above a village operator but does not link outside their scope', async () => {
    mockFetch({ body: { data: { region: { ...village, code: '61.01.01.2001', name: 'Dalam Kaum', history: [] } } } });
    renderAt('61.01.01.2001', operator);
    await screen.findByRole('heading', { level: 1, name: 'Dalam Kaum' });
    expect(crumbs()).toEqual(['Wilayah → /regions', 'Kalimantan Barat', 'Kabupaten Sambas', 'Teluk Keramat', 'Dalam Kaum']);
    expect(screen.getByText('Belum ada perubahan sejak data awal dimuat.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Unduh daftar orang (CSV)' }).getAttribute('href')).toBe(
      '/api/roster/export?region=61.01.01.2001&format=csv',
    );
  });

  it('offers no roster download outside the reader’s scope', async () => {
    mockFetch({ body: { data: { region: district } } });
    renderAt('61.01.02', operator);
    await screen.findByRole('heading', { level: 1, name: 'Teluk Keramat' });
    expect(screen.queryByRole('link', { name: 'Unduh daftar orang (CSV)' })).toBeNull();
  });

  it('counts what is under a district with plain labels and pages its children', async () => {
    const first = Array.from({ length: 2 }, (_, i) => ({
      code: `61.01.02.200${i + 1}`,
      name: `Desa ${i + 1}`,
      level: 'VILLAGE',
      kind: 'DESA',
      retiredOn: null,
    }));
    const fetchMock = mockFetch(
      { body: { data: { region: district } } },
      children(first, true, 3),
      children([{ code: '61.01.02.1001', name: 'Kelurahan Satu', level: 'VILLAGE', kind: 'KELURAHAN', retiredOn: '2026-01-05' }]),
    );
    renderAt('61.01.02');
    await screen.findByRole('heading', { level: 1, name: 'Teluk Keramat' });
    // The people of every village under it, as one spreadsheet.
    const people = screen.getByRole('group', { name: 'Unduh daftar orang di wilayah ini' });
    expect(within(people).getByRole('link', { name: 'Unduh daftar orang (CSV)' }).getAttribute('href')).toBe(
      '/api/roster/export?region=61.01.02&format=csv',
    );
    expect(within(people).getByRole('link', { name: 'Unduh daftar orang (XLSX)' }).getAttribute('href')).toBe(
      '/api/roster/export?region=61.01.02&format=xlsx',
    );

    const counts = screen.getByRole('table', { name: 'Jumlah wilayah aktif di bawah Teluk Keramat' });
    const rows = within(counts)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.textContent);
    expect(rows).toEqual(['Desa24', 'Kelurahan1']);

    const table = await screen.findByRole('table', { name: 'Wilayah langsung di bawah Teluk Keramat' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByText('Menampilkan 2 dari 3.')).toBeTruthy();
    expect(requestBody(fetchMock, 1).variables).toEqual({ code: '61.01.02', first: 50, after: null, includeRetired: false });

    fireEvent.click(screen.getByRole('button', { name: 'Muat lagi' }));
    expect(await screen.findByText('Kelurahan Satu')).toBeTruthy();
    expect(requestBody(fetchMock, 2).variables.after).toBe('c50');
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(within(within(table).getAllByRole('row')[3]).getByText('Dipensiunkan')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Muat lagi' })).toBeNull();
  });

  it('says so when the region is unknown or outside the scope, with a way back', async () => {
    mockFetch({ body: { data: { region: null } } });
    renderAt('62.01', operator);
    expect(await screen.findByText('Wilayah 62.01 tidak ditemukan atau di luar cakupan Anda.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Kembali ke daftar wilayah' }).getAttribute('href')).toBe('/regions');
  });

  it('speaks English labels in the English UI', async () => {
    mockFetch({ body: { data: { region: village } } });
    renderAt('61.01.02.2001', userWith('ProvinceAdmin'), 'en');
    await screen.findByRole('heading', { level: 1, name: 'Sungai Kumpai Baru' });
    expect(screen.getByRole('navigation', { name: 'Where this region is' })).toBeTruthy();
    expect(screen.getByText('Renamed')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Download CSV' })).toBeTruthy();
  });
});
