import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { BudgetPlanLineFieldsFragment, BudgetPlanQuery as BudgetPlanData } from '../../gql/graphql';
import { execute } from '../../shared/graphql';
import { useI18n } from '../../shared/i18n';
import { formatDate, formatDateTime, formatRupiah } from '../../shared/format';
import { budgetPlanExportUrl } from '../../shared/downloads';
import { describeError, ErrorList, ErrorMessage, Loading, userErrorText, type UserErrorEntry } from '../../shared/ui';
import { useQuery } from '../../shared/useQuery';
import { useMe } from '../auth/session';
import { POLICY_YEARS } from '../policies/FundingPolicyPage';
import {
  AdjustBudgetPlanMutation, ApproveBudgetPlanMutation, BudgetPlanQuery, ComputeBudgetPlanMutation, ReturnBudgetPlanMutation,
  SubmitBudgetPlanMutation, WithdrawBudgetPlanMutation,
} from './operations';
import './plans.css';

type Plan = NonNullable<BudgetPlanData['budgetPlan']>;
type Line = Omit<BudgetPlanLineFieldsFragment, ' $fragmentName'>;
type UserErrors = { errors: readonly UserErrorEntry[] };

/**
 * A village's budget plan for a fiscal year: its operator computes it, adjusts lines with a note and sends it; the
 * regency's staff compare it with what was computed and with the previous revision, and approve or return it. Others
 * read it. Printable as it stands on screen.
 */
export function BudgetPlanPage() {
  const { t } = useI18n();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const isOperator = me.role === 'VillageOperator';
  const village = isOperator ? me.regionCode : params.get('village') ?? '';
  const year = Number(params.get('year')) || new Date().getFullYear();
  const plan = useQuery(BudgetPlanQuery, { villageCode: village, year }, { skip: village.split('.').length < 4 });
  const [notice, setNotice] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [editing, setEditing] = useState<Line[] | null>(null);
  const [reason, setReason] = useState('');

  const current = plan.data?.budgetPlan ?? null;
  const latest = current?.submissions[0] ?? null;
  const waiting = latest?.status === 'SUBMITTED';
  const status = current?.approvedAt ? 'APPROVED' : latest?.status ?? 'DRAFT';

  async function run(work: () => Promise<UserErrors>, done: string) {
    setErrors([]);
    setNotice(null);
    try {
      const payload = await work();
      if (payload.errors.length > 0) {
        setErrors(payload.errors.map((e) => userErrorText(t, e)));
        return;
      }
      setEditing(null);
      setReason('');
      setNotice(done);
      plan.refetch();
    } catch (error) {
      setErrors([describeError(error, t)]);
    }
  }

  const compute = () => run(async () => (await execute(ComputeBudgetPlanMutation, { input: { villageCode: village, year } })).computeBudgetPlan, t('plan.computed'));
  const save = (lines: Line[]) => run(async () => (await execute(AdjustBudgetPlanMutation, {
    input: {
      planId: current!.id, version: current!.version,
      lines: lines.map(({ accountCode, group, payer, people, months, monthlyPremium, note }) => ({ accountCode, group, payer, people, months, monthlyPremium, note })),
    },
  })).adjustBudgetPlan, t('plan.saved'));
  const submit = () => run(async () => (await execute(SubmitBudgetPlanMutation, { input: { planId: current!.id } })).submitBudgetPlan, t('plan.submitted'));
  const withdraw = () => run(async () => (await execute(WithdrawBudgetPlanMutation, { input: { submissionId: latest!.id } })).withdrawBudgetPlan, t('plan.withdrawn'));
  const approve = () => run(async () => (await execute(ApproveBudgetPlanMutation, { input: { submissionId: latest!.id } })).approveBudgetPlan, t('plan.approved'));
  const giveBack = () => run(async () => (await execute(ReturnBudgetPlanMutation, { input: { submissionId: latest!.id, reason } })).returnBudgetPlan, t('plan.returned'));

  return (
    <div className="budget-plan">
      <h1>{t('plan.title')}</h1>
      <p className="muted">{t('plan.intro')}</p>
      <div className="filters no-print">
        {!isOperator && (
          <label>
            {t('plan.village')}{' '}
            <input value={village} placeholder="61.01.01.2001" onChange={(e) => setParams({ village: e.target.value.trim(), year: String(year) }, { replace: true })} />
          </label>
        )}
        <label>
          {t('plan.year')}{' '}
          <select value={year} onChange={(e) => setParams(isOperator ? { year: e.target.value } : { village, year: e.target.value }, { replace: true })}>
            {POLICY_YEARS.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </label>
      </div>
      {notice && <p className="notice notice-ok" role="status">{notice}</p>}
      <ErrorList messages={errors} />
      {plan.loading && !plan.data ? (
        <Loading />
      ) : plan.error && !plan.data ? (
        <ErrorMessage error={plan.error} onRetry={plan.refetch} />
      ) : !current ? (
        <>
          {village !== '' && <p>{t('plan.none', { year })}</p>}
          {isOperator && <button type="button" className="no-print" onClick={() => void compute()}>{t('plan.compute', { year })}</button>}
        </>
      ) : (
        <>
          <h2>
            {village} · {year} · {current.revision === 0 ? t('plan.revision0') : t('plan.revisionN', { n: current.revision })}
          </h2>
          <p className="small">
            {t('plan.status')}: <strong>{t(`plan.status.${status}`)}</strong>
            {' · '}{t('plan.rosterAsOf', { date: formatDate(current.rosterAsOf), n: current.members.length })}
            {' · '}{t('plan.computedBy', { at: formatDateTime(current.computedAt), by: current.computedBy })}
          </p>
          {current.approvedAt && <p className="small">{t('plan.approvedAt', { at: formatDateTime(current.approvedAt) })}</p>}
          {latest?.reason && <p className="notice">{latest.reason}</p>}
          {editing ? (
            <LineEditor lines={editing} onChange={setEditing} onSave={() => void save(editing)} onCancel={() => setEditing(null)} />
          ) : (
            <LineTable lines={current.lines} total={current.total} />
          )}
          {!editing && (
            <div className="button-row no-print">
              {isOperator && !waiting && !current.approvedAt && (
                <>
                  <button type="button" onClick={() => setEditing(current.lines.map((l) => ({ ...l })))}>{t('plan.edit')}</button>
                  <button type="button" onClick={() => void submit()}>{t('plan.submit')}</button>
                  <button type="button" onClick={() => void compute()}>{t('plan.recompute')}</button>
                </>
              )}
              {isOperator && current.approvedAt && <button type="button" onClick={() => void compute()}>{t('plan.computeRevision')}</button>}
              {isOperator && waiting && <button type="button" onClick={() => void withdraw()}>{t('plan.withdraw')}</button>}
              <a href={budgetPlanExportUrl(village, year, 'csv')}>{t('plan.download', { format: 'CSV' })}</a>
              <a href={budgetPlanExportUrl(village, year, 'xlsx')}>{t('plan.download', { format: 'XLSX' })}</a>
              <button type="button" onClick={() => window.print()}>{t('plan.print')}</button>
            </div>
          )}
          <Comparison plan={current} />
          {me.role === 'RegencyStaff' && waiting && (
            <div className="review no-print">
              <button type="button" onClick={() => void approve()}>{t('plan.approve')}</button>
              <label>
                {t('plan.reason')} <textarea value={reason} onChange={(e) => setReason(e.target.value)} />
              </label>
              <button type="button" onClick={() => void giveBack()}>{t('plan.return')}</button>
            </div>
          )}
          {current.submissions.length > 0 && (
            <>
              <h3>{t('plan.history')}</h3>
              <ul className="small">
                {current.submissions.flatMap((s) => s.events).map((e) => (
                  <li key={`${e.kind}-${e.at}`}>
                    {t('plan.event', { kind: t(`plan.status.${e.kind}`), at: formatDateTime(e.at), by: e.by })}{e.reason ? ` — ${e.reason}` : ''}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </div>
  );
}

function LineTable({ lines, total }: { lines: Line[]; total: number }) {
  const { t } = useI18n();
  if (lines.length === 0) return <p>{t('plan.noLines')}</p>;
  return (
    <table className="plan-lines">
      <thead>
        <tr>
          <th>{t('plan.account')}</th><th>{t('plan.description')}</th><th>{t('plan.payer')}</th><th>{t('plan.people')}</th>
          <th>{t('plan.months')}</th><th>{t('plan.monthlyPremium')}</th><th>{t('plan.amount')}</th><th>{t('plan.note')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((l, i) => (
          <tr key={i}>
            <td>{l.activityCode} / {l.accountCode}</td><td>{t(`plan.line.${l.group}`)}</td><td>{t(`payer.${l.payer}`)}</td><td>{l.people}</td>
            <td>{l.months}</td><td>{formatRupiah(l.monthlyPremium)}</td><td>{formatRupiah(l.total)}</td><td>{l.note ?? ''}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr><th colSpan={6}>{t('plan.total')}</th><th>{formatRupiah(total)}</th><th /></tr>
      </tfoot>
    </table>
  );
}

function LineEditor({ lines, onChange, onSave, onCancel }: { lines: Line[]; onChange: (lines: Line[]) => void; onSave: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const set = (index: number, change: Partial<Line>) =>
    onChange(lines.map((l, i) => (i === index ? { ...l, ...change, total: (change.people ?? l.people) * (change.months ?? l.months) * l.monthlyPremium } : l)));
  return (
    <>
      <table className="plan-lines">
        <thead>
          <tr>
            <th>{t('plan.account')}</th><th>{t('plan.description')}</th><th>{t('plan.people')}</th><th>{t('plan.months')}</th>
            <th>{t('plan.monthlyPremium')}</th><th>{t('plan.note')}</th><th />
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => (
            <tr key={i}>
              <td>{l.accountCode}</td>
              <td>{t(`plan.line.${l.group}`)}</td>
              <td><input type="number" min={0} aria-label={`${t('plan.people')} ${i + 1}`} value={l.people} onChange={(e) => set(i, { people: Number(e.target.value) })} /></td>
              <td><input type="number" min={1} max={12} aria-label={`${t('plan.months')} ${i + 1}`} value={l.months} onChange={(e) => set(i, { months: Number(e.target.value) })} /></td>
              <td>{formatRupiah(l.monthlyPremium)}</td>
              <td><input aria-label={`${t('plan.note')} ${i + 1}`} value={l.note ?? ''} onChange={(e) => set(i, { note: e.target.value })} /></td>
              <td>
                <button type="button" onClick={() => onChange([...lines.slice(0, i + 1), { ...l, note: '' }, ...lines.slice(i + 1)])}>{t('plan.addLike')}</button>
                <button type="button" onClick={() => onChange(lines.filter((_, j) => j !== i))}>{t('plan.removeLine')}</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="button-row">
        <button type="button" onClick={onSave}>{t('plan.save')}</button>
        <button type="button" onClick={onCancel}>{t('plan.cancel')}</button>
      </div>
    </>
  );
}

/** Per account: the plan against what was computed and against the previous revision. */
function Comparison({ plan }: { plan: Plan }) {
  const { t } = useI18n();
  const byAccount = (lines: readonly Line[] | null | undefined) =>
    (lines ?? []).reduce((sums, l) => sums.set(l.accountCode, (sums.get(l.accountCode) ?? 0) + l.total), new Map<string, number>());
  const planned = byAccount(plan.lines);
  const computed = byAccount(plan.computedLines);
  const previous = plan.previousLines ? byAccount(plan.previousLines) : null;
  const accounts = [...new Set([...planned.keys(), ...computed.keys(), ...(previous?.keys() ?? [])])].sort();
  if (accounts.length === 0) return null;
  return (
    <>
      <h3>{t('plan.compare')}</h3>
      <table className="plan-compare">
        <thead>
          <tr>
            <th>{t('plan.account')}</th><th>{t('plan.title')}</th><th>{t('plan.compareComputed')}</th><th>{t('plan.difference')}</th>
            {previous && <><th>{t('plan.comparePrevious')}</th><th>{t('plan.difference')}</th></>}
          </tr>
        </thead>
        <tbody>
          {accounts.map((a) => {
            const now = planned.get(a) ?? 0;
            return (
              <tr key={a}>
                <td>{a}</td><td>{formatRupiah(now)}</td><td>{formatRupiah(computed.get(a) ?? 0)}</td><td>{formatRupiah(now - (computed.get(a) ?? 0))}</td>
                {previous && <><td>{formatRupiah(previous.get(a) ?? 0)}</td><td>{formatRupiah(now - (previous.get(a) ?? 0))}</td></>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
