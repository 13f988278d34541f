import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { can } from '../../shared/nav';
import { useMe } from '../auth/session';
import { AddActionForm } from './AddActionForm';
import { FollowUpItem } from './FollowUpItem';
import type { Finding } from './types';

/** A finding about one desa (linked to its roster) with its follow-ups; `context` says where it came from. */
export function FindingCard({ finding, context, onChanged }: { finding: Finding; context?: ReactNode; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const me = useMe();
  const village = finding.village?.name ?? finding.villageCode;

  return (
    <article className={`monev-finding${finding.isOpen ? '' : ' monev-finding-closed'}`} aria-label={village}>
      <header className="monev-finding-head">
        <h3>
          <Link to={`/roster/${finding.villageCode}`}>{village}</Link> <span className="code">{finding.villageCode}</span>
        </h3>
        <span className={`badge ${finding.isOpen ? 'badge-submitted' : 'badge-approved'}`}>
          {t(finding.isOpen ? 'monev.finding.open' : 'monev.finding.closed')}
        </span>
      </header>
      {context}
      <p className="small muted">{t('monev.finding.recorded', { date: formatDateTime(finding.recordedAt, lang), by: finding.recordedBy })}</p>
      <p>
        <strong>{t(`monev.segment.${finding.segment}`)}</strong> · {lang === 'en' ? finding.obstacle.nameEn : finding.obstacle.nameId}
      </p>
      <p className="monev-note">{finding.note}</p>
      <h4>{t('monev.actions.title')}</h4>
      {finding.actions.length === 0 ? (
        <p className="muted small">{t('monev.actions.none')}</p>
      ) : (
        <ul className="monev-actions">
          {finding.actions.map((a) => (
            <FollowUpItem key={a.id} action={a} onChanged={onChanged} />
          ))}
        </ul>
      )}
      {can.recordMonev(me.role) && <AddActionForm findingId={finding.id} onAdded={onChanged} />}
    </article>
  );
}
