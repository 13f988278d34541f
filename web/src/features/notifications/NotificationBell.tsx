import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import type { NotificationsQuery as NotificationsData } from '../../gql/graphql';
import { execute } from '../../shared/graphql';
import { formatDateTime } from '../../shared/format';
import { isMessageKey, useI18n, type MessageKey } from '../../shared/i18n';
import { WORKFLOW_CHANGED_EVENT } from '../../shared/workflowEvents';
import { useMe } from '../auth/session';
import { NotificationsQuery } from './operations';
import './notifications.css';

type Notification = NotificationsData['notifications'][number];

/** At most one poll a minute; a navigation or a workflow step asks again at once. */
export const POLL_MS = 60_000;

/** Only these roles have anything waiting for them: the roster and budget plan workflows, overdue monev follow-ups. */
function hasNotifications(role: string) {
  return role === 'RegencyStaff' || role === 'VillageOperator' || role === 'ProvinceAdmin';
}

const isBudgetPlan = (n: Notification) => n.kind.startsWith('BUDGET_PLAN_');

export function linkOf(n: Notification): string {
  if (n.kind === 'ACTION_OVERDUE') return `/monev/village/${n.villageCode}`;
  if (isBudgetPlan(n)) return `/budget-plan?region=${n.villageCode}&year=${n.year}`;
  return n.submissionId ? `/submissions/${n.submissionId}` : `/roster/${n.villageCode}`;
}

function openLabelOf(n: Notification): MessageKey {
  if (n.kind === 'ACTION_OVERDUE') return 'notif.open.monev';
  if (isBudgetPlan(n)) return 'notif.open.plan';
  return n.submissionId ? 'notif.open.review' : 'notif.open.roster';
}

/** The header's bell: how many things wait, opening a short list that links to each. */
export function NotificationBell() {
  const me = useMe();
  if (!hasNotifications(me.role)) return null;
  return <Bell />;
}

function Bell() {
  const { t, lang } = useI18n();
  const { pathname } = useLocation();
  const [items, setItems] = useState<Notification[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [open, setOpen] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const root = useRef<HTMLDivElement>(null);

  const load = useCallback(() => {
    controller.current?.abort();
    const c = new AbortController();
    controller.current = c;
    execute(NotificationsQuery, {}, { signal: c.signal }).then(
      (data) => {
        if (c.signal.aborted) return;
        setItems(data.notifications);
        setFailed(false);
      },
      () => {
        if (!c.signal.aborted) setFailed(true);
      },
    );
  }, []);

  // On every navigation: ask now, then once a minute while the tab is visible.
  useEffect(() => {
    load();
    const timer = window.setInterval(() => {
      if (typeof document !== 'undefined' && document.visibilityState === 'hidden') return;
      load();
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, [pathname, load]);

  useEffect(() => {
    window.addEventListener(WORKFLOW_CHANGED_EVENT, load);
    return () => {
      window.removeEventListener(WORKFLOW_CHANGED_EVENT, load);
      controller.current?.abort();
    };
  }, [load]);

  // A navigation closes the list.
  useEffect(() => setOpen(false), [pathname]);

  useEffect(() => {
    if (!open) return;
    function onKey(e: KeyboardEvent) {
      if (e.key === 'Escape') setOpen(false);
    }
    function onClick(e: MouseEvent) {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    }
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  const count = items?.length ?? 0;
  const kindLabel = (kind: string) => {
    const key = `notif.kind.${kind}`;
    return isMessageKey(key) ? t(key) : kind;
  };

  return (
    <div className="notif" ref={root}>
      <button
        type="button"
        className="notif-button"
        aria-expanded={open}
        aria-controls="notif-list"
        aria-label={count > 0 ? t('notif.button.count', { n: count }) : t('notif.button')}
        onClick={() => {
          if (!open) load();
          setOpen((o) => !o);
        }}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" width="18" height="18" focusable="false">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        <span className="notif-label">{t('notif.button')}</span>
        {count > 0 && (
          <span className="notif-count" aria-hidden="true">
            {count}
          </span>
        )}
      </button>
      {open && (
        <div className="notif-panel" id="notif-list" role="region" aria-label={t('notif.title')}>
          <h2 className="notif-title">{t('notif.title')}</h2>
          {failed && items === null ? (
            <p className="notif-empty">
              {t('notif.error')}{' '}
              <button type="button" className="link-button" onClick={load}>
                {t('common.retry')}
              </button>
            </p>
          ) : items === null ? (
            <p className="notif-empty">{t('common.loading')}</p>
          ) : items.length === 0 ? (
            <p className="notif-empty">{t('notif.empty')}</p>
          ) : (
            <ul className="notif-items">
              {items.map((n, i) => (
                <li key={`${n.kind}-${n.villageCode}-${n.submissionId ?? ''}-${i}`} className={`notif-item notif-${n.kind.toLowerCase()}`}>
                  <Link to={linkOf(n)} onClick={() => setOpen(false)}>
                    <span className="notif-kind">{kindLabel(n.kind)}</span>
                    <span className="notif-message">{n.message}</span>
                    <span className="notif-meta">
                      {n.at ? `${formatDateTime(n.at, lang)} · ` : ''}
                      {t(openLabelOf(n))}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
