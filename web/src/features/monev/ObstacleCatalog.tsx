import { useState } from 'react';
import { useI18n } from '../../shared/i18n';
import { ErrorList } from '../../shared/ui';
import { useQuery } from '../../shared/useQuery';
import { Field } from './Field';
import { AddObstacleMutation, ObstaclesQuery } from './operations';
import { useMonevForm } from './useMonevForm';

const EMPTY = { nameId: '', nameEn: '' };

/** The province admin's view of the obstacle catalog: the built-in entries, the province's own, and a form to add one. */
export function ObstacleCatalog() {
  const { t } = useI18n();
  const { data, refetch } = useQuery(ObstaclesQuery, {});
  const [values, setValues] = useState(EMPTY);
  const form = useMonevForm(AddObstacleMutation, ['nameId', 'nameEn'] as const, (d) => d.addObstacle, () => {
    setValues(EMPTY);
    refetch();
  });

  return (
    <details className="monev-add">
      <summary>{t('monev.obstacles.title')}</summary>
      <p className="muted small">{t('monev.obstacles.intro')}</p>
      <ul className="monev-obstacles">
        {(data?.obstacles ?? []).map((o) => (
          <li key={o.code}>
            {o.nameId} <span className="muted">/ {o.nameEn}</span>
            {!o.isBuiltIn && <span className="badge badge-info">{t('monev.obstacles.own')}</span>}
          </li>
        ))}
      </ul>
      <form aria-label={t('monev.obstacles.submit')} onSubmit={(e) => void form.submit(e, { input: values })}>
        <ErrorList messages={form.general} />
        <div className="monev-form-row">
          <Field id="obstacle-name-id" label={t('monev.obstacles.nameId')} error={form.errorOf('nameId')} required>
            <input value={values.nameId} onChange={(e) => setValues({ ...values, nameId: e.target.value })} />
          </Field>
          <Field id="obstacle-name-en" label={t('monev.obstacles.nameEn')} error={form.errorOf('nameEn')} required>
            <input value={values.nameEn} onChange={(e) => setValues({ ...values, nameEn: e.target.value })} />
          </Field>
        </div>
        <button type="submit" disabled={form.busy}>
          {t('monev.obstacles.submit')}
        </button>
      </form>
    </details>
  );
}
