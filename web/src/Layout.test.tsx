import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { UserRole } from './gql/graphql';
import { mockFetch, nationalReader, operator, renderWithProviders, userWith } from './test/utils';
import { Layout, SetupLayout } from './Layout';

function navLinks(name = 'Menu utama'): string[] {
  const nav = screen.getByRole('navigation', { name });
  return within(nav)
    .getAllByRole('link')
    .map((a) => a.textContent ?? '');
}

describe('Layout navigation by role', () => {
  // The header's notification bell asks the server; here it hears that nothing waits.
  beforeEach(() => {
    mockFetch(...Array.from({ length: 20 }, () => ({ body: { data: { notifications: [] } } })));
  });

  const cases: Array<[UserRole, string[]]> = [
    ['VillageOperator', ['Dasbor', 'Daftar orang desa', 'Riwayat pengajuan', 'Monev', 'Tarif iuran', 'Kebijakan pendanaan', 'Rencana anggaran', 'Kesenjangan anggaran', 'Pembayaran iuran', 'Rekonsiliasi BPJS', 'Wilayah']],
    ['RegencyStaff', ['Dasbor', 'Desa tertinggal', 'Kotak masuk pengajuan', 'Daftar orang per desa', 'Impor daftar banyak desa', 'Monev', 'Tarif iuran', 'Kebijakan pendanaan', 'Rencana anggaran', 'Kesenjangan anggaran', 'Pembayaran iuran', 'Rekonsiliasi BPJS', 'Wilayah', 'Pengguna', 'Jejak audit']],
    ['ProvinceAdmin', ['Dasbor', 'Desa tertinggal', 'Target', 'Kotak masuk pengajuan', 'Daftar orang per desa', 'Impor daftar banyak desa', 'Monev', 'Tarif iuran', 'Kebijakan pendanaan', 'Rencana anggaran', 'Kesenjangan anggaran', 'Pembayaran iuran', 'Rekonsiliasi BPJS', 'Wilayah', 'Impor wilayah', 'Pengguna', 'Data UCJ', 'Jejak audit']],
    ['Viewer', ['Dasbor', 'Desa tertinggal', 'Target', 'Pengajuan desa', 'Daftar orang per desa', 'Monev', 'Tarif iuran', 'Kebijakan pendanaan', 'Rencana anggaran', 'Kesenjangan anggaran', 'Pembayaran iuran', 'Wilayah']],
    ['BpjsOfficer', ['Dasbor', 'Desa tertinggal', 'Target', 'Pengajuan desa', 'Daftar orang per desa', 'Monev', 'Tarif iuran', 'Kebijakan pendanaan', 'Rencana anggaran', 'Kesenjangan anggaran', 'Pembayaran iuran', 'Rekonsiliasi BPJS', 'Wilayah']],
  ];

  it.each(cases)('%s sees %j', (role, expected) => {
    const me = role === 'VillageOperator' ? operator : userWith(role);
    renderWithProviders(
      <Layout>
        <p>isi</p>
      </Layout>,
      { me },
    );
    expect(navLinks()).toEqual(expected);
  });

  it('only regency staff and the province admin get the review inbox; only village operators get their own roster', () => {
    for (const role of ['Viewer', 'BpjsOfficer', 'VillageOperator'] as const) {
      const { unmount } = renderWithProviders(<Layout>x</Layout>, { me: role === 'VillageOperator' ? operator : userWith(role) });
      expect(screen.queryByRole('link', { name: 'Kotak masuk pengajuan' })).toBeNull();
      unmount();
    }
    renderWithProviders(<Layout>x</Layout>, { me: userWith('RegencyStaff', '61.01') });
    expect(screen.queryByRole('link', { name: 'Daftar orang desa' })).toBeNull();
  });

  it('shows user name, role and region in the top bar, in English too', () => {
    renderWithProviders(<Layout>x</Layout>, { me: operator, lang: 'en' });
    const banner = screen.getByRole('banner');
    expect(banner.textContent).toContain('Siti Aminah');
    expect(banner.textContent).toContain('Village operator · Dalam Kaum');
    expect(within(banner).getByRole('button', { name: 'Sign out' })).toBeTruthy();
    expect(navLinks('Main menu')).toEqual(['Dashboard', 'Village roster', 'Submission history', 'Monev', 'Premium rates', 'Funding policy', 'Budget plan', 'Budget gap', 'Premium payments', 'BPJS reconciliation', 'Regions']);
  });

  it('says on every page when the data is the synthetic sample, and only then', () => {
    const { unmount } = renderWithProviders(<Layout>x</Layout>, { me: operator });
    expect(screen.queryByRole('note')).toBeNull();
    unmount();
    renderWithProviders(<Layout>x</Layout>, { me: { ...operator, sampleData: true }, lang: 'en' });
    expect(screen.getByRole('note').textContent).toBe(
      'Sample data (synthetic): every name marked [Contoh] is made up for the demo, not a real person.',
    );
  });

  it('names the national reader apart from a regional viewer, reading like one', () => {
    const { unmount } = renderWithProviders(<Layout>x</Layout>, { me: nationalReader });
    expect(screen.getByRole('banner').textContent).toContain('Pemantau Nasional · Indonesia');
    expect(navLinks()).toEqual(['Dasbor', 'Desa tertinggal', 'Target', 'Pengajuan desa', 'Daftar orang per desa', 'Monev', 'Tarif iuran', 'Kebijakan pendanaan', 'Rencana anggaran', 'Kesenjangan anggaran', 'Pembayaran iuran', 'Wilayah']);
    unmount();
    renderWithProviders(<Layout>x</Layout>, { me: nationalReader, lang: 'en' });
    expect(screen.getByRole('banner').textContent).toContain('National viewer · Indonesia');
  });

  it('opens one’s own account from the top bar, for every role', () => {
    for (const role of ['VillageOperator', 'Viewer', 'RegencyStaff', 'ProvinceAdmin'] as const) {
      const { unmount } = renderWithProviders(<Layout>x</Layout>, { me: role === 'VillageOperator' ? operator : userWith(role) });
      const link = within(screen.getByRole('banner')).getByRole('link', { name: 'Akun saya' });
      expect(link.getAttribute('href')).toBe('/account');
      unmount();
    }
    renderWithProviders(<Layout>x</Layout>, { me: operator });
    expect(screen.queryByRole('link', { name: 'Pengguna' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Jejak audit' })).toBeNull();
  });

  it('marks only the import item as current on the import page, the regions item on a region page', () => {
    const { unmount } = renderWithProviders(<Layout>x</Layout>, { me: userWith('ProvinceAdmin'), route: '/regions/import' });
    expect(screen.getByRole('link', { name: 'Impor wilayah' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Wilayah' }).className).not.toContain('active');
    unmount();
    renderWithProviders(<Layout>x</Layout>, { me: userWith('ProvinceAdmin'), route: '/regions/61.01' });
    expect(screen.getByRole('link', { name: 'Wilayah' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('link', { name: 'Impor wilayah' }).getAttribute('aria-current')).toBeNull();
  });
});

describe('Layout notification bell', () => {
  it('sits in the top bar for regency staff', () => {
    mockFetch({ body: { data: { notifications: [] } } });
    renderWithProviders(<Layout>x</Layout>, { me: userWith('RegencyStaff', '61.01') });
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Pemberitahuan' })).toBeTruthy();
  });

  it('is not on the setup pages', () => {
    renderWithProviders(<SetupLayout>x</SetupLayout>, { me: operator });
    expect(screen.queryByRole('button', { name: /Pemberitahuan/ })).toBeNull();
  });
});
