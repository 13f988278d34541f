import type { CoverageFiguresRowFragment } from '../../gql/graphql';
import { formatDate, formatDateTime, formatInteger, formatMonth, formatPercent, formatPoints, ratioPercent } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { ARREARS, indicatorFormula, indicatorName, indicatorSource, type IndicatorFigure } from './indicatorText';
import { isVerifiable, VerifiedCard } from './VerifiedCard';

/**
 * The chosen indicator of the region: its value over what it counts, the same verified with BPJS where the list can
 * verify it, the target that applies and the gap, and — beside it — how many desa the figure is built on.
 */
export function IndicatorCards({
  figure,
  total,
  year,
  asOf,
  asOfDate,
}: {
  figure: IndicatorFigure;
  total: CoverageFiguresRowFragment;
  year: number;
  asOf: string;
  asOfDate: string;
}) {
  const { t, lang } = useI18n();
  const { indicator, target, gap, onTrack } = figure;
  const completeness = ratioPercent(total.villagesWithApprovedRoster, total.villages);
  const verifiable = isVerifiable(figure);
  return (
    <section className={verifiable ? 'headline headline-verified' : 'headline'} aria-label={indicatorName(indicator, lang)}>
      <div className="card card-main">
        <h2>{indicatorName(indicator, lang)}</h2>
        <p className="big" data-testid="indicator-value">
          {figure.value == null ? t('common.dash') : formatPercent(figure.value)}
        </p>
        <p className="explain">{indicatorFormula(indicator, lang)}</p>
        {figure.denominator != null && (
          <p className="ratio">
            {t('dash.ratio', { part: formatInteger(figure.numerator ?? 0), whole: formatInteger(figure.denominator) })}
          </p>
        )}
        <UcjInputSource figure={figure} />
        {figure.value != null && <Meter value={figure.value} target={target?.percent ?? null} label={indicatorName(indicator, lang)} />}
        <p className="muted small">
          {t('dash.source', { source: indicatorSource(indicator, lang) })} ·{' '}
          <span className="as-of">
            {indicator.code === ARREARS && figure.period
              ? t('dash.asOfMonth', { month: formatMonth(figure.period, lang), at: formatDateTime(asOf, lang) })
              : t('dash.asOfDay', { day: formatDate(asOfDate, lang), at: formatDateTime(asOf, lang) })}
          </span>
        </p>
      </div>

      {verifiable && <VerifiedCard figure={figure} villages={total.villages} />}

      <div className="card card-target" data-testid="target-card">
        <h2>
          {target == null
            ? t('dash.target.none', { year })
            : t('dash.target', { year, percent: formatPercent(target.percent) })}
        </h2>
        {target?.inherited && (
          <p className="explain">{t('dash.target.inherited', { region: target.setForRegion?.name ?? target.setFor })}</p>
        )}
        {gap != null && (
          <p className={onTrack ? 'gap gap-ok' : 'gap gap-behind'}>
            {gap >= 0 ? t('dash.gap.above', { pp: formatPoints(gap) }) : t('dash.gap.below', { pp: formatPoints(gap) })}
          </p>
        )}
      </div>

      <div className="card" data-testid="completeness-card">
        <h2>{t('dash.completeness.title')}</h2>
        <p className="big">{formatPercent(completeness)}</p>
        <p className="explain">
          {t('dash.completeness.ratio', {
            approved: formatInteger(total.villagesWithApprovedRoster),
            total: formatInteger(total.villages),
          })}
        </p>
        {completeness != null && completeness < 100 && indicator.kind === 'PERSON_COVERAGE' && (
          <p className="notice notice-warn small">{t('dash.completeness.partial')}</p>
        )}
      </div>
    </section>
  );
}

/** UCJ comes from an input entered from outside: which source, of what date and month. Nothing for the other indicators. */
export function UcjInputSource({ figure }: { figure: IndicatorFigure }) {
  const { t, lang } = useI18n();
  if (figure.source == null || figure.sourceDate == null || figure.period == null) return null;
  return (
    <p className="muted small" data-testid="ucj-source">
      {t('dash.ucjInput', { source: figure.source, date: formatDate(figure.sourceDate, lang), period: figure.period })}
    </p>
  );
}

function Meter({ value, target, label }: { value: number; target: number | null; label: string }) {
  const clamp = (n: number) => Math.max(0, Math.min(100, n));
  return (
    <div className="meter" role="img" aria-label={`${label}: ${formatPercent(value)}`}>
      <div className="meter-fill" style={{ width: `${clamp(value)}%` }} />
      {target != null && <div className="meter-target" style={{ left: `${clamp(target)}%` }} />}
    </div>
  );
}
