import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { PaymentArrearsQuery as PaymentArrearsData } from '../../gql/graphql';
import { formatInteger, formatMonth, formatRupiah } from '../../shared/format';
import { execute } from '../../shared/graphql';
import { useI18n } from '../../shared/i18n';
import { describeError, ErrorList, ErrorMessage, Loading, userErrorText } from '../../shared/ui';
import { useQuery, type QueryState } from '../../shared/useQuery';
import { can } from '../../shared/nav';
import { useMe } from '../auth/session';
import { ImportPayments } from './ImportPayments';
import { PaymentArrearsQuery, RecordPaymentMutation } from './operations';

/**
 * A village's premium payments and arrears: who owes how many months and how much, those at risk marked; record one
 * payment, or import a BPJS sheet (checked first, saved all or nothing). A village operator sees their own village;
 * others enter a village code of their region.
 */
export function PaymentsPage() {
  const { t } = useI18n();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const ownVillage = me.role === 'VillageOperator';
  const village = ownVillage ? me.regionCode : (params.get('village') ?? '');
  const [typed, setTyped] = useState(village);
  // The cursors of the pages before this one: back is one pop, forward one push.
  const [cursors, setCursors] = useState<string[]>([]);
  const after = cursors.at(-1) ?? null;
  const arrears = useQuery(PaymentArrearsQuery, { regionCode: village, first: PAGE_SIZE, after }, { skip: village === '' });
  const editable = can.recordPayments(me.role);

  return (
    <main className="page">
      <h1>{t('payments.title')}</h1>
      <p className="muted">{t('payments.intro')}</p>
      {!ownVillage && (
        <form className="inline-form" onSubmit={(e) => { e.preventDefault(); setCursors([]); setParams({ village: typed.trim() }); }}>
          <label htmlFor="payments-village">{t('payments.village')}</label>
          <input id="payments-village" value={typed} onChange={(e) => setTyped(e.target.value)} />
          <button type="submit">{t('payments.show')}</button>
        </form>
      )}
      {village === '' ? (
        <p>{t('payments.pickVillage')}</p>
      ) : (
        <Arrears
          state={arrears}
          page={cursors.length}
          onNext={(cursor) => setCursors([...cursors, cursor])}
          onPrevious={() => setCursors(cursors.slice(0, -1))}
        />
      )}
      {/* The at-risk figures of a district or regency link here too: its list is read, payments are entered per village. */}
      {isVillageCode(village) && editable && (
        <>
          <RecordPayment village={village} onSaved={arrears.refetch} />
          <ImportPayments village={village} onApplied={arrears.refetch} />
        </>
      )}
    </main>
  );
}

const PAGE_SIZE = 50;

function isVillageCode(code: string): boolean {
  return code.split('.').length === 4;
}

function Arrears({ state, page, onNext, onPrevious }: {
  state: QueryState<PaymentArrearsData>;
  page: number;
  onNext: (cursor: string) => void;
  onPrevious: () => void;
}) {
  const { t, lang } = useI18n();
  if (state.error) return <ErrorMessage error={state.error} />;
  if (!state.data) return <Loading />;
  const summary = state.data.arrearsSummary;
  const list = state.data.arrears;
  const people = list?.nodes ?? [];
  return (
    <section className="panel">
      {summary && (
        <>
          <p>
            {t('payments.summary', {
              asOf: summary.asOf, people: formatInteger(summary.total.people), atRisk: formatInteger(summary.total.atRisk),
              owed: formatRupiah(summary.total.owed),
            })}
          </p>
          {summary.monthsAllowed != null && (
            <p className="muted small">{t('payments.rule', { months: summary.monthsAllowed, source: summary.ruleSource ?? '' })}</p>
          )}
          {summary.yearsWithoutPolicy.length > 0 && (
            <p className="notice notice-warn" data-testid="no-policy">
              {t('payments.noPolicy', { years: summary.yearsWithoutPolicy.join(', ') })}
            </p>
          )}
        </>
      )}
      {people.length === 0 ? (
        <p>{t('payments.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="region-table">
            <caption>{t('payments.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('payments.col.name')}</th>
                <th scope="col">{t('payments.col.position')}</th>
                <th scope="col">{t('payments.col.monthsOwed')}</th>
                <th scope="col">{t('payments.col.owed')}</th>
                <th scope="col">{t('payments.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr key={p.entryId}>
                  <th scope="row">{p.fullName}</th>
                  <td>{p.positionName}</td>
                  <td>
                    <details>
                      <summary>{formatInteger(p.monthsOwed)}</summary>
                      <ul className="small months-owed">
                        {p.months.map((m) => (
                          <li key={m.period}>
                            {formatMonth(m.period, lang)}: {t('payments.month', { due: formatRupiah(m.due), paid: formatRupiah(m.paid) })}
                          </li>
                        ))}
                      </ul>
                    </details>
                  </td>
                  <td>{formatRupiah(p.owed)}</td>
                  <td>{p.atRisk ? <span className="badge badge-danger">{t('payments.atRisk')}</span> : t('payments.ok')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {list && (
            <div className="button-row no-print">
              <span className="muted small">
                {t('payments.page', { from: formatInteger(page * PAGE_SIZE + 1), to: formatInteger(page * PAGE_SIZE + people.length), total: formatInteger(list.totalCount) })}
              </span>
              {page > 0 && <button type="button" onClick={onPrevious}>{t('payments.previous')}</button>}
              {list.pageInfo.hasNextPage && list.pageInfo.endCursor && (
                <button type="button" onClick={() => onNext(list.pageInfo.endCursor!)}>{t('payments.next')}</button>
              )}
            </div>
          )}
        </div>
      )}
    </section>
  );
}

function RecordPayment({ village, onSaved }: { village: string; onSaved: () => void }) {
  const { t } = useI18n();
  const [form, setForm] = useState({ nik: '', kpj: '', period: '', amount: '' });
  const [errors, setErrors] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);

  async function save(e: FormEvent) {
    e.preventDefault();
    setErrors([]);
    setNotice(null);
    try {
      const input = {
        villageCode: village, nik: form.nik.trim() || null, kpj: form.kpj.trim() || null, period: form.period.trim(),
        amount: Number(form.amount.replace(/\./g, '')) || 0,
      };
      const { recordPayment } = await execute(RecordPaymentMutation, { input });
      setErrors(recordPayment.errors.map((error) => userErrorText(t, error)));
      if (recordPayment.payment) {
        setNotice(t('payments.record.saved', { period: recordPayment.payment.period }));
        onSaved();
      }
    } catch (error) {
      setErrors([describeError(error, t)]);
    }
  }

  const field = (name: keyof typeof form, label: string) => (
    <label>
      {label}
      <input value={form[name]} onChange={(e) => setForm({ ...form, [name]: e.target.value })} />
    </label>
  );
  return (
    <section className="panel" aria-labelledby="payments-record-title">
      <h2 id="payments-record-title">{t('payments.record.title')}</h2>
      <form onSubmit={save}>
        {field('nik', t('payments.record.nik'))}
        {field('kpj', t('payments.record.kpj'))}
        {field('period', t('payments.record.period'))}
        {field('amount', t('payments.record.amount'))}
        <button type="submit" className="primary">{t('payments.record.save')}</button>
      </form>
      <ErrorList messages={errors} />
      {notice && <p className="notice notice-ok" role="status">{notice}</p>}
    </section>
  );
}
