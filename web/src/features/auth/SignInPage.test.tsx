import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../shared/i18n';
import { mockFetch, requestBody } from '../../test/utils';
import { SignInPage } from './SignInPage';

function fillAndSubmit(userName: string, password: string) {
  fireEvent.change(screen.getByLabelText('Nama pengguna'), { target: { value: userName } });
  fireEvent.change(screen.getByLabelText('Kata sandi'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: 'Masuk' }));
}

describe('SignInPage', () => {
  it('shows the wrong-credentials message on 401', async () => {
    const fetchMock = mockFetch({ status: 401 });
    const onSignedIn = vi.fn(async () => true);
    render(
      <I18nProvider>
        <SignInPage onSignedIn={onSignedIn} />
      </I18nProvider>,
    );

    fillAndSubmit('operator.dalamkaum', 'salah');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Nama pengguna atau kata sandi salah');
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0][0]).toBe('/auth/login?useCookies=true');
    expect(requestBody(fetchMock)).toEqual({ userName: 'operator.dalamkaum', password: 'salah' });
    expect(onSignedIn).not.toHaveBeenCalled();
    expect((screen.getByLabelText('Kata sandi') as HTMLInputElement).value).toBe('');
  });

  it('asks the app to load the session after a successful sign-in', async () => {
    mockFetch({ status: 200 });
    const onSignedIn = vi.fn(async () => true);
    render(
      <I18nProvider>
        <SignInPage onSignedIn={onSignedIn} />
      </I18nProvider>,
    );
    fillAndSubmit('operator.dalamkaum', 'benar');
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('asks for both fields before calling the server', () => {
    const fetchMock = mockFetch();
    render(
      <I18nProvider>
        <SignInPage onSignedIn={async () => true} />
      </I18nProvider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Masuk' }));
    expect(screen.getByRole('alert').textContent).toBe('Isi nama pengguna dan kata sandi.');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});

describe('SignInPage with two-step verification', () => {
  it('asks for the authenticator code when the server says RequiresTwoFactor, then retries with it', async () => {
    const requiresCode = { status: 401, body: { title: 'Masukkan kode verifikasi dua langkah dari aplikasi autentikator.', status: 401, detail: 'RequiresTwoFactor' } };
    const fetchMock = mockFetch(requiresCode, requiresCode, { status: 200 });
    const onSignedIn = vi.fn(async () => true);
    render(
      <I18nProvider>
        <SignInPage onSignedIn={onSignedIn} />
      </I18nProvider>,
    );
    expect(screen.queryByLabelText('Kode autentikator')).toBeNull();
    fillAndSubmit('admin.kalbar', 'Rahasia-2026');

    const code = await screen.findByLabelText('Kode autentikator');
    expect(screen.getByRole('status').textContent).toContain('Masukkan kode 6 digit');
    expect(screen.queryByRole('alert')).toBeNull();
    expect((screen.getByLabelText('Kata sandi') as HTMLInputElement).value).toBe('Rahasia-2026');

    fireEvent.click(screen.getByRole('button', { name: 'Masuk' }));
    expect(screen.getByRole('alert').textContent).toBe('Isi kode autentikator 6 digit.');
    expect(fetchMock).toHaveBeenCalledTimes(1);

    fireEvent.change(code, { target: { value: '111111' } });
    fireEvent.click(screen.getByRole('button', { name: 'Masuk' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Kode autentikator salah atau sudah kedaluwarsa');
    expect(requestBody(fetchMock, 1)).toEqual({ userName: 'admin.kalbar', password: 'Rahasia-2026', twoFactorCode: '111111' });

    fireEvent.change(screen.getByLabelText('Kode autentikator'), { target: { value: '222 333' } });
    fireEvent.click(screen.getByRole('button', { name: 'Masuk' }));
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1));
    expect(requestBody(fetchMock, 2)).toEqual({ userName: 'admin.kalbar', password: 'Rahasia-2026', twoFactorCode: '222333' });
  });
});
