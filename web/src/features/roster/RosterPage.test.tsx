import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { mockFetch, operator, renderWithProviders, requestBody, userWith } from '../../test/utils';
import { RosterPage } from './RosterPage';

const rosterData = {
  data: {
    region: { code: '61.01.01.2001', name: 'Dalam Kaum', kind: 'DESA', level: 'VILLAGE' },
    people: {
      totalCount: 1,
      nodes: [
        {
          id: 'p1',
          fullName: 'Ahmad Yani',
          nik: '610101******0001',
          position: { code: 'KADES', name: 'Kepala Desa' },
          termStart: '2024-03-01',
          termEnd: null,
          status: 'DRAFT',
          covered: true,
          enrollment: { kpj: '12345678901', programs: ['JKK', 'JKM'], monthlyPremium: { amount: 13104 } },
        },
      ],
    },
    submissions: { nodes: [] },
    positions: [
      { code: 'KADES', name: 'Kepala Desa', segment: 'APARATUR_DESA' },
      { code: 'SEKDES', name: 'Sekretaris Desa', segment: 'APARATUR_DESA' },
      { code: 'BPD_KETUA', name: 'Ketua BPD', segment: 'BPD' },
    ],
  },
};

function errorNextTo(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids
    .map((id) => document.getElementById(id))
    .filter((el): el is HTMLElement => !!el && el.classList.contains('field-error'))
    .map((el) => el.textContent)
    .join(' ');
}

describe('RosterPage', () => {
  it('lists the village roster with masked NIK, status, cover and premium', async () => {
    mockFetch({ body: rosterData });
    renderWithProviders(<RosterPage />, { me: operator, route: '/roster' });

    expect(await screen.findByRole('heading', { name: 'Daftar orang — Dalam Kaum' })).toBeTruthy();
    const row = screen.getByRole('row', { name: /Ahmad Yani/ });
    const cells = within(row);
    expect(cells.getByText('610101******0001')).toBeTruthy();
    expect(cells.getByText('Kepala Desa')).toBeTruthy();
    expect(cells.getByText('Draf')).toBeTruthy();
    expect(cells.getByText('Ya')).toBeTruthy();
    expect(cells.getByText('Rp13.104')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Ajukan ke kabupaten' })).toBeTruthy();
  });

  it('locks a waiting roster and lets the operator withdraw the submission', async () => {
    const waiting = { data: { ...rosterData.data, submissions: { nodes: [
      { id: 's1', status: 'SUBMITTED', submittedAt: '2026-11-23T01:00:00Z', reviewedAt: null, reason: null },
    ] } } };
    const withdrawn = { data: { withdrawSubmission: { submission: { id: 's1', status: 'WITHDRAWN' }, errors: [] } } };
    const fetchMock = mockFetch({ body: waiting }, { body: withdrawn }, { body: rosterData });
    renderWithProviders(<RosterPage />, { me: operator, route: '/roster' });

    fireEvent.click(await screen.findByRole('button', { name: 'Tarik pengajuan' }));
    expect(screen.queryByRole('button', { name: 'Tambah orang' })).toBeNull();
    expect(await screen.findByRole('button', { name: 'Ajukan ke kabupaten' })).toBeTruthy();
    expect(requestBody(fetchMock, 1).variables).toEqual({ input: { submissionId: 's1' } });
  });

  it('shows addPerson user errors next to the named fields', async () => {
    const fetchMock = mockFetch(
      { body: rosterData },
      {
        body: {
          data: {
            addPerson: {
              person: null,
              errors: [
                { code: 'NIK_INVALID', message: 'NIK harus 16 digit angka.', field: 'nik' },
                { code: 'TERM_END_BEFORE_START', message: 'Akhir jabatan sebelum mulai jabatan.', field: 'termEnd' },
                { code: 'KPJ_TAKEN', message: 'Nomor KPJ sudah dipakai orang lain.', field: 'enrollment.kpj' },
                { code: 'ROSTER_LOCKED', message: 'Daftar sedang menunggu persetujuan.', field: null },
              ],
            },
          },
        },
      },
    );
    renderWithProviders(<RosterPage />, { me: operator, route: '/roster' });
    await screen.findByRole('heading', { name: 'Daftar orang — Dalam Kaum' });

    // JKK + JKM are the default programs.
    expect((screen.getByLabelText(/^JKK/) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText(/^JKM/) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText(/^JHT/) as HTMLInputElement).checked).toBe(false);

    fireEvent.change(screen.getByLabelText('Nama lengkap'), { target: { value: 'Budi Santoso' } });
    fireEvent.change(screen.getByLabelText('NIK'), { target: { value: '61010112' } });
    expect(screen.getByText('16 digit angka sesuai KTP — baru 8 digit.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Jabatan'), { target: { value: 'SEKDES' } });
    fireEvent.change(screen.getByLabelText('Mulai menjabat'), { target: { value: '2026-01-05' } });
    fireEvent.change(screen.getByLabelText('Selesai menjabat (opsional)'), { target: { value: '2025-01-05' } });
    fireEvent.change(screen.getByLabelText('Nomor KPJ'), { target: { value: '11122233344' } });
    fireEvent.click(screen.getByLabelText(/^JHT/));
    fireEvent.change(screen.getByLabelText('Tanggal mulai kepesertaan'), { target: { value: '2026-02-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tambah orang' }));

    await screen.findByText('NIK harus 16 digit angka.');
    const nik = screen.getByLabelText('NIK');
    expect(nik.getAttribute('aria-invalid')).toBe('true');
    expect(errorNextTo(nik)).toBe('NIK harus 16 digit angka.');
    expect(errorNextTo(screen.getByLabelText('Selesai menjabat (opsional)'))).toBe('Akhir jabatan sebelum mulai jabatan.');
    expect(errorNextTo(screen.getByLabelText('Nomor KPJ'))).toBe('Nomor KPJ sudah dipakai orang lain.');
    expect(errorNextTo(screen.getByLabelText('Nama lengkap'))).toBe('');
    expect(document.activeElement).toBe(nik);

    // An error without a field goes to the top of the form.
    const top = document.getElementById('person-form-errors')!;
    expect(top.getAttribute('role')).toBe('alert');
    expect(top.textContent).toContain('Daftar sedang menunggu persetujuan.');
    expect(top.textContent).not.toContain('NIK harus');

    const body = requestBody(fetchMock, 1);
    expect(body.operationName).toBe('AddPerson');
    expect(body.variables.input).toEqual({
      villageCode: '61.01.01.2001',
      fullName: 'Budi Santoso',
      nik: '61010112',
      positionCode: 'SEKDES',
      termStart: '2026-01-05',
      termEnd: '2025-01-05',
      enrollment: { kpj: '11122233344', programs: ['JKK', 'JKM', 'JHT'], startDate: '2026-02-01' },
    });
  });

  it('sends regency staff without a village to the village picker', () => {
    const fetchMock = mockFetch();
    renderWithProviders(<RosterPage />, { me: userWith('RegencyStaff', '61.01'), route: '/roster' });
    expect(screen.getByRole('heading', { name: 'Pilih desa' })).toBeTruthy();
    expect(screen.getByLabelText('Nama atau kode desa')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('is read-only for regency staff viewing a village', async () => {
    const { positions: _unused, ...withoutPositions } = rosterData.data;
    const fetchMock = mockFetch({ body: { data: withoutPositions } });
    renderWithProviders(
      <Routes>
        <Route path="/roster/:villageCode" element={<RosterPage />} />
      </Routes>,
      { me: userWith('RegencyStaff', '61.01'), route: '/roster/61.01.01.2001' },
    );
    expect(await screen.findByRole('heading', { name: 'Daftar orang — Dalam Kaum' })).toBeTruthy();
    expect(requestBody(fetchMock).variables).toEqual({ villageCode: '61.01.01.2001', withPositions: false });
    expect(screen.queryByRole('button', { name: 'Tambah orang' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ajukan ke kabupaten' })).toBeNull();
    expect(screen.getByText(/hanya operator desa yang dapat mengubahnya/)).toBeTruthy();
  });
});
