import { Link, useParams } from 'react-router-dom';
import { formatDate, formatDateTime, formatInteger, todayIso } from '../../shared/format';
import { useI18n, type MessageKey } from '../../shared/i18n';
import { EmptyState, ErrorMessage, Loading } from '../../shared/ui';
import { useQuery } from '../../shared/useQuery';
import { IndicatorTable } from '../dashboard/IndicatorTable';
import { MonevMeetingQuery, MonevReportFiguresQuery } from './operations';
import type { Finding } from './types';
import './monev.css';

/**
 * A meeting's report for the browser's print (A4): the figures as of the meeting's day against that year's targets,
 * the desa that lag today, the findings and follow-ups with owners and due dates, and a signature block.
 */
export function MonevReportPage() {
  const { t, lang } = useI18n();
  const { id = '' } = useParams();
  const meetingQuery = useQuery(MonevMeetingQuery, { id });
  const meeting = meetingQuery.data?.monevMeeting;
  // A meeting planned ahead is reported with today's figures: no day to come has any.
  const asOfDate = meeting ? (meeting.date < todayIso() ? meeting.date : todayIso()) : '';
  const figures = useQuery(
    MonevReportFiguresQuery,
    { regionCode: meeting?.regionCode ?? '', year: Number(asOfDate.slice(0, 4)), asOfDate },
    { skip: meeting == null },
  );

  if (!meetingQuery.data) return meetingQuery.error ? <ErrorMessage error={meetingQuery.error} onRetry={meetingQuery.refetch} /> : <Loading />;
  if (!meeting) return <EmptyState title={t('monev.meeting.notFound')} />;
  if (!figures.data) return figures.error ? <ErrorMessage error={figures.error} onRetry={figures.refetch} /> : <Loading />;
  const report = figures.data.coverage;
  const lagging = figures.data.aparatur;
  const participants = meeting.participants.split('\n').filter((p) => p.trim());

  return (
    <article className="monev-report">
      <p className="no-print">
        <Link to={`/monev/meetings/${encodeURIComponent(meeting.id)}`}>{t('monev.meeting.back')}</Link>{' '}
        <button type="button" onClick={() => window.print()}>{t('report.print')}</button>
      </p>
      <h1>{t('report.title')}</h1>
      <p className="report-subtitle">
        {t('report.subtitle', { region: meeting.region.name, date: formatDate(meeting.date, lang), place: meeting.place })}
      </p>
      <h2>{t('report.participants')}</h2>
      <ul className="monev-participants">
        {participants.map((p, i) => (
          <li key={i}>{p}</li>
        ))}
      </ul>
      {meeting.summary && <p>{meeting.summary}</p>}

      {report && (
        <section>
          <h2>{t('report.figures', { date: formatDate(report.asOfDate, lang), year: report.asOfDate.slice(0, 4) })}</h2>
          <IndicatorTable figures={report.total.indicators} />
          <p className="small">
            {t('report.figures.note', { approved: formatInteger(report.total.villagesWithApprovedRoster), total: formatInteger(report.total.villages) })}
          </p>
        </section>
      )}

      {lagging && (
        <section>
          <h2>{t('report.lagging')}</h2>
          <p className="small">
            {t('report.lagging.note', {
              n: formatInteger(lagging.totalCount),
              bpd: formatInteger(figures.data.bpd?.totalCount ?? 0),
              shown: lagging.totalCount > (lagging.nodes?.length ?? 0) ? t('report.lagging.shown', { shown: lagging.nodes?.length ?? 0 }) : '',
            })}
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('report.col.village')}</th>
                <th scope="col">{t('report.col.district')}</th>
                <th scope="col">{t('report.col.regency')}</th>
                <th scope="col">{t('report.col.approved')}</th>
                <th scope="col" className="num">{t('report.col.findings')}</th>
              </tr>
            </thead>
            <tbody>
              {(lagging.nodes ?? []).map((v) => (
                <tr key={v.code}>
                  <th scope="row">{v.name} <span className="code">{v.code}</span></th>
                  <td>{v.districtName}</td>
                  <td>{v.regencyName}</td>
                  <td>{v.lastApprovedAt ? formatDate(v.lastApprovedAt, lang) : t('lag.never')}</td>
                  <td className="num">{formatInteger(v.openFindings)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}

      <section>
        <h2>{t('report.findings')}</h2>
        {meeting.findings.length === 0 ? <p>{t('monev.findings.none')}</p> : <FindingsTable findings={meeting.findings} />}
      </section>

      <section className="signatures">
        <p>{t('report.sign.place', { place: meeting.place, date: formatDate(meeting.date, lang) })}</p>
        <div className="signature-row">
          {(['report.sign.province', 'report.sign.bpjs'] as MessageKey[]).map((office) => (
            <div key={office} className="signature">
              <p>{t(office)}</p>
              <div className="signature-space" />
              <p className="small">{t('report.sign.name')}</p>
            </div>
          ))}
        </div>
      </section>
      <p className="small muted">{t('report.printedAt', { at: formatDateTime(report?.asOf ?? new Date().toISOString(), lang) })}</p>
    </article>
  );
}

function FindingsTable({ findings }: { findings: Finding[] }) {
  const { t, lang } = useI18n();
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t('report.col.village')}</th>
          <th scope="col">{t('report.col.obstacle')}</th>
          <th scope="col">{t('report.col.action')}</th>
          <th scope="col">{t('report.col.owner')}</th>
          <th scope="col">{t('report.col.due')}</th>
          <th scope="col">{t('report.col.status')}</th>
        </tr>
      </thead>
      <tbody>
        {findings.flatMap((f) => {
          const head = (
            <th scope="row">
              {f.village?.name ?? f.villageCode} · {t(`monev.segment.${f.segment}` as MessageKey)}
              {f.note && <div className="small">{f.note}</div>}
            </th>
          );
          const obstacle = <td>{lang === 'en' ? f.obstacle.nameEn : f.obstacle.nameId}</td>;
          if (f.actions.length === 0)
            return [
              <tr key={f.id}>
                {head}
                {obstacle}
                <td colSpan={4}>{t('report.noAction')}</td>
              </tr>,
            ];
          return f.actions.map((a, i) => (
            <tr key={a.id}>
              {i === 0 ? head : <td />}
              {i === 0 ? obstacle : <td />}
              <td>{a.what}</td>
              <td>{a.ownerName ?? t(`monev.owner.${a.owner}` as MessageKey)}</td>
              <td>{formatDate(a.dueDate, lang)}</td>
              <td>{t(`monev.status.${a.status}` as MessageKey)}</td>
            </tr>
          ));
        })}
      </tbody>
    </table>
  );
}
