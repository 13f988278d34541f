import { useState } from 'react';
import { Link, Navigate } from 'react-router-dom';
import { formatDate, formatInteger } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { can } from '../../shared/nav';
import { EmptyState, ErrorMessage, ListFoot, Loading } from '../../shared/ui';
import { usePagedList } from '../../shared/usePagedList';
import { useMe } from '../auth/session';
import { OverdueActions } from './OverdueActions';
import { ObstacleCatalog } from './ObstacleCatalog';
import { MonevMeetingsQuery } from './operations';
import { RecordMeetingForm } from './RecordMeetingForm';
import './monev.css';

const PAGE_SIZE = 20;

/**
 * The region's monev meetings, latest first, with the follow-ups that are overdue; province admins and regency staff
 * record new meetings here. A desa operator's monev is the findings about their desa.
 */
export function MonevPage() {
  const me = useMe();
  if (me.role === 'VillageOperator') return <Navigate to={`/monev/village/${me.regionCode}`} replace />;
  return <Meetings />;
}

function Meetings() {
  const { t, lang } = useI18n();
  const me = useMe();
  const [recording, setRecording] = useState(false);
  const where = me.regionCode === '' ? {} : { regionCode: { startsWith: me.regionCode } };
  const list = usePagedList(MonevMeetingsQuery, { first: PAGE_SIZE, where, order: [{ date: 'DESC' }] }, (d) => d.monevMeetings);

  return (
    <>
      <div className="page-head">
        <h1>{t('monev.title')}</h1>
        {can.recordMonev(me.role) && !recording && (
          <div className="button-row">
            <button type="button" className="primary" onClick={() => setRecording(true)}>
              {t('monev.record.open')}
            </button>
          </div>
        )}
      </div>
      <p className="muted">{t('monev.intro')}</p>
      {recording && <RecordMeetingForm regionCode={me.regionCode} />}
      <OverdueActions regionCode={me.regionCode} />
      {me.role === 'ProvinceAdmin' && <ObstacleCatalog />}
      <h2>{t('monev.meetings')}</h2>
      {list.loading && list.nodes.length === 0 ? (
        <Loading />
      ) : list.error && list.nodes.length === 0 ? (
        <ErrorMessage error={list.error} onRetry={list.retry} />
      ) : list.nodes.length === 0 ? (
        <EmptyState title={t('monev.meetings.empty')} />
      ) : (
        <>
          <div className="table-wrap">
            <table className="monev-table">
              <caption className="sr-only">{t('monev.meetings.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('monev.col.date')}</th>
                  <th scope="col">{t('monev.col.region')}</th>
                  <th scope="col">{t('monev.col.place')}</th>
                  <th scope="col">{t('monev.col.findings')}</th>
                </tr>
              </thead>
              <tbody>
                {list.nodes.map((m) => (
                  <tr key={m.id}>
                    <th scope="row">
                      <Link to={`/monev/meetings/${m.id}`}>{formatDate(m.date, lang)}</Link>
                    </th>
                    <td>
                      {m.region.name} <span className="code">{m.regionCode}</span>
                    </td>
                    <td>{m.place}</td>
                    <td className="nowrap">
                      {t('monev.findings.count', {
                        total: formatInteger(m.findings.length),
                        open: formatInteger(m.findings.filter((f) => f.isOpen).length),
                      })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ListFoot shown={list.nodes.length} total={list.totalCount} hasMore={list.hasMore} loading={list.loadingMore} onMore={list.loadMore} />
        </>
      )}
    </>
  );
}
