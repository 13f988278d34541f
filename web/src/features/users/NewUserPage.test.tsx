import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { callsOf, mockGraphql } from '../../test/mockGraphql';
import { renderWithProviders, userWith } from '../../test/utils';
import { NewUserPage } from './NewUserPage';

const sekura = {
  code: '61.01.01.2002',
  name: 'Sekura',
  level: 'VILLAGE',
  kind: 'DESA',
  ancestors: [
    { code: '61', name: 'Kalimantan Barat' },
    { code: '61.01', name: 'Kabupaten Sambas' },
    { code: '61.01.01', name: 'Sambas' },
  ],
};
const sekuraLain = { ...sekura, code: '61.01.05.2004', ancestors: [...sekura.ancestors.slice(0, 2), { code: '61.01.05', name: 'Teluk Keramat' }] };

describe('NewUserPage', () => {
  it('regency staff create village operators: the village found by name, errors by field, then the one-time password', async () => {
    const created = {
      userName: 'op.sekura',
      fullName: 'Ahmad Sekura',
      role: 'VillageOperator',
      regionCode: '61.01.01.2002',
      region: { code: '61.01.01.2002', name: 'Sekura' },
      status: 'ACTIVE',
      mustChangePassword: true,
      twoFactorEnabled: false,
      lastSignInAt: null,
      email: null,
      phoneNumber: '081234567890',
    };
    const fetchMock = mockGraphql({
      DelegableRegions: { regions: { totalCount: 2, nodes: [sekura, sekuraLain] } },
      CreateUser: [
        { createUser: { user: null, initialPassword: null, errors: [{ code: 'USER_NAME_TAKEN', message: 'Nama pengguna ini sudah dipakai.', field: 'userName' }] } },
        { createUser: { user: created, initialPassword: 'Ab1!cd2@Ef3#', errors: [] } },
      ],
    });
    renderWithProviders(<NewUserPage />, { me: userWith('RegencyStaff', '61.01'), route: '/users/new' });

    const role = screen.getByLabelText('Peran') as HTMLSelectElement;
    expect([...role.options].map((o) => o.textContent)).toEqual(['Operator Desa']);
    fireEvent.click(screen.getByRole('button', { name: 'Buat akun' }));
    expect(screen.getAllByText('Wajib diisi.')).toHaveLength(3);
    expect(callsOf(fetchMock, 'CreateUser')).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('Nama pengguna'), { target: { value: ' Op.Sekura ' } });
    fireEvent.change(screen.getByLabelText('Nama lengkap'), { target: { value: 'Ahmad Sekura' } });
    fireEvent.change(screen.getByLabelText('Wilayah'), { target: { value: 'seku' } });
    const matches = await screen.findByRole('list', { name: 'Wilayah yang cocok' });
    // Only villages inside the giver's regency: what regency staff may give a village operator.
    expect(callsOf(fetchMock, 'DelegableRegions')[0]).toEqual({
      where: { name: { contains: 'seku' }, level: { eq: 'VILLAGE' }, code: { startsWith: '61.01' } },
    });
    expect(within(matches).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Sekura · Desa · di Sambas 61.01.01.2002',
      'Sekura · Desa · di Teluk Keramat 61.01.05.2004',
    ]);
    fireEvent.click(within(matches).getByRole('button', { name: /Sambas/ }));
    expect(screen.getByText('Sekura').closest('.region-chosen')?.textContent).toContain('61.01.01.2002');
    fireEvent.change(screen.getByLabelText('Nomor telepon'), { target: { value: '081234567890' } });

    fireEvent.click(screen.getByRole('button', { name: 'Buat akun' }));
    expect(await screen.findByText('Nama pengguna ini sudah dipakai.')).toBeTruthy();
    expect(screen.getByLabelText('Nama pengguna').getAttribute('aria-invalid')).toBe('true');
    expect(callsOf(fetchMock, 'CreateUser')[0]).toEqual({
      input: {
        userName: 'op.sekura',
        fullName: 'Ahmad Sekura',
        role: 'VillageOperator',
        regionCode: '61.01.01.2002',
        email: null,
        phoneNumber: '081234567890',
      },
    });

    fireEvent.click(screen.getByRole('button', { name: 'Buat akun' }));
    expect((await screen.findByTestId('one-time-password')).textContent).toContain('Ab1!cd2@Ef3#');
    expect(screen.getByRole('link', { name: 'Buka halaman akun' }).getAttribute('href')).toBe('/users/op.sekura');
  });

  it('offers a province admin any region of the province for a viewer, and says when nothing matches', async () => {
    const fetchMock = mockGraphql({ DelegableRegions: { regions: { totalCount: 0, nodes: [] } } });
    renderWithProviders(<NewUserPage />, { me: userWith('ProvinceAdmin', '61'), route: '/users/new' });
    expect((screen.getByLabelText('Wilayah') as HTMLInputElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Peran'), { target: { value: 'Viewer' } });
    fireEvent.change(screen.getByLabelText('Wilayah'), { target: { value: 'Atlantis' } });
    expect(await screen.findByText('Tidak ada wilayah bernama “Atlantis” yang dapat Anda berikan untuk peran ini.')).toBeTruthy();
    expect(callsOf(fetchMock, 'DelegableRegions')[0]).toEqual({ where: { name: { contains: 'Atlantis' }, code: { startsWith: '61' } } });
  });
});
