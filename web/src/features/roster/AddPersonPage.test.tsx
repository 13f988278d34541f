import { fireEvent, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { mockFetch, operator, renderWithProviders, requestBody, userWith } from '../../test/utils';
import { fromNik, parseRupiah } from './personFormValues';
import { AddPersonPage } from './AddPersonPage';

const formData = {
  data: {
    region: { code: '61.01.01.2001', name: 'Dalam Kaum' },
    positions: [
      { code: 'KADES', name: 'Kepala Desa', segment: 'APARATUR_DESA', defaultWageBase: 2426640 },
      { code: 'SEKDES', name: 'Sekretaris Desa', segment: 'APARATUR_DESA', defaultWageBase: 2022200 },
      { code: 'BPD_KETUA', name: 'Ketua BPD', segment: 'BPD', defaultWageBase: 2022200 },
    ],
    submissions: { nodes: [] },
  },
};

function renderPage(me = operator) {
  return renderWithProviders(
    <Routes>
      <Route path="/roster/:villageCode/new" element={<AddPersonPage />} />
    </Routes>,
    { me, route: '/roster/61.01.01.2001/new' },
  );
}

function errorNextTo(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids
    .map((id) => document.getElementById(id))
    .filter((el): el is HTMLElement => !!el && el.classList.contains('field-error'))
    .map((el) => el.textContent)
    .join(' ');
}

const change = (label: string | RegExp, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('AddPersonPage', () => {
  it('reads sex and birth date from the NIK', () => {
    expect(fromNik('6101015708900003')).toEqual({ sex: 'FEMALE', birthDate: '1990-08-17' });
    expect(fromNik('6101011203050001', new Date('2026-01-01'))).toEqual({ sex: 'MALE', birthDate: '2005-03-12' });
    expect(fromNik('6101013202900001')).toBeNull(); // 32 February
    expect(fromNik('61010112')).toBeNull();
  });

  it('fills sex and birth date from the NIK and sends every field', async () => {
    const fetchMock = mockFetch(
      { body: formData },
      { body: { data: { addPerson: { person: { id: 'p9', fullName: 'Siti Rahmawati', status: 'DRAFT' }, errors: [] } } } },
    );
    renderPage();
    await screen.findByLabelText('Nama lengkap');

    change('Nama lengkap', 'Siti Rahmawati');
    change('NIK', '6101015708900003');
    expect((screen.getByLabelText('Jenis kelamin') as HTMLSelectElement).value).toBe('FEMALE');
    expect((screen.getByLabelText('Tanggal lahir') as HTMLInputElement).value).toBe('1990-08-17');
    expect(screen.getByText('Menurut NIK: Perempuan.')).toBeTruthy();
    change('Nomor HP (opsional)', '081234567890');
    change('Jabatan', 'SEKDES');
    change('Pengangkatan', 'ACTING');
    change('Mulai menjabat', '2024-01-01');
    change('Nomor SK (opsional)', '141/12/2023');
    change('Tanggal SK (opsional)', '2023-12-20');
    change('Nomor KPJ', '12345678901');
    change('Tanggal mulai kepesertaan', '2024-02-01');
    change('Status kepesertaan', 'INACTIVE');
    // Scheme PU by default; the wage base is the position's unless one is typed.
    expect((screen.getByLabelText('Skema kepesertaan') as HTMLSelectElement).value).toBe('PU');
    expect(screen.getByText(/Kosongkan untuk memakai dasar upah jabatan \(Rp2\.022\.200\)/)).toBeTruthy();
    change('Skema kepesertaan', 'BPU');
    change('Dasar upah per bulan (opsional)', 'Rp 2.750.000');
    fireEvent.click(screen.getByRole('button', { name: 'Tambah orang' }));

    expect(await screen.findByText('Siti Rahmawati ditambahkan ke daftar sebagai draf.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Buka data Siti Rahmawati' }).getAttribute('href')).toBe('/roster/person/p9');
    expect(screen.getByRole('link', { name: 'Kembali ke daftar desa' }).getAttribute('href')).toBe('/roster/61.01.01.2001');
    expect(requestBody(fetchMock, 1).variables.input).toEqual({
      villageCode: '61.01.01.2001',
      fullName: 'Siti Rahmawati',
      nik: '6101015708900003',
      sex: 'FEMALE',
      birthDate: '1990-08-17',
      phone: '081234567890',
      positionCode: 'SEKDES',
      termStart: '2024-01-01',
      termEnd: null,
      skNumber: '141/12/2023',
      skDate: '2023-12-20',
      appointment: 'ACTING',
      nikNote: null,
      enrollment: {
        kpj: '12345678901',
        programs: ['JKK', 'JKM'],
        startDate: '2024-02-01',
        status: 'INACTIVE',
        scheme: 'BPU',
        wageBase: 2750000,
      },
    });
    // Cleared for the next person.
    expect((screen.getByLabelText('Nama lengkap') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('Skema kepesertaan') as HTMLSelectElement).value).toBe('PU');
    expect((screen.getByLabelText('Dasar upah per bulan (opsional)') as HTMLInputElement).value).toBe('');
  });

  it('checks the NIK and the KPJ before asking the server', async () => {
    const fetchMock = mockFetch({ body: formData });
    renderPage();
    await screen.findByLabelText('Nama lengkap');

    change('Nama lengkap', 'Budi');
    change('NIK', '61010112');
    expect(screen.getByText('16 digit angka sesuai KTP — baru 8 digit.')).toBeTruthy();
    change('Jabatan', 'KADES');
    change('Mulai menjabat', '2024-01-01');
    change('Nomor KPJ', '12-34');
    change('Tanggal mulai kepesertaan', '2024-02-01');
    fireEvent.click(screen.getByRole('button', { name: 'Tambah orang' }));

    const nik = screen.getByLabelText('NIK');
    expect(errorNextTo(nik)).toBe('NIK harus 16 digit angka.');
    expect(nik.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(nik);
    expect(errorNextTo(screen.getByLabelText('Nomor KPJ'))).toBe('Nomor KPJ hanya berisi angka (paling banyak 20 digit).');
    expect(screen.getByRole('alert').textContent).toContain('Data belum bisa disimpan:');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('checks the wage base: whole rupiah, and only with a KPJ number', async () => {
    const fetchMock = mockFetch({ body: formData });
    renderPage();
    await screen.findByLabelText('Nama lengkap');
    change('Nama lengkap', 'Budi');
    change('NIK', '6101011201800001');
    change('Jabatan', 'KADES');
    change('Mulai menjabat', '2024-01-01');
    change('Dasar upah per bulan (opsional)', '2.500.000,50');
    fireEvent.click(screen.getByRole('button', { name: 'Tambah orang' }));

    const wage = screen.getByLabelText('Dasar upah per bulan (opsional)');
    expect(errorNextTo(wage)).toBe('Tulis dasar upah dalam rupiah tanpa sen, misalnya 2.500.000, atau kosongkan.');
    expect(wage.getAttribute('aria-invalid')).toBe('true');
    expect(errorNextTo(screen.getByLabelText('Nomor KPJ'))).toBe('Isi nomor KPJ, atau kosongkan dasar upah.');
    expect(screen.getByText(/Kosongkan untuk memakai dasar upah jabatan \(Rp2\.426\.640\)/)).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('reads typed rupiah amounts', () => {
    expect(parseRupiah('')).toBeNull();
    expect(parseRupiah('  ')).toBeNull();
    expect(parseRupiah('2500000')).toBe(2500000);
    expect(parseRupiah('2.500.000')).toBe(2500000);
    expect(parseRupiah('Rp2.500.000')).toBe(2500000);
    expect(parseRupiah('Rp. 2.500.000')).toBe(2500000);
    expect(parseRupiah('2.50.000')).toBeNaN();
    expect(parseRupiah('2,5 juta')).toBeNaN();
    expect(parseRupiah('0')).toBeNaN();
    expect(parseRupiah('-100')).toBeNaN();
  });

  it('shows the server user errors next to the named fields', async () => {
    const fetchMock = mockFetch(
      { body: formData },
      {
        body: {
          data: {
            addPerson: {
              person: null,
              errors: [
                {
                  code: 'NIK_DISTRICT_UNKNOWN',
                  message: 'Kecamatan 61.01.99 dalam NIK (digit 1–6) tidak ada.',
                  field: 'nik',
                  values: [{ name: 'district', value: '61.01.99' }],
                },
                { code: 'TERM_END_BEFORE_START', message: 'Akhir masa jabatan tidak boleh sebelum awalnya.', field: 'termEnd' },
                { code: 'KPJ_TAKEN', message: 'Nomor KPJ sudah dipakai orang lain.', field: 'enrollment.kpj' },
                {
                  code: 'NIK_HELD_ELSEWHERE',
                  message: 'NIK ini juga memegang jabatan di desa 61.01.02.2001.',
                  field: 'nikNote',
                  values: [{ name: 'villages', value: '61.01.02.2001' }],
                },
                { code: 'ROSTER_LOCKED', message: 'Daftar sedang menunggu persetujuan.', field: null },
              ],
            },
          },
        },
      },
    );
    renderPage();
    await screen.findByLabelText('Nama lengkap');

    expect((screen.getByLabelText(/^JKK/) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText(/^JHT/) as HTMLInputElement).checked).toBe(false);
    change('Nama lengkap', 'Budi Santoso');
    change('NIK', '6101991201800001');
    change('Jabatan', 'SEKDES');
    change('Mulai menjabat', '2026-01-05');
    change('Selesai menjabat (opsional)', '2025-01-05');
    change('Nomor KPJ', '11122233344');
    fireEvent.click(screen.getByLabelText(/^JHT/));
    change('Tanggal mulai kepesertaan', '2026-02-01');
    fireEvent.click(screen.getByRole('button', { name: 'Tambah orang' }));

    await screen.findByText('Kecamatan 61.01.99 dalam NIK (digit 1–6) tidak ada.');
    const nik = screen.getByLabelText('NIK');
    expect(nik.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(nik);
    expect(errorNextTo(screen.getByLabelText('Selesai menjabat (opsional)'))).toBe('Akhir masa jabatan tidak boleh sebelum awalnya.');
    expect(errorNextTo(screen.getByLabelText('Nomor KPJ'))).toBe('Nomor KPJ sudah dipakai orang lain.');
    const note = screen.getByLabelText('Keterangan NIK di desa lain (opsional)');
    expect(errorNextTo(note)).toMatch(/^NIK ini juga memegang jabatan di desa 61\.01\.02\.2001\. Biasanya ini salah data/);
    expect(screen.getByText(/Bila memang benar, jelaskan di sini/)).toBeTruthy();
    expect(errorNextTo(screen.getByLabelText('Nama lengkap'))).toBe('');

    const top = document.getElementById('person-form-errors')!;
    expect(top.textContent).toContain('Daftar desa ini sedang menunggu keputusan atas sebuah pengajuan');
    expect(top.textContent).not.toContain('Kecamatan');

    const body = requestBody(fetchMock, 1);
    expect(body.operationName).toBe('AddPerson');
    expect(body.variables.input.enrollment).toEqual({
      kpj: '11122233344',
      programs: ['JKK', 'JKM', 'JHT'],
      startDate: '2026-02-01',
      status: 'ACTIVE',
      scheme: 'PU',
      // Empty wage base: left out, the server takes the position's default.
    });
    expect(body.variables.input.sex).toBe('MALE');
    expect(body.variables.input.birthDate).toBe('1980-01-12');
  });

  it('is closed to anyone but the village operator', () => {
    const fetchMock = mockFetch();
    renderPage(userWith('RegencyStaff', '61.01'));
    expect(screen.getByRole('alert').textContent).toContain('Hanya operator desa ini');
    expect(screen.getByRole('link', { name: 'Kembali ke daftar desa' })).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
