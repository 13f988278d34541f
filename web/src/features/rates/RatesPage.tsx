import { useState } from 'react';
import type { Program, RateTableQuery as TableData } from '../../gql/graphql';
import { formatDate, formatPercent, formatRupiah } from '../../shared/format';
import { type Lang, type Translate, useI18n } from '../../shared/i18n';
import { can } from '../../shared/nav';
import { ErrorMessage, Loading } from '../../shared/ui';
import { useQuery } from '../../shared/useQuery';
import { useMe } from '../auth/session';
import { RateTableQuery } from './operations';
import { DiscountForm, discountValues, EndDiscountForm } from './DiscountForms';
import { EndRateForm, RateForm } from './RateForms';

export type Rate = TableData['premiumRates'][number];
export type Discount = TableData['premiumRateDiscounts'][number];
type Editing =
  | { kind: 'add' }
  | { kind: 'correct'; rate: Rate }
  | { kind: 'end'; rate: Rate }
  | { kind: 'addDiscount' }
  | { kind: 'endDiscount'; discount: Discount };

const SCHEMES = ['PU', 'BPU'] as const;
export const PROGRAMS: Program[] = ['JKK', 'JKM', 'JHT', 'JP'];

/**
 * The premium rate table by scheme and programme, every version with its dates, regulation, note and to-confirm mark,
 * and the discounts beside it. The province admin adds, corrects and ends versions and discounts; everyone else reads.
 */
export function RatesPage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const { data, error, loading, refetch } = useQuery(RateTableQuery, {});
  const [editing, setEditing] = useState<Editing | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (loading && !data) return (<><h1>{t('rates.title')}</h1><Loading /></>);
  if (error && !data) return (<><h1>{t('rates.title')}</h1><ErrorMessage error={error} onRetry={refetch} /></>);
  if (!data) return <h1>{t('rates.title')}</h1>;

  const editable = can.editRates(me.role);
  const done = (message: string) => {
    setEditing(null);
    setNotice(message);
    refetch();
  };

  return (
    <>
      <h1>{t('rates.title')}</h1>
      <p className="muted">{t('rates.intro')}</p>
      <p className="muted small">{t('rates.unchanged')} {t('rates.rounding')}</p>
      {!editable && <p className="muted small">{t('rates.readOnly')}</p>}
      {notice && <p className="notice notice-ok" role="status">{notice}</p>}
      {editable && !editing && (
        <div className="button-row no-print">
          <button type="button" onClick={() => setEditing({ kind: 'add' })}>{t('rates.add')}</button>
        </div>
      )}
      {editing?.kind === 'add' && <RateForm onDone={done} onCancel={() => setEditing(null)} />}
      {editing?.kind === 'correct' && <RateForm rate={editing.rate} onDone={done} onCancel={() => setEditing(null)} />}
      {editing?.kind === 'end' && <EndRateForm rate={editing.rate} onDone={done} onCancel={() => setEditing(null)} />}
      {SCHEMES.map((scheme) => (
        <section key={scheme}>
          <h2>{t(`rates.scheme.${scheme}`)}</h2>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('rates.program')}</th>
                  <th scope="col">{t('rates.rate')}</th>
                  <th scope="col">{t('rates.from')}</th>
                  <th scope="col">{t('rates.until')}</th>
                  <th scope="col">{t('rates.status')}</th>
                  <th scope="col">{t('rates.regulation')}</th>
                  <th scope="col">{t('rates.note')}</th>
                  {editable && <th scope="col"><span className="sr-only">{t('rates.correct')}</span></th>}
                </tr>
              </thead>
              <tbody>
                {versionsOf(data.premiumRates, scheme).map(({ rate, state }) => (
                  <tr key={rate.id}>
                    <th scope="row">{rate.program}</th>
                    <td>{rateText(t, rate)}</td>
                    <td>{formatDate(rate.effectiveFrom, lang)}</td>
                    <td>{rate.effectiveUntil ? formatDate(rate.effectiveUntil, lang) : <span className="muted">{t('rates.next')}</span>}</td>
                    <td>
                      {t(`rates.state.${state}`)}
                      {rate.toConfirm && <> <span className="badge badge-pending">{t('rates.toConfirm')}</span></>}
                    </td>
                    <td>{rate.regulation}</td>
                    <td className="small">{rate.note}</td>
                    {editable && (
                      <td className="no-print">
                        <div className="button-row">
                          <button type="button" className="link-button" onClick={() => setEditing({ kind: 'correct', rate })}
                            aria-label={t('rates.correctTitle', titleValues(rate, lang))}>
                            {t('rates.correct')}
                          </button>
                          {state !== 'ended' && state !== 'replaced' && (
                            <button type="button" className="link-button" onClick={() => setEditing({ kind: 'end', rate })}
                              aria-label={t('rates.endTitle', titleValues(rate, lang))}>
                              {t('rates.end')}
                            </button>
                          )}
                        </div>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      <Discounts
        discounts={data.premiumRateDiscounts}
        editable={editable}
        editing={editing?.kind === 'addDiscount' || editing?.kind === 'endDiscount' ? editing : null}
        onEdit={setEditing}
        onDone={done}
      />
    </>
  );
}

function rateText(t: Translate, rate: Rate) {
  if (rate.flatAmount != null) return t('rates.flat', { amount: formatRupiah(rate.flatAmount) });
  const parts = [t('rates.percentOf', { percent: formatPercent(rate.percent) })];
  if (rate.minimumAmount != null) parts.push(t('rates.minimum', { amount: formatRupiah(rate.minimumAmount) }));
  if (rate.wageCap != null) parts.push(t('rates.cap', { amount: formatRupiah(rate.wageCap) }));
  return parts.join(', ');
}

function Discounts({ discounts, editable, editing, onEdit, onDone }: {
  discounts: Discount[];
  editable: boolean;
  editing: Extract<Editing, { kind: 'addDiscount' | 'endDiscount' }> | null;
  onEdit: (editing: Editing | null) => void;
  onDone: (message: string) => void;
}) {
  const { t, lang } = useI18n();
  if (discounts.length === 0 && !editable) return null;
  const today = new Date().toISOString().slice(0, 10);
  return (
    <section>
      <h2>{t('rates.discounts')}</h2>
      <p className="muted small">{t('rates.discounts.intro')}</p>
      {editable && !editing && (
        <div className="button-row no-print">
          <button type="button" onClick={() => onEdit({ kind: 'addDiscount' })}>{t('rates.discount.add')}</button>
        </div>
      )}
      {editing?.kind === 'addDiscount' && <DiscountForm onDone={onDone} onCancel={() => onEdit(null)} />}
      {editing?.kind === 'endDiscount' && <EndDiscountForm discount={editing.discount} onDone={onDone} onCancel={() => onEdit(null)} />}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('rates.program')}</th>
              <th scope="col">{t('rates.rate')}</th>
              <th scope="col">{t('rates.period')}</th>
              <th scope="col">{t('rates.regulation')}</th>
              <th scope="col">{t('rates.note')}</th>
              {editable && <th scope="col"><span className="sr-only">{t('rates.discount.end')}</span></th>}
            </tr>
          </thead>
          <tbody>
            {discounts.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.program} {d.scheme}</th>
                <td>{t('rates.discount.percent', { percent: formatPercent(d.percent) })}</td>
                <td>{formatDate(d.effectiveFrom, lang)} – {formatDate(d.effectiveUntil, lang)}</td>
                <td>{d.regulation}</td>
                <td className="small">{d.note}</td>
                {editable && (
                  <td className="no-print">
                    {d.effectiveUntil >= today && (
                      <button type="button" className="link-button" onClick={() => onEdit({ kind: 'endDiscount', discount: d })}
                        aria-label={t('rates.discount.endTitle', discountValues(d, lang))}>
                        {t('rates.discount.end')}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

type State = 'future' | 'current' | 'replaced' | 'ended';

/**
 * A scheme's versions, by programme and newest first, each with its state: not yet in force, in force (the newest one
 * begun, unless ended), replaced by a newer one, or ended.
 */
function versionsOf(rates: Rate[], scheme: string): { rate: Rate; state: State }[] {
  const ordered = rates
    .filter((r) => r.scheme === scheme)
    .sort((a, b) => PROGRAMS.indexOf(a.program) - PROGRAMS.indexOf(b.program) || b.effectiveFrom.localeCompare(a.effectiveFrom));
  const today = new Date().toISOString().slice(0, 10);
  return ordered.map((rate, index) => {
    const newerBegun = ordered.slice(0, index).some((r) => r.program === rate.program && r.figuresLocked);
    const state: State = !rate.figuresLocked ? 'future'
      : rate.effectiveUntil != null && rate.effectiveUntil < today ? 'ended'
        : newerBegun ? 'replaced' : 'current';
    return { rate, state };
  });
}

export function titleValues(rate: Rate, lang: Lang) {
  return { program: rate.program, scheme: rate.scheme, date: formatDate(rate.effectiveFrom, lang) };
}
