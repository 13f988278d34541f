import { useState, type FormEvent, type ReactNode } from 'react';
import { execute } from '../../shared/graphql';
import { useI18n, type MessageKey } from '../../shared/i18n';
import { describeError, ErrorList, splitUserErrors } from '../../shared/ui';
import { SetUcjInputMutation } from './operations';
import type { UcjInputRow } from './UcjPage';

export interface RegionChoice {
  code: string;
  name: string;
}

const FIELDS = [
  'regionCode',
  'period',
  'participantsPu',
  'participantsBpu',
  'participantsJakon',
  'workingPopulation',
  'source',
  'sourceDate',
  'note',
] as const;
type Field = (typeof FIELDS)[number];

const LABELS: Record<Field, MessageKey> = {
  regionCode: 'ucj.form.region',
  period: 'ucj.form.period',
  participantsPu: 'ucj.form.pu',
  participantsBpu: 'ucj.form.bpu',
  participantsJakon: 'ucj.form.jakon',
  workingPopulation: 'ucj.form.working',
  source: 'ucj.form.source',
  sourceDate: 'ucj.form.sourceDate',
  note: 'ucj.form.note',
};

const COUNTS = ['participantsPu', 'participantsBpu', 'participantsJakon', 'workingPopulation'] as const;

type Values = Record<Field, string>;

/** A whole number as typed, Indonesian thousands dots allowed (125.000); null when it is none. */
export function countOf(text: string): number | null {
  const digits = text.trim().replace(/^(-?\d{1,3}(\.\d{3})+)$/, (m) => m.replace(/\./g, ''));
  return /^-?\d+$/.test(digits) ? Number(digits) : null;
}

function valuesOf(input: UcjInputRow | null, regions: RegionChoice[]): Values {
  if (!input)
    return {
      regionCode: regions[0]?.code ?? '', period: '', participantsPu: '', participantsBpu: '', participantsJakon: '', workingPopulation: '',
      source: '', sourceDate: '', note: '',
    };
  return {
    regionCode: input.regionCode, period: input.period, participantsPu: String(input.participantsPu), participantsBpu: String(input.participantsBpu),
    participantsJakon: String(input.participantsJakon), workingPopulation: String(input.workingPopulation), source: input.source,
    sourceDate: input.sourceDate, note: input.note ?? '',
  };
}

/** One region's UCJ figures for one month: new, or a month already kept (its region and month then fixed). */
export function UcjForm({
  regions,
  input,
  onSaved,
  onCancel,
}: {
  regions: RegionChoice[];
  input: UcjInputRow | null;
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [values, setValues] = useState<Values>(() => valuesOf(input, regions));
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string[]>>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const set = (field: Field) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const counts = Object.fromEntries(COUNTS.map((field) => [field, countOf(values[field])])) as Record<(typeof COUNTS)[number], number | null>;
    const notCounts = COUNTS.filter((field) => counts[field] === null);
    if (notCounts.length > 0) {
      setFieldErrors(Object.fromEntries(notCounts.map((field) => [field, [t('ucj.form.count')]])));
      return;
    }
    setBusy(true);
    try {
      const count = (field: (typeof COUNTS)[number]) => counts[field]!;
      const { setUcjInput } = await execute(SetUcjInputMutation, {
        input: {
          regionCode: values.regionCode,
          period: values.period,
          participantsPu: count('participantsPu'),
          participantsBpu: count('participantsBpu'),
          participantsJakon: count('participantsJakon'),
          workingPopulation: count('workingPopulation'),
          source: values.source,
          sourceDate: values.sourceDate,
          note: values.note || null,
          version: input?.version ?? null,
        },
      });
      const split = splitUserErrors(setUcjInput.errors, FIELDS, t);
      setFieldErrors(split.byField);
      setGeneral(split.general);
      if (setUcjInput.errors.length === 0) onSaved();
    } catch (error) {
      setGeneral([describeError(error, t)]);
    } finally {
      setBusy(false);
    }
  }

  const regionName = regions.find((r) => r.code === values.regionCode)?.name ?? values.regionCode;
  const control = (field: Field) => ({
    id: `ucj-${field}`,
    value: values[field],
    onChange: set(field),
    'aria-invalid': fieldErrors[field] ? true : undefined,
    'aria-describedby': fieldErrors[field] ? `ucj-${field}-error` : undefined,
  });
  const row = (field: Field, children: ReactNode) => (
    <div className="field" key={field}>
      <label htmlFor={`ucj-${field}`}>{t(LABELS[field])}</label>
      {children}
      {field === 'source' && <p className="hint">{t('ucj.form.source.help')}</p>}
      {fieldErrors[field] && (
        <p id={`ucj-${field}-error`} className="field-error">
          {fieldErrors[field]!.join(' ')}
        </p>
      )}
    </div>
  );

  return (
    <section className="panel" aria-labelledby="ucj-form-title">
      <h2 id="ucj-form-title">
        {input ? t('ucj.form.title.edit', { region: regionName, period: input.period }) : t('ucj.form.title.new')}
      </h2>
      <form onSubmit={submit} noValidate>
        {row(
          'regionCode',
          <select {...control('regionCode')} disabled={input !== null}>
            {regions.map((r) => (
              <option key={r.code} value={r.code}>
                {r.name}
              </option>
            ))}
          </select>,
        )}
        {row('period', <input type="month" {...control('period')} readOnly={input !== null} required />)}
        {COUNTS.map((field) => row(field, <input type="text" inputMode="numeric" {...control(field)} required />))}
        {row('source', <input type="text" {...control('source')} required maxLength={200} />)}
        {row('sourceDate', <input type="date" {...control('sourceDate')} required />)}
        {row('note', <input type="text" {...control('note')} maxLength={500} />)}
        <ErrorList messages={general} />
        <div className="button-row">
          <button type="submit" className="primary" disabled={busy}>
            {t('ucj.form.save')}
          </button>
          <button type="button" onClick={onCancel} disabled={busy}>
            {t('ucj.form.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
