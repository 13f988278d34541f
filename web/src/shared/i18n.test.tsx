import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dictionaries, I18nProvider, LANG_STORAGE_KEY, LanguageToggle, translate, useI18n } from './i18n';

function SignInTitle() {
  const { t } = useI18n();
  return (
    <>
      <h1>{t('auth.title')}</h1>
      <label>
        {t('auth.userName')}
        <input />
      </label>
      <LanguageToggle />
    </>
  );
}

function renderSignIn() {
  return render(
    <I18nProvider>
      <SignInTitle />
    </I18nProvider>,
  );
}

describe('i18n', () => {
  it('starts in Bahasa Indonesia, switches to English and remembers the choice', () => {
    const first = renderSignIn();
    expect(screen.getByRole('heading', { name: 'Masuk ke DesaPlatform' })).toBeTruthy();
    expect(screen.getByLabelText('Nama pengguna')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'ID' }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: 'EN' }));

    expect(screen.getByRole('heading', { name: 'Sign in to DesaPlatform' })).toBeTruthy();
    expect(screen.getByLabelText('User name')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'EN' }).getAttribute('aria-pressed')).toBe('true');
    expect(window.localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    first.unmount();
    renderSignIn();
    expect(screen.getByRole('heading', { name: 'Sign in to DesaPlatform' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'ID' }));
    expect(screen.getByRole('heading', { name: 'Masuk ke DesaPlatform' })).toBeTruthy();
    expect(window.localStorage.getItem(LANG_STORAGE_KEY)).toBe('id');
  });

  it('has an English text for every Indonesian key, none empty', () => {
    const idKeys = Object.keys(dictionaries.id).sort();
    expect(Object.keys(dictionaries.en).sort()).toEqual(idKeys);
    for (const key of idKeys) {
      expect(dictionaries.en[key as keyof typeof dictionaries.en].trim()).not.toBe('');
    }
  });

  it('fills in parameters', () => {
    expect(translate('id', 'dash.target', { year: 2026, percent: '60,80%' })).toBe('Target 2026: 60,80%');
    expect(translate('en', 'dash.target', { year: 2026, percent: '60,80%' })).toBe('2026 target: 60,80%');
  });

  it('chooses plural forms by Intl.PluralRules and writes the count the Indonesian way', () => {
    expect(translate('en', 'subs.waiting', { n: 1 })).toBe('waiting 1 day');
    expect(translate('en', 'subs.waiting', { n: 3 })).toBe('waiting 3 days');
    expect(translate('id', 'subs.waiting', { n: 1 })).toBe('menunggu 1 hari');
    expect(translate('en', 'review.event.changes', { n: 1200 })).toBe('1.200 changes');
    expect(translate('en', 'import.refused', { name: 'a.csv', n: 1 })).toBe('The file a.csv was refused: 1 problem found.');
    expect(translate('id', 'import.refused', { name: 'a.csv', n: 1 })).toBe('Berkas a.csv ditolak: 1 masalah ditemukan.');
  });
});
