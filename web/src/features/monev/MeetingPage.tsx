import { Link, useParams } from 'react-router-dom';
import { formatDate } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { can } from '../../shared/nav';
import { EmptyState, ErrorMessage, Loading } from '../../shared/ui';
import { useQuery } from '../../shared/useQuery';
import { useMe } from '../auth/session';
import { AddFindingForm } from './AddFindingForm';
import { FindingCard } from './FindingCard';
import { MonevMeetingQuery } from './operations';
import './monev.css';

/** One meeting: who met where, what was found per desa and what was agreed, with the forms to add and update them. */
export function MeetingPage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(MonevMeetingQuery, { id });
  const back = (
    <p className="no-print">
      <Link to="/monev">{t('monev.meeting.back')}</Link>
    </p>
  );

  if (!data) return error ? <ErrorMessage error={error} onRetry={refetch} /> : <Loading />;
  const meeting = data.monevMeeting;
  if (!meeting) return <EmptyState title={t('monev.meeting.notFound')}>{back}</EmptyState>;
  const participants = meeting.participants.split('\n').filter((p) => p.trim());

  return (
    <>
      {back}
      <h1>{t('monev.meeting.heading', { region: meeting.region.name, date: formatDate(meeting.date, lang) })}</h1>
      <dl className="monev-meeting">
        <dt>{t('monev.meeting.place')}</dt>
        <dd>{meeting.place}</dd>
        <dt>{t('monev.meeting.participants')}</dt>
        <dd>
          <ul className="monev-participants">
            {participants.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </dd>
        {meeting.summary && (
          <>
            <dt>{t('monev.meeting.summary')}</dt>
            <dd>{meeting.summary}</dd>
          </>
        )}
      </dl>
      <p className="small muted">{t('monev.meeting.recordedBy', { by: meeting.recordedBy })}</p>
      <h2>{t('monev.findings.title')}</h2>
      {meeting.findings.length === 0 && <p className="muted">{t('monev.findings.none')}</p>}
      <div className="monev-findings">
        {meeting.findings.map((f) => (
          <FindingCard key={f.id} finding={f} onChanged={refetch} />
        ))}
      </div>
      {can.recordMonev(me.role) && <AddFindingForm meetingId={meeting.id} regionCode={meeting.regionCode} onAdded={refetch} />}
    </>
  );
}
