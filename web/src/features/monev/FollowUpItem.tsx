import { useState } from 'react';
import { formatDate, formatDateTime } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { can } from '../../shared/nav';
import { ErrorList } from '../../shared/ui';
import { useMe } from '../auth/session';
import { Field } from './Field';
import { AddActionNoteMutation, ChangeActionStatusMutation } from './operations';
import { STATUSES, type FollowUp } from './types';
import { useMonevForm } from './useMonevForm';

/** One follow-up: what, who, by when, its status (overdue ones stand out), its dated steps and, for its owners, the update form. */
export function FollowUpItem({ action, onChanged }: { action: FollowUp; onChanged: () => void }) {
  const { t, lang } = useI18n();
  const me = useMe();
  const owner = action.owner === 'OTHER' && action.ownerName ? action.ownerName : t(`monev.owner.${action.owner}`);

  return (
    <li className={`monev-action${action.isOverdue ? ' monev-overdue' : ''}`}>
      <div className="monev-action-head">
        <span className="monev-action-what">{action.what}</span>
        <span className={`badge monev-status-${action.status.toLowerCase()}`}>{t(`monev.status.${action.status}`)}</span>
        {action.isOverdue && <span className="badge monev-overdue-badge">{t('monev.overdue.badge')}</span>}
      </div>
      <p className="small muted">
        {t('monev.field.owner')}: {owner} · {t('monev.action.due', { date: formatDate(action.dueDate, lang) })}
      </p>
      {action.updates.length > 0 && (
        <ol className="monev-updates small">
          {action.updates.map((u, i) => (
            <li key={i}>
              <span className="muted">
                {formatDateTime(u.at, lang)} · {u.by}
              </span>{' '}
              {u.status && <em>{t('monev.update.status', { status: t(`monev.status.${u.status}`) })}</em>} {u.note}
            </li>
          ))}
        </ol>
      )}
      {can.updateFollowUp(me.role, action.owner) && <ProgressForm action={action} onChanged={onChanged} />}
    </li>
  );
}

function ProgressForm({ action, onChanged }: { action: FollowUp; onChanged: () => void }) {
  const { t } = useI18n();
  const [status, setStatus] = useState(action.status);
  const [note, setNote] = useState('');
  const done = () => {
    setNote('');
    onChanged();
  };
  const statusForm = useMonevForm(ChangeActionStatusMutation, ['status', 'note'] as const, (d) => d.changeActionStatus, done);
  const noteForm = useMonevForm(AddActionNoteMutation, ['note'] as const, (d) => d.addActionNote, done);
  const id = `progress-${action.id}`;

  return (
    <details className="monev-progress">
      <summary>{t('monev.action.progress')}</summary>
      <form onSubmit={(e) => void noteForm.submit(e, { input: { actionId: action.id, note } })}>
        <ErrorList messages={[...statusForm.general, ...noteForm.general]} />
        <Field id={`${id}-status`} label={t('monev.action.status')} error={statusForm.errorOf('status')}>
          <select value={status} onChange={(e) => setStatus(e.target.value as FollowUp['status'])}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`monev.status.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${id}-note`} label={t('monev.action.note')} error={noteForm.errorOf('note') ?? statusForm.errorOf('note')}>
          <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </Field>
        <div className="button-row">
          <button
            type="button"
            disabled={statusForm.busy}
            onClick={(e) => void statusForm.submit(e, { input: { actionId: action.id, status, note: note.trim() || null } })}
          >
            {t('monev.action.saveStatus')}
          </button>
          <button type="submit" disabled={noteForm.busy}>
            {t('monev.action.saveNote')}
          </button>
        </div>
      </form>
    </details>
  );
}
