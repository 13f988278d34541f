import { fireEvent, screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { nationalReader, renderWithProviders, userWith } from '../../test/utils';
import { callsOf, mockGraphql } from '../../test/mockGraphql';
import { DashboardPage } from './DashboardPage';

function indicator(code: string, kind: string, nameId: string, nameEn: string) {
  return { code, kind, nameId, nameEn, formulaId: `rumus ${code}`, formulaEn: `formula ${code}`, sourceId: 'Roster', sourceEn: 'Rosters', lowerIsBetter: code === 'ARREARS' };
}

type Verified = {
  numerator: number;
  declaredNumerator: number;
  denominator: number;
  value: number | null;
  declaredValue: number | null;
  villagesListed: number;
  oldestList: string;
  newestList: string;
};

function figure(code: string, numerator: number | null, denominator: number | null, target: number | null, inherited = false) {
  const value = denominator ? (100 * (numerator ?? 0)) / denominator : null;
  const gap = value != null && target != null ? value - target : null;
  const names: Record<string, [string, string, string]> = {
    PERSON_COVERAGE_APARATUR_DESA: ['PERSON_COVERAGE', 'Cakupan kepesertaan aparatur desa', 'Person coverage, village apparatus'],
    VILLAGE_REGISTRATION_BPD: ['VILLAGE_REGISTRATION', 'Desa terdaftar, anggota BPD', 'Village registration, BPD members'],
    UCJ: ['UCJ', 'Universal Coverage Jamsostek (UCJ)', 'Universal Coverage Jamsostek (UCJ)'],
    ARREARS: ['ARREARS', 'Peserta berisiko (tunggakan iuran)', 'People at risk (premium arrears)'],
  };
  const [kind, nameId, nameEn] = names[code];
  return {
    indicator: indicator(code, kind, nameId, nameEn),
    numerator,
    denominator,
    value,
    gap,
    onTrack: gap == null ? null : code === 'ARREARS' ? gap <= 0 : gap >= 0,
    period: (code === 'ARREARS' ? '2026-02' : null) as string | null,
    source: null as string | null,
    sourceDate: null as string | null,
    verified: null as Verified | null,
    target: target == null ? null : { percent: target, setFor: inherited ? '61' : 'self', inherited, setForRegion: { name: 'Kalimantan Barat' } },
  };
}

function figures(regionCode: string, regionName: string, inOffice: number, covered: number, villages = 10, withCoverage = 3, target: number | null = 60.8) {
  return {
    regionCode,
    regionName,
    peopleInOffice: inOffice,
    peopleCovered: covered,
    coveragePercent: inOffice === 0 ? 0 : (covered / inOffice) * 100,
    villages,
    villagesWithCoverage: withCoverage,
    villagesWithApprovedRoster: withCoverage,
    indicators: [
      figure('PERSON_COVERAGE_APARATUR_DESA', covered, inOffice, target, regionCode !== '61'),
      figure('VILLAGE_REGISTRATION_BPD', withCoverage, villages, null),
      figure('UCJ', null, null, 60.8, regionCode !== '61'),
      figure('ARREARS', 3, 12, 10),
    ],
  };
}

const series = {
  indicatorSeries: {
    points: [
      { asOfDate: '2026-01-31', value: 50 },
      { asOfDate: '2026-02-28', value: 55 },
    ],
    targets: [{ year: 2026, target: { percent: 60.8 } }],
    trendPerMonth: 5,
    projections: [{ year: 2026, target: 60.8, projectedValue: 100, onTrack: true, monthsLeft: 10, unitsNeeded: 2, unitsPerMonth: 0.2 }],
  },
};

function coverage(overrides: Record<string, unknown> = {}) {
  return {
    coverage: {
      year: 2026,
      asOf: '2026-03-01T08:00:00+07:00',
      region: { code: '61', name: 'Kalimantan Barat', level: 'PROVINCE' },
      asOfDate: '2026-03-01',
      total: figures('61', 'Kalimantan Barat', 20, 12),
      byRegion: [figures('61.01', 'Sambas', 20, 12)],
      // Not in display order: the page puts them in the roster's order.
      bySegment: [
        { segment: 'EKOSISTEM_DESA', peopleInOffice: 0, peopleCovered: 0, coveragePercent: 0 },
        { segment: 'APARATUR_DESA', peopleInOffice: 12, peopleCovered: 9, coveragePercent: 75 },
        { segment: 'BPD', peopleInOffice: 8, peopleCovered: 3, coveragePercent: 37.5 },
      ],
      pendingChanges: 4,
      ...overrides,
    },
  };
}

describe('DashboardPage', () => {
  // The dashboard opens on the current year: this one is 2026.
  beforeAll(() => vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-01T08:00:00+07:00') }));
  afterAll(() => vi.useRealTimers());

  it('shows coverage per segment and the changes still waiting for approval', async () => {
    const fetchMock = mockGraphql({ IndicatorSeries: series, Coverage: coverage() });
    renderWithProviders(<DashboardPage />, { me: userWith('ProvinceAdmin') });

    expect(await screen.findByTestId('indicator-value')).toBeTruthy();
    expect(callsOf(fetchMock, 'Coverage')[0]).toEqual({ regionCode: '61', year: 2026 });

    const table = screen.getByRole('table', { name: 'Rincian per segmen' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => Array.from(r.children).map((c) => c.textContent))).toEqual([
      ['Aparatur desa', '12', '9', '75,00%'],
      ['BPD', '8', '3', '37,50%'],
      // Nobody in office: no coverage to speak of, not 0 %.
      ['Ekosistem desa', '0', '0', '–'],
    ]);

    expect(screen.getByTestId('pending-changes').textContent).toBe(
      '4 perubahan menunggu persetujuan kabupaten — belum dihitung dalam angka ini',
    );
    // The regions table is still there, unchanged.
    expect(screen.getByRole('table', { name: 'Rincian per wilayah' })).toBeTruthy();
  });

  it('shows the chosen indicator with its own target, how complete its data is, and never UCJ against a roster figure', async () => {
    mockGraphql({ IndicatorSeries: series, Coverage: coverage() });
    renderWithProviders(<DashboardPage />, { me: userWith('ProvinceAdmin'), route: '/?indicator=VILLAGE_REGISTRATION_BPD' });

    expect((await screen.findByTestId('indicator-value')).textContent).toBe('30,00%');
    expect(screen.getByTestId('target-card').textContent).toContain('Target 2026 belum ditetapkan');
    expect(screen.getByTestId('completeness-card').textContent).toContain('3 dari 10 desa');
    const all = screen.getByRole('table', { name: 'Semua indikator' });
    const ucj = within(all).getByRole('row', { name: /UCJ/ });
    expect(Array.from(ucj.children).map((c) => c.textContent)).toEqual(['Universal Coverage Jamsostek (UCJ)', '–', 'belum ada data', '–', '60,80%', '–']);
    expect((await screen.findByTestId('projections')).textContent).toContain('2026: sesuai jalur');
  });

  it('shows the people at risk with their month and a link to the arrears, and an arrears rate above its target as behind', async () => {
    mockGraphql({ IndicatorSeries: series, Coverage: coverage() });
    renderWithProviders(<DashboardPage />, { me: userWith('ProvinceAdmin'), route: '/?indicator=ARREARS' });

    const atRisk = await screen.findByTestId('at-risk');
    expect(atRisk.textContent).toMatch(/3 peserta berisiko.*dari 12 peserta aktif di desa yang mencatat pembayaran · per Februari 2026/);
    expect(screen.getByRole('region', { name: 'Peserta berisiko (tunggakan iuran)' }).textContent).toContain('per Februari 2026, bulan terakhir yang sudah ditutup');
    expect(within(atRisk).getByRole('link', { name: 'Lihat daftar tunggakan' }).getAttribute('href')).toBe('/payments?village=61');
    // 25 % at risk against a 10 % target: lower is better, so +15 points is behind, not ahead.
    const row = within(screen.getByRole('table', { name: 'Semua indikator' })).getByRole('row', { name: /Peserta berisiko/ });
    expect(row.children[5].className).toContain('behind');
    expect(screen.getByText(/di atas target/).className).toContain('gap-behind');
  });

  it('reads coverage verified with BPJS beside the declared figure, over the desa a list covers and with its dates', async () => {
    const total = figures('61', 'Kalimantan Barat', 20, 12);
    total.indicators[0].verified = {
      numerator: 6, declaredNumerator: 9, denominator: 14, value: 42.86, declaredValue: 64.29, villagesListed: 4,
      oldestList: '2026-10-31', newestList: '2026-11-30',
    };
    mockGraphql({ IndicatorSeries: series, Coverage: coverage({ total }) });
    renderWithProviders(<DashboardPage />, { me: userWith('ProvinceAdmin') });

    const card = await screen.findByTestId('verified-card');
    expect(within(card).getByTestId('verified-value').textContent).toBe('42,86%');
    expect(within(card).getByTestId('verified-declared').textContent).toBe('Dinyatakan dalam roster, di desa yang sama: 64,29% (9 dari 14)');
    expect(card.textContent).toContain('Dihitung atas 4 dari 10 desa yang tercakup daftar peserta BPJS · daftar per 31 Okt 2026 s.d. 30 Nov 2026');
    expect(card.textContent).toContain('Desa tanpa daftar peserta BPJS tidak masuk angka terverifikasi');
    // The declared figure keeps its place: verified stands beside it.
    expect(screen.getByTestId('indicator-value').textContent).toBe('60,00%');
    const row = within(screen.getByRole('table', { name: 'Semua indikator' })).getByRole('row', { name: /aparatur desa/ });
    expect(row.children[3].textContent).toBe('42,86%');
  });

  it('says no BPJS list covers the region yet, and has no verified card for an indicator the list cannot verify', async () => {
    mockGraphql({ IndicatorSeries: series, Coverage: coverage() });
    const { unmount } = renderWithProviders(<DashboardPage />, { me: userWith('ProvinceAdmin') });
    expect((await screen.findByTestId('verified-card')).textContent).toContain('Belum ada daftar peserta BPJS Ketenagakerjaan untuk wilayah ini');
    unmount();

    mockGraphql({ IndicatorSeries: series, Coverage: coverage() });
    renderWithProviders(<DashboardPage />, { me: userWith('ProvinceAdmin'), route: '/?indicator=UCJ' });
    await screen.findByTestId('indicator-value');
    expect(screen.queryByTestId('verified-card')).toBeNull();
  });

  it('says which source, date and month a UCJ figure comes from', async () => {
    const total = figures('61', 'Kalimantan Barat', 20, 12);
    total.indicators[2] = { ...figure('UCJ', 785000, 2600000, 60.8), period: '2025-08', source: 'BPS Sakernas Agustus 2025', sourceDate: '2025-11-05' };
    mockGraphql({ IndicatorSeries: series, Coverage: coverage({ total }) });
    renderWithProviders(<DashboardPage />, { me: userWith('ProvinceAdmin'), route: '/?indicator=UCJ' });

    expect((await screen.findByTestId('indicator-value')).textContent).toBe('30,19%');
    const said = 'sumber BPS Sakernas Agustus 2025 per 5 Nov 2025, periode 2025-08';
    expect(screen.getAllByTestId('ucj-source').map((p) => p.textContent)).toEqual([said, said]);
    const ucj = within(screen.getByRole('table', { name: 'Semua indikator' })).getByRole('row', { name: /UCJ/ });
    expect(ucj.children[2].textContent).toBe('785.000 / 2.600.000');
  });

  it('says nothing about pending changes when none wait, and speaks English', async () => {
    mockGraphql({ IndicatorSeries: series, Coverage: coverage({ pendingChanges: 0 }) });
    renderWithProviders(<DashboardPage />, { me: userWith('ProvinceAdmin'), lang: 'en' });

    const table = await screen.findByRole('table', { name: 'Breakdown by segment' });
    expect(within(table).getAllByRole('rowheader').map((c) => c.textContent)).toEqual([
      'Village government',
      'BPD',
      'Village ecosystem',
    ]);
    expect(screen.queryByTestId('pending-changes')).toBeNull();
    expect(screen.queryByText(/waiting for the regency/)).toBeNull();
  });

  it('says one change in the singular in English', async () => {
    mockGraphql({ IndicatorSeries: series, Coverage: coverage({ pendingChanges: 1 }) });
    renderWithProviders(<DashboardPage />, { me: userWith('ProvinceAdmin'), lang: 'en' });
    expect((await screen.findByTestId('pending-changes')).textContent).toBe(
      '1 change waiting for the regency’s approval — not yet counted in these figures',
    );
  });

  it('starts a national reader at Indonesia and leads down to the provinces', async () => {
    const country = {
      region: { code: '', name: 'Indonesia', level: 'COUNTRY' },
      total: figures('', 'Indonesia', 30, 15),
      byRegion: [figures('61', 'Kalimantan Barat', 20, 12), figures('62', 'Kalimantan Tengah', 10, 3)],
    };
    const fetchMock = mockGraphql({ IndicatorSeries: series, Coverage: coverage(country) });
    renderWithProviders(<DashboardPage />, { me: nationalReader });

    const province = await screen.findByRole('link', { name: 'Kalimantan Tengah' });
    expect(callsOf(fetchMock, 'Coverage')[0]).toEqual({ regionCode: '', year: 2026 });
    expect(screen.getByText('Wilayah: Indonesia', { exact: false })).toBeTruthy();
    expect(province.getAttribute('href')).toBe('/?region=62');
    expect(screen.queryByRole('link', { name: /Kembali ke/ })).toBeNull();
  });

  it('shows a region under one’s own from the address, with the way back', async () => {
    const fetchMock = mockGraphql({ IndicatorSeries: series, Coverage: coverage() });
    renderWithProviders(<DashboardPage />, { me: nationalReader, route: '/?region=61' });

    expect(await screen.findByRole('link', { name: 'Kembali ke Indonesia' })).toBeTruthy();
    expect(callsOf(fetchMock, 'Coverage')[0]).toEqual({ regionCode: '61', year: 2026 });
  });

  it('puts the children on the map against the target, and a region chosen there opens its dashboard', async () => {
    const fetchMock = mockGraphql({
      Coverage: coverage({ byRegion: [figures('61.01', 'Sambas', 20, 12), figures('61.02', 'Mempawah', 0, 0)] }),
    });
    renderWithProviders(<DashboardPage />, { me: userWith('ProvinceAdmin') });

    const legend = await screen.findByTestId('map-legend');
    // 60 % of people against a target of 60.80 %: 98.7 % attained. Mempawah has nobody in office: no figure.
    expect(within(legend).getByText('90–100%').closest('li')?.textContent).toContain('Sambas');
    expect(within(legend).getByText('Belum ada data').closest('li')?.textContent).toContain('Mempawah');
    // The province's outlines were asked for (none here: the legend lists the regions all the same).
    expect(fetchMock).toHaveBeenCalledWith('/geo/61.json');

    fireEvent.click(within(legend).getByRole('button', { name: 'Sambas' }));
    await vi.waitFor(() => expect(callsOf(fetchMock, 'Coverage')).toContainEqual({ regionCode: '61.01', year: 2026 }));
  });
});
