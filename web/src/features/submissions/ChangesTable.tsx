import { useState } from 'react';
import { formatInteger, maskNik } from '../../shared/format';
import { useI18n, type Lang, type Translate } from '../../shared/i18n';
import { fieldLabel, fieldValue } from '../roster/fieldChanges';
import { ChangeDetails } from './ChangeDetails';
import type { Change } from './reviewTypes';

/** What an ADDED row says about the new person at a glance. */
const ADDED_SUMMARY_FIELDS = ['termStart', 'enrollment.programs'];
/** Changed field names listed in a row before "+n more". */
const SUMMARY_FIELDS = 3;

/**
 * A submission's changes, one row each (kind, person, position, what changed, warnings); a row opens to its details
 * and, while the reviewer decides, a comment box. Rows with a NIK conflict start open: the reviewer sees it either way.
 */
export function ChangesTable({
  changes,
  positionName,
  commenting,
  comments,
  onComment,
}: {
  changes: Change[];
  positionName: (code: string) => string;
  commenting: boolean;
  comments: Record<string, string>;
  onComment: (personId: string, value: string) => void;
}) {
  const { t, lang } = useI18n();
  const [opened, setOpened] = useState<Record<string, boolean>>({});
  const isOpen = (change: Change) => opened[change.person.id] ?? change.person.nikConflicts.length > 0;
  return (
    <div className="table-wrap">
      <table className="changes-table">
        <caption className="sr-only">{t('review.changes.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('review.col.kind')}</th>
            <th scope="col">{t('review.col.person')}</th>
            <th scope="col">{t('review.col.position')}</th>
            <th scope="col">{t('review.col.what')}</th>
            <th scope="col">{t('review.col.warnings')}</th>
            <th scope="col">
              <span className="sr-only">{t('review.col.details')}</span>
            </th>
          </tr>
        </thead>
        {changes.map((change) => {
          const { person, kind } = change;
          const open = isOpen(change);
          const detailsId = `change-details-${person.id}`;
          const comment = comments[person.id] ?? '';
          return (
            <tbody key={person.id} className={`change change-${kind.toLowerCase()}`}>
              <tr className="change-row">
                <td>
                  <span className={`badge badge-kind-${kind.toLowerCase()}`}>{t(`review.kind.${kind}`)}</span>
                </td>
                <th scope="row">
                  {person.fullName} <span className="code block">{maskNik(person.nik)}</span>
                </th>
                <td>
                  {change.before && change.before.position.name !== person.position.name
                    ? `${change.before.position.name} → ${person.position.name}`
                    : person.position.name}
                </td>
                <td className="change-what">{shortSummary(t, lang, change, positionName)}</td>
                <td>
                  <WarningCounts warnings={person.warnings.length} conflicts={person.nikConflicts.length} />
                </td>
                <td className="change-toggle">
                  <button
                    type="button"
                    className="link-button"
                    aria-expanded={open}
                    aria-controls={detailsId}
                    aria-label={t('review.details.of', { name: person.fullName })}
                    onClick={() => setOpened((o) => ({ ...o, [person.id]: !open }))}
                  >
                    {open ? t('review.details.hide') : t('review.details.show')}
                  </button>
                  {comment.trim() !== '' && <span className="comment-mark">{t('review.comment.given')}</span>}
                </td>
              </tr>
              {open && (
                <tr className="change-detail" id={detailsId}>
                  <td colSpan={6}>
                    <ChangeDetails
                      change={change}
                      positionName={positionName}
                      commenting={commenting}
                      comment={comment}
                      onComment={(value) => onComment(person.id, value)}
                    />
                  </td>
                </tr>
              )}
            </tbody>
          );
        })}
      </table>
    </div>
  );
}

function WarningCounts({ warnings, conflicts }: { warnings: number; conflicts: number }) {
  const { t } = useI18n();
  if (warnings === 0 && conflicts === 0) return <span className="muted">{t('common.dash')}</span>;
  return (
    <>
      {warnings > 0 && <span className="badge badge-warn">{t('review.warnings.count', { n: warnings })}</span>}
      {conflicts > 0 && <span className="badge badge-conflict">{t('review.conflicts.count', { n: conflicts })}</span>}
    </>
  );
}

/** A new person: when they start and what they are enrolled in; a change: which fields it touches. */
function shortSummary(t: Translate, lang: Lang, change: Change, positionName: (code: string) => string): string {
  if (change.kind === 'ADDED') {
    return change.fields
      .filter((f) => ADDED_SUMMARY_FIELDS.includes(f.field))
      .map((f) => `${fieldLabel(t, f.field)}: ${fieldValue(t, lang, f.field, f.after, positionName)}`)
      .join(' · ');
  }
  const labels = change.fields.map((f) => fieldLabel(t, f.field));
  const shown = labels.slice(0, SUMMARY_FIELDS).join(', ');
  return labels.length > SUMMARY_FIELDS ? `${shown} ${t('review.summary.more', { n: formatInteger(labels.length - SUMMARY_FIELDS) })}` : shown;
}
