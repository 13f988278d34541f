import { fireEvent, render, screen, within } from '@testing-library/react';
import { QRCodeSVG } from 'qrcode.react';
import { describe, expect, it } from 'vitest';
import { mockFetch, operator, renderWithProviders, requestBody, userWith } from '../../test/utils';
import { AccountPage } from './AccountPage';
import { groupKey } from './TwoFactorPanel';

const key = 'abcd efgh ijkl mnop qrst uvwx yz23 4567';
const uri = 'otpauth://totp/DesaPlatform:op.dalamkaum?secret=ABCDEFGHIJKLMNOPQRSTUVWXYZ234567&issuer=DesaPlatform&digits=6';

describe('AccountPage', () => {
  it('shows who one is and sets up two-step verification: a QR code, the key in groups of four, the otpauth address, a code', async () => {
    const fetchMock = mockFetch(
      { body: { data: { beginTwoFactorSetup: { sharedKey: key, authenticatorUri: uri, errors: [] } } } },
      { body: { data: { enableTwoFactor: { me: null, errors: [{ code: 'INVALID_CODE', message: 'Kode verifikasi salah atau sudah kedaluwarsa.', field: 'code' }] } } } },
      { body: { data: { enableTwoFactor: { me: { ...operator, twoFactorEnabled: true }, errors: [] } } } },
    );
    renderWithProviders(<AccountPage />, { me: operator, route: '/account' });
    const facts = screen.getByRole('heading', { level: 1, name: 'Akun saya' }).nextElementSibling as HTMLElement;
    expect(facts.textContent).toContain('Siti Aminah');
    expect(facts.textContent).toContain('operator.dalamkaum');
    expect(facts.textContent).toContain('Operator Desa');
    expect(facts.textContent).toContain('Dalam Kaum 61.01.01.2001');

    const panel = screen.getByRole('region', { name: 'Verifikasi dua langkah' });
    expect(panel.textContent).toContain('Tidak aktif');
    fireEvent.click(within(panel).getByRole('button', { name: 'Siapkan aplikasi autentikator' }));
    expect((await within(panel).findByTestId('shared-key')).textContent).toBe('abcd efgh ijkl mnop qrst uvwx yz23 4567');
    expect(within(panel).getByTestId('authenticator-uri').textContent).toBe(uri);
    // The QR code is the otpauth address: the same modules as the library draws for it.
    const qr = within(panel).getByRole('img', { name: 'Kode QR untuk aplikasi autentikator' });
    const { container } = render(<QRCodeSVG value={uri} size={176} marginSize={4} />);
    const modules = qr.querySelector('path:last-of-type')?.getAttribute('d');
    expect(modules?.length).toBeGreaterThan(500);
    expect(modules).toBe(container.querySelector('path:last-of-type')?.getAttribute('d'));
    expect(within(panel).getByRole('button', { name: 'Salin kunci' })).toBeTruthy();

    fireEvent.change(within(panel).getByLabelText('Kode autentikator'), { target: { value: '123 456' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Aktifkan' }));
    expect(await within(panel).findByText('Kode verifikasi salah atau sudah kedaluwarsa.')).toBeTruthy();
    expect(requestBody(fetchMock, 1).variables).toEqual({ input: { code: '123456' } });

    fireEvent.change(within(panel).getByLabelText('Kode autentikator'), { target: { value: '654321' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Aktifkan' }));
    expect(await within(panel).findByText(/Verifikasi dua langkah aktif\./)).toBeTruthy();
    expect(within(panel).getByText('Aktif')).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Matikan verifikasi dua langkah' })).toBeTruthy();
  });

  it('does not offer to switch off two-step verification where the role requires it', () => {
    renderWithProviders(<AccountPage />, { me: { ...userWith('ProvinceAdmin'), twoFactorEnabled: true, twoFactorRequired: true } });
    const panel = screen.getByRole('region', { name: 'Verifikasi dua langkah' });
    expect(panel.textContent).toContain('tidak dapat dimatikan');
    expect(within(panel).queryByRole('button', { name: 'Matikan verifikasi dua langkah' })).toBeNull();
  });

  it('groups a key in fours', () => {
    expect(groupKey('ABCDEFGHIJ')).toBe('ABCD EFGH IJ');
    expect(groupKey('abcd efgh')).toBe('abcd efgh');
  });
});
