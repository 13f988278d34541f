import { Link } from 'react-router-dom';
import { villageLabel } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { FieldChanges } from '../roster/fieldChanges';
import { WarningsNotice } from '../roster/WarningsNotice';
import type { Change } from './reviewTypes';

/** A change in full, opened from its row: NIK conflicts, warnings, the fields, and the reviewer's comment box. */
export function ChangeDetails({
  change,
  positionName,
  commenting,
  comment,
  onComment,
}: {
  change: Change;
  positionName: (code: string) => string;
  commenting: boolean;
  comment: string;
  onComment: (value: string) => void;
}) {
  const { t } = useI18n();
  const { person, fields } = change;
  const commentId = `comment-${person.id}`;
  return (
    <div className="change-details">
      {person.nikConflicts.length > 0 && (
        <div className="notice notice-error nik-conflict" role="alert">
          <p>
            <strong>{t('review.nikConflicts')}</strong>
          </p>
          <ul>
            {person.nikConflicts.map((c) => (
              <li key={`${c.villageCode}-${c.positionCode}`}>
                <Link to={`/roster/${c.villageCode}`}>
                  {t('review.nikConflict', { position: positionName(c.positionCode), village: villageLabel(c.villageCode, c.villageName) })}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      <WarningsNotice title={t('review.warnings')} warnings={person.warnings} />
      {person.reviewComment && <p className="review-comment">{t('review.reviewComment', { comment: person.reviewComment })}</p>}
      <FieldChanges fields={fields} emptyBefore={change.kind !== 'ADDED'} positionName={positionName} label={t('review.fields.caption', { name: person.fullName })} />
      {commenting && (
        <div className="field change-comment">
          <label htmlFor={commentId}>{t('review.comment', { name: person.fullName })}</label>
          <textarea id={commentId} rows={2} value={comment} aria-describedby={`${commentId}-hint`} onChange={(e) => onComment(e.target.value)} />
          <p id={`${commentId}-hint`} className="hint">
            {t('review.comment.hint')}
          </p>
        </div>
      )}
    </div>
  );
}
