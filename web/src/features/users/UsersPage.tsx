import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { UserFilterInput, UserRole, UserStatus } from '../../gql/graphql';
import { formatDateTime, formatInteger } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { ALL_ROLES, roleLabelKey } from '../../shared/nav';
import { EmptyState, ErrorMessage, ListFoot, Loading } from '../../shared/ui';
import { useQuery } from '../../shared/useQuery';
import { usePagedList } from '../../shared/usePagedList';
import { UserRegionLookupQuery, UsersQuery } from './operations';
import { StatusBadge, UserAdminOnly, USER_STATUSES } from './shared';

export const USERS_PAGE_SIZE = 50;
const CODE_PREFIX = /^\d{2}(\.\d{1,4})*\.?$/;
/** Looks like a user name (op.dalamkaum, dpmd_sambas2) rather than a person's name. */
const USER_NAME_LIKE = /^[a-z0-9][a-z0-9._-]*$/;

export interface UserSearch {
  q: string;
  role: UserRole | '';
  status: UserStatus | '';
}

/** Builds the filter: a user name searches user names, anything else full names; the region is a code prefix. */
export function userFilter({ q, role, status }: UserSearch, regionCode: string | null): UserFilterInput | undefined {
  const where: UserFilterInput = {};
  const text = q.trim();
  if (text) {
    if (USER_NAME_LIKE.test(text) && /[._\-\d]/.test(text)) where.userName = { contains: text };
    else where.fullName = { contains: text };
  }
  if (role) where.role = { eq: role };
  if (status) where.status = { eq: status };
  if (regionCode) where.regionCode = { startsWith: regionCode };
  return Object.keys(where).length > 0 ? where : undefined;
}

function parseRole(value: string | null): UserRole | '' {
  return ALL_ROLES.includes(value as UserRole) ? (value as UserRole) : '';
}

function parseStatus(value: string | null): UserStatus | '' {
  return USER_STATUSES.includes(value as UserStatus) ? (value as UserStatus) : '';
}

export function UsersPage() {
  const { t } = useI18n();
  return (
    <UserAdminOnly title={t('users.title')}>
      <UserList />
    </UserAdminOnly>
  );
}

function UserList() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const search: UserSearch = { q: params.get('q') ?? '', role: parseRole(params.get('role')), status: parseStatus(params.get('status')) };
  const region = params.get('region') ?? '';
  const [form, setForm] = useState({ ...search, region });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (form.q.trim()) next.q = form.q.trim();
    if (form.region.trim()) next.region = form.region.trim();
    if (form.role) next.role = form.role;
    if (form.status) next.status = form.status;
    setParams(next);
  }

  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t('users.title')}</h1>
          <p className="muted">{t('users.intro')}</p>
        </div>
        <div className="button-row">
          <Link className="button" to="/users/import">
            {t('users.import.link')}
          </Link>
          <Link className="button button-primary" to="/users/new">
            {t('users.new.link')}
          </Link>
        </div>
      </div>

      <form className="search-form panel" role="search" onSubmit={handleSubmit}>
        <div className="field field-grow">
          <label htmlFor="user-search">{t('users.search.label')}</label>
          <input
            id="user-search"
            type="search"
            autoComplete="off"
            placeholder={t('users.search.placeholder')}
            value={form.q}
            onChange={(e) => setForm({ ...form, q: e.target.value })}
          />
        </div>
        <div className="field field-grow">
          <label htmlFor="user-region">{t('users.search.region')}</label>
          <input
            id="user-region"
            type="search"
            autoComplete="off"
            placeholder={t('users.search.region.placeholder')}
            value={form.region}
            onChange={(e) => setForm({ ...form, region: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor="user-role">{t('users.field.role')}</label>
          <select id="user-role" value={form.role} onChange={(e) => setForm({ ...form, role: parseRole(e.target.value) })}>
            <option value="">{t('users.search.role.all')}</option>
            {ALL_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="user-status">{t('users.field.status')}</label>
          <select id="user-status" value={form.status} onChange={(e) => setForm({ ...form, status: parseStatus(e.target.value) })}>
            <option value="">{t('users.search.status.all')}</option>
            {USER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`users.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="primary">
          {t('users.search.submit')}
        </button>
      </form>

      <RegionScopedResults search={search} region={region} />
    </>
  );
}

/** A region typed by name is looked up first: the highest-level region of that name limits the list. */
function RegionScopedResults({ search, region }: { search: UserSearch; region: string }) {
  const { t } = useI18n();
  const text = region.trim();
  const byCode = text === '' || CODE_PREFIX.test(text);
  const lookup = useQuery(UserRegionLookupQuery, { name: text }, { skip: byCode });

  if (byCode) return <UserResults where={userFilter(search, text.replace(/\.$/, '') || null)} filtered={hasFilter(search, text)} />;
  if (lookup.loading && !lookup.data) return <Loading />;
  if (lookup.error && !lookup.data) return <ErrorMessage error={lookup.error} onRetry={lookup.refetch} />;
  const matches = [...(lookup.data?.regions?.nodes ?? [])].sort(
    (a, b) => a.code.split('.').length - b.code.split('.').length || a.code.localeCompare(b.code),
  );
  const chosen = matches[0];
  if (!chosen) return <EmptyState title={t('users.search.region.none', { q: text })} />;
  return (
    <>
      <p className="muted small" data-testid="region-match">
        {t('users.search.region.match', { name: chosen.name, code: chosen.code })}
        {matches.length > 1 && ` ${t('users.search.region.others', { n: formatInteger(matches.length - 1) })}`}
      </p>
      <UserResults where={userFilter(search, chosen.code)} filtered />
    </>
  );
}

function hasFilter(search: UserSearch, region: string): boolean {
  return Boolean(search.q.trim() || search.role || search.status || region);
}

function UserResults({ where, filtered }: { where: UserFilterInput | undefined; filtered: boolean }) {
  const { t, lang } = useI18n();
  const list = usePagedList(UsersQuery, { where, first: USERS_PAGE_SIZE }, (data) => data.users);

  if (list.loading) return <Loading />;
  if (list.error && list.nodes.length === 0) return <ErrorMessage error={list.error} onRetry={list.retry} />;
  if (list.nodes.length === 0) return <EmptyState title={filtered ? t('users.none') : t('users.noneAtAll')} />;

  return (
    <>
      <p className="summary" aria-live="polite">
        {t('users.count', { total: formatInteger(list.totalCount) })}
      </p>
      <div className="table-wrap">
        <table className="region-table">
          <caption className="sr-only">{t('users.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('users.col.name')}</th>
              <th scope="col">{t('users.field.role')}</th>
              <th scope="col">{t('users.field.region')}</th>
              <th scope="col">{t('users.field.status')}</th>
              <th scope="col">{t('users.field.lastSignIn')}</th>
            </tr>
          </thead>
          <tbody>
            {list.nodes.map((u) => (
              <tr key={u.userName}>
                <th scope="row">
                  <Link to={`/users/${encodeURIComponent(u.userName)}`}>{u.fullName}</Link>
                  <span className="code">{u.userName}</span>
                </th>
                <td>{t(roleLabelKey(u))}</td>
                <td>
                  {u.region?.name ?? u.regionCode}
                  <span className="code code-block">{u.regionCode}</span>
                </td>
                <td>
                  <span className="badges">
                    <StatusBadge status={u.status} />
                    {u.mustChangePassword && <span className="badge">{t('users.badge.oneTime')}</span>}
                    {u.twoFactorEnabled && <span className="badge badge-info">{t('users.badge.2fa')}</span>}
                  </span>
                </td>
                <td className="nowrap">{u.lastSignInAt ? formatDateTime(u.lastSignInAt, lang) : t('users.neverSignedIn')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {list.error != null && <ErrorMessage error={list.error} onRetry={list.loadMore} />}
      <ListFoot shown={list.nodes.length} total={list.totalCount} hasMore={list.hasMore} loading={list.loadingMore} onMore={list.loadMore} />
    </>
  );
}
