import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { callsOf, mockGraphql } from '../../test/mockGraphql';
import { renderWithProviders, userWith } from '../../test/utils';
import { BudgetGapPage } from './BudgetGapPage';

const row = (regionCode: string, regionName: string, extra: object = {}) => ({
  regionCode, regionName, desa: 195, desaPriced: 195, peoplePriced: 4, peopleUnpriced: 0, desaWithApprovedPlan: 1,
  needed: 620928, planned: 419328, paid: 10920, gapToPlanned: 201600, gapToPaid: 610008,
  byPayer: [
    { payer: 'APBDES_ADD', needed: 419328, planned: 419328, gap: 0 },
    { payer: 'APBD_KABUPATEN', needed: 201600, planned: 0, gap: 201600 },
  ],
  ...extra,
});

const gap = {
  budgetGap: {
    regionCode: '61', regionName: 'Kalimantan Barat', year: 2026, rosterAsOf: '2026-06-10', paidThrough: '2026-05',
    total: row('61', 'Kalimantan Barat', { desa: 2046, desaPriced: 195, peopleUnpriced: 1 }),
    children: [row('61.01', 'Kabupaten Sambas'), row('61.02', 'Kabupaten Mempawah', { desa: 60, desaPriced: 0, needed: 0, byPayer: [] })],
  },
};

const segment = (name: string, extra: object = {}) => ({
  segment: name, target: null, targetSetFor: null, inOffice: 0, covered: 0, toEnrol: null, peoplePriced: 0, perPerson: [], cost: [], ...extra,
});

const cost = (bpdAs: string) => ({
  targetCost: {
    regionCode: '61', year: 2026, asOf: '2026-06-10', targetYears: [2026, 2030], policyYears: [{ regencyCode: '61.01', year: 2026 }],
    scenario: bpdAs === 'PU' ? 'BPD sebagai PU; tanpa JHT tambahan' : 'BPD menurut kebijakan; tanpa JHT tambahan',
    total: {
      regionCode: '61', regionName: 'Kalimantan Barat', desa: 2046, desaPriced: 195, unpriced: false,
      cost: [{ payer: 'APBD_KABUPATEN', amount: bpdAs === 'PU' ? 64800 : 201600 }],
      segments: [
        segment('APARATUR_DESA', { inOffice: 3, covered: 1, peoplePriced: 3 }),
        segment('BPD', {
          target: 100, targetSetFor: '61', inOffice: 1, toEnrol: 1, peoplePriced: 1,
          perPerson: [{ payer: 'APBD_KABUPATEN', amount: bpdAs === 'PU' ? 64800 : 201600 }],
          cost: [{ payer: 'APBD_KABUPATEN', amount: bpdAs === 'PU' ? 64800 : 201600 }],
        }),
        segment('EKOSISTEM_DESA'),
        segment('KEPALA_DESA'),
      ],
    },
    children: [],
  },
});

describe('BudgetGapPage', () => {
  it('shows needed, planned and the gap by payer, how partial the figures are, and each child region leading down', async () => {
    const fetchMock = mockGraphql({ BudgetGap: gap, TargetCost: (v: { switches: { bpdAs: string } }) => cost(v.switches.bpdAs) });
    renderWithProviders(<BudgetGapPage />, { me: userWith('ProvinceAdmin', '61'), route: '/budget-gap?year=2026' });

    const payers = await screen.findByRole('table', { name: 'Per pembayar' });
    const regency = within(payers).getByRole('rowheader', { name: 'APBD kabupaten/kota' }).closest('tr')!;
    expect(within(regency).getAllByText('Rp201.600')).toHaveLength(2);
    expect(screen.getAllByText(/Angka ini mencakup 195 dari 2\.046 desa/)).toHaveLength(2);
    expect(screen.getByText(/1 orang menjabat di desa yang kabupaten\/kotanya belum menetapkan/)).toBeTruthy();
    expect(screen.getByText(/tanpa menyebut pembayar/)).toBeTruthy();
    const children = screen.getByRole('table', { name: 'Per wilayah di bawahnya' });
    expect(within(children).getByRole('link', { name: 'Kabupaten Mempawah' }).getAttribute('href')).toContain('region=61.02');
    const sambas = within(children).getByRole('rowheader', { name: 'Kabupaten Sambas' }).closest('tr')!;
    expect(within(sambas).getByText('APBD kabupaten/kota:')).toBeTruthy();
    expect(within(sambas).queryByText('APBDes (ADD):')).toBeNull();
    expect(screen.getAllByRole('link', { name: 'Unduh (XLSX)' })[0].getAttribute('href')).toBe('/api/budget-gap/export?region=61&year=2026&format=xlsx');
    expect(callsOf(fetchMock, 'BudgetGap')[0]).toEqual({ regionCode: '61', year: 2026 });
  });

  it('sends the province admin to the targets page when no person-coverage target is set, and tells others who sets them', async () => {
    const untargeted = { targetCost: { ...cost('POLICY').targetCost, targetYears: [] } };
    mockGraphql({ BudgetGap: gap, TargetCost: untargeted });
    const { unmount } = renderWithProviders(<BudgetGapPage />, { me: userWith('ProvinceAdmin', '61'), route: '/budget-gap?year=2026' });
    expect((await screen.findByRole('link', { name: 'Tetapkan target di halaman Target.' })).getAttribute('href')).toBe('/targets');
    unmount();

    mockGraphql({ BudgetGap: gap, TargetCost: untargeted });
    renderWithProviders(<BudgetGapPage />, { me: userWith('RegencyStaff', '61.01'), route: '/budget-gap?year=2026' });
    expect(await screen.findByText(/Target ditetapkan oleh admin provinsi\./)).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Tetapkan target/ })).toBeNull();
  });

  it('prices the targets under a switch set it names, and says UCJ cannot be turned into people', async () => {
    const fetchMock = mockGraphql({ BudgetGap: gap, TargetCost: (v: { switches: { bpdAs: string } }) => cost(v.switches.bpdAs) });
    renderWithProviders(<BudgetGapPage />, { me: userWith('Viewer', '61'), route: '/budget-gap?year=2026' });

    await screen.findByText(/BPD menurut kebijakan/);
    expect(screen.getAllByText('Belum ada target').length).toBeGreaterThan(0);
    expect(screen.getByText(/Target UCJ diukur atas seluruh penduduk bekerja/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText('BPD dihitung sebagai'), { target: { value: 'PU' } });
    await screen.findByText(/BPD sebagai PU/);
    await vi.waitFor(() => expect(callsOf(fetchMock, 'TargetCost').at(-1)).toMatchObject({ switches: { bpdAs: 'PU', jhtForKepalaDesa: false } }));
    expect(screen.getAllByRole('link', { name: 'Unduh (CSV)' }).at(-1)!.getAttribute('href')).toBe('/api/target-cost/export?region=61&year=2026&bpdAs=pu&format=csv');
  });
});
