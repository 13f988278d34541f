import type { ReactNode } from 'react';
import { RequestError } from './graphql';
import { useI18n, type Translate } from './i18n';

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
      case 'http':
        return t('common.error.server', { status: error.status ?? '?' });
      case 'graphql':
        return t('common.error.generic', { message: error.message });
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
