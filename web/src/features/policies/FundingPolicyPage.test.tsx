import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { callsOf, mockGraphql } from '../../test/mockGraphql';
import { operator, renderWithProviders, userWith } from '../../test/utils';
import { FundingPolicyPage } from './FundingPolicyPage';

const shares = (payer: string) => ['JKK', 'JKM'].map((program) => ({ program, payer, percent: 100 }));

function group(name: string, scheme: string, wageRule: string, wageAmount: number | null, payer: string, wageBases: [string, string, number][]) {
  return {
    group: name, scheme, programs: ['JKK', 'JKM'], wageRule, wageAmount, positionWages: [], shares: shares(payer),
    wageBases: wageBases.map(([positionCode, positionName, amount]) => ({ positionCode, positionName, amount })),
  };
}

const sambas2026 = {
  id: 'p1', regionCode: '61.01', regionName: 'Kabupaten Sambas', year: 2026, regulationNumber: 'Perbup Sambas Nomor 12 Tahun 2025',
  regulationDate: '2025-12-20', bpdAccountCode: null, bpuDiscountForVillageBudget: false, note: null, version: 3,
  groups: [
    group('KEPALA_DESA', 'PU', 'SILTAP_MINIMUM', null, 'APBDES_ADD', [['kepala_desa', 'Kepala Desa', 2426640]]),
    group('PERANGKAT', 'PU', 'SILTAP_MINIMUM', null, 'APBDES_ADD', [['sekretaris_desa', 'Sekretaris Desa', 2224420], ['kaur_keuangan', 'Kaur Keuangan', 2022200], ['kasi_pelayanan', 'Kasi Pelayanan', 2022200], ['kepala_dusun', 'Kepala Dusun', 2022200]]),
    group('BPD', 'BPU', 'DECLARED_INCOME', 1000000, 'APBD_KABUPATEN', [['bpd_ketua', 'Ketua BPD', 1000000]]),
    group('EKOSISTEM', 'BPU', 'DECLARED_INCOME', 1000000, 'MEMBER_DEDUCTION', [['ketua_rt', 'Ketua RT', 1000000]]),
  ],
};

const positions = [
  { code: 'kepala_desa', name: 'Kepala Desa', segment: 'APARATUR_DESA', isVillageHead: true },
  { code: 'sekretaris_desa', name: 'Sekretaris Desa', segment: 'APARATUR_DESA', isVillageHead: false },
  { code: 'kaur_keuangan', name: 'Kaur Keuangan', segment: 'APARATUR_DESA', isVillageHead: false },
  { code: 'bpd_ketua', name: 'Ketua BPD', segment: 'BPD', isVillageHead: false },
];

const choice = { region: { code: '61', name: 'Kalimantan Barat', children: { nodes: [{ code: '61.01', name: 'Kabupaten Sambas' }, { code: '61.02', name: 'Kabupaten Mempawah' }] } } };

describe('FundingPolicyPage', () => {
  it("shows a village operator their regency's policy, read-only", async () => {
    const fetchMock = mockGraphql({ FundingPolicy: { fundingPolicy: sambas2026, fundingPolicies: [{ regionCode: '61.01', year: 2026 }] } });
    renderWithProviders(<FundingPolicyPage />, { me: operator, route: '/funding-policy?year=2026' });

    const bpd = (await screen.findByRole('row', { name: /BPD/ })) as HTMLElement;
    expect(bpd.textContent).toContain('BPU (bukan penerima upah)');
    expect(bpd.textContent).toContain('APBD kabupaten/kota 100%');
    const perangkat = screen.getByRole('row', { name: /perangkat desa/ });
    expect(perangkat.textContent).toContain('Rp2.224.420 (Sekretaris Desa); Rp2.022.200 (3 jabatan)');
    expect(screen.getByText('Perbup Sambas Nomor 12 Tahun 2025, tanggal 20 Des 2025')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ubah kebijakan' })).toBeNull();
    expect(callsOf(fetchMock, 'FundingPolicy')[0]).toEqual({ regionCode: '61.01.01.2001', year: 2026 });
  });

  it('shows the province admin the first regency, lets them pick another and copy last year into a year without a policy', async () => {
    const fetchMock = mockGraphql({
      RegencyChoice: choice,
      FundingPolicy: (v: { regionCode: string }) =>
        v.regionCode === '61.02' ? { fundingPolicy: null, fundingPolicies: [{ regionCode: '61.02', year: 2026 }] } : { fundingPolicy: { ...sambas2026, year: 2027 }, fundingPolicies: [] },
      CopyFundingPolicy: { copyFundingPolicy: { fundingPolicy: { regionCode: '61.01', year: 2027, version: 0 }, errors: [] } },
    });
    renderWithProviders(<FundingPolicyPage />, { me: userWith('ProvinceAdmin'), route: '/funding-policy?year=2027' });
    expect(await screen.findByText('Perbup Sambas Nomor 12 Tahun 2025, tanggal 20 Des 2025')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Kabupaten/kota'), { target: { value: '61.02' } });
    expect(await screen.findByText('Belum ada kebijakan pendanaan Kabupaten Mempawah untuk 2027.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Salin dari 2026' }));
    await vi.waitFor(() => expect(callsOf(fetchMock, 'CopyFundingPolicy')[0]).toEqual({ input: { regionCode: '61.02', fromYear: 2026, toYear: 2027 } }));
    expect((await screen.findByRole('status')).textContent).toBe('Kebijakan 2027 disalin dari 2026; periksa dan ubah bila perlu.');
  });

  it("offers the regency's own amount per position of the group and sends only the amounts typed", async () => {
    const fetchMock = mockGraphql({
      FundingPolicy: { fundingPolicy: sambas2026, fundingPolicies: [], positions },
      SetFundingPolicy: { setFundingPolicy: { fundingPolicy: { ...sambas2026, version: 4 }, errors: [] } },
    });
    renderWithProviders(<FundingPolicyPage />, { me: userWith('RegencyStaff', '61.01'), route: '/funding-policy?year=2026' });
    fireEvent.click(await screen.findByRole('button', { name: 'Ubah kebijakan' }));
    const perangkat = screen.getByRole('group', { name: 'perangkat desa' });
    expect(within(perangkat).queryByRole('group', { name: /Besaran per jabatan/ })).toBeNull();
    fireEvent.change(within(perangkat).getByLabelText('Dasar upah'), { target: { value: 'REGENCY_AMOUNT' } });
    fireEvent.change(within(perangkat).getByLabelText('Besaran sebulan (Rp)'), { target: { value: '2.100.000' } });
    const wages = within(perangkat).getByRole('group', { name: /Besaran per jabatan/ });
    expect(within(wages).getAllByRole('textbox').map((box) => box.closest('label')?.textContent)).toEqual(['Sekretaris Desa', 'Kaur Keuangan']);
    fireEvent.change(within(wages).getByLabelText('Sekretaris Desa'), { target: { value: '2.500.000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));

    await vi.waitFor(() => expect(callsOf(fetchMock, 'SetFundingPolicy')).toHaveLength(1));
    expect(callsOf(fetchMock, 'SetFundingPolicy')[0].input.groups[1]).toMatchObject({
      group: 'PERANGKAT', wageRule: 'REGENCY_AMOUNT', wageAmount: 2100000, positionWages: [{ positionCode: 'sekretaris_desa', amount: 2500000 }],
    });
  });

  it('sends the changed policy with the version read and words the errors per group', async () => {
    const refused = {
      setFundingPolicy: {
        fundingPolicy: null,
        errors: [{ code: 'FUNDING_POLICY_SHARES_TOTAL', field: 'groups.2.shares', message: 'x', values: [{ name: 'group', value: 'BPD' }, { name: 'program', value: 'JKM' }, { name: 'total', value: '60' }] }],
      },
    };
    const fetchMock = mockGraphql({ FundingPolicy: { fundingPolicy: sambas2026, fundingPolicies: [] }, SetFundingPolicy: refused });
    renderWithProviders(<FundingPolicyPage />, { me: userWith('RegencyStaff', '61.01'), route: '/funding-policy?year=2026' });
    fireEvent.click(await screen.findByRole('button', { name: 'Ubah kebijakan' }));
    const bpd = screen.getByRole('group', { name: 'BPD' });
    fireEvent.change(within(bpd).getAllByLabelText('Persen JKM')[0], { target: { value: '60' } });
    fireEvent.change(screen.getByLabelText('Kode rekening premi BPD (APBDes)'), { target: { value: '5.1.4.91' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }));

    expect((await screen.findByRole('alert')).textContent).toBe('BPD: Bagian pembayar iuran JKM berjumlah 60%, harus 100%.');
    const input = callsOf(fetchMock, 'SetFundingPolicy')[0].input;
    expect(input).toMatchObject({ regionCode: '61.01', year: 2026, version: 3, bpdAccountCode: '5.1.4.91', regulationNumber: 'Perbup Sambas Nomor 12 Tahun 2025' });
    expect(input.groups[2].shares).toEqual([{ program: 'JKK', payer: 'APBD_KABUPATEN', percent: 100 }, { program: 'JKM', payer: 'APBD_KABUPATEN', percent: 60 }]);
    expect(input.groups[0]).toMatchObject({ group: 'KEPALA_DESA', wageRule: 'SILTAP_MINIMUM', wageAmount: null });
  });
});
