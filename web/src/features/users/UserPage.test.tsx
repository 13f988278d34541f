import { fireEvent, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { mockFetch, renderWithProviders, requestBody, userWith } from '../../test/utils';
import { UserPage } from './UserPage';

const user = {
  userName: 'op.dalamkaum',
  fullName: 'Siti Aminah',
  role: 'VillageOperator',
  regionCode: '61.01.01.2001',
  region: { code: '61.01.01.2001', name: 'Dalam Kaum' },
  status: 'ACTIVE',
  mustChangePassword: false,
  twoFactorEnabled: false,
  lastSignInAt: null,
  email: 'siti@example.org',
  phoneNumber: null,
};

function renderPage(me = userWith('RegencyStaff', '61.01')) {
  return renderWithProviders(
    <Routes>
      <Route path="/users/:userName" element={<UserPage />} />
    </Routes>,
    { me, route: '/users/op.dalamkaum' },
  );
}

describe('UserPage', () => {
  it('resets the password after a confirmation and shows the one-time password once, with a copy button', async () => {
    const fetchMock = mockFetch(
      { body: { data: { user } } },
      { body: { data: { resetPassword: { user: { ...user, mustChangePassword: true }, initialPassword: 'Qw3!er7T-yu1', errors: [] } } } },
    );
    renderPage();
    expect(await screen.findByRole('heading', { level: 1, name: /Siti Aminah/ })).toBeTruthy();
    expect(screen.getByText('siti@example.org')).toBeTruthy();
    // Regency staff do not move accounts to another role or region.
    expect(screen.queryByRole('heading', { name: 'Peran dan wilayah' })).toBeNull();

    const reset = screen.getByRole('region', { name: 'Atur ulang kata sandi' });
    fireEvent.click(within(reset).getByRole('button', { name: 'Atur ulang kata sandi' }));
    expect(fetchMock).toHaveBeenCalledTimes(1);
    fireEvent.click(within(reset).getByRole('button', { name: 'Ya, atur ulang' }));

    const shown = await within(reset).findByTestId('one-time-password');
    expect(shown.textContent).toContain('Qw3!er7T-yu1');
    expect(shown.textContent).toContain('Hanya ditampilkan sekali.');
    expect(within(shown).getByRole('button', { name: 'Salin kata sandi' })).toBeTruthy();
    expect(requestBody(fetchMock, 1).variables).toEqual({ input: { userName: 'op.dalamkaum' } });
    expect(screen.getByText('Sementara — harus diganti saat masuk berikutnya')).toBeTruthy();
  });

  it('disables an account after a confirmation; the province admin also changes role and region, errors inline', async () => {
    const fetchMock = mockFetch(
      { body: { data: { user } } },
      { body: { data: { disableUser: { user: { ...user, status: 'DISABLED' }, errors: [] } } } },
      {
        body: {
          data: {
            changeUserAccess: {
              user: null,
              errors: [
                {
                  code: 'ROLE_REGION_MISMATCH',
                  message: 'Akun Staf Kabupaten/Kota harus berwilayah kabupaten/kota, bukan desa.',
                  field: 'regionCode',
                  values: [{ name: 'role', value: 'RegencyStaff' }],
                },
              ],
            },
          },
        },
      },
      { body: { data: { regions: { totalCount: 1, nodes: [{ code: '61.01', name: 'Kabupaten Sambas', level: 'REGENCY', kind: 'KABUPATEN', ancestors: [{ code: '61', name: 'Kalimantan Barat' }] }] } } } },
      { body: { data: { changeUserAccess: { user: { ...user, role: 'RegencyStaff', regionCode: '61.01', region: { code: '61.01', name: 'Kabupaten Sambas' } }, errors: [] } } } },
    );
    renderPage(userWith('ProvinceAdmin'));
    await screen.findByRole('heading', { level: 1, name: /Siti Aminah/ });

    fireEvent.click(screen.getByRole('button', { name: 'Nonaktifkan akun' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ya, nonaktifkan' }));
    expect(await screen.findByText('Akun op.dalamkaum dinonaktifkan.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Nonaktif');
    expect(screen.getByRole('button', { name: 'Aktifkan lagi' })).toBeTruthy();

    const access = screen.getByRole('region', { name: 'Peran dan wilayah' });
    fireEvent.change(within(access).getByLabelText('Peran'), { target: { value: 'RegencyStaff' } });
    fireEvent.click(within(access).getByRole('button', { name: 'Simpan peran dan wilayah' }));
    expect(await within(access).findByText('Tingkat wilayah ini tidak sesuai untuk akun Staf Kabupaten/Kota.')).toBeTruthy();
    // The present region stays until another is found by name; the server says it does not fit the new role.
    expect(within(access).getByLabelText('Wilayah').getAttribute('aria-invalid')).toBe('true');
    expect(within(access).getByRole('button', { name: 'Ganti wilayah' })).toBeTruthy();
    expect(requestBody(fetchMock, 2).variables).toEqual({ input: { userName: 'op.dalamkaum', role: 'RegencyStaff', regionCode: '61.01.01.2001' } });

    // Another region, found by name among the regencies of the province.
    fireEvent.click(within(access).getByRole('button', { name: 'Ganti wilayah' }));
    fireEvent.change(within(access).getByLabelText('Wilayah'), { target: { value: 'Sambas' } });
    fireEvent.click(await within(access).findByRole('button', { name: /Kabupaten Sambas/ }));
    expect(requestBody(fetchMock, 3).variables).toEqual({ where: { name: { contains: 'Sambas' }, level: { eq: 'REGENCY' }, code: { startsWith: '61' } } });
    fireEvent.click(within(access).getByRole('button', { name: 'Simpan peran dan wilayah' }));
    expect(await within(access).findByText('Peran dan wilayah op.dalamkaum disimpan.')).toBeTruthy();
    expect(requestBody(fetchMock, 4).variables).toEqual({ input: { userName: 'op.dalamkaum', role: 'RegencyStaff', regionCode: '61.01' } });
  });

  it('lets regency staff only read accounts of other roles', async () => {
    mockFetch({ body: { data: { user: { ...user, userName: 'bpjs.sambas', role: 'Viewer' } } } });
    renderPage();
    expect(await screen.findByText('Anda dapat melihat akun Pemantau ini, tetapi tidak mengelolanya.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Nonaktifkan akun' })).toBeNull();
  });
});
