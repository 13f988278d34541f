import { useEffect, useState, type ReactNode } from 'react';
import { RequestError } from './graphql';
import { formatInteger } from './format';
import { isMessageKey, useI18n, type Translate } from './i18n';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}

export function describeError(error: unknown, t: Translate): string {
  if (error instanceof RequestError) {
    switch (error.kind) {
      case 'network':
        return t('common.error.network');
      case 'unauthenticated':
        return t('auth.expired');
      case 'forbidden':
        return t('common.error.forbidden');
      case 'accountSetup':
        return t('common.error.accountSetup');
      case 'http':
        return t('common.error.server', { status: error.status ?? '?' });
      case 'graphql': {
        // A request-level error the portal words (the host stopping a request) reads as such; others as sent.
        const code = error.errors[0]?.extensions?.code;
        if (code && isMessageKey(`userError.${code}`)) return userErrorText(t, { code, message: error.message });
        return t('common.error.generic', { message: error.message });
      }
    }
  }
  if (error instanceof Error) return t('common.error.generic', { message: error.message });
  return t('common.error.generic', { message: String(error) });
}

export function ErrorMessage({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="notice notice-error" role="alert">
      <p>{describeError(error, t)}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty">
      <p className="empty-title">{title}</p>
      {children}
    </div>
  );
}

/** Copies a text to the clipboard and says so; where the browser refuses, asks to copy by hand. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useI18n();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 4000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <span className="copy">
      <button type="button" onClick={() => void copy()}>
        {label}
      </button>
      <span className="copy-status small" role="status" aria-live="polite">
        {state === 'copied' ? t('common.copied') : state === 'failed' ? t('common.copyFailed') : ''}
      </span>
    </span>
  );
}

export interface UserErrorEntry {
  code: string;
  message: string;
  field?: string | null;
  /** What the message names (a village code, a position), for wording it again. */
  values?: readonly { name: string; value: string }[];
}

/** Splits a payload's UserErrors into those of known form fields and the rest. */
export function splitUserErrors<F extends string>(
  errors: readonly UserErrorEntry[],
  fields: readonly F[],
  t: Translate,
): { byField: Partial<Record<F, string[]>>; general: string[] } {
  const byField: Partial<Record<F, string[]>> = {};
  const general: string[] = [];
  for (const error of errors) {
    const name = error.field?.replace(/^input\./i, '').toLowerCase();
    const field = fields.find((f) => f.toLowerCase() === name);
    const text = userErrorText(t, error);
    if (field) (byField[field] ??= []).push(text);
    else general.push(text);
  }
  return { byField, general };
}

export function ErrorList({ messages, id }: { messages: string[]; id?: string }) {
  if (messages.length === 0) return null;
  return (
    <div className="notice notice-error" role="alert" id={id}>
      {messages.length === 1 ? (
        <p>{messages[0]}</p>
      ) : (
        <ul>
          {messages.map((message, i) => (
            <li key={i}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * A UserError (or an import problem) as the user reads it: the portal's wording of its code in the reader's language,
 * filled with the values the server sent beside it — a value that names a term the portal words (`role` RegencyStaff:
 * `role.RegencyStaff`) in the reader's words too. The server's Indonesian message shows only for a code the portal
 * does not know yet, or one that came without a value its wording names.
 */
export function userErrorText(t: Translate, error: UserErrorEntry): string {
  const key = `userError.${error.code}`;
  if (!isMessageKey(key)) return error.message;
  const worded = (name: string, value: string) => {
    const term = `${name}.${value}`;
    return isMessageKey(term) ? t(term) : value;
  };
  const text = t(key, Object.fromEntries((error.values ?? []).map((v) => [v.name, worded(v.name, v.value)])));
  return /\{\w+\}/.test(text) ? error.message : text;
}

/**
 * The foot of a paged list: how many of how many are shown, and the button that loads the next page. The one pager
 * of the portal; `shown` and `moreLabel` word it where a list counts something other than rows.
 */
export function ListFoot({
  shown,
  total,
  hasMore,
  loading = false,
  onMore,
  shownText,
  moreLabel,
}: {
  shown: number;
  total: number;
  hasMore: boolean;
  loading?: boolean;
  onMore: () => void;
  shownText?: string;
  moreLabel?: string;
}) {
  const { t } = useI18n();
  return (
    <div className="list-foot">
      <span className="muted small">
        {shownText ?? t('list.shown', { shown: formatInteger(shown), total: formatInteger(total) })}
      </span>
      {hasMore && (
        <button type="button" onClick={onMore} disabled={loading}>
          {loading ? t('common.loading') : (moreLabel ?? t('list.more'))}
        </button>
      )}
    </div>
  );
}
