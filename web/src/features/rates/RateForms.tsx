import { useState } from 'react';
import type { PremiumRateSavedFragment, Program, Scheme } from '../../gql/graphql';
import { execute } from '../../shared/graphql';
import { formatDate } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { describeError, ErrorList, userErrorText } from '../../shared/ui';
import { AddPremiumRateMutation, CorrectPremiumRateMutation, EndPremiumRateMutation } from './operations';
import { PROGRAMS, type Rate, titleValues } from './RatesPage';

const SCHEMES: Scheme[] = ['PU', 'BPU'];

type UserErrors = PremiumRateSavedFragment['errors'];

/** Sends one mutation; its user errors (or a failure) are shown, a success closes the form with a notice. */
export function useSave(onDone: (message: string) => void) {
  const { t } = useI18n();
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  async function save(send: () => Promise<UserErrors>, message: string) {
    setBusy(true);
    setErrors([]);
    try {
      const problems = await send();
      if (problems.length > 0) setErrors(problems.map((e) => userErrorText(t, e)));
      else onDone(message);
    } catch (error) {
      setErrors([describeError(error, t)]);
    } finally {
      setBusy(false);
    }
  }
  return { errors, busy, save };
}

const money = (text: string) => (text.trim() === '' ? null : Number(text.replace(/\./g, '').replace(',', '.')));
export const decimal = (text: string) => (text.trim() === '' ? null : Number(text.replace(',', '.')));
const text = (value: number | null | undefined) => (value == null ? '' : String(value));

export function FormFoot({ errors, busy, onCancel }: { errors: string[]; busy: boolean; onCancel: () => void }) {
  const { t } = useI18n();
  return (
    <>
      <ErrorList messages={errors} />
      <div className="button-row">
        <button type="submit" disabled={busy}>{t('rates.save')}</button>
        <button type="button" onClick={onCancel}>{t('rates.cancel')}</button>
      </div>
    </>
  );
}

/** What a new rate version or discount is of: a scheme and a programme. */
export function SchemeProgramFields({ scheme, program, onScheme, onProgram }: {
  scheme: Scheme;
  program: Program;
  onScheme: (scheme: Scheme) => void;
  onProgram: (program: Program) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="form-grid">
      <label>
        {t('rates.field.scheme')}{' '}
        <select value={scheme} onChange={(e) => onScheme(e.target.value as Scheme)}>
          {SCHEMES.map((s) => <option key={s} value={s}>{t(`rates.scheme.${s}`)}</option>)}
        </select>
      </label>
      <label>
        {t('rates.field.program')}{' '}
        <select value={program} onChange={(e) => onProgram(e.target.value as Program)}>
          {PROGRAMS.map((p) => <option key={p} value={p}>{p}</option>)}
        </select>
      </label>
    </div>
  );
}

/** Adds a rate version, or corrects one (its figures and start only while it is not yet in force). */
export function RateForm({ rate, onDone, onCancel }: { rate?: Rate; onDone: (message: string) => void; onCancel: () => void }) {
  const { t, lang } = useI18n();
  const [scheme, setScheme] = useState<Scheme>(rate?.scheme ?? 'PU');
  const [program, setProgram] = useState<Program>(rate?.program ?? 'JKK');
  const [effectiveFrom, setEffectiveFrom] = useState(rate?.effectiveFrom ?? '');
  const [kind, setKind] = useState<'percent' | 'flat'>(rate?.flatAmount != null ? 'flat' : 'percent');
  const [percent, setPercent] = useState(text(rate?.percent));
  const [flatAmount, setFlatAmount] = useState(text(rate?.flatAmount));
  const [minimumAmount, setMinimumAmount] = useState(text(rate?.minimumAmount));
  const [wageCap, setWageCap] = useState(text(rate?.wageCap));
  const [regulation, setRegulation] = useState(rate?.regulation ?? '');
  const [note, setNote] = useState(rate?.note ?? '');
  const [toConfirm, setToConfirm] = useState(rate?.toConfirm ?? false);
  const { errors, busy, save } = useSave(onDone);
  const locked = rate?.figuresLocked ?? false;
  const title = rate ? t('rates.correctTitle', titleValues(rate, lang)) : t('rates.add');

  function submit() {
    const values = {
      effectiveFrom,
      percent: kind === 'percent' ? decimal(percent) : null,
      flatAmount: kind === 'flat' ? money(flatAmount) : null,
      minimumAmount: kind === 'percent' ? money(minimumAmount) : null,
      wageCap: kind === 'percent' ? money(wageCap) : null,
      regulation,
      note: note.trim() === '' ? null : note,
      toConfirm,
    };
    const saved = t('rates.saved', { program, scheme, date: formatDate(effectiveFrom, lang) });
    void save(async () => rate
      ? (await execute(CorrectPremiumRateMutation, { input: { id: Number(rate.id), version: rate.version, ...values } })).correctPremiumRate.errors
      : (await execute(AddPremiumRateMutation, { input: { scheme, program, ...values } })).addPremiumRate.errors, saved);
  }

  return (
    <form className="card" aria-label={title} onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <h2>{title}</h2>
      {locked && <p className="muted small">{t('rates.lockedHint')}</p>}
      {!rate && <SchemeProgramFields scheme={scheme} program={program} onScheme={setScheme} onProgram={setProgram} />}
      <fieldset disabled={locked}>
        <label>
          {t('rates.field.effectiveFrom')}{' '}
          <input type="date" value={effectiveFrom} onChange={(e) => setEffectiveFrom(e.target.value)} required />
        </label>
        <label>
          {t('rates.field.kind')}{' '}
          <select value={kind} onChange={(e) => setKind(e.target.value as 'percent' | 'flat')}>
            <option value="percent">{t('rates.field.kind.percent')}</option>
            <option value="flat">{t('rates.field.kind.flat')}</option>
          </select>
        </label>
        {kind === 'percent' ? (
          <>
            <label>
              {t('rates.field.percent')}{' '}
              <input inputMode="decimal" value={percent} onChange={(e) => setPercent(e.target.value)} required />
            </label>
            <label>
              {t('rates.field.minimumAmount')}{' '}
              <input inputMode="numeric" value={minimumAmount} onChange={(e) => setMinimumAmount(e.target.value)} />
            </label>
            <label>
              {t('rates.field.wageCap')}{' '}
              <input inputMode="numeric" value={wageCap} onChange={(e) => setWageCap(e.target.value)} />
            </label>
          </>
        ) : (
          <label>
            {t('rates.field.flatAmount')}{' '}
            <input inputMode="numeric" value={flatAmount} onChange={(e) => setFlatAmount(e.target.value)} required />
          </label>
        )}
      </fieldset>
      <label>
        {t('rates.field.regulation')}{' '}
        <input value={regulation} onChange={(e) => setRegulation(e.target.value)} maxLength={100} required />
      </label>
      <label>
        {t('rates.field.note')}{' '}
        <textarea value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={toConfirm} onChange={(e) => setToConfirm(e.target.checked)} /> {t('rates.field.toConfirm')}
      </label>
      <FormFoot errors={errors} busy={busy} onCancel={onCancel} />
    </form>
  );
}

/** Ends a rate version on its last day in force (today or later). */
export function EndRateForm({ rate, onDone, onCancel }: { rate: Rate; onDone: (message: string) => void; onCancel: () => void }) {
  const { t, lang } = useI18n();
  const [until, setUntil] = useState(rate.effectiveUntil ?? '');
  const { errors, busy, save } = useSave(onDone);
  const title = t('rates.endTitle', titleValues(rate, lang));
  const ended = t('rates.ended', { program: rate.program, scheme: rate.scheme, date: formatDate(until, lang) });
  return (
    <form
      className="card"
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        void save(async () => (await execute(EndPremiumRateMutation, { input: { id: Number(rate.id), version: rate.version, effectiveUntil: until } }))
          .endPremiumRate.errors, ended);
      }}
    >
      <h2>{title}</h2>
      <label>
        {t('rates.field.effectiveUntil')}{' '}
        <input type="date" value={until} onChange={(e) => setUntil(e.target.value)} required />
      </label>
      <FormFoot errors={errors} busy={busy} onCancel={onCancel} />
    </form>
  );
}
