import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch, renderWithProviders, requestBody, userWith } from '../../test/utils';
import { regionFilter, RegionsPage } from './RegionsPage';

const page = (nodes: unknown[], hasNextPage: boolean, totalCount: number, endCursor: string | null = null) => ({
  body: { data: { regions: { totalCount, pageInfo: { hasNextPage, endCursor }, nodes } } },
});
const regencies = {
  body: {
    data: {
      region: {
        code: '61',
        children: {
          totalCount: 1,
          pageInfo: { hasNextPage: false, endCursor: null },
          nodes: [{ code: '61.01', name: 'Kabupaten Sambas', level: 'REGENCY', kind: 'KABUPATEN', retiredOn: null }],
        },
      },
    },
  },
};
const kumpai = {
  code: '61.01.02.2001',
  name: 'Sungai Kumpai',
  level: 'VILLAGE',
  kind: 'DESA',
  retiredOn: null,
  ancestors: [
    { code: '61', name: 'Kalimantan Barat' },
    { code: '61.01', name: 'Kabupaten Sambas' },
    { code: '61.01.02', name: 'Teluk Keramat' },
  ],
};

describe('regionFilter', () => {
  it('searches by code for a (partial) Kemendagri code and by name otherwise', () => {
    expect(regionFilter('61.01.', '')).toEqual({ code: { startsWith: '61.01.' } });
    expect(regionFilter(' sungai kumpai ', 'VILLAGE')).toEqual({ name: { contains: 'sungai kumpai' }, level: { eq: 'VILLAGE' } });
    expect(regionFilter('', '')).toBeUndefined();
  });
});

describe('RegionsPage', () => {
  it('searches by name and level from the URL, loads more and shows the tree from the user’s region', async () => {
    const more = { ...kumpai, code: '61.04.01.2001', name: 'Sungai Kumpai Hulu' };
    const fetchMock = mockFetch(page([kumpai], true, 2, 'c1'), regencies, page([more], false, 2));
    renderWithProviders(<RegionsPage />, { me: userWith('ProvinceAdmin'), route: '/regions?q=sungai%20kumpai&level=VILLAGE' });

    const table = await screen.findByRole('table', { name: 'Hasil pencarian wilayah' });
    expect(requestBody(fetchMock, 0).variables).toEqual({
      where: { name: { contains: 'sungai kumpai' }, level: { eq: 'VILLAGE' } },
      first: 50,
      after: null,
    });
    const row = within(table).getByRole('row', { name: /Sungai Kumpai/ });
    expect(row.textContent).toContain('61.01.02.2001');
    expect(row.textContent).toContain('Desa');
    expect(row.textContent).toContain('Kabupaten Sambas › Teluk Keramat');
    expect(within(row).getByRole('link', { name: 'Sungai Kumpai' }).getAttribute('href')).toBe('/regions/61.01.02.2001');
    expect((screen.getByLabelText('Nama atau kode') as HTMLInputElement).value).toBe('sungai kumpai');

    // The tree starts open at the user's own region.
    const tree = screen.getByRole('navigation', { name: 'Pohon wilayah' });
    expect(within(tree).getByRole('button', { name: 'Tutup Kalimantan Barat' }).getAttribute('aria-expanded')).toBe('true');
    expect(await within(tree).findByRole('link', { name: 'Kabupaten Sambas' })).toBeTruthy();
    expect(requestBody(fetchMock, 1).variables).toEqual({ code: '61', first: 200, after: null });

    fireEvent.click(screen.getByRole('button', { name: 'Muat lagi' }));
    expect(await within(table).findByText('Sungai Kumpai Hulu')).toBeTruthy();
    expect(requestBody(fetchMock, 2).variables.after).toBe('c1');
    expect(screen.getByText('Menampilkan 2 dari 2.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Muat lagi' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Impor berkas wilayah' })).toBeTruthy();
  });

  it('loads a branch of the tree when it is opened', async () => {
    const districts = {
      body: {
        data: {
          region: {
            code: '61.01',
            children: {
              totalCount: 1,
              pageInfo: { hasNextPage: false, endCursor: null },
              nodes: [{ code: '61.01.02', name: 'Teluk Keramat', level: 'DISTRICT', kind: null, retiredOn: null }],
            },
          },
        },
      },
    };
    const fetchMock = mockFetch(page([], false, 0), regencies, districts);
    renderWithProviders(<RegionsPage />, { me: userWith('Viewer'), route: '/regions' });
    const tree = screen.getByRole('navigation', { name: 'Pohon wilayah' });
    fireEvent.click(await within(tree).findByRole('button', { name: 'Buka Kabupaten Sambas' }));
    expect(await within(tree).findByRole('link', { name: 'Teluk Keramat' })).toBeTruthy();
    expect(requestBody(fetchMock, 2).variables).toEqual({ code: '61.01', first: 200, after: null });
    expect(screen.queryByRole('link', { name: 'Impor berkas wilayah' })).toBeNull();
  });
});
