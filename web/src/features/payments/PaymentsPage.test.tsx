import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { callsOf, mockGraphql } from '../../test/mockGraphql';
import { renderWithProviders, userWith } from '../../test/utils';
import { PaymentsPage } from './PaymentsPage';

const village = '61.01.01.2001';

const arrears = {
  arrearsSummary: {
    asOf: '2024-05', monthsAllowed: 3, ruleSource: 'Asumsi platform', yearsWithoutPolicy: [] as number[], total: { people: 2, atRisk: 1, owed: 54600 },
  },
  arrears: {
    totalCount: 2,
    pageInfo: { hasNextPage: false, endCursor: null },
    nodes: [
      { entryId: 'e1', fullName: 'Siti Aminah', positionCode: 'kepala_dusun', positionName: 'Kepala Dusun', monthsOwed: 4, owed: 43680, consecutiveUnpaid: 4, atRisk: true, months: [] },
      { entryId: 'e2', fullName: 'Budi', positionCode: 'ketua_rt', positionName: 'Ketua RT', monthsOwed: 1, owed: 10920, consecutiveUnpaid: 0, atRisk: false, months: [] },
    ],
  },
};

describe('PaymentsPage', () => {
  it('shows a village’s arrears per person with the at-risk mark and the rule', async () => {
    const fetchMock = mockGraphql({ PaymentArrears: arrears });
    renderWithProviders(<PaymentsPage />, { me: userWith('VillageOperator', village) });

    const row = (await screen.findByRole('rowheader', { name: 'Siti Aminah' })).closest('tr')!;
    expect(within(row).getByText('Berisiko')).toBeTruthy();
    const other = screen.getByRole('rowheader', { name: 'Budi' }).closest('tr')!;
    expect(within(other).getByText('Lancar')).toBeTruthy();
    expect(screen.getByText(/lebih dari 3 bulan berturut-turut/)).toBeTruthy();
    expect(callsOf(fetchMock, 'PaymentArrears')[0]).toMatchObject({ regionCode: village });
    expect(screen.queryByTestId('no-policy')).toBeNull();
  });

  it('pages a long list, saying which people of how many it shows, and opens each person’s months', async () => {
    const months = [{ period: '2024-04', due: 10920, paid: 5000 }];
    const long = { ...arrears, arrears: { ...arrears.arrears, totalCount: 51, pageInfo: { hasNextPage: true, endCursor: 'c50' },
      nodes: [{ ...arrears.arrears.nodes[0], months }, arrears.arrears.nodes[1]] } };
    const fetchMock = mockGraphql({ PaymentArrears: (v: { after: string | null }) => (v.after ? arrears : long) });
    renderWithProviders(<PaymentsPage />, { me: userWith('VillageOperator', village) });

    expect(await screen.findByText('1–2 dari 51 orang')).toBeTruthy();
    expect(screen.getByText(/April 2024: terutang Rp10\.920, dibayar Rp5\.000/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Berikutnya' }));
    expect(await screen.findByText('51–52 dari 2 orang')).toBeTruthy();
    expect(callsOf(fetchMock, 'PaymentArrears').at(-1)).toMatchObject({ first: 50, after: 'c50' });
    fireEvent.click(screen.getByRole('button', { name: 'Sebelumnya' }));
    await vi.waitFor(() => expect(callsOf(fetchMock, 'PaymentArrears').at(-1)).toMatchObject({ after: null }));
  });

  it('lists a district’s arrears from an at-risk link but enters payments only per village', async () => {
    mockGraphql({ PaymentArrears: arrears });
    renderWithProviders(<PaymentsPage />, { me: userWith('RegencyStaff', '61.01'), route: '/payments?village=61.01.01' });
    expect(await screen.findByRole('rowheader', { name: 'Siti Aminah' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Catat pembayaran' })).toBeNull();
  });

  it('says what the dues assume for a year without a funding policy', async () => {
    mockGraphql({ PaymentArrears: { ...arrears, arrearsSummary: { ...arrears.arrearsSummary, yearsWithoutPolicy: [2024] } } });
    renderWithProviders(<PaymentsPage />, { me: userWith('VillageOperator', village) });
    expect((await screen.findByTestId('no-policy')).textContent).toMatch(/kebijakan pendanaan untuk 2024: .*APBDes tanpa diskon/);
  });

  it('records a payment by NIK and shows the wrong field’s reason in Indonesian', async () => {
    const fetchMock = mockGraphql({
      PaymentArrears: arrears,
      RecordPayment: {
        recordPayment: { payment: null, errors: [{ code: 'PAYMENT_UNKNOWN_NIK', message: 'x', field: 'nik', values: [] }] },
      },
    });
    renderWithProviders(<PaymentsPage />, { me: userWith('VillageOperator', village) });
    await screen.findByRole('rowheader', { name: 'Siti Aminah' });
    const form = screen.getByRole('region', { name: 'Catat pembayaran' });
    fireEvent.change(within(form).getByLabelText('NIK'), { target: { value: '6101019999990001' } });
    fireEvent.change(within(form).getByLabelText('Periode (TTTT-BB)'), { target: { value: '2024-05' } });
    fireEvent.change(within(form).getByLabelText('Jumlah (Rp)'), { target: { value: '10.920' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Simpan pembayaran' }));

    await vi.waitFor(() => expect(callsOf(fetchMock, 'RecordPayment')).toHaveLength(1));
    expect(callsOf(fetchMock, 'RecordPayment')[0].input).toEqual({
      villageCode: village, nik: '6101019999990001', kpj: null, period: '2024-05', amount: 10920,
    });
    expect(await screen.findByText('NIK ini bukan peserta terdaftar di roster desa.')).toBeTruthy();
  });

  it('lets a viewer read arrears but not record or import', async () => {
    mockGraphql({ PaymentArrears: arrears });
    renderWithProviders(<PaymentsPage />, { me: userWith('Viewer', '61.01'), route: `/payments?village=${village}` });
    await screen.findByRole('rowheader', { name: 'Siti Aminah' });
    expect(screen.queryByRole('region', { name: 'Catat pembayaran' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Impor tagihan/pembayaran BPJS' })).toBeNull();
  });
});
