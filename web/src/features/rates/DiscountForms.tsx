import { useState } from 'react';
import type { Program, Scheme } from '../../gql/graphql';
import { execute } from '../../shared/graphql';
import { formatDate } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { AddPremiumRateDiscountMutation, EndPremiumRateDiscountMutation } from './operations';
import { decimal, FormFoot, SchemeProgramFields, useSave } from './RateForms';
import type { Discount } from './RatesPage';

/** Adds a dated discount of one programme's premium for one scheme, under its regulation. */
export function DiscountForm({ onDone, onCancel }: { onDone: (message: string) => void; onCancel: () => void }) {
  const { t, lang } = useI18n();
  const [scheme, setScheme] = useState<Scheme>('BPU');
  const [program, setProgram] = useState<Program>('JKK');
  const [percent, setPercent] = useState('');
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState('');
  const [regulation, setRegulation] = useState('');
  const [note, setNote] = useState('');
  const { errors, busy, save } = useSave(onDone);
  const title = t('rates.discount.add');
  const saved = t('rates.discount.saved', { program, scheme, from: formatDate(from, lang), until: formatDate(until, lang) });

  return (
    <form
      className="card"
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        void save(async () => (await execute(AddPremiumRateDiscountMutation, {
          input: { scheme, program, percent: decimal(percent) ?? 0, effectiveFrom: from, effectiveUntil: until, regulation, note: note.trim() === '' ? null : note },
        })).addPremiumRateDiscount.errors, saved);
      }}
    >
      <h2>{title}</h2>
      <SchemeProgramFields scheme={scheme} program={program} onScheme={setScheme} onProgram={setProgram} />
      <label>
        {t('rates.field.discountPercent')}{' '}
        <input inputMode="decimal" value={percent} onChange={(e) => setPercent(e.target.value)} required />
      </label>
      <label>
        {t('rates.field.effectiveFrom')}{' '}
        <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} required />
      </label>
      <label>
        {t('rates.field.effectiveUntil')}{' '}
        <input type="date" value={until} onChange={(e) => setUntil(e.target.value)} required />
      </label>
      <label>
        {t('rates.field.regulation')}{' '}
        <input value={regulation} onChange={(e) => setRegulation(e.target.value)} maxLength={100} required />
      </label>
      <label>
        {t('rates.field.discountNote')}{' '}
        <textarea value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} />
      </label>
      <FormFoot errors={errors} busy={busy} onCancel={onCancel} />
    </form>
  );
}

/** Moves a discount's last day: sooner to cut it short, later when a new regulation extends it. */
export function EndDiscountForm({ discount, onDone, onCancel }: { discount: Discount; onDone: (message: string) => void; onCancel: () => void }) {
  const { t, lang } = useI18n();
  const [until, setUntil] = useState(discount.effectiveUntil);
  const { errors, busy, save } = useSave(onDone);
  const title = t('rates.discount.endTitle', discountValues(discount, lang));
  const saved = t('rates.discount.ended', { ...discountValues(discount, lang), date: formatDate(until, lang) });
  return (
    <form
      className="card"
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        void save(async () => (await execute(EndPremiumRateDiscountMutation, {
          input: { id: Number(discount.id), version: discount.version, effectiveUntil: until },
        })).endPremiumRateDiscount.errors, saved);
      }}
    >
      <h2>{title}</h2>
      <p className="muted small">{t('rates.discount.endHint')}</p>
      <label>
        {t('rates.field.effectiveUntil')}{' '}
        <input type="date" value={until} onChange={(e) => setUntil(e.target.value)} required />
      </label>
      <FormFoot errors={errors} busy={busy} onCancel={onCancel} />
    </form>
  );
}

export function discountValues(discount: Discount, lang: Parameters<typeof formatDate>[1]) {
  return { program: discount.program, scheme: discount.scheme, regulation: discount.regulation, from: formatDate(discount.effectiveFrom, lang) };
}
