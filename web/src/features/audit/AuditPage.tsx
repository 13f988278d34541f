import { Fragment, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { AuditEntryFilterInput } from '../../gql/graphql';
import { auditExportUrl, type FileFormat } from '../../shared/downloads';
import { formatDateTime, formatInteger, zoneOffset } from '../../shared/format';
import { useI18n, type MessageKey, type Translate } from '../../shared/i18n';
import { can } from '../../shared/nav';
import { EmptyState, ErrorMessage, ListFoot, Loading } from '../../shared/ui';
import { useMe } from '../auth/session';
import { usePagedList } from '../../shared/usePagedList';
import { AuditDetails } from './AuditDetails';
import { auditValues } from './diff';
import { entityName, subjectOf } from './names';
import { AuditTrailQuery } from './operations';

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_MODULES = ['access', 'membership', 'regions', 'budgeting', 'targets'] as const;
const KNOWN_ACTIONS = ['Added', 'Modified', 'Deleted', 'Imported'] as const;


export interface AuditSearch {
  user: string;
  module: string;
  entity: string;
  entityId: string;
  action: string;
  from: string;
  to: string;
}

const FIELDS: Array<keyof AuditSearch> = ['user', 'module', 'entity', 'entityId', 'action', 'from', 'to'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** The query's arguments: texts match case-insensitively in part, the module exactly; `to` includes its whole day. */
export function auditVariables(s: AuditSearch): { where?: AuditEntryFilterInput; from?: string; to?: string } {
  const where: AuditEntryFilterInput = {};
  if (s.user.trim()) where.userName = { contains: s.user.trim() };
  if (s.module) where.module = { eq: s.module };
  if (s.entity.trim()) where.entity = { contains: s.entity.trim() };
  if (s.entityId.trim()) where.entityId = { eq: s.entityId.trim() };
  if (s.action.trim()) where.action = { contains: s.action.trim() };
  return {
    ...(Object.keys(where).length > 0 ? { where } : {}),
    // A day of the filter is a day where the reader is.
    ...(DATE.test(s.from) ? { from: `${s.from}T00:00:00${zoneOffset()}` } : {}),
    ...(DATE.test(s.to) ? { to: `${nextDay(s.to)}T00:00:00${zoneOffset()}` } : {}),
  };
}

export function actionLabel(t: Translate, action: string): string {
  return (KNOWN_ACTIONS as readonly string[]).includes(action) ? t(`audit.action.${action}` as MessageKey) : action;
}

export function moduleLabel(t: Translate, module: string): string {
  return (AUDIT_MODULES as readonly string[]).includes(module) ? t(`audit.module.${module}` as MessageKey) : module;
}

export function AuditPage() {
  const { t } = useI18n();
  const me = useMe();
  if (!can.viewAudit(me.role)) {
    return (
      <>
        <h1>{t('audit.title')}</h1>
        <p className="notice notice-error" role="alert">
          {t('audit.forbidden')}
        </p>
        <p>
          <Link to="/">{t('common.backToDashboard')}</Link>
        </p>
      </>
    );
  }
  return <AuditTrail />;
}

function readSearch(params: URLSearchParams): AuditSearch {
  const s = Object.fromEntries(FIELDS.map((f) => [f, params.get(f) ?? ''])) as unknown as AuditSearch;
  if (!(AUDIT_MODULES as readonly string[]).includes(s.module)) s.module = '';
  return s;
}

function AuditTrail() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const search = readSearch(params);
  const [form, setForm] = useState<AuditSearch>(search);
  const set = (field: keyof AuditSearch, value: string) => setForm((prev) => ({ ...prev, [field]: value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: Record<string, string> = {};
    for (const f of FIELDS) if (form[f].trim()) next[f] = form[f].trim();
    setParams(next);
  }

  function clear() {
    const empty = Object.fromEntries(FIELDS.map((f) => [f, ''])) as unknown as AuditSearch;
    setForm(empty);
    setParams({});
  }

  return (
    <>
      <h1>{t('audit.title')}</h1>
      <p className="muted">{t('audit.intro')}</p>

      <form className="search-form panel audit-filters" role="search" onSubmit={handleSubmit}>
        <div className="field">
          <label htmlFor="audit-user">{t('audit.filter.user')}</label>
          <input id="audit-user" type="search" autoComplete="off" spellCheck={false} value={form.user} onChange={(e) => set('user', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="audit-module">{t('audit.filter.module')}</label>
          <select id="audit-module" value={form.module} onChange={(e) => set('module', e.target.value)}>
            <option value="">{t('audit.filter.module.all')}</option>
            {AUDIT_MODULES.map((m) => (
              <option key={m} value={m}>
                {moduleLabel(t, m)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-entity">{t('audit.filter.entity')}</label>
          <input
            id="audit-entity"
            type="search"
            autoComplete="off"
            spellCheck={false}
            placeholder={t('audit.filter.entity.placeholder')}
            value={form.entity}
            onChange={(e) => set('entity', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="audit-action">{t('audit.filter.action')}</label>
          <input
            id="audit-action"
            type="search"
            list="audit-actions"
            autoComplete="off"
            spellCheck={false}
            value={form.action}
            onChange={(e) => set('action', e.target.value)}
          />
          <datalist id="audit-actions">
            {KNOWN_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {actionLabel(t, a)}
              </option>
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor="audit-from">{t('audit.filter.from')}</label>
          <input id="audit-from" type="date" value={form.from} onChange={(e) => set('from', e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="audit-to">{t('audit.filter.to')}</label>
          <input id="audit-to" type="date" value={form.to} min={form.from || undefined} onChange={(e) => set('to', e.target.value)} />
        </div>
        <div className="button-row">
          <button type="submit" className="primary">
            {t('audit.filter.submit')}
          </button>
          <button type="button" onClick={clear}>
            {t('audit.filter.clear')}
          </button>
        </div>
      </form>
      {search.entityId && <p className="muted small">{t('audit.filter.entityId', { id: search.entityId })}</p>}

      <AuditResults search={search} />
    </>
  );
}

function AuditResults({ search }: { search: AuditSearch }) {
  const { t, lang } = useI18n();
  const list = usePagedList(AuditTrailQuery, { ...auditVariables(search), first: AUDIT_PAGE_SIZE }, (data) => data.auditTrail);
  const [open, setOpen] = useState<Set<string>>(new Set());

  function toggle(id: string) {
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  if (list.loading) return <Loading />;
  if (list.error && list.nodes.length === 0) return <ErrorMessage error={list.error} onRetry={list.retry} />;
  if (list.nodes.length === 0) return <EmptyState title={t('audit.none')} />;

  return (
    <>
      <div className="section-head">
        <p className="summary" aria-live="polite">
          {t('audit.count', { total: formatInteger(list.totalCount) })}
        </p>
        <span className="actions">
          {(['csv', 'xlsx'] as FileFormat[]).map((format) => (
            <a key={format} className="button" href={auditExportUrl(search, format)} download>
              {t(`audit.export.${format}`, { n: formatInteger(list.totalCount) })}
            </a>
          ))}
        </span>
      </div>
      <div className="table-wrap">
        <table className="region-table audit-table">
          <caption className="sr-only">{t('audit.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit.col.at')}</th>
              <th scope="col">{t('audit.col.user')}</th>
              <th scope="col">{t('audit.col.action')}</th>
              <th scope="col">{t('audit.col.entity')}</th>
              <th scope="col">{t('audit.col.region')}</th>
              <th scope="col">
                <span className="sr-only">{t('audit.col.details')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.nodes.map((e) => {
              const expanded = open.has(e.id);
              const detailsId = `audit-${e.id}`;
              return (
                <Fragment key={e.id}>
                  <tr className={expanded ? 'row-open' : undefined}>
                    <td className="nowrap">{formatDateTime(e.at, lang)}</td>
                    <td>
                      <span className="mono">{e.userName}</span>
                      {e.role && <span className="block muted small">{roleText(t, e.role)}</span>}
                    </td>
                    <td>
                      <span className={`badge audit-action-${e.action.toLowerCase()}`}>{actionLabel(t, e.action)}</span>
                    </td>
                    <th scope="row">
                      {subjectOf({ ...auditValues(e.before), ...auditValues(e.after) }) ?? entityName(lang, e.entity)}
                      <span className="block muted small">
                        {entityName(lang, e.entity)} · {moduleLabel(t, e.module)}
                      </span>
                    </th>
                    <td>
                      {e.region?.name ?? <span className="mono">{e.regionCode}</span>}
                      {e.region && <span className="block muted small mono">{e.regionCode}</span>}
                    </td>
                    <td className="nowrap">
                      <button
                        type="button"
                        className="link-button"
                        aria-expanded={expanded}
                        aria-controls={expanded ? detailsId : undefined}
                        onClick={() => toggle(e.id)}
                      >
                        {expanded ? t('audit.hide') : t('audit.show')}
                      </button>
                    </td>
                  </tr>
                  {expanded && (
                    <tr className="inline-row">
                      <td colSpan={6} id={detailsId}>
                        <AuditDetails entry={e} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      {list.error != null && <ErrorMessage error={list.error} onRetry={list.loadMore} />}
      <ListFoot shown={list.nodes.length} total={list.totalCount} hasMore={list.hasMore} loading={list.loadingMore} onMore={list.loadMore} />
    </>
  );
}

function roleText(t: Translate, role: string): string {
  return ['ProvinceAdmin', 'RegencyStaff', 'VillageOperator', 'Viewer', 'BpjsOfficer'].includes(role) ? t(`role.${role}` as MessageKey) : role;
}
