import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import type { RegionFilterInput } from '../../gql/graphql';
import { useI18n } from '../../shared/i18n';
import { EmptyState, ErrorMessage, Loading } from '../../shared/ui';
import { useQuery } from '../../shared/useQuery';
import { useMe } from '../auth/session';
import { VillageSearchQuery } from './operations';

export const FULL_VILLAGE_CODE = /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/;
const PARTIAL_CODE = /^\d{2}(\.\d{1,4})*\.?$/;

/** For users above village level: find a village by name or code, then open its roster. */
export function VillagePicker() {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = text.trim();
    if (FULL_VILLAGE_CODE.test(value)) {
      navigate(`/roster/${value}`);
      return;
    }
    setParams(value ? { q: value } : {});
  }

  // Villages under one's own region; from the country (a national reader's, code "") every village.
  const inScope: RegionFilterInput = me.regionCode === '' ? {} : { code: { startsWith: `${me.regionCode}.` } };
  const where: RegionFilterInput = PARTIAL_CODE.test(q)
    ? { level: { eq: 'VILLAGE' }, code: { startsWith: q } }
    : { level: { eq: 'VILLAGE' }, name: { contains: q }, ...inScope };

  return (
    <>
      <h1>{t('roster.pick.title')}</h1>
      <p className="muted">{t('roster.pick.intro')}</p>
      <form className="inline-form" role="search" onSubmit={handleSubmit}>
        <div className="field">
          <label htmlFor="village-search">{t('roster.pick.label')}</label>
          <input
            id="village-search"
            type="search"
            autoComplete="off"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <button type="submit" className="primary">
          {t('roster.pick.submit')}
        </button>
      </form>
      {q && <VillageResults q={q} where={where} />}
    </>
  );
}

function VillageResults({ q, where }: { q: string; where: RegionFilterInput }) {
  const { t } = useI18n();
  const { data, error, loading, refetch } = useQuery(VillageSearchQuery, { where });
  if (loading && !data) return <Loading />;
  if (error && !data) return <ErrorMessage error={error} onRetry={refetch} />;
  const villages = data?.regions?.nodes ?? [];
  if (villages.length === 0) return <EmptyState title={t('roster.pick.none', { q })} />;
  return (
    <section aria-label={t('roster.pick.results')}>
      <ul className="link-list">
        {villages.map((v) => (
          <li key={v.code}>
            <Link to={`/roster/${v.code}`}>
              {v.name} <span className="code">{v.code}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
