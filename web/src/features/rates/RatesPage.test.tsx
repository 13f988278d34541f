import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { callsOf, mockGraphql } from '../../test/mockGraphql';
import { renderWithProviders, userWith } from '../../test/utils';
import { RatesPage } from './RatesPage';

function rate(id: string, scheme: string, program: string, effectiveFrom: string, more: Record<string, unknown> = {}) {
  return {
    id, scheme, program, effectiveFrom, percent: null, flatAmount: null, minimumAmount: null, wageCap: null, effectiveUntil: null,
    regulation: 'PP 44/2015', note: null, toConfirm: false, version: 0, figuresLocked: true, ...more,
  };
}

const table = {
  premiumRates: [
    rate('1', 'PU', 'JKK', '2015-07-01', { percent: 0.24 }),
    rate('4', 'PU', 'JP', '2025-03-01', { percent: 3, wageCap: 10547400, regulation: 'PP 45/2015; surat BPJS B/726/022025' }),
    rate('5', 'PU', 'JP', '2026-03-01', { percent: 3, wageCap: 11086300, regulation: 'PP 45/2015; surat BPJS B/1226/022026', toConfirm: true, version: 2 }),
    rate('6', 'BPU', 'JKM', '2015-07-01', { flatAmount: 6800, note: 'Tidak diubah oleh PP 6/2025' }),
    rate('9', 'PU', 'JKM', '2090-01-01', { percent: 0.35, figuresLocked: false }),
  ],
  premiumRateDiscounts: [
    { id: '1', scheme: 'BPU', program: 'JKK', percent: 50, effectiveFrom: '2026-04-01', effectiveUntil: '2026-12-31', regulation: 'PP 50/2025', note: 'Di luar sektor transportasi.', version: 0 },
  ],
};

describe('RatesPage', () => {
  it('lists the versions by scheme with their dates, regulation, note and to-confirm mark, and the discounts', async () => {
    mockGraphql({ RateTable: table });
    renderWithProviders(<RatesPage />, { me: userWith('Viewer') });

    const jp2026 = (await screen.findByText('PP 45/2015; surat BPJS B/1226/022026')).closest('tr')!;
    expect(jp2026.textContent).toContain('3,00% dari upah, upah paling tinggi Rp11.086.300');
    expect(jp2026.textContent).toContain('berlaku');
    expect(within(jp2026).getByText('perlu konfirmasi')).toBeTruthy();
    expect(screen.getByText('PP 45/2015; surat BPJS B/726/022025').closest('tr')!.textContent).toContain('diganti');
    expect(screen.getByText('Rp6.800 per bulan').closest('tr')!.textContent).toContain('Tidak diubah oleh PP 6/2025');
    expect(screen.getByText('0,35% dari upah').closest('tr')!.textContent).toContain('akan berlaku');
    expect(screen.getByText('PP 50/2025').closest('tr')!.textContent).toContain('Potongan 50,00%');
    expect(screen.getByText('Hanya admin provinsi yang mengubah tarif.')).toBeTruthy();
    expect(screen.getByText(/PP 6\/2025 hanya mengubah iuran JKP dan PP 7\/2025 hanya berlaku bagi industri padat karya/)).toBeTruthy();
    const programs = within(screen.getByRole('heading', { name: 'Penerima Upah (PU)' }).closest('section')!).getAllByRole('rowheader');
    expect(programs.map((p) => p.textContent)).toEqual(['JKK', 'JKM', 'JP', 'JP']);
    expect(screen.queryByRole('button', { name: /Koreksi|Tambah/ })).toBeNull();
  });

  it('lets the province admin confirm a rate in force, its figures locked, sending back the version read', async () => {
    const saved = { correctPremiumRate: { premiumRate: { id: '5' }, errors: [] } };
    const fetchMock = mockGraphql({ RateTable: table, CorrectPremiumRate: saved });
    renderWithProviders(<RatesPage />, { me: userWith('ProvinceAdmin') });

    fireEvent.click(await screen.findByRole('button', { name: 'Koreksi tarif JP PU mulai 1 Mar 2026' }));
    expect(screen.getByLabelText('Batas upah (Rp, boleh kosong)').closest('fieldset')!.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Perlu konfirmasi (belum pasti)'));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await vi.waitFor(() => expect(callsOf(fetchMock, 'CorrectPremiumRate')[0]).toEqual({
      input: {
        id: 5, version: 2, effectiveFrom: '2026-03-01', percent: 3, flatAmount: null, minimumAmount: null, wageCap: 11086300,
        regulation: 'PP 45/2015; surat BPJS B/1226/022026', note: null, toConfirm: false,
      },
    }));
    expect((await screen.findByRole('status')).textContent).toContain('disimpan');
  });

  it('lets the province admin extend a discount by a new regulation, sending the version read', async () => {
    const extended = { endPremiumRateDiscount: { premiumRateDiscount: { id: '1' }, errors: [] } };
    const fetchMock = mockGraphql({ RateTable: { ...table, premiumRateDiscounts: [{ ...table.premiumRateDiscounts[0], effectiveUntil: '2099-12-31' }] }, EndPremiumRateDiscount: extended });
    renderWithProviders(<RatesPage />, { me: userWith('ProvinceAdmin') });

    fireEvent.click(await screen.findByRole('button', { name: 'Ubah hari terakhir potongan JKK BPU (PP 50/2025) mulai 1 Apr 2026' }));
    fireEvent.change(screen.getByLabelText('Hari terakhir berlaku'), { target: { value: '2100-06-30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    await vi.waitFor(() => expect(callsOf(fetchMock, 'EndPremiumRateDiscount')[0]).toEqual({ input: { id: 1, version: 0, effectiveUntil: '2100-06-30' } }));
    expect((await screen.findByRole('status')).textContent).toBe('Potongan JKK BPU (PP 50/2025) kini berakhir 30 Jun 2100.');
  });

  it('words a discount refused for overlapping another, and offers no change to a discount already over', async () => {
    const refused = {
      addPremiumRateDiscount: {
        premiumRateDiscount: null,
        errors: [{ code: 'DISCOUNT_OVERLAP', field: 'effectiveFrom', message: 'x', values: [{ name: 'regulation', value: 'PP 50/2025' }, { name: 'from', value: '2026-04-01' }, { name: 'until', value: '2026-12-31' }] }],
      },
    };
    const past = { ...table.premiumRateDiscounts[0], effectiveUntil: '2000-12-31' };
    const fetchMock = mockGraphql({ RateTable: { ...table, premiumRateDiscounts: [past] }, AddPremiumRateDiscount: refused });
    renderWithProviders(<RatesPage />, { me: userWith('ProvinceAdmin') });

    expect(await screen.findByRole('button', { name: 'Tambah potongan' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Ubah hari terakhir/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Tambah potongan' }));
    const form = screen.getByRole('form', { name: 'Tambah potongan' });
    fireEvent.change(within(form).getByLabelText('Potongan (% dari iuran)'), { target: { value: '50' } });
    fireEvent.change(within(form).getByLabelText('Berlaku mulai'), { target: { value: '2026-06-01' } });
    fireEvent.change(within(form).getByLabelText('Hari terakhir berlaku'), { target: { value: '2026-12-31' } });
    fireEvent.change(within(form).getByLabelText('Peraturan atau surat'), { target: { value: 'PP 60/2026' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Sudah ada potongan program dan skema ini (PP 50/2025) yang berlaku 2026-04-01 s.d. 2026-12-31.');
    expect(callsOf(fetchMock, 'AddPremiumRateDiscount')[0]).toEqual({
      input: { scheme: 'BPU', program: 'JKK', percent: 50, effectiveFrom: '2026-06-01', effectiveUntil: '2026-12-31', regulation: 'PP 60/2026', note: null },
    });
  });

  it('words a refused new version', async () => {
    const refused = { addPremiumRate: { premiumRate: null, errors: [{ code: 'RATE_DATE_TAKEN', field: 'effectiveFrom', message: 'x', values: [{ name: 'date', value: '2015-07-01' }] }] } };
    const fetchMock = mockGraphql({ RateTable: table, AddPremiumRate: refused });
    renderWithProviders(<RatesPage />, { me: userWith('ProvinceAdmin') });

    fireEvent.click(await screen.findByRole('button', { name: 'Tambah versi tarif' }));
    fireEvent.change(screen.getByLabelText('Berlaku mulai'), { target: { value: '2015-07-01' } });
    fireEvent.change(screen.getByLabelText('Persen'), { target: { value: '0,24' } });
    fireEvent.change(screen.getByLabelText('Peraturan atau surat'), { target: { value: 'PP 44/2015' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Sudah ada versi tarif program ini yang berlaku mulai 2015-07-01; koreksi versi itu.');
    expect(callsOf(fetchMock, 'AddPremiumRate')[0]).toMatchObject({ input: { scheme: 'PU', program: 'JKK', percent: 0.24, effectiveFrom: '2015-07-01' } });
  });
});
