import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { callsOf, mockGraphql } from '../../test/mockGraphql';
import { renderWithProviders, userWith } from '../../test/utils';
import { lagExportUrl, LaggingVillagesPage } from './LaggingVillagesPage';

const areas = {
  region: {
    code: '61.01',
    name: 'Kabupaten Sambas',
    level: 'REGENCY',
    children: { nodes: [{ code: '61.01.01', name: 'Sambas', level: 'DISTRICT' }] },
  },
};

function page(nodes: unknown[], totalCount = nodes.length) {
  return { laggingVillages: { totalCount, pageInfo: { hasNextPage: totalCount > nodes.length, endCursor: 'o:0' }, nodes } };
}

const lubukDagang = {
  code: '61.01.01.2002',
  name: 'Lubuk Dagang',
  districtName: 'Sambas',
  regencyName: 'Kabupaten Sambas',
  inOffice: 0,
  covered: 0,
  coveragePercent: null,
  target: null,
  lastApprovedAt: null,
};

describe('LaggingVillagesPage', () => {
  it('lists the desa without a protected person, each leading to its roster, and exports the whole list', async () => {
    const fetchMock = mockGraphql({ LagAreas: areas, LaggingVillages: page([lubukDagang], 120) });
    renderWithProviders(<LaggingVillagesPage />, { me: userWith('RegencyStaff', '61.01') });

    const link = await screen.findByRole('link', { name: 'Lubuk Dagang' });
    expect(link.getAttribute('href')).toBe('/roster/61.01.01.2002');
    expect(screen.getByTestId('lag-count').textContent).toBe('120 desa');
    const row = link.closest('tr')!;
    expect(Array.from(row.children).map((c) => c.textContent)).toEqual([
      'Lubuk Dagang 61.01.01.2002', 'Sambas', 'Kabupaten Sambas', '0', '0', '–', '–', 'belum pernah',
    ]);
    expect(callsOf(fetchMock, 'LaggingVillages')[0]).toMatchObject({
      regionCode: '61.01', segment: 'APARATUR_DESA', kind: 'NO_COVERAGE', within: null, orderBy: 'CODE', descending: false,
    });
    expect(screen.getByRole('link', { name: 'Unduh CSV' }).getAttribute('href')).toBe(
      '/api/lagging-villages/export?region=61.01&segment=APARATUR_DESA&kind=no-coverage&format=csv',
    );
  });

  it('narrows, sorts and switches segment through the address', async () => {
    const fetchMock = mockGraphql({ LagAreas: areas, LaggingVillages: page([lubukDagang]) });
    renderWithProviders(<LaggingVillagesPage />, { me: userWith('RegencyStaff', '61.01') });
    await screen.findByRole('link', { name: 'Lubuk Dagang' });

    fireEvent.change(screen.getByLabelText('Segmen'), { target: { value: 'BPD' } });
    fireEvent.change(screen.getByLabelText('Wilayah'), { target: { value: '61.01.01' } });
    await vi.waitFor(() =>
      expect(callsOf(fetchMock, 'LaggingVillages')).toContainEqual(expect.objectContaining({ segment: 'BPD', within: '61.01.01' })),
    );
    fireEvent.click(within(await screen.findByRole('table')).getByRole('button', { name: /Cakupan/ }));
    await vi.waitFor(() =>
      expect(callsOf(fetchMock, 'LaggingVillages')).toContainEqual(expect.objectContaining({ orderBy: 'COVERAGE', descending: false })),
    );
    expect(lagExportUrl('61.01', 'BPD', 'BELOW_TARGET', '61.01.01', 'xlsx')).toBe(
      '/api/lagging-villages/export?region=61.01&segment=BPD&kind=below-target&format=xlsx&within=61.01.01',
    );
  });
});
