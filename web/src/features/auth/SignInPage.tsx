import { useEffect, useRef, useState, type FormEvent } from 'react';
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
  /** The account signs in with two factors: the password was right, the authenticator code is asked for. */
  const [needsCode, setNeedsCode] = useState(false);
  const [code, setCode] = useState('');
  const codeInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (needsCode) codeInput.current?.focus();
  }, [needsCode]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!userName.trim() || !password) {
      setErrorKey('auth.required');
      return;
    }
    const digits = code.replace(/\s/g, '');
    if (needsCode && !/^\d{6}$/.test(digits)) {
      setErrorKey('auth.code.required');
      codeInput.current?.focus();
      return;
    }
    setBusy(true);
    setErrorKey(null);
    const result = await login(userName.trim(), password, needsCode ? digits : undefined);
    if (result === 'ok') {
      const hasSession = await onSignedIn();
      if (!hasSession) {
        setErrorKey('auth.noSession');
        setBusy(false);
      }
      return; // on success the app replaces this page
    }
    setBusy(false);
    if (result === 'twoFactor') {
      // First time: the code field appears (no error). With a code: it was wrong or expired.
      setErrorKey(needsCode ? 'auth.code.invalid' : null);
      setNeedsCode(true);
      setCode('');
      codeInput.current?.focus();
      return;
    }
    setErrorKey(
      result === 'invalid' ? 'auth.invalid' : result === 'network' ? 'common.error.network' : 'auth.failed',
    );
    if (result === 'invalid') {
      setPassword('');
      setNeedsCode(false);
      setCode('');
    }
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
              onChange={(e) => {
                setUserName(e.target.value);
                setNeedsCode(false);
                setCode('');
              }}
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
          {needsCode && (
            <div className="field">
              <p className="notice" role="status">
                {t('auth.code.prompt')}
              </p>
              <label htmlFor="signin-code">{t('auth.code')}</label>
              <input
                ref={codeInput}
                id="signin-code"
                name="twoFactorCode"
                className="code-input"
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={7}
                required
                aria-describedby="signin-code-hint"
                value={code}
                onChange={(e) => setCode(e.target.value.replace(/[^\d\s]/g, ''))}
              />
              <p id="signin-code-hint" className="hint">
                {t('auth.code.hint')}
              </p>
            </div>
          )}
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('auth.submitting') : t('auth.submit')}
          </button>
        </form>
        <p className="muted small">{t('auth.help')}</p>
      </main>
    </div>
  );
}
