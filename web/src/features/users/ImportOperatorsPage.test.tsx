import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { captureDownloads, mockFetch, renderWithProviders, requestBody, userWith } from '../../test/utils';
import { ImportOperatorsPage, passwordListFileName, templateCsv } from './ImportOperatorsPage';

const regency = userWith('RegencyStaff', '61.01');
const csv = 'user_name,full_name,village_code,contact\nop.a,Ani,61.01.01.2002,081234567890\nop.b,Budi,61.02.01.2001,081234567891\n';

const rows = [
  { line: 2, userName: 'op.a', fullName: 'Ani', villageCode: '61.01.01.2002', initialPassword: null },
  { line: 3, userName: 'op.b', fullName: 'Budi', villageCode: '61.02.01.2001', initialPassword: null },
];
const payload = (report: unknown) => ({ body: { data: { importOperators: { report, errors: [] } } } });
const refused = payload({
  applied: false,
  refused: true,
  created: 0,
  rows,
  problems: [
    { line: 3, column: 'village_code', code: 'UNKNOWN_REGION', message: "Wilayah '61.02.01.2001' tidak dikenal." },
    { line: 3, column: 'contact', code: 'INVALID_CONTACT', message: 'Kontak harus alamat email atau nomor telepon (9–15 angka).' },
  ],
});
const clean = payload({ applied: false, refused: false, created: 0, rows, problems: [] });
const created = payload({
  applied: true,
  refused: false,
  created: 2,
  rows: [
    { ...rows[0], initialPassword: 'Xk7#pQ2m-Lw9' },
    { ...rows[1], fullName: 'Budi, S.Pd', initialPassword: 'Rt4!zN8v-Hq3' },
  ],
  problems: [],
});

async function choose(name = 'operator.csv') {
  const file = new File([csv], name, { type: 'text/csv' });
  fireEvent.change(screen.getByLabelText('Berkas CSV operator desa'), { target: { files: [file] } });
  await screen.findByText(new RegExp(`^Berkas: ${name.replace('.', '\\.')}`));
}

const createButton = () => screen.getByRole('button', { name: 'Buat akun' }) as HTMLButtonElement;

describe('ImportOperatorsPage', () => {
  it('lists every problem by line after the dry run, marks the rows and keeps “Buat akun” disabled', async () => {
    const fetchMock = mockFetch(refused);
    renderWithProviders(<ImportOperatorsPage />, { me: regency, route: '/users/import' });
    expect(createButton().disabled).toBe(true);

    await choose();
    fireEvent.click(screen.getByRole('button', { name: 'Periksa berkas (uji coba)' }));

    const report = await screen.findByTestId('refused-report');
    expect(within(report).getByRole('alert').textContent).toContain('Berkas operator.csv ditolak: 2 masalah ditemukan.');
    expect(within(report).getByRole('alert').textContent).toContain('Tidak ada akun yang dibuat.');
    const problems = within(report).getByRole('table', { name: 'Masalah dalam berkas' });
    expect(
      within(problems)
        .getAllByRole('row')
        .slice(1)
        .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent)),
    ).toEqual([
      ['3', 'village_code', "Wilayah '61.02.01.2001' tidak dikenal."],
      ['3', 'contact', 'Kontak harus alamat email atau nomor telepon (9–15 angka).'],
    ]);
    const accounts = within(report).getByRole('table', { name: 'Akun di berkas (2)' });
    expect(within(accounts).getByRole('row', { name: /op\.a/ }).textContent).toContain('Siap');
    expect(within(accounts).getByRole('row', { name: /op\.b/ }).textContent).toContain('Bermasalah');
    expect(createButton().disabled).toBe(true);

    expect(requestBody(fetchMock).variables).toEqual({ input: { csv, dryRun: true } });
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('creates after a clean dry run, shows the one-time passwords once and downloads them as CSV', async () => {
    const fetchMock = mockFetch(clean, created);
    renderWithProviders(<ImportOperatorsPage />, { me: regency, route: '/users/import' });
    await choose();
    fireEvent.click(screen.getByRole('button', { name: 'Periksa berkas (uji coba)' }));
    expect((await screen.findByTestId('dry-run-report')).textContent).toContain('Uji coba operator.csv bersih: 2 akun siap dibuat.');
    expect(createButton().disabled).toBe(false);

    fireEvent.click(createButton());
    const result = await screen.findByTestId('created-report');
    expect(requestBody(fetchMock, 1).variables).toEqual({ input: { csv, dryRun: false } });
    expect(within(result).getByRole('status').textContent).toBe('2 akun operator desa dibuat.');
    expect(result.textContent).toContain('Hanya ditampilkan sekali.');
    expect(result.textContent).toContain('secara pribadi');
    const list = within(result).getByRole('table', { name: 'Akun yang dibuat dan kata sandi sementaranya' });
    expect(within(list).getByRole('row', { name: /op\.a/ }).textContent).toContain('Xk7#pQ2m-Lw9');
    expect(screen.queryByRole('button', { name: 'Buat akun' })).toBeNull();

    const downloads = captureDownloads();
    fireEvent.click(within(result).getByRole('button', { name: 'Unduh daftar kata sandi sementara' }));
    expect(downloads).toHaveLength(1);
    expect(downloads[0].fileName).toMatch(/^kata-sandi-sementara-\d{8}-\d{4}\.csv$/);
    expect(await downloads[0].blob.text()).toBe(
      'user_name,full_name,village_code,initial_password\n' +
        'op.a,Ani,61.01.01.2002,Xk7#pQ2m-Lw9\n' +
        'op.b,"Budi, S.Pd",61.02.01.2001,Rt4!zN8v-Hq3\n',
    );

    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    fireEvent.click(within(result).getByRole('button', { name: 'Cetak' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('offers a template with the header and an example village of the user’s region', () => {
    renderWithProviders(<ImportOperatorsPage />, { me: regency, route: '/users/import' });
    const link = screen.getByRole('link', { name: 'Unduh templat CSV' });
    expect(link.getAttribute('download')).toBe('templat-operator-desa.csv');
    expect(decodeURIComponent(link.getAttribute('href')!.replace(/^data:text\/csv;charset=utf-8,/, ''))).toBe(templateCsv('61.01'));
    expect(templateCsv('61.01')).toBe('user_name,full_name,village_code,contact\nop.contohdesa,Nama Lengkap Operator,61.01.01.2001,081234567890\n');
    expect(passwordListFileName(new Date(2026, 0, 5, 9, 7))).toBe('kata-sandi-sementara-20260105-0907.csv');
  });

  it('is not for village operators or viewers', () => {
    renderWithProviders(<ImportOperatorsPage />, { me: userWith('Viewer'), route: '/users/import' });
    expect(screen.getByRole('alert').textContent).toContain('Hanya admin provinsi dan staf kabupaten/kota');
    expect(screen.queryByLabelText('Berkas CSV operator desa')).toBeNull();
  });
});
