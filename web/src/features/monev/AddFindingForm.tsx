import { useState } from 'react';
import type { RegionFilterInput } from '../../gql/graphql';
import { useI18n } from '../../shared/i18n';
import { ErrorList } from '../../shared/ui';
import { useQuery } from '../../shared/useQuery';
import { FULL_VILLAGE_CODE } from '../roster/VillagePicker';
import { Field } from './Field';
import { AddMonevFindingMutation, MonevVillagesQuery, ObstaclesQuery } from './operations';
import { SEGMENTS } from './types';
import { useMonevForm } from './useMonevForm';

const FIELDS = ['villageCode', 'segment', 'obstacleCode', 'note'] as const;
const EMPTY = { village: '', segment: 'APARATUR_DESA' as (typeof SEGMENTS)[number], obstacleCode: '', note: '' };

/** A finding about a desa of the meeting's region: the desa is found by name or code as one types. */
export function AddFindingForm({ meetingId, regionCode, onAdded }: { meetingId: string; regionCode: string; onAdded: () => void }) {
  const { t, lang } = useI18n();
  const [values, setValues] = useState(EMPTY);
  const { data: catalog } = useQuery(ObstaclesQuery, {});
  const typed = values.village.trim();
  const where: RegionFilterInput = /^\d/.test(typed)
    ? { level: { eq: 'VILLAGE' }, code: { startsWith: typed } }
    : { level: { eq: 'VILLAGE' }, code: { startsWith: `${regionCode}.` }, name: { contains: typed } };
  const { data: found } = useQuery(MonevVillagesQuery, { where }, { skip: typed.length < 2 || FULL_VILLAGE_CODE.test(typed) });
  const matches = found?.regions?.nodes ?? [];
  const form = useMonevForm(AddMonevFindingMutation, FIELDS, (d) => d.addMonevFinding, () => {
    setValues(EMPTY);
    onAdded();
  });
  const obstacles = catalog?.obstacles ?? [];
  const obstacleCode = values.obstacleCode || obstacles[0]?.code || '';

  function villageCode(): string {
    if (FULL_VILLAGE_CODE.test(typed)) return typed;
    const named = matches.filter((m) => m.name.toLowerCase() === typed.toLowerCase());
    return named.length === 1 ? named[0].code : typed;
  }

  return (
    <details className="monev-add">
      <summary>{t('monev.finding.add')}</summary>
      <form
        aria-label={t('monev.finding.add')}
        onSubmit={(e) =>
          void form.submit(e, {
            input: { meetingId, villageCode: villageCode(), segment: values.segment, obstacleCode, note: values.note },
          })
        }
      >
        <ErrorList messages={form.general} />
        <Field id="finding-village" label={t('monev.field.village')} hint={t('monev.field.village.hint')} error={form.errorOf('villageCode')} required>
          <input list="finding-villages" autoComplete="off" value={values.village} onChange={(e) => setValues({ ...values, village: e.target.value })} />
        </Field>
        <datalist id="finding-villages">
          {matches.map((m) => (
            <option key={m.code} value={m.code}>
              {m.name}
            </option>
          ))}
        </datalist>
        <div className="monev-form-row">
          <Field id="finding-segment" label={t('monev.field.segment')} error={form.errorOf('segment')} required>
            <select value={values.segment} onChange={(e) => setValues({ ...values, segment: e.target.value as typeof values.segment })}>
              {SEGMENTS.map((s) => (
                <option key={s} value={s}>
                  {t(`monev.segment.${s}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="finding-obstacle" label={t('monev.field.obstacle')} error={form.errorOf('obstacleCode')} required>
            <select value={obstacleCode} onChange={(e) => setValues({ ...values, obstacleCode: e.target.value })}>
              {obstacles.map((o) => (
                <option key={o.code} value={o.code}>
                  {lang === 'en' ? o.nameEn : o.nameId}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field id="finding-note" label={t('monev.field.note')} error={form.errorOf('note')} required>
          <textarea rows={3} value={values.note} onChange={(e) => setValues({ ...values, note: e.target.value })} />
        </Field>
        <button type="submit" className="primary" disabled={form.busy}>
          {t('monev.finding.submit')}
        </button>
      </form>
    </details>
  );
}
