import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { operator, renderWithProviders, userWith } from '../../test/utils';
import { callsOf, mockGraphql } from '../../test/mockGraphql';
import { ImportRegionRosterPage } from './ImportRegionRosterPage';

function village(
  code: string,
  name: string,
  counts: Partial<Record<'added' | 'changed' | 'ended' | 'unchanged' | 'problemCount' | 'warningCount', number>>,
) {
  return {
    villageCode: code,
    villageName: name,
    added: 0,
    changed: 0,
    ended: 0,
    unchanged: 0,
    problemCount: 0,
    warningCount: 0,
    ...counts,
  };
}

function change(line: number, villageCode: string, fullName: string, positionCode: string) {
  return { line, villageCode, kind: 'ADDED', fullName, positionCode, fields: [] };
}

const positions = { positions: [{ code: 'kepala_desa', name: 'Kepala Desa', segment: 'PERANGKAT', maxPerVillage: 1 }] };

function report(overrides: Record<string, unknown>) {
  return {
    villageCount: 2,
    added: 5,
    changed: 0,
    ended: 0,
    unchanged: 1,
    applied: false,
    refused: false,
    submissions: 0,
    problemCount: 0,
    warningCount: 0,
    problems: [],
    warnings: [],
    changes: [
      change(2, '61.01.01.2003', 'Kepala Tanjung Bugis', 'kepala_desa'),
      change(5, '61.01.01.2004', 'Kepala Pendawan', 'kepala_desa'),
    ],
    villages: [
      village('61.01.01.2003', 'Tanjung Bugis', { added: 3 }),
      village('61.01.01.2004', 'Pendawan', { added: 2, unchanged: 1 }),
    ],
    ...overrides,
  };
}

function choose(text: string) {
  const file = new File([text], 'kabupaten.csv', { type: 'text/csv' });
  fireEvent.change(screen.getByLabelText('Berkas daftar (.csv atau .xlsx)'), {
    target: { files: [file] },
  });
}

describe('ImportRegionRosterPage', () => {
  it('shows the dry run per village and row by row, then sends one submission per village', async () => {
    const fetchMock = mockGraphql({
      RosterImportPositions: positions,
      ImportRegionRoster: [
        { importRegionRoster: { report: report({}), errors: [] } },
        {
          importRegionRoster: {
            report: report({ applied: true, submissions: 2 }),
            errors: [],
          },
        },
      ],
    });
    renderWithProviders(<ImportRegionRosterPage />, {
      me: userWith('RegencyStaff', '61.01'),
      route: '/roster-import',
    });

    choose('kode_desa,nik\n');
    const perVillage = await screen.findByRole('table', { name: 'Per desa' });
    const row = within(perVillage).getByRole('row', { name: /Pendawan/ });
    expect(row.textContent).toContain('61.01.01.2004');
    expect(screen.getByText('2 desa: 5 ditambah, 0 diubah, 0 diakhiri, 1 tetap.')).toBeTruthy();
    const changes = screen.getByRole('table', { name: 'Perubahan per baris' });
    const added = within(changes).getByRole('row', { name: /Kepala Pendawan/ });
    expect(added.textContent).toContain('Pendawan (61.01.01.2004)');
    await waitFor(() => expect(added.textContent).toContain('Kepala Desa'));
    expect(callsOf(fetchMock, 'ImportRegionRoster')[0].input).toMatchObject({
      regionCode: '61.01',
      fileName: 'kabupaten.csv',
      dryRun: true,
    });

    fireEvent.click(screen.getByRole('button', { name: 'Terapkan' }));
    expect(await screen.findByText(/2 pengajuan dikirim atas nama desa/)).toBeTruthy();
    expect(callsOf(fetchMock, 'ImportRegionRoster')[1].input).toMatchObject({
      dryRun: false,
    });
  });

  it('reads all of one chosen village’s rows, losses first', async () => {
    const fetchMock = mockGraphql({
      RosterImportPositions: positions,
      ImportRegionRoster: {
        importRegionRoster: {
          report: report({
            warningCount: 1,
            villages: [village('61.01.01.2003', 'Tanjung Bugis', { added: 3 }), village('61.01.01.2004', 'Pendawan', { ended: 1, warningCount: 1 })],
          }),
          errors: [],
        },
      },
      RegionImportVillageRows: {
        importRegionRoster: {
          report: {
            problems: [],
            warnings: [
              {
                line: 5,
                villageCode: '61.01.01.2004',
                code: 'ENDS_PROTECTION',
                fullName: 'Kepala Pendawan',
                nik: '6101011708800001',
                positionCode: 'kepala_desa',
                losses: [{ field: 'termEnd', before: null, after: '2026-06-30' }],
              },
            ],
            changes: [{ ...change(5, '61.01.01.2004', 'Kepala Pendawan', 'kepala_desa'), kind: 'ENDED' }],
          },
          errors: [],
        },
      },
    });
    renderWithProviders(<ImportRegionRosterPage />, {
      me: userWith('RegencyStaff', '61.01'),
      route: '/roster-import',
    });

    choose('kode_desa,nik\n');
    fireEvent.click(await screen.findByRole('button', { name: /Lihat barisnya\s*Pendawan/ }));

    expect(await screen.findByRole('heading', { name: 'Baris desa Pendawan (61.01.01.2004)' })).toBeTruthy();
    const losses = await screen.findByTestId('roster-import-losses');
    expect(within(losses).getByRole('row', { name: /Kepala Pendawan/ })).toBeTruthy();
    expect(callsOf(fetchMock, 'RegionImportVillageRows')[0]).toMatchObject({
      village: '61.01.01.2004',
      input: { regionCode: '61.01', fileName: 'kabupaten.csv', dryRun: true },
    });
    expect(within(screen.getByRole('table', { name: 'Perubahan per baris' })).queryByText('Kepala Tanjung Bugis')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Kembali ke baris semua desa' }));
    expect(await screen.findByText('Kepala Tanjung Bugis')).toBeTruthy();
  });

  it('lists every problem with its line, village and column, and applies nothing', async () => {
    mockGraphql({
      RosterImportPositions: positions,
      ImportRegionRoster: {
        importRegionRoster: {
          report: report({
            refused: true,
            problemCount: 1,
            problems: [
              {
                line: 8,
                column: 'kode_desa',
                code: 'VILLAGE_NOT_IMPORTABLE',
                message: '…',
                villageCode: null,
                values: [{ name: 'village', value: '61.02.01.2001' }],
              },
            ],
          }),
          errors: [],
        },
      },
    });
    renderWithProviders(<ImportRegionRosterPage />, {
      me: userWith('ProvinceAdmin', '61'),
      route: '/roster-import',
      lang: 'en',
    });

    fireEvent.change(screen.getByLabelText('Roster file (.csv or .xlsx)'), {
      target: { files: [new File(['x'], 'prov.csv')] },
    });
    const problem = await screen.findByRole('row', {
      name: /61.02.01.2001 is not an active desa in your region/,
    });
    expect(problem.textContent).toContain('kode_desa');
    await waitFor(() => expect((screen.getByRole('button', { name: 'Apply' }) as HTMLButtonElement).disabled).toBe(true));
  });

  it('says when only the first problems are listed and shows all of one village’s', async () => {
    const problem = (line: number, villageCode: string) => ({
      line,
      column: 'mulai_jabatan',
      code: 'NOT_A_DATE',
      message: '…',
      villageCode,
      values: [{ name: 'value', value: 'kemarin' }],
    });
    const fetchMock = mockGraphql({
      RosterImportPositions: positions,
      ImportRegionRoster: {
        importRegionRoster: {
          report: report({
            refused: true,
            problemCount: 301,
            problems: [problem(2, '61.01.01.2003')],
            changes: [],
            villages: [village('61.01.01.2003', 'Tanjung Bugis', { problemCount: 300 }), village('61.01.01.2004', 'Pendawan', { problemCount: 1 })],
          }),
          errors: [],
        },
      },
      RegionImportVillageRows: {
        importRegionRoster: { report: { problems: [problem(400, '61.01.01.2004')], warnings: [], changes: [] }, errors: [] },
      },
    });
    renderWithProviders(<ImportRegionRosterPage />, {
      me: userWith('RegencyStaff', '61.01'),
      route: '/roster-import',
    });

    choose('kode_desa,nik\n');
    expect(await screen.findByText(/Menampilkan 1 dari 301 masalah\. Pilih “Lihat barisnya”/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Lihat barisnya\s*Pendawan/ }));

    const ownProblems = await screen.findAllByRole('row', { name: /400/ });
    expect(ownProblems[0].textContent).toContain('kemarin');
    expect(callsOf(fetchMock, 'RegionImportVillageRows')[0]).toMatchObject({ village: '61.01.01.2004' });
  });

  it('is not for village operators', () => {
    renderWithProviders(<ImportRegionRosterPage />, {
      me: operator,
      route: '/roster-import',
    });
    expect(screen.getByRole('alert')).toBeTruthy();
    expect(screen.queryByLabelText('Berkas daftar (.csv atau .xlsx)')).toBeNull();
  });
});
