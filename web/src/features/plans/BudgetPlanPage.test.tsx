import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { callsOf, mockGraphql } from '../../test/mockGraphql';
import { operator, renderWithProviders, userWith } from '../../test/utils';
import { BudgetPlanPage } from './BudgetPlanPage';

const line = (accountCode: string, group: string, people: number, months: number, monthlyPremium: number, note: string | null = null) => ({
  activityCode: '1.1.03', accountCode, group, payer: 'APBDES_ADD', people, months, monthlyPremium, total: people * months * monthlyPremium, note,
});

const computed = [line('5.1.3.03', 'KEPALA_DESA', 1, 12, 13104), line('5.1.3.04', 'PERANGKAT', 4, 12, 10920)];

function plan(overrides: object = {}) {
  return {
    id: 'plan-1', regionCode: '61.01.01.2001', year: 2026, revision: 0, rosterAsOf: '2026-01-02', computedAt: '2026-01-02T03:00:00Z',
    computedBy: 'op.dalamkaum', approvedAt: null, total: 681408, version: 1, lines: computed, computedLines: computed, previousLines: null,
    members: [], submissions: [],
    rates: [{ rateId: 1, rateVersion: 0, discountId: null, discount: null,
      rate: { scheme: 'PU', program: 'JKK', percent: 0.24, flatAmount: null, regulation: 'PP 44/2015', version: 1, toConfirm: false } }],
    ...overrides,
  };
}

describe('BudgetPlanPage', () => {
  it('lets the operator fill a vacancy on a line with a note and saves it with the version read', async () => {
    const fetchMock = mockGraphql({
      BudgetPlan: { budgetPlan: plan() },
      AdjustBudgetPlan: { adjustBudgetPlan: { budgetPlan: { id: 'plan-1' }, errors: [] } },
    });
    renderWithProviders(<BudgetPlanPage />, { me: operator, route: '/budget-plan?year=2026' });

    const head = (await screen.findAllByRole('row', { name: /5\.1\.3\.03/ }))[0];
    expect(head.textContent).toContain('Iuran Kepala Desa');
    expect(head.textContent).toContain('157.248');
    expect(screen.getByText(/PU JKK: 0,24% — PP 44\/2015 · tarif ini dikoreksi/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ubah baris' }));
    fireEvent.click(screen.getAllByRole('button', { name: 'Tambah baris serupa' })[1]);
    fireEvent.change(screen.getByLabelText('Orang 3'), { target: { value: '1' } });
    fireEvent.change(screen.getByLabelText('Bulan 3'), { target: { value: '6' } });
    fireEvent.change(screen.getByLabelText('Catatan 3'), { target: { value: 'Kaur baru Juli' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan perubahan' }));

    await vi.waitFor(() => expect(callsOf(fetchMock, 'AdjustBudgetPlan')).toHaveLength(1));
    const { input } = callsOf(fetchMock, 'AdjustBudgetPlan')[0] as { input: { planId: string; version: number; lines: { people: number; months: number; note: string | null }[] } };
    expect([input.planId, input.version]).toEqual(['plan-1', 1]);
    expect(input.lines.map((l) => [l.people, l.months, l.note])).toEqual([[1, 12, null], [4, 12, null], [1, 6, 'Kaur baru Juli']]);
    expect((await screen.findByRole('status')).textContent).toBe('Perubahan disimpan.');
  });

  it('asks why a computed line is removed and keeps it with 0 people and that reason; an added line just goes', async () => {
    const fetchMock = mockGraphql({
      BudgetPlan: { budgetPlan: plan() },
      AdjustBudgetPlan: { adjustBudgetPlan: { budgetPlan: { id: 'plan-1' }, errors: [] } },
    });
    const prompt = vi.spyOn(window, 'prompt').mockReturnValue(' Kaur mengundurkan diri ');
    renderWithProviders(<BudgetPlanPage />, { me: operator, route: '/budget-plan?year=2026' });

    fireEvent.click(await screen.findByRole('button', { name: 'Ubah baris' }));
    fireEvent.click(screen.getAllByRole('button', { name: 'Tambah baris serupa' })[1]);
    fireEvent.click(screen.getAllByRole('button', { name: 'Hapus baris' })[2]);
    expect(prompt).not.toHaveBeenCalled();
    fireEvent.click(screen.getAllByRole('button', { name: 'Hapus baris' })[1]);
    expect(prompt).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Simpan perubahan' }));

    await vi.waitFor(() => expect(callsOf(fetchMock, 'AdjustBudgetPlan')).toHaveLength(1));
    const { input } = callsOf(fetchMock, 'AdjustBudgetPlan')[0] as { input: { lines: { people: number; note: string | null }[] } };
    expect(input.lines.map((l) => [l.people, l.note])).toEqual([[1, null], [0, 'Kaur mengundurkan diri']]);
    prompt.mockRestore();
  });

  it('shows the regency what changed against the computed plan and the previous revision, and returns it with the reason', async () => {
    const adjusted = [...computed, line('5.1.3.04', 'PERANGKAT', 1, 6, 10920, 'Kaur baru Juli')];
    const submission = { id: 'sub-1', status: 'SUBMITTED', submittedAt: '2026-01-03T01:00:00Z', submittedBy: 'op.dalamkaum', reviewedAt: null, reviewedBy: null,
      reason: null, total: 746928, events: [{ kind: 'SUBMITTED', at: '2026-01-03T01:00:00Z', by: 'op.dalamkaum', reason: null }] };
    const fetchMock = mockGraphql({
      BudgetPlan: { budgetPlan: plan({ revision: 1, lines: adjusted, total: 746928, previousLines: computed, submissions: [submission] }) },
      WaitingBudgetPlans: { budgetPlans: { totalCount: 0, nodes: [] } },
      ReturnBudgetPlan: { returnBudgetPlan: { submission: { id: 'sub-1' }, errors: [] } },
    });
    renderWithProviders(<BudgetPlanPage />, { me: userWith('RegencyStaff', '61.01'), route: '/budget-plan?village=61.01.01.2001&year=2026' });

    expect(await screen.findByText(/APBDes Perubahan ke-1/)).toBeTruthy();
    expect(screen.getByText('Menunggu persetujuan')).toBeTruthy();
    const staffRow = screen.getAllByRole('row', { name: /^5\.1\.3\.04/ }).at(-1)!;
    expect(staffRow.textContent).toContain('65.520');
    expect(screen.queryByRole('button', { name: 'Ubah baris' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Alasan pengembalian'), { target: { value: 'Lampirkan SK pengangkatan' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kembalikan' }));
    await vi.waitFor(() => expect(callsOf(fetchMock, 'ReturnBudgetPlan')[0]).toEqual({ input: { submissionId: 'sub-1', reason: 'Lampirkan SK pengangkatan' } }));
  });

  it("shows regency staff their regency's APBD plan, on APBD accounts, and sends it to the province", async () => {
    const apbd = (accountCode: string, group: string, monthlyPremium: number) => ({ ...line(accountCode, group, 10, 12, monthlyPremium), activityCode: null, payer: 'APBD_KABUPATEN' });
    const lines = [apbd('5.1.02.02.02.0006', 'BPD', 10000), apbd('5.1.02.02.02.0007', 'BPD', 6800)];
    const fetchMock = mockGraphql({
      RegencyBudgetPlan: { regencyBudgetPlan: plan({ regionCode: '61.01', regionName: 'Kabupaten Sambas', lines, computedLines: lines, total: 2016000 }) },
      WaitingBudgetPlans: { budgetPlans: { totalCount: 1, nodes: [{ id: 'p2', regionCode: '61.01.01.2001', regionName: 'Dalam Kaum', year: 2026, revision: 0, total: 681408,
        submissions: [{ submittedAt: '2026-01-03T01:00:00Z', submittedBy: 'op.dalamkaum' }] }] } },
      SubmitRegencyBudgetPlan: { submitRegencyBudgetPlan: { submission: { id: 'sub-9' }, errors: [] } },
    });
    renderWithProviders(<BudgetPlanPage />, { me: userWith('RegencyStaff', '61.01'), route: '/budget-plan?year=2026' });

    expect(await screen.findByRole('heading', { name: 'Rencana anggaran APBD kabupaten/kota' })).toBeTruthy();
    const jkk = (await screen.findAllByRole('row', { name: /^5\.1\.02\.02\.02\.0006/ }))[0];
    expect(jkk.textContent).toContain('Iuran JKK bagi Non ASN — anggota BPD');
    expect(jkk.textContent).toContain('1.200.000');
    expect((await screen.findByRole('link', { name: /Dalam Kaum/ })).getAttribute('href')).toBe('/budget-plan?region=61.01.01.2001&year=2026');
    expect(screen.getByRole('link', { name: 'Unduh rincian APBD (CSV)' }).getAttribute('href')).toBe('/api/budget-plans/export/regency?regency=61.01&year=2026&format=csv');
    fireEvent.click(screen.getByRole('button', { name: 'Ajukan ke provinsi' }));
    await vi.waitFor(() => expect(callsOf(fetchMock, 'SubmitRegencyBudgetPlan')[0]).toEqual({ input: { planId: 'plan-1' } }));
    expect(callsOf(fetchMock, 'WaitingBudgetPlans')[0]).toEqual({ regionCode: '61.01', level: 'VILLAGE' });
  });
});
