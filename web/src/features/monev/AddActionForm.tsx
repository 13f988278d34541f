import { useState } from 'react';
import { useI18n } from '../../shared/i18n';
import { ErrorList } from '../../shared/ui';
import { Field } from './Field';
import { AddFollowUpActionMutation } from './operations';
import { OWNERS } from './types';
import { useMonevForm } from './useMonevForm';

const FIELDS = ['what', 'owner', 'ownerName', 'dueDate'] as const;
const EMPTY = { what: '', owner: 'VILLAGE' as (typeof OWNERS)[number], ownerName: '', dueDate: '' };

export function AddActionForm({ findingId, onAdded }: { findingId: string; onAdded: () => void }) {
  const { t } = useI18n();
  const [values, setValues] = useState(EMPTY);
  const form = useMonevForm(AddFollowUpActionMutation, FIELDS, (d) => d.addFollowUpAction, () => {
    setValues(EMPTY);
    onAdded();
  });
  const id = `action-${findingId}`;

  return (
    <details className="monev-add">
      <summary>{t('monev.action.add')}</summary>
      <form
        onSubmit={(e) =>
          void form.submit(e, {
            input: { findingId, what: values.what, owner: values.owner, ownerName: values.ownerName || null, dueDate: values.dueDate },
          })
        }
      >
        <ErrorList messages={form.general} />
        <Field id={`${id}-what`} label={t('monev.field.what')} error={form.errorOf('what')} required>
          <input value={values.what} onChange={(e) => setValues({ ...values, what: e.target.value })} />
        </Field>
        <div className="monev-form-row">
          <Field id={`${id}-owner`} label={t('monev.field.owner')} error={form.errorOf('owner')} required>
            <select value={values.owner} onChange={(e) => setValues({ ...values, owner: e.target.value as typeof values.owner })}>
              {OWNERS.map((o) => (
                <option key={o} value={o}>
                  {t(`monev.owner.${o}`)}
                </option>
              ))}
            </select>
          </Field>
          {values.owner === 'OTHER' && (
            <Field id={`${id}-owner-name`} label={t('monev.field.ownerName')} error={form.errorOf('ownerName')} required>
              <input value={values.ownerName} onChange={(e) => setValues({ ...values, ownerName: e.target.value })} />
            </Field>
          )}
          <Field id={`${id}-due`} label={t('monev.field.dueDate')} error={form.errorOf('dueDate')} required>
            <input type="date" required value={values.dueDate} onChange={(e) => setValues({ ...values, dueDate: e.target.value })} />
          </Field>
        </div>
        <button type="submit" className="primary" disabled={form.busy}>
          {t('monev.action.submit')}
        </button>
      </form>
    </details>
  );
}
