import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { mockFetch, operator, renderWithProviders, userWith } from '../../test/utils';
import { callsOf, mockGraphql } from '../../test/mockGraphql';
import { ImportRosterPage } from './ImportRosterPage';

const cleanReport = {
  rows: 3,
  added: 1,
  changed: 1,
  ended: 0,
  unchanged: 1,
  applied: false,
  refused: false,
  problemCount: 0,
  problems: [],
  warningCount: 0,
  warnings: [],
  changes: [
    { line: 2, kind: 'ADDED', fullName: 'Siti Rahmawati', positionCode: 'KADUS', fields: [] },
    {
      line: 3,
      kind: 'CHANGED',
      fullName: 'Ahmad Yani',
      positionCode: 'KADES',
      fields: [
        { field: 'termEnd', before: null, after: '2030-03-01' },
        { field: 'enrollment.status', before: 'Active', after: 'Ended' },
      ],
    },
  ],
};

function renderPage(me = operator) {
  return renderWithProviders(
    <Routes>
      <Route path="/roster/:villageCode/import" element={<ImportRosterPage />} />
    </Routes>,
    { me, route: '/roster/61.01.01.2001/import' },
  );
}

function choose(name: string, text: string) {
  const file = new File([text], name, { type: 'text/csv' });
  fireEvent.change(screen.getByLabelText('Berkas daftar (.csv atau .xlsx)'), { target: { files: [file] } });
}

const positions = {
  positions: [
    { code: 'KADES', name: 'Kepala Desa', segment: 'APARATUR_DESA', maxPerVillage: 1 },
    { code: 'KADUS', name: 'Kepala Dusun', segment: 'APARATUR_DESA', maxPerVillage: null },
    { code: 'BPD_KETUA', name: 'Ketua BPD', segment: 'BPD', maxPerVillage: 1 },
    { code: 'RT_KETUA', name: 'Ketua RT', segment: 'EKOSISTEM_DESA', maxPerVillage: null },
  ],
};

describe('ImportRosterPage', () => {
  it('reads the file, shows the dry run and applies it', async () => {
    const fetchMock = mockGraphql({
      RosterImportPositions: positions,
      ImportRoster: [
        { importRoster: { report: cleanReport, errors: [] } },
        { importRoster: { report: { ...cleanReport, applied: true }, errors: [] } },
      ],
    });
    renderPage();
    // The position codes to write in kode_jabatan, by segment, folded away.
    const codes = (await screen.findByText('Kode jabatan untuk kolom kode_jabatan')).closest('details')!;
    expect(codes.open).toBe(false);
    const aparatur = within(codes).getByRole('table', { name: 'Aparatur desa' });
    expect(within(aparatur).getByRole('row', { name: /KADES/ }).textContent).toContain('Kepala Desa');
    expect(within(codes).getByRole('table', { name: 'Ekosistem desa' }).textContent).toContain('RT_KETUA');
    expect(within(screen.getByRole('list', { name: 'Langkah impor' })).getByText('Periksa berkas')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Templat CSV' }).getAttribute('href')).toBe(
      '/api/roster/template?village=61.01.01.2001&format=csv',
    );
    expect((screen.getByRole('button', { name: 'Terapkan' }) as HTMLButtonElement).disabled).toBe(true);

    choose('daftar.csv', 'nama,nik\n');
    const report = await screen.findByTestId('roster-import-report');
    const input = callsOf(fetchMock, 'ImportRoster')[0].input;
    expect(input).toEqual({
      villageCode: '61.01.01.2001',
      fileName: 'daftar.csv',
      fileBase64: btoa('nama,nik\n'),
      dryRun: true,
      confirmLosses: false,
    });
    expect(report.textContent).toContain('Berkas daftar.csv (3 baris) bersih.');
    const stats = report.querySelector('dl.stats')!;
    expect(stats.textContent).toContain('Ditambah1');
    expect(stats.textContent).toContain('Diubah1');
    expect(stats.textContent).toContain('Tidak berubah1');
    const changed = within(report).getByRole('row', { name: /Ahmad Yani/ });
    expect(changed.textContent).toContain('Selesai menjabat: 1 Mar 2030');
    expect(changed.textContent).toContain('Status kepesertaan: Aktif → Berakhir');
    // Positions by name, not code.
    expect(changed.textContent).toContain('Kepala Desa');
    expect(within(report).getByRole('row', { name: /Siti Rahmawati/ }).textContent).toContain('Kepala Dusun');
    expect(report.textContent).not.toContain('KADUS');

    fireEvent.click(screen.getByRole('button', { name: 'Terapkan' }));
    expect(await screen.findByText(/2 perubahan disimpan ke draf desa/)).toBeTruthy();
    expect(callsOf(fetchMock, 'ImportRoster')[1].input.dryRun).toBe(false);
    expect(screen.getByRole('link', { name: 'Buka daftar desa' }).getAttribute('href')).toBe('/roster/61.01.01.2001');
  });

  it('names who loses what and applies such a file only once the operator confirms it', async () => {
    const losing = {
      ...cleanReport,
      warningCount: 1,
      warnings: [
        {
          line: 3,
          code: 'ENDS_PROTECTION',
          fullName: 'Ahmad Yani',
          nik: '6101011708800041',
          positionCode: 'KADES',
          losses: [{ field: 'enrollment.status', before: 'Active', after: 'Ended' }],
        },
      ],
    };
    const fetchMock = mockGraphql({
      RosterImportPositions: positions,
      ImportRoster: [
        { importRoster: { report: losing, errors: [] } },
        { importRoster: { report: { ...losing, applied: true }, errors: [] } },
      ],
    });
    renderPage();
    choose('lama.csv', 'nama,nik\n');
    const warning = await screen.findByTestId('roster-import-losses');
    expect(warning.getAttribute('role')).toBe('alert');
    const ahmad = within(warning).getByRole('row', { name: /Ahmad Yani/ });
    expect(ahmad.textContent).toContain('610101******0041');
    expect(ahmad.textContent).toContain('Tidak lagi terlindungi');
    expect(ahmad.textContent).toContain('Kepala Desa');
    expect(ahmad.textContent).toContain('Status kepesertaan: Aktif → Berakhir');
    expect(screen.getByTestId('roster-import-report').textContent).not.toContain('bersih.');

    const apply = screen.getByRole('button', { name: 'Terapkan' }) as HTMLButtonElement;
    expect(apply.disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Saya sudah memeriksa 1 peringatan di atas dan memang ingin menerapkannya.'));
    expect(apply.disabled).toBe(false);
    fireEvent.click(apply);
    expect(await screen.findByText(/2 perubahan disimpan ke draf desa/)).toBeTruthy();
    expect(callsOf(fetchMock, 'ImportRoster')[1].input).toMatchObject({ dryRun: false, confirmLosses: true });
  });

  it('words a refused confirmation with the count the server sends', async () => {
    const losing = { ...cleanReport, warningCount: 1, warnings: [] };
    const refusal = {
      code: 'CONFIRMATION_REQUIRED',
      field: 'confirmLosses',
      message: 'Berkas ini mengambil kepesertaan atau masa jabatan dari 1 entri (lihat peringatannya).',
      values: [{ name: 'count', value: '1' }],
    };
    mockGraphql({ RosterImportPositions: positions, ImportRoster: { importRoster: { report: losing, errors: [refusal] } } });
    renderPage();
    choose('lama.csv', 'nama,nik\n');
    expect(await screen.findByText(/^Berkas ini mengambil kepesertaan atau masa jabatan dari 1 entri\. Tidak ada yang disimpan/)).toBeTruthy();
  });

  it('explains that a refused file saves nothing', async () => {
    const refused = {
      ...cleanReport,
      added: 0,
      changed: 0,
      unchanged: 0,
      refused: true,
      problemCount: 1,
      problems: [{ line: 4, column: 'nik', code: 'INVALID_NIK', message: 'NIK harus 16 digit angka.' }],
      changes: [],
    };
    mockGraphql({ RosterImportPositions: positions, ImportRoster: { importRoster: { report: refused, errors: [] } } });
    renderPage();
    choose('daftar.xlsx', 'PK');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Berkas daftar.xlsx ditolak: 1 masalah.');
    expect(alert.textContent).toContain('Tidak ada yang disimpan.');
    const row = screen.getByRole('row', { name: /NIK tidak valid: 16 digit angka/ });
    expect(row.textContent).toContain('4');
    expect(row.textContent).toContain('nik');
    expect((screen.getByRole('button', { name: 'Terapkan' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('is closed to readers', () => {
    const fetchMock = mockFetch();
    renderPage(userWith('Viewer', '61'));
    expect(screen.getByRole('alert').textContent).toContain('Hanya operator desa ini');
    expect(screen.queryByLabelText('Berkas daftar (.csv atau .xlsx)')).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
