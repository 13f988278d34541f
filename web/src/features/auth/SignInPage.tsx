import { useState, type FormEvent } from 'react';
import { LanguageToggle, useI18n, type MessageKey } from '../../shared/i18n';
import { login } from './api';

interface Props {
  /** Called after the server accepted the credentials; resolves to whether a session now exists. */
  onSignedIn: () => Promise<boolean>;
  expired?: boolean;
}

export function SignInPage({ onSignedIn, expired }: Props) {
  const { t } = useI18n();
  const [userName, setUserName] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [errorKey, setErrorKey] = useState<MessageKey | null>(expired ? 'auth.expired' : null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!userName.trim() || !password) {
      setErrorKey('auth.required');
      return;
    }
    setBusy(true);
    setErrorKey(null);
    const result = await login(userName.trim(), password);
    if (result === 'ok') {
      const hasSession = await onSignedIn();
      if (!hasSession) {
        setErrorKey('auth.noSession');
        setBusy(false);
      }
      return; // on success the app replaces this page
    }
    setBusy(false);
    setErrorKey(
      result === 'invalid' ? 'auth.invalid' : result === 'network' ? 'common.error.network' : 'auth.failed',
    );
    if (result === 'invalid') setPassword('');
  }

  return (
    <div className="signin">
      <header className="signin-top">
        <span className="brand">{t('app.name')}</span>
        <LanguageToggle />
      </header>
      <main id="main" className="signin-card">
        <h1>{t('auth.title')}</h1>
        <p className="muted">{t('app.tagline')}</p>
        <form onSubmit={handleSubmit} noValidate aria-describedby={errorKey ? 'signin-error' : undefined}>
          {errorKey && (
            <div id="signin-error" className="notice notice-error" role="alert">
              {t(errorKey)}
            </div>
          )}
          <div className="field">
            <label htmlFor="signin-username">{t('auth.userName')}</label>
            <input
              id="signin-username"
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              value={userName}
              onChange={(e) => setUserName(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="signin-password">{t('auth.password')}</label>
            <input
              id="signin-password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('auth.submitting') : t('auth.submit')}
          </button>
        </form>
        <p className="muted small">{t('auth.help')}</p>
      </main>
    </div>
  );
}
