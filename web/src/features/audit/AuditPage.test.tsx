import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch, operator, renderWithProviders, requestBody, userWith } from '../../test/utils';
import { AuditPage, auditVariables } from './AuditPage';
import { auditDiff } from './diff';

const admin = userWith('ProvinceAdmin');
const modified = {
  id: '42',
  at: '2026-03-02T03:15:00Z',
  userName: 'op.dalamkaum',
  role: 'VillageOperator',
  scope: '61.01.01.2001',
  module: 'membership',
  entity: 'Person',
  entityId: '7',
  regionCode: '61.01.01.2001',
  action: 'Modified',
  before: '{"FullName":"Siti Rahma","Nik":"610101******0003","TermEnd":null}',
  after: '{"FullName":"Siti Rahmawati","Nik":"610101******0003","TermEnd":"2027-01-01"}',
  requestId: '0HN1:0001',
};
const added = { ...modified, id: '41', action: 'Added', at: '2026-03-01T02:00:00Z', before: null, after: '{"FullName":"Siti Rahma"}' };
const page = (nodes: unknown[], hasNextPage = false, endCursor: string | null = null) => ({
  body: { data: { auditTrail: { totalCount: 3, pageInfo: { hasNextPage, endCursor }, nodes } } },
});

describe('auditDiff', () => {
  it('pairs the values of both sides by field, marking what changed', () => {
    expect(auditDiff(modified.before, modified.after)).toEqual([
      { key: 'FullName', before: 'Siti Rahma', after: 'Siti Rahmawati', changed: true },
      { key: 'Nik', before: '610101******0003', after: '610101******0003', changed: false },
      { key: 'TermEnd', before: null, after: '2027-01-01', changed: true },
    ]);
    expect(auditDiff(null, '{"Programs":["JKK","JKM"],"Active":true}')).toEqual([
      { key: 'Programs', before: null, after: '["JKK","JKM"]', changed: true },
      { key: 'Active', before: null, after: 'true', changed: true },
    ]);
    expect(auditDiff(null, 'not json')).toEqual([{ key: '', before: null, after: 'not json', changed: true }]);
  });
});

describe('AuditPage', () => {
  it('filters from the address (whole WIB days), newest first, and expands a row into its before → after table', async () => {
    const fetchMock = mockFetch(page([modified, added], true, 'c2'), page([{ ...added, id: '40', entity: 'Enrollment' }]));
    renderWithProviders(<AuditPage />, { me: admin, route: '/audit?user=op.dalam&module=membership&entity=Person&from=2026-03-01&to=2026-03-02' });

    const table = await screen.findByRole('table', { name: 'Jejak audit, yang terbaru di atas' });
    const body = requestBody(fetchMock, 0);
    expect(body.query).toContain('order: [{at: DESC}]');
    expect(body.variables).toEqual({
      where: { userName: { contains: 'op.dalam' }, module: { eq: 'membership' }, entity: { contains: 'Person' } },
      from: '2026-03-01T00:00:00+07:00',
      to: '2026-03-03T00:00:00+07:00',
      first: 50,
      after: null,
    });
    expect((screen.getByLabelText('Modul') as HTMLSelectElement).value).toBe('membership');

    const row = within(table).getAllByRole('row')[1];
    expect(row.textContent).toContain('op.dalamkaum');
    expect(row.textContent).toContain('Diubah');
    // Named by who it is about and what it is, in words: no code names, no ids.
    expect(row.textContent).toContain('Siti Rahmawati');
    expect(row.textContent).toContain('Orang di daftar desa');
    expect(row.textContent).not.toContain('Person');
    expect(row.textContent).toContain('WIB');
    const toggle = within(row).getByRole('button', { name: 'Lihat perubahan' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');

    const diff = screen.getByRole('table', { name: 'Perubahan Orang di daftar desa 7' });
    const lines = within(diff)
      .getAllByRole('row')
      .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    // Only what changed; the unchanged fields on request.
    expect(lines).toEqual([
      ['Kolom', 'Sebelum', 'Sesudah'],
      ['Nama lengkap', 'Siti Rahma', 'Siti Rahmawati'],
      ['Akhir jabatan', '–', '2027-01-01'],
    ]);
    expect(within(diff).getByRole('row', { name: /Nama lengkap/ }).className).toBe('diff-changed');
    fireEvent.click(screen.getByRole('button', { name: 'Tampilkan juga 1 kolom yang tidak berubah' }));
    expect(within(diff).getAllByRole('row').map((r) => r.querySelector('th')?.textContent)).toEqual(['Kolom', 'Nama lengkap', 'NIK', 'Akhir jabatan']);
    expect(within(diff).getByRole('row', { name: /NIK/ }).className).toBe('');
    expect(screen.getByText('0HN1:0001')).toBeTruthy();

    fireEvent.click(within(row).getByRole('button', { name: 'Tutup' }));
    expect(screen.queryByRole('table', { name: 'Perubahan Orang di daftar desa 7' })).toBeNull();

    // An added entity has nothing before: one column of its values.
    const addedRow = within(table).getAllByRole('row')[2];
    fireEvent.click(within(addedRow).getByRole('button', { name: 'Lihat perubahan' }));
    const addedDiff = screen.getByRole('table', { name: 'Perubahan Orang di daftar desa 7' });
    expect(within(addedDiff).getAllByRole('row').map((r) => r.textContent)).toEqual(['KolomNilai ditambahkan', 'Nama lengkapSiti Rahma']);
    fireEvent.click(within(addedRow).getByRole('button', { name: 'Tutup' }));

    fireEvent.click(screen.getByRole('button', { name: 'Muat lagi' }));
    expect(await within(table).findAllByText(/Kepesertaan BPJS/)).toBeTruthy();
    expect(requestBody(fetchMock, 1).variables.after).toBe('c2');

    // The export is the server's: every entry the search finds (3 of them), not just the rows on screen.
    const csv = screen.getByRole('link', { name: 'Unduh CSV (semua 3 baris)' }).getAttribute('href');
    expect(csv).toBe('/api/audit/export?user=op.dalam&module=membership&entity=Person&from=2026-03-01&to=2026-03-02&format=csv');
    expect(screen.getByRole('link', { name: 'Unduh XLSX (semua 3 baris)' }).getAttribute('href')).toContain('format=xlsx');
  });

  it('shows an import summary with its rows as a table, the first 20, changed fields by name', async () => {
    const entries = Array.from({ length: 25 }, (_, i) => ({
      Id: `v${i}`,
      Kind: i === 0 ? 'CHANGED' : 'ADDED',
      Nik: `610101******00${String(i).padStart(2, '0')}`,
      FullName: `Warga ${i}`,
      ...(i === 0 ? { Fields: { fullName: ['Warga', 'Warga 0'], 'enrollment.kpj': ['1', '2'] } } : {}),
    }));
    const after = JSON.stringify({ file: 'daftar.csv', rows: 25, added: 24, changed: 1, entries });
    mockFetch(page([{ ...added, id: '50', entity: 'RosterImport', entityId: 'daftar.csv', action: 'Imported', after }]));
    renderWithProviders(<AuditPage />, { me: admin, route: '/audit' });
    const table = await screen.findByRole('table', { name: 'Jejak audit, yang terbaru di atas' });
    const row = within(table).getAllByRole('row')[1];
    expect(row.textContent).toContain('Impor daftar desa');
    fireEvent.click(within(row).getByRole('button', { name: 'Lihat perubahan' }));

    const details = screen.getByRole('table', { name: 'Perubahan Impor daftar desa daftar.csv' });
    expect(within(details).getByRole('row', { name: /^Berkas/ }).textContent).toBe('Berkasdaftar.csv');
    const rows = within(screen.getByRole('table', { name: '25 baris' })).getAllByRole('row');
    expect(rows).toHaveLength(21);
    expect([...rows[0].querySelectorAll('th')].map((c) => c.textContent)).toEqual(['ID', 'Jenis', 'NIK', 'Nama lengkap', 'Kolom yang berubah']);
    expect(rows[1].textContent).toContain('Nama lengkap, Kepesertaan BPJS: Nomor KPJ');
    expect(screen.getByText('dan 5 baris lagi — unduhan CSV/XLSX memuat semuanya.')).toBeTruthy();
  });

  it('applies the filter form to the address and asks again', async () => {
    const fetchMock = mockFetch(page([]), page([added]));
    renderWithProviders(<AuditPage />, { me: userWith('RegencyStaff', '61.01'), route: '/audit' });
    expect(await screen.findByText('Tidak ada perubahan yang cocok dengan filter ini.')).toBeTruthy();
    expect(requestBody(fetchMock, 0).variables).toEqual({ first: 50, after: null });
    fireEvent.change(screen.getByLabelText('Entitas'), { target: { value: 'DesaUser' } });
    fireEvent.change(screen.getByLabelText('Aksi'), { target: { value: 'Added' } });
    fireEvent.click(screen.getByRole('button', { name: 'Terapkan filter' }));
    expect(await screen.findByRole('table', { name: 'Jejak audit, yang terbaru di atas' })).toBeTruthy();
    expect(requestBody(fetchMock, 1).variables.where).toEqual({ entity: { contains: 'DesaUser' }, action: { contains: 'Added' } });
  });

  it('is closed to village operators and viewers', () => {
    renderWithProviders(<AuditPage />, { me: operator });
    expect(screen.getByRole('alert').textContent).toContain('Hanya admin provinsi dan staf kabupaten/kota');
  });

  it('builds no filter from empty fields', () => {
    expect(auditVariables({ user: ' ', module: '', entity: '', entityId: '', action: '', from: '', to: '' })).toEqual({});
  });
});
