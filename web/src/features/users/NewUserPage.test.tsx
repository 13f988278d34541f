import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch, renderWithProviders, requestBody, userWith } from '../../test/utils';
import { NewUserPage } from './NewUserPage';

describe('NewUserPage', () => {
  it('regency staff create village operators: errors by field, then the one-time password', async () => {
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
    const fetchMock = mockFetch(
      { body: { data: { createUser: { user: null, initialPassword: null, errors: [{ code: 'USER_NAME_TAKEN', message: 'Nama pengguna ini sudah dipakai.', field: 'userName' }] } } } },
      { body: { data: { createUser: { user: created, initialPassword: 'Ab1!cd2@Ef3#', errors: [] } } } },
    );
    renderWithProviders(<NewUserPage />, { me: userWith('RegencyStaff', '61.01'), route: '/users/new' });

    const role = screen.getByLabelText('Peran') as HTMLSelectElement;
    expect([...role.options].map((o) => o.textContent)).toEqual(['Operator Desa']);
    fireEvent.click(screen.getByRole('button', { name: 'Buat akun' }));
    expect(screen.getAllByText('Wajib diisi.')).toHaveLength(3);
    expect(fetchMock).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('Nama pengguna'), { target: { value: ' Op.Sekura ' } });
    fireEvent.change(screen.getByLabelText('Nama lengkap'), { target: { value: 'Ahmad Sekura' } });
    fireEvent.change(screen.getByLabelText('Kode wilayah'), { target: { value: '61.01.01.2002' } });
    fireEvent.change(screen.getByLabelText('Nomor telepon'), { target: { value: '081234567890' } });
    fireEvent.click(screen.getByRole('button', { name: 'Buat akun' }));
    expect(await screen.findByText('Nama pengguna ini sudah dipakai.')).toBeTruthy();
    expect(screen.getByLabelText('Nama pengguna').getAttribute('aria-invalid')).toBe('true');
    expect(requestBody(fetchMock, 0).variables.input).toEqual({
      userName: 'op.sekura',
      fullName: 'Ahmad Sekura',
      role: 'VillageOperator',
      regionCode: '61.01.01.2002',
      email: null,
      phoneNumber: '081234567890',
    });

    fireEvent.click(screen.getByRole('button', { name: 'Buat akun' }));
    expect((await screen.findByTestId('one-time-password')).textContent).toContain('Ab1!cd2@Ef3#');
    expect(screen.getByRole('link', { name: 'Buka halaman akun' }).getAttribute('href')).toBe('/users/op.sekura');
  });
});
