import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useLocation } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { App } from '../../App';
import { mockFetch, operator, renderWithProviders, requestBody, userWith } from '../../test/utils';

function Where() {
  const { pathname } = useLocation();
  return <output data-testid="where">{pathname}</output>;
}

const mustChange = { ...operator, userName: 'op.baru', fullName: 'Rina Operator', mustChangePassword: true };
const changed = { ...mustChange, mustChangePassword: false };

describe('forced account setup', () => {
  it('sends a user with a one-time password to “Ganti kata sandi” from any address, then on to the dashboard', async () => {
    const fetchMock = mockFetch({ body: { data: { changePassword: { me: changed, errors: [] } } } });
    renderWithProviders(
      <>
        <App />
        <Where />
      </>,
      { me: mustChange, route: '/roster/61.01.01.2001' },
    );

    expect(await screen.findByRole('heading', { level: 1, name: 'Ganti kata sandi' })).toBeTruthy();
    expect(screen.getByTestId('where').textContent).toBe('/account/password');
    // Nothing else to open: no menu, no link to other pages; signing out stays possible.
    expect(screen.queryByRole('navigation', { name: 'Menu utama' })).toBeNull();
    expect(within(screen.getByRole('main')).queryAllByRole('link')).toHaveLength(0);
    expect(within(screen.getByRole('banner')).queryAllByRole('link')).toHaveLength(0);
    expect(within(screen.getByRole('banner')).getByRole('button', { name: 'Keluar' })).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Kata sandi sementara'), { target: { value: 'Sementara-123' } });
    fireEvent.change(screen.getByLabelText('Kata sandi baru'), { target: { value: 'lemah' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ganti kata sandi' }));
    expect(screen.getByText('Kata sandi baru belum memenuhi semua syarat di atas.')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('Kata sandi baru'), { target: { value: 'Desa-Kuat-2026' } });
    fireEvent.change(screen.getByLabelText('Ulangi kata sandi baru'), { target: { value: 'Desa-Kuat-2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ganti kata sandi' }));

    await waitFor(() => expect(screen.getByTestId('where').textContent).toBe('/'));
    expect(requestBody(fetchMock, 0)).toMatchObject({
      operationName: 'ChangePassword',
      variables: { input: { currentPassword: 'Sementara-123', newPassword: 'Desa-Kuat-2026' } },
    });
    expect(await screen.findByRole('navigation', { name: 'Menu utama' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Ganti kata sandi' })).toBeNull();
  });

  it('shows the server’s reason next to the field and stays on the page', async () => {
    mockFetch({
      body: {
        data: {
          changePassword: {
            me: null,
            errors: [{ code: 'WRONG_PASSWORD', message: 'Kata sandi saat ini salah.', field: 'currentPassword' }],
          },
        },
      },
    });
    renderWithProviders(<App />, { me: mustChange, route: '/' });
    fireEvent.change(await screen.findByLabelText('Kata sandi sementara'), { target: { value: 'salah-salah' } });
    fireEvent.change(screen.getByLabelText('Kata sandi baru'), { target: { value: 'Desa-Kuat-2026' } });
    fireEvent.change(screen.getByLabelText('Ulangi kata sandi baru'), { target: { value: 'Desa-Kuat-2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Ganti kata sandi' }));
    expect(await screen.findByText('Kata sandi saat ini salah.')).toBeTruthy();
    expect(screen.getByLabelText('Kata sandi sementara').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('heading', { level: 1, name: 'Ganti kata sandi' })).toBeTruthy();
  });

  it('sends a province admin who must use two-step verification to its setup first', async () => {
    const admin = { ...userWith('ProvinceAdmin'), twoFactorRequired: true, twoFactorEnabled: false };
    renderWithProviders(
      <>
        <App />
        <Where />
      </>,
      { me: admin, route: '/users' },
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Aktifkan verifikasi dua langkah' })).toBeTruthy();
    expect(screen.getByTestId('where').textContent).toBe('/account/two-factor');
    expect(screen.getByRole('button', { name: 'Siapkan aplikasi autentikator' })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Menu utama' })).toBeNull();
  });
});
