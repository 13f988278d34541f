import { QRCodeSVG } from 'qrcode.react';
import { useId, useState, type FormEvent } from 'react';
import { execute } from '../../shared/graphql';
import { useI18n } from '../../shared/i18n';
import { CopyButton, describeError, ErrorList, userErrorText, type UserErrorEntry } from '../../shared/ui';
import type { Me } from '../auth/session';
import { BeginTwoFactorSetupMutation, DisableTwoFactorMutation, EnableTwoFactorMutation } from './operations';

/** An authenticator key in groups of four, as apps show it and people type it. */
export function groupKey(key: string): string {
  return (key.replace(/\s+/g, '').match(/.{1,4}/g) ?? []).join(' ');
}

const SIX_DIGITS = /^\d{6}$/;

interface Setup {
  sharedKey: string;
  authenticatorUri: string;
}

/** Two-factor sign-in with an authenticator app: set it up and switch it on with a code, or switch it off. */
export function TwoFactorPanel({ me, onChanged }: { me: Me; onChanged: (me: Me) => void }) {
  const { t } = useI18n();
  const uid = useId();
  const [setup, setSetup] = useState<Setup | null>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const codeId = `${uid}-code`;

  function showErrors(list: readonly UserErrorEntry[]) {
    const texts = list.map((e) => ({ ...e, message: userErrorText(t, e) }));
    const onCode = texts.filter((e) => e.field?.toLowerCase() === 'code').map((e) => e.message);
    setCodeError(onCode.length > 0 ? onCode.join(' ') : null);
    setErrors(texts.filter((e) => e.field?.toLowerCase() !== 'code').map((e) => e.message));
    if (onCode.length > 0) document.getElementById(codeId)?.focus();
  }

  function reset() {
    setErrors([]);
    setCodeError(null);
    setNotice(null);
  }

  async function begin() {
    reset();
    setBusy(true);
    try {
      const { beginTwoFactorSetup: payload } = await execute(BeginTwoFactorSetupMutation);
      if (payload.errors.length > 0 || !payload.sharedKey || !payload.authenticatorUri) {
        showErrors(payload.errors);
        return;
      }
      setSetup({ sharedKey: payload.sharedKey, authenticatorUri: payload.authenticatorUri });
      setCode('');
    } catch (error) {
      setErrors([describeError(error, t)]);
    } finally {
      setBusy(false);
    }
  }

  async function submitCode(event: FormEvent<HTMLFormElement>, enable: boolean) {
    event.preventDefault();
    reset();
    const digits = code.replace(/\s/g, '');
    if (!SIX_DIGITS.test(digits)) {
      setCodeError(t('account.2fa.code.invalid'));
      document.getElementById(codeId)?.focus();
      return;
    }
    setBusy(true);
    try {
      const payload = enable
        ? (await execute(EnableTwoFactorMutation, { input: { code: digits } })).enableTwoFactor
        : (await execute(DisableTwoFactorMutation, { input: { code: digits } })).disableTwoFactor;
      if (payload.errors.length > 0 || !payload.me) {
        showErrors(payload.errors);
        return;
      }
      setSetup(null);
      setCode('');
      setNotice(enable ? t('account.2fa.enabled') : t('account.2fa.disabled'));
      onChanged(payload.me);
    } catch (error) {
      setErrors([describeError(error, t)]);
    } finally {
      setBusy(false);
    }
  }

  /** The code and its button on one line, the hint or the error under both. */
  const codeForm = (enable: boolean) => (
    <form className="code-form" onSubmit={(e) => void submitCode(e, enable)} noValidate>
      <label htmlFor={codeId}>{t('account.2fa.code')}</label>
      <div className="code-row">
        <input
          id={codeId}
          className="code-input"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={7}
          required
          aria-invalid={codeError ? true : undefined}
          aria-describedby={codeError ? `${codeId}-error` : `${codeId}-hint`}
          value={code}
          onChange={(e) => setCode(e.target.value.replace(/[^\d\s]/g, ''))}
        />
        <button type="submit" className={enable ? 'primary' : undefined} disabled={busy}>
          {enable ? t('account.2fa.enable') : t('account.2fa.disable')}
        </button>
      </div>
      {codeError ? (
        <p id={`${codeId}-error`} className="field-error">
          {codeError}
        </p>
      ) : (
        <p id={`${codeId}-hint`} className="hint">
          {t('account.2fa.code.hint')}
        </p>
      )}
    </form>
  );

  return (
    <div className="two-factor">
      {notice && (
        <p className="notice notice-ok" role="status">
          {notice}
        </p>
      )}
      <ErrorList messages={errors} />
      {me.twoFactorEnabled ? (
        <>
          <p>
            <span className="badge badge-approved">{t('account.2fa.on')}</span> {t('account.2fa.on.explain')}
          </p>
          {me.twoFactorRequired ? (
            <p className="muted small">{t('account.2fa.required.keep')}</p>
          ) : (
            codeForm(false)
          )}
        </>
      ) : !setup ? (
        <>
          <p>
            <span className="badge">{t('account.2fa.off')}</span> {t('account.2fa.off.explain')}
          </p>
          <button type="button" className="primary" disabled={busy} onClick={() => void begin()}>
            {busy ? t('common.loading') : t('account.2fa.begin')}
          </button>
        </>
      ) : (
        <ol className="setup-steps">
          <li>{t('account.2fa.step.app')}</li>
          <li>
            {t('account.2fa.step.scan')}
            <QRCodeSVG
              className="authenticator-qr"
              value={setup.authenticatorUri}
              size={176}
              marginSize={4}
              role="img"
              title={t('account.2fa.qr')}
              aria-label={t('account.2fa.qr')}
            />
            {t('account.2fa.step.key')}
            <div className="secret">
              <code className="secret-key" data-testid="shared-key">
                {groupKey(setup.sharedKey)}
              </code>
              <CopyButton text={setup.sharedKey.replace(/\s+/g, '')} label={t('account.2fa.copyKey')} />
            </div>
            <p className="muted small">{t('account.2fa.step.uri')}</p>
            <div className="secret">
              <code className="secret-uri" data-testid="authenticator-uri">
                {setup.authenticatorUri}
              </code>
              <CopyButton text={setup.authenticatorUri} label={t('account.2fa.copyUri')} />
            </div>
          </li>
          <li>
            {t('account.2fa.step.code')}
            {codeForm(true)}
          </li>
        </ol>
      )}
    </div>
  );
}
