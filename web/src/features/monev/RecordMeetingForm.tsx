import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { todayIso } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { ErrorList } from '../../shared/ui';
import { Field } from './Field';
import { RecordMonevMeetingMutation } from './operations';
import { useMonevForm } from './useMonevForm';

const FIELDS = ['regionCode', 'date', 'place', 'participants', 'summary'] as const;

/** Records a meeting held for the user's region (or one under it), then opens it to add findings. */
export function RecordMeetingForm({ regionCode }: { regionCode: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [values, setValues] = useState({ regionCode, date: todayIso(), place: '', participants: '', summary: '' });
  const form = useMonevForm(RecordMonevMeetingMutation, FIELDS, (d) => d.recordMonevMeeting, (d) =>
    navigate(`/monev/meetings/${d.recordMonevMeeting.meeting?.id}`),
  );
  const set = (name: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value }));

  return (
    <form
      className="monev-form"
      aria-label={t('monev.record.title')}
      onSubmit={(e) => void form.submit(e, { input: { ...values, summary: values.summary || null } })}
    >
      <h2>{t('monev.record.title')}</h2>
      <ErrorList messages={form.general} />
      <div className="monev-form-row">
        <Field id="meeting-region" label={t('monev.field.region')} hint={t('monev.field.region.hint')} error={form.errorOf('regionCode')} required>
          <input value={values.regionCode} onChange={set('regionCode')} required />
        </Field>
        <Field id="meeting-date" label={t('monev.field.date')} error={form.errorOf('date')} required>
          <input type="date" value={values.date} onChange={set('date')} required />
        </Field>
      </div>
      <Field id="meeting-place" label={t('monev.field.place')} error={form.errorOf('place')} required>
        <input value={values.place} onChange={set('place')} />
      </Field>
      <Field id="meeting-participants" label={t('monev.field.participants')} hint={t('monev.field.participants.hint')} error={form.errorOf('participants')} required>
        <textarea rows={4} value={values.participants} onChange={set('participants')} />
      </Field>
      <Field id="meeting-summary" label={t('monev.field.summary')} error={form.errorOf('summary')}>
        <textarea rows={3} value={values.summary} onChange={set('summary')} />
      </Field>
      <button type="submit" className="primary" disabled={form.busy}>
        {form.busy ? t('common.loading') : t('monev.record.submit')}
      </button>
    </form>
  );
}
