import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type {
  BpdScheme, BudgetGapQuery as BudgetGapData, BudgetGapRowFieldsFragment, TargetCostQuery as TargetCostData, TargetCostRowFieldsFragment,
} from '../../gql/graphql';
import { budgetGapExportUrl, targetCostExportUrl, type FileFormat } from '../../shared/downloads';
import { formatDate, formatInteger, formatPercent, formatRupiah } from '../../shared/format';
import { useI18n, type MessageKey } from '../../shared/i18n';
import { ErrorMessage, Loading } from '../../shared/ui';
import { useQuery, type QueryState } from '../../shared/useQuery';
import { useMe } from '../auth/session';
import { POLICY_YEARS } from '../policies/FundingPolicyPage';
import { BudgetGapQuery, TargetCostQuery } from './operations';
import './gap.css';

type GapRow = Omit<BudgetGapRowFieldsFragment, ' $fragmentName'>;
type CostRow = Omit<TargetCostRowFieldsFragment, ' $fragmentName'>;
type Amounts = readonly { payer: string; amount: number }[];
const BPD_SCHEMES: BpdScheme[] = ['POLICY', 'BPU', 'PU'];
const FORMATS: FileFormat[] = ['csv', 'xlsx'];

/**
 * A region's premium budget for a year — needed, planned, paid and the gap by payer, per child region, each leading
 * down — and the cost of reaching the year's coverage targets under a what-if scenario. Everything lives in the
 * address (region, year, switches); printable as it stands.
 */
export function BudgetGapPage() {
  const { t } = useI18n();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const region = params.get('region') ?? me.regionCode;
  const year = Number(params.get('year')) || new Date().getFullYear();
  const bpdAs = (BPD_SCHEMES.includes(params.get('bpd') as BpdScheme) ? params.get('bpd') : 'POLICY') as BpdScheme;
  const jhtForKepalaDesa = params.get('jht') === '1';
  const [typed, setTyped] = useState(region);
  const regionLink = useRegionLink();
  const set = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value) next.set(name, value);
      else next.delete(name);
    }
    setParams(next, { replace: true });
  };
  const gap = useQuery(BudgetGapQuery, { regionCode: region, year });
  const cost = useQuery(TargetCostQuery, { regionCode: region, year, switches: { bpdAs, jhtForKepalaDesa } });
  const parent = region.includes('.') ? region.slice(0, region.lastIndexOf('.')) : region !== '' ? '' : null;
  const canGoUp = parent !== null && (me.regionCode === '' || (parent.startsWith(me.regionCode) && parent.length >= me.regionCode.length));

  return (
    <main className="page budget-gap">
      <h1>{t('gap.title')}</h1>
      <p className="muted">{t('gap.intro')}</p>
      <div className="filters no-print">
        <form className="inline-form" onSubmit={(e) => { e.preventDefault(); set({ region: typed.trim() }); }}>
          <label htmlFor="gap-region">{t('gap.region')}</label>
          <input id="gap-region" value={typed} onChange={(e) => setTyped(e.target.value)} />
          <button type="submit">{t('gap.show')}</button>
        </form>
        <label htmlFor="gap-year">{t('gap.year')}</label>
        <select id="gap-year" value={year} onChange={(e) => set({ year: e.target.value })}>
          {[...new Set([...POLICY_YEARS, year])].sort().map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
        {canGoUp && (
          <Link to={regionLink(parent!)} onClick={() => setTyped(parent!)}>
            {t('gap.up', { region: parent || 'Indonesia' })}
          </Link>
        )}
      </div>
      <Needs state={gap} onDown={setTyped} />
      <TargetCost
        state={cost}
        switches={{ bpdAs, jhtForKepalaDesa }}
        onYear={(y) => set({ year: String(y) })}
        onSwitches={(s) => set({ bpd: s.bpdAs === 'POLICY' ? '' : s.bpdAs, jht: s.jhtForKepalaDesa ? '1' : '' })}
        onDown={setTyped}
      />
    </main>
  );
}

/** The page's address for another region (a child, the parent), the other filters kept. */
function useRegionLink(): (code: string) => string {
  const [params] = useSearchParams();
  return (code) => `/budget-gap?${new URLSearchParams({ ...Object.fromEntries(params), region: code }).toString()}`;
}

function Needs({ state, onDown }: { state: QueryState<BudgetGapData>; onDown: (code: string) => void }) {
  const { t, lang } = useI18n();
  const down = useRegionLink();
  if (state.error) return <ErrorMessage error={state.error} />;
  if (!state.data) return <Loading />;
  const gap = state.data.budgetGap;
  if (!gap) return <p>{t('gap.none')}</p>;
  const total: GapRow = gap.total;
  return (
    <section className="panel" aria-labelledby="gap-needs-title">
      <h2 id="gap-needs-title">{t('gap.needs.title', { year: gap.year, region: gap.regionName })}</h2>
      <p className={total.desaPriced < total.desa ? 'notice' : undefined}>
        {t('gap.covers', { priced: formatInteger(total.desaPriced), desa: formatInteger(total.desa) })}{' '}
        {total.peopleUnpriced > 0 && t('gap.unpriced', { people: formatInteger(total.peopleUnpriced), year: gap.year })}
      </p>
      <ul className="notes small">
        <li>{t('gap.note.needed', { date: formatDate(gap.rosterAsOf, lang), year: gap.year })}</li>
        <li>{t('gap.note.planned', { plans: formatInteger(total.desaWithApprovedPlan), desa: formatInteger(total.desa) })}</li>
        <li>{gap.paidThrough ? t('gap.note.paid', { month: gap.paidThrough }) : t('gap.note.notPaid', { year: gap.year })}</li>
        <li>{t('gap.note.gaps')}</li>
      </ul>
      {total.peoplePriced === 0 && total.planned === 0 ? (
        <p>{t('gap.noPeople')}</p>
      ) : (
        <div className="table-wrap">
          <table className="region-table money">
            <caption>{t('gap.byPayer')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('gap.col.payer')}</th>
                <th scope="col">{t('gap.col.needed')}</th>
                <th scope="col">{t('gap.col.planned')}</th>
                <th scope="col">{t('gap.col.gap')}</th>
              </tr>
            </thead>
            <tbody>
              {total.byPayer.map((p) => (
                <tr key={p.payer}>
                  <th scope="row">{t(`payer.${p.payer}` as MessageKey)}</th>
                  <td>{formatRupiah(p.needed)}</td>
                  <td>{formatRupiah(p.planned)}</td>
                  <td>{formatRupiah(p.gap)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('gap.total')}</th>
                <td>{formatRupiah(total.needed)}</td>
                <td>{formatRupiah(total.planned)}</td>
                <td>{formatRupiah(total.gapToPlanned)}</td>
              </tr>
              <tr>
                <th scope="row">{t('gap.col.paid')}</th>
                <td colSpan={2}>{formatRupiah(total.paid)}</td>
                <td>{t('gap.col.gapPaid')}: {formatRupiah(total.gapToPaid)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
      {gap.children.length > 0 && (
        <div className="table-wrap">
          <table className="region-table money">
            <caption>{t('gap.children')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('gap.col.region')}</th>
                <th scope="col">{t('gap.col.desa')}</th>
                <th scope="col">{t('gap.col.people')}</th>
                <th scope="col">{t('gap.col.needed')}</th>
                <th scope="col">{t('gap.col.planned')}</th>
                <th scope="col">{t('gap.col.paid')}</th>
                <th scope="col">{t('gap.col.gapByPayer')}</th>
                <th scope="col">{t('gap.col.gapPaid')}</th>
              </tr>
            </thead>
            <tbody>
              {gap.children.map((child: GapRow) => (
                <tr key={child.regionCode} className={child.desaPriced < child.desa ? 'partial' : undefined}>
                  <th scope="row"><Link to={down(child.regionCode)} onClick={() => onDown(child.regionCode)}>{child.regionName}</Link></th>
                  <td>{formatInteger(child.desaPriced)} / {formatInteger(child.desa)}</td>
                  <td>{formatInteger(child.peoplePriced)}{child.peopleUnpriced > 0 && ` (+${formatInteger(child.peopleUnpriced)})`}</td>
                  <td>{formatRupiah(child.needed)}</td>
                  <td>
                    {formatRupiah(child.planned)}
                    <br />
                    <span className="small muted">{t('gap.plansOf', { plans: formatInteger(child.desaWithApprovedPlan) })}</span>
                  </td>
                  <td>{formatRupiah(child.paid)}</td>
                  <td><PayerAmounts amounts={child.byPayer.filter((p) => p.gap !== 0).map((p) => ({ payer: p.payer, amount: p.gap }))} withTotal /></td>
                  <td>{formatRupiah(child.gapToPaid)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="button-row no-print">
        {FORMATS.map((format) => (
          <a key={format} className="button" href={budgetGapExportUrl(gap.regionCode, gap.year, format)} download>
            {t('gap.download', { format: format.toUpperCase() })}
          </a>
        ))}
        <button type="button" onClick={() => window.print()}>{t('gap.print')}</button>
      </div>
    </section>
  );
}

interface Switches {
  bpdAs: BpdScheme;
  jhtForKepalaDesa: boolean;
}

function TargetCost({ state, switches, onYear, onSwitches, onDown }: {
  state: QueryState<TargetCostData>; switches: Switches; onYear: (year: number) => void; onSwitches: (switches: Switches) => void;
  onDown: (code: string) => void;
}) {
  const { t, lang } = useI18n();
  const me = useMe();
  const down = useRegionLink();
  if (state.error) return <ErrorMessage error={state.error} />;
  if (!state.data) return <Loading />;
  const cost = state.data.targetCost;
  if (!cost) return null;
  const total: CostRow = cost.total;
  return (
    <section className="panel" aria-labelledby="gap-cost-title">
      <h2 id="gap-cost-title">{t('cost.title', { year: cost.year })}</h2>
      <p>
        {cost.targetYears.length === 0 ? t('cost.noTargetYears') : t('cost.targetYears')}{' '}
        {cost.targetYears.length === 0 && (me.role === 'ProvinceAdmin' ? <Link to="/targets">{t('cost.setTargets')}</Link> : t('cost.targetsBy'))}
        {cost.targetYears.map((y) => (
          <button key={y} type="button" className={`link-button${y === cost.year ? ' current' : ''}`} aria-pressed={y === cost.year} onClick={() => onYear(y)}>
            {y}
          </button>
        ))}
      </p>
      <fieldset className="switches no-print">
        <label>
          {t('cost.bpd')}{' '}
          <select value={switches.bpdAs} onChange={(e) => onSwitches({ ...switches, bpdAs: e.target.value as BpdScheme })}>
            {BPD_SCHEMES.map((s) => <option key={s} value={s}>{t(`cost.bpd.${s}` as MessageKey)}</option>)}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={switches.jhtForKepalaDesa} onChange={(e) => onSwitches({ ...switches, jhtForKepalaDesa: e.target.checked })} />{' '}
          {t('cost.jht')}
        </label>
      </fieldset>
      <p><strong>{t('cost.scenario', { name: cost.scenario })}</strong></p>
      <ul className="notes small">
        <li>{t('cost.note.method', { date: formatDate(cost.asOf, lang), year: cost.year })}</li>
        <li>{t('cost.note.policy', { year: cost.year })}</li>
        <li>{t('cost.note.aparatur')}</li>
        <li>{t('cost.note.ucj')}</li>
      </ul>
      <p className={total.desaPriced < total.desa ? 'notice' : undefined}>
        {t('gap.covers', { priced: formatInteger(total.desaPriced), desa: formatInteger(total.desa) })}
      </p>
      <div className="table-wrap">
        <table className="region-table money">
          <caption>{total.regionName}</caption>
          <thead>
            <tr>
              <th scope="col">{t('cost.col.segment')}</th>
              <th scope="col">{t('cost.col.target')}</th>
              <th scope="col">{t('cost.col.inOffice')}</th>
              <th scope="col">{t('cost.col.covered')}</th>
              <th scope="col">{t('cost.col.toEnrol')}</th>
              <th scope="col">{t('cost.col.perPerson')}</th>
              <th scope="col">{t('cost.col.cost')}</th>
            </tr>
          </thead>
          <tbody>
            {total.segments.map((s) => (
              <tr key={s.segment}>
                <th scope="row">{t(`segment.${s.segment}` as MessageKey)}</th>
                <td>
                  {s.target == null ? t('cost.noTarget') : formatPercent(s.target)}
                  {s.targetSetFor != null && s.targetSetFor !== total.regionCode && <span className="muted small"> {t('cost.inherited', { region: s.targetSetFor })}</span>}
                </td>
                <td>{formatInteger(s.inOffice)}</td>
                <td>{formatInteger(s.covered)}</td>
                <td>{s.toEnrol == null ? '—' : formatInteger(s.toEnrol)}</td>
                <td><PayerAmounts amounts={s.perPerson} /></td>
                <td>
                  {s.toEnrol != null && s.toEnrol > 0 && s.peoplePriced === 0 ? t('cost.unpricedSegment') : <PayerAmounts amounts={s.cost} />}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={6}>{t('cost.total')}</th>
              <td><PayerAmounts amounts={total.cost} withTotal /></td>
            </tr>
          </tfoot>
        </table>
      </div>
      {total.unpriced && <p className="notice">{t('cost.unpricedRow')}</p>}
      {cost.children.length > 0 && (
        <div className="table-wrap">
          <table className="region-table money">
            <caption>{t('cost.children')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cost.col.region')}</th>
                <th scope="col">{t('gap.col.desa')}</th>
                {total.segments.map((s) => <th key={s.segment} scope="col">{t(`segment.${s.segment}` as MessageKey)}</th>)}
                <th scope="col">{t('cost.col.cost')}</th>
              </tr>
            </thead>
            <tbody>
              {cost.children.map((child: CostRow) => (
                <tr key={child.regionCode} className={child.unpriced ? 'partial' : undefined}>
                  <th scope="row"><Link to={down(child.regionCode)} onClick={() => onDown(child.regionCode)}>{child.regionName}</Link></th>
                  <td>{formatInteger(child.desaPriced)} / {formatInteger(child.desa)}</td>
                  {child.segments.map((s) => <td key={s.segment}>{s.toEnrol == null ? '—' : formatInteger(s.toEnrol)}</td>)}
                  <td>{child.unpriced ? t('cost.unpricedRow') : <PayerAmounts amounts={child.cost} withTotal />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="button-row no-print">
        {FORMATS.map((format) => (
          <a key={format} className="button" href={targetCostExportUrl(cost.regionCode, cost.year, switches, format)} download>
            {t('gap.download', { format: format.toUpperCase() })}
          </a>
        ))}
      </div>
    </section>
  );
}

function PayerAmounts({ amounts, withTotal = false }: { amounts: Amounts; withTotal?: boolean }) {
  const { t } = useI18n();
  if (amounts.length === 0) return <>—</>;
  return (
    <ul className="payer-amounts">
      {amounts.map((a) => <li key={a.payer}>{t(`payer.${a.payer}` as MessageKey)}: <span className="nowrap">{formatRupiah(a.amount)}</span></li>)}
      {withTotal && amounts.length > 1 && <li><strong>{t('gap.total')}: {formatRupiah(amounts.reduce((sum, a) => sum + a.amount, 0))}</strong></li>}
    </ul>
  );
}
