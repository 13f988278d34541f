import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch, renderWithProviders, requestBody, userWith } from '../../test/utils';
import { userFilter, UsersPage } from './UsersPage';

const row = (over: Record<string, unknown> = {}) => ({
  userName: 'op.dalamkaum',
  fullName: 'Siti Aminah',
  role: 'VillageOperator',
  regionCode: '61.01.01.2001',
  region: { code: '61.01.01.2001', name: 'Dalam Kaum' },
  status: 'ACTIVE',
  mustChangePassword: false,
  twoFactorEnabled: false,
  lastSignInAt: '2026-03-02T03:15:00Z',
  ...over,
});
const page = (nodes: unknown[], hasNextPage = false, endCursor: string | null = null) => ({
  body: { data: { users: { totalCount: 2, pageInfo: { hasNextPage, endCursor }, nodes } } },
});

describe('userFilter', () => {
  it('searches user names for a user name, full names otherwise; the region is a code prefix', () => {
    expect(userFilter({ q: 'op.dalam', role: '', status: '' }, null)).toEqual({ userName: { contains: 'op.dalam' } });
    expect(userFilter({ q: 'siti aminah', role: 'VillageOperator', status: 'DISABLED' }, '61.01')).toEqual({
      fullName: { contains: 'siti aminah' },
      role: { eq: 'VillageOperator' },
      status: { eq: 'DISABLED' },
      regionCode: { startsWith: '61.01' },
    });
    expect(userFilter({ q: '', role: '', status: '' }, null)).toBeUndefined();
  });
});

describe('UsersPage', () => {
  it('lists accounts with role, region and status, filtered by a region code from the address, and loads more', async () => {
    const fetchMock = mockFetch(
      page([row(), row({ userName: 'op.baru', fullName: 'Rina', status: 'LOCKED_OUT', mustChangePassword: true, lastSignInAt: null })], true, 'c1'),
      page([row({ userName: 'op.lain', fullName: 'Lain', status: 'DISABLED' })]),
    );
    renderWithProviders(<UsersPage />, { me: userWith('RegencyStaff', '61.01'), route: '/users?region=61.01.01&role=VillageOperator' });

    const table = await screen.findByRole('table', { name: 'Akun pengguna' });
    expect(requestBody(fetchMock, 0).variables).toEqual({
      where: { role: { eq: 'VillageOperator' }, regionCode: { startsWith: '61.01.01' } },
      first: 50,
      after: null,
    });
    const siti = within(table).getByRole('row', { name: /Siti Aminah/ });
    expect(within(siti).getByRole('link', { name: 'Siti Aminah' }).getAttribute('href')).toBe('/users/op.dalamkaum');
    expect(siti.textContent).toContain('Operator Desa');
    expect(siti.textContent).toContain('Dalam Kaum61.01.01.2001');
    expect(siti.textContent).toContain('Aktif');
    const rina = within(table).getByRole('row', { name: /Rina/ });
    expect(rina.textContent).toContain('Terkunci sementara');
    expect(rina.textContent).toContain('Kata sandi sementara');
    expect(rina.textContent).toContain('Belum pernah');

    fireEvent.click(screen.getByRole('button', { name: 'Muat lagi' }));
    expect(await within(table).findByText('Nonaktif')).toBeTruthy();
    expect(requestBody(fetchMock, 1).variables.after).toBe('c1');
    expect(screen.getByRole('link', { name: 'Tambah pengguna' }).getAttribute('href')).toBe('/users/new');
    expect(screen.getByRole('link', { name: 'Impor operator desa' }).getAttribute('href')).toBe('/users/import');
  });

  it('turns a region name into the code of the highest-level region of that name', async () => {
    const regions = {
      body: {
        data: {
          regions: {
            nodes: [
              { code: '61.01.01', name: 'Sambas', level: 'DISTRICT' },
              { code: '61.01', name: 'Kabupaten Sambas', level: 'REGENCY' },
            ],
          },
        },
      },
    };
    const fetchMock = mockFetch(page([]), regions, page([row()]));
    renderWithProviders(<UsersPage />, { me: userWith('ProvinceAdmin'), route: '/users' });
    expect(await screen.findByText('Belum ada akun di wilayah Anda.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Wilayah'), { target: { value: 'sambas' } });
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'ACTIVE' } });
    fireEvent.click(screen.getByRole('button', { name: 'Cari' }));

    expect((await screen.findByTestId('region-match')).textContent).toContain('Wilayah: Kabupaten Sambas (61.01) dan semua di bawahnya.');
    expect(requestBody(fetchMock, 1).variables).toEqual({ name: 'sambas' });
    await screen.findByRole('table', { name: 'Akun pengguna' });
    expect(requestBody(fetchMock, 2).variables.where).toEqual({ status: { eq: 'ACTIVE' }, regionCode: { startsWith: '61.01' } });
  });
});
