import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { BudgetPlanFieldsFragment, BudgetPlanLineFieldsFragment } from '../../gql/graphql';
import { useI18n, type MessageKey } from '../../shared/i18n';
import { formatDate, formatDateTime, formatPercent, formatRupiah } from '../../shared/format';
import { budgetPlanExportUrl } from '../../shared/downloads';
import { describeError, ErrorList, ErrorMessage, Loading, userErrorText, type UserErrorEntry } from '../../shared/ui';
import { useQuery } from '../../shared/useQuery';
import { notifyWorkflowChanged } from '../../shared/workflowEvents';
import { useMe } from '../auth/session';
import { POLICY_YEARS } from '../policies/FundingPolicyPage';
import { BudgetPlanQuery, RegencyBudgetPlanQuery } from './operations';
import { planLevelOf, type PlanLevel } from './planLevel';
import { WaitingPlans } from './WaitingPlans';
import './plans.css';

type Plan = Omit<BudgetPlanFieldsFragment, ' $fragmentName'>;
type Line = Omit<BudgetPlanLineFieldsFragment, ' $fragmentName'>;
type UserErrors = { errors: readonly UserErrorEntry[] };

/**
 * A budget plan for a fiscal year — a village's APBDes plan, or a regency's own APBD plan (a two-part code): its
 * submitter computes it, adjusts lines with a note and sends it; the reviewer (the regency; the province for a
 * regency's plan) compares each line with what was computed and with the previous revision, and approves or returns
 * it, starting from the list of plans waiting for them. Others read it. Printable as it stands on screen.
 */
export function BudgetPlanPage() {
  const { t } = useI18n();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const ownCode = me.role === 'VillageOperator' || me.role === 'RegencyStaff' ? me.regionCode ?? '' : '';
  const code = me.role === 'VillageOperator' ? ownCode : params.get('region') ?? params.get('village') ?? ownCode;
  const year = Number(params.get('year')) || new Date().getFullYear();
  const level = planLevelOf(code);
  const villagePlan = useQuery(BudgetPlanQuery, { villageCode: code, year }, { skip: level?.name !== 'village' });
  const regencyPlan = useQuery(RegencyBudgetPlanQuery, { regencyCode: code, year }, { skip: level?.name !== 'regency' });
  const plan = level?.name === 'regency' ? regencyPlan : villagePlan;
  const current: Plan | null = (level?.name === 'regency' ? regencyPlan.data?.regencyBudgetPlan : villagePlan.data?.budgetPlan) ?? null;
  const [notice, setNotice] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [editing, setEditing] = useState<Line[] | null>(null);
  const [reason, setReason] = useState('');

  const latest = current?.submissions[0] ?? null;
  const waiting = latest?.status === 'SUBMITTED';
  const status = current?.approvedAt ? 'APPROVED' : latest?.status ?? 'DRAFT';
  const isSubmitter = level?.submitter === me.role;
  const isReviewer = level?.reviewer === me.role;
  const regency = level?.name === 'regency';
  const show = (next: { region?: string; year?: number }) =>
    setParams({ region: next.region ?? code, year: String(next.year ?? year) }, { replace: true });

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
      notifyWorkflowChanged();
    } catch (error) {
      setErrors([describeError(error, t)]);
    }
  }

  const act = (level: PlanLevel) => ({
    compute: () => run(() => level.compute(code, year), t('plan.computed')),
    save: (lines: Line[]) => run(() => level.adjust(current!.id, current!.version,
      lines.map(({ accountCode, group, payer, people, months, monthlyPremium, note }) => ({ accountCode, group, payer, people, months, monthlyPremium, note }))),
    t('plan.saved')),
    submit: () => run(() => level.submit(current!.id), t('plan.submitted')),
    withdraw: () => run(() => level.withdraw(latest!.id), t('plan.withdrawn')),
    approve: () => run(() => level.approve(latest!.id), t('plan.approved')),
    giveBack: () => run(() => level.giveBack(latest!.id, reason), t('plan.returned')),
  });
  const actions = level ? act(level) : null;

  return (
    <div className="budget-plan">
      <h1>{regency ? t('plan.titleRegency') : t('plan.title')}</h1>
      <p className="muted">{regency ? t('plan.introRegency') : t('plan.intro')}</p>
      <WaitingPlans />
      <div className="filters no-print">
        {me.role !== 'VillageOperator' && (
          <label>
            {t('plan.region')}{' '}
            <input value={code} placeholder="61.01 / 61.01.01.2001" onChange={(e) => show({ region: e.target.value.trim() })} />
          </label>
        )}
        <label>
          {t('plan.year')}{' '}
          <select value={year} onChange={(e) => show({ year: Number(e.target.value) })}>
            {POLICY_YEARS.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </label>
        {me.role === 'RegencyStaff' && code !== ownCode && <Link to={`/budget-plan?region=${ownCode}&year=${year}`}>{t('plan.ownRegency')}</Link>}
      </div>
      {notice && <p className="notice notice-ok" role="status">{notice}</p>}
      <ErrorList messages={errors} />
      {!level || !actions ? null : plan.loading && !plan.data ? (
        <Loading />
      ) : plan.error && !plan.data ? (
        <ErrorMessage error={plan.error} onRetry={plan.refetch} />
      ) : !current ? (
        <>
          <p>{t(regency ? 'plan.noneRegency' : 'plan.none', { year })}</p>
          {isSubmitter && <button type="button" className="no-print" onClick={() => void actions.compute()}>{t('plan.compute', { year })}</button>}
        </>
      ) : (
        <>
          <h2>
            {current.regionName} ({code}) · {year} · {t(current.revision === 0 ? (regency ? 'plan.revision0Regency' : 'plan.revision0') : (regency ? 'plan.revisionNRegency' : 'plan.revisionN'), { n: current.revision })}
          </h2>
          <p className="small">
            {t('plan.status')}: <strong>{t(`plan.status.${status}`)}</strong>
            {' · '}{t(regency ? 'plan.rosterAsOfRegency' : 'plan.rosterAsOf', { date: formatDate(current.rosterAsOf), n: current.members.length })}
            {' · '}{t('plan.computedBy', { at: formatDateTime(current.computedAt), by: current.computedBy })}
          </p>
          {current.approvedAt && <p className="small">{t('plan.approvedAt', { at: formatDateTime(current.approvedAt) })}</p>}
          {latest?.reason && <p className="notice">{latest.reason}</p>}
          {editing ? (
            <LineEditor lines={editing} computed={current.computedLines} onChange={setEditing} onSave={() => void actions.save(editing)} onCancel={() => setEditing(null)} />
          ) : (
            <LineTable lines={current.lines} total={current.total} empty={t(regency ? 'plan.noLinesRegency' : 'plan.noLines')} />
          )}
          {!editing && (
            <div className="button-row no-print">
              {isSubmitter && !waiting && !current.approvedAt && (
                <>
                  <button type="button" onClick={() => setEditing(current.lines.map((l) => ({ ...l })))}>{t('plan.edit')}</button>
                  <button type="button" onClick={() => void actions.submit()}>{t(regency ? 'plan.submitRegency' : 'plan.submit')}</button>
                  <button type="button" onClick={() => void actions.compute()}>{t('plan.recompute')}</button>
                </>
              )}
              {isSubmitter && current.approvedAt && (
                <button type="button" onClick={() => void actions.compute()}>{t(regency ? 'plan.computeRevisionRegency' : 'plan.computeRevision')}</button>
              )}
              {isSubmitter && waiting && <button type="button" onClick={() => void actions.withdraw()}>{t('plan.withdraw')}</button>}
              <a href={budgetPlanExportUrl(code, year, 'csv')}>{t(regency ? 'plan.downloadRegency' : 'plan.download', { format: 'CSV' })}</a>
              <a href={budgetPlanExportUrl(code, year, 'xlsx')}>{t(regency ? 'plan.downloadRegency' : 'plan.download', { format: 'XLSX' })}</a>
              <button type="button" onClick={() => window.print()}>{t('plan.print')}</button>
            </div>
          )}
          <RatesUsed rates={current.rates} />
          <Comparison plan={current} />
          {isReviewer && waiting && (
            <div className="review no-print">
              <button type="button" onClick={() => void actions.approve()}>{t('plan.approve')}</button>
              <label>
                {t('plan.reason')} <textarea value={reason} onChange={(e) => setReason(e.target.value)} />
              </label>
              <button type="button" onClick={() => void actions.giveBack()}>{t('plan.return')}</button>
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

/** The APBD accounts of a regency's plan, by the program they hold (Kepmendagri 050-5889/2021). */
const APBD_ACCOUNTS: Record<string, MessageKey> = {
  '5.1.02.02.02.0006': 'plan.apbd.JKK',
  '5.1.02.02.02.0007': 'plan.apbd.JKM',
  '5.1.02.02.02': 'plan.apbd.OTHER',
};

function useDescribe() {
  const { t } = useI18n();
  return (l: Line) => {
    const apbd = APBD_ACCOUNTS[l.accountCode];
    return apbd ? `${t(apbd)} — ${t(`plan.for.${l.group}`)}` : t(`plan.line.${l.group}`);
  };
}

function LineTable({ lines, total, empty }: { lines: Line[]; total: number; empty: string }) {
  const { t } = useI18n();
  const describe = useDescribe();
  if (lines.length === 0) return <p>{empty}</p>;
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
            <td>{l.activityCode ? `${l.activityCode} / ` : ''}{l.accountCode}</td><td>{describe(l)}</td><td>{t(`payer.${l.payer}`)}</td><td>{l.people}</td>
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

const sameKind = (a: Line, b: Line) =>
  a.accountCode === b.accountCode && a.group === b.group && a.payer === b.payer && a.monthlyPremium === b.monthlyPremium;

function LineEditor({ lines, computed, onChange, onSave, onCancel }: {
  lines: Line[]; computed: Line[]; onChange: (lines: Line[]) => void; onSave: () => void; onCancel: () => void;
}) {
  const { t } = useI18n();
  const describe = useDescribe();
  const set = (index: number, change: Partial<Line>) =>
    onChange(lines.map((l, i) => (i === index ? { ...l, ...change, total: (change.people ?? l.people) * (change.months ?? l.months) * l.monthlyPremium } : l)));
  // A computed line is never dropped unexplained: removing it asks why and keeps it with 0 people and that note.
  const remove = (index: number) => {
    const line = lines[index];
    const others = lines.filter((l, j) => j !== index && sameKind(l, line)).length;
    if (others >= computed.filter((c) => sameKind(c, line)).length) return onChange(lines.filter((_, j) => j !== index));
    const reason = window.prompt(t('plan.removeReason'))?.trim();
    if (reason) set(index, { people: 0, note: reason });
  };
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
              <td>{describe(l)}</td>
              <td><input type="number" min={0} aria-label={`${t('plan.people')} ${i + 1}`} value={l.people} onChange={(e) => set(i, { people: Number(e.target.value) })} /></td>
              <td><input type="number" min={1} max={12} aria-label={`${t('plan.months')} ${i + 1}`} value={l.months} onChange={(e) => set(i, { months: Number(e.target.value) })} /></td>
              <td>{formatRupiah(l.monthlyPremium)}</td>
              <td><input aria-label={`${t('plan.note')} ${i + 1}`} value={l.note ?? ''} onChange={(e) => set(i, { note: e.target.value })} /></td>
              <td>
                <button type="button" onClick={() => onChange([...lines.slice(0, i + 1), { ...l, note: '' }, ...lines.slice(i + 1)])}>{t('plan.addLike')}</button>
                <button type="button" onClick={() => remove(i)}>{t('plan.removeLine')}</button>
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

/** The rates the plan used, as percentages (or flat amounts) with their regulation; a row corrected since is marked. */
function RatesUsed({ rates }: { rates: Plan['rates'] }) {
  const { t } = useI18n();
  if (rates.length === 0) return null;
  return (
    <>
      <h3>{t('plan.rates')}</h3>
      <ul className="small plan-rates">
        {rates.map((r) => (
          <li key={`${r.rateId}-${r.discountId ?? ''}`}>
            {r.rate
              ? `${r.rate.scheme} ${r.rate.program}: ${r.rate.percent != null ? formatPercent(r.rate.percent) : formatRupiah(r.rate.flatAmount)} — ${r.rate.regulation}`
              : `#${r.rateId}`}
            {r.discount && ` · ${t('plan.rateDiscount', { percent: formatPercent(r.discount.percent), regulation: r.discount.regulation })}`}
            {r.rate?.toConfirm && ` · ${t('plan.rateToConfirm')}`}
            {r.rate && r.rate.version !== r.rateVersion && ` · ${t('plan.rateCorrected')}`}
          </li>
        ))}
      </ul>
    </>
  );
}

/** Line by line (account, group, payer, monthly premium): the plan against what was computed and against the previous revision. */
function Comparison({ plan }: { plan: Plan }) {
  const { t } = useI18n();
  const describe = useDescribe();
  const keyOf = (l: Line) => `${l.accountCode}|${l.group}|${l.payer}|${l.monthlyPremium}`;
  const sums = (lines: readonly Line[] | null | undefined) =>
    (lines ?? []).reduce((byKey, l) => byKey.set(keyOf(l), (byKey.get(keyOf(l)) ?? 0) + l.total), new Map<string, number>());
  const planned = sums(plan.lines);
  const computed = sums(plan.computedLines);
  const previous = plan.previousLines ? sums(plan.previousLines) : null;
  const lines = [...plan.lines, ...plan.computedLines, ...(plan.previousLines ?? [])];
  const keys = [...new Set(lines.map(keyOf))].sort();
  if (keys.length === 0) return null;
  return (
    <>
      <h3>{t('plan.compare')}</h3>
      <table className="plan-compare">
        <thead>
          <tr>
            <th>{t('plan.account')}</th><th>{t('plan.description')}</th><th>{t('plan.monthlyPremium')}</th><th>{t('plan.planned')}</th>
            <th>{t('plan.compareComputed')}</th><th>{t('plan.difference')}</th>
            {previous && <><th>{t('plan.comparePrevious')}</th><th>{t('plan.difference')}</th></>}
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => {
            const line = lines.find((l) => keyOf(l) === key)!;
            const now = planned.get(key) ?? 0;
            const fromComputed = now - (computed.get(key) ?? 0);
            const fromPrevious = previous ? now - (previous.get(key) ?? 0) : 0;
            return (
              <tr key={key} className={fromComputed !== 0 || fromPrevious !== 0 ? 'changed' : undefined}>
                <td>{line.accountCode}</td><td>{describe(line)}</td><td>{formatRupiah(line.monthlyPremium)}</td><td>{formatRupiah(now)}</td>
                <td>{formatRupiah(computed.get(key) ?? 0)}</td><td>{formatRupiah(fromComputed)}</td>
                {previous && <><td>{formatRupiah(previous.get(key) ?? 0)}</td><td>{formatRupiah(fromPrevious)}</td></>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
