import { formatDate, formatInteger, formatPercent } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import type { IndicatorFigure } from './indicatorText';

/** Indicators the BPJS participant list can verify: who is protected, and which desa protect someone. */
export function isVerifiable(figure: IndicatorFigure): boolean {
  return figure.indicator.kind === 'PERSON_COVERAGE' || figure.indicator.kind === 'VILLAGE_REGISTRATION';
}

/**
 * The chosen indicator read against BPJS, beside the declared one and never in its place: verified and declared over
 * the same desa (those a participant list covers), the lists' dates, and how many desa that is.
 */
export function VerifiedCard({ figure, villages }: { figure: IndicatorFigure; villages: number }) {
  const { t, lang } = useI18n();
  const verified = figure.verified;
  return (
    <div className="card card-verified" data-testid="verified-card">
      <h2>{t('dash.verified.title')}</h2>
      {verified == null ? (
        <>
          <p className="big">{t('common.dash')}</p>
          <p className="explain">{t('dash.verified.none')}</p>
          <p className="muted small">{t('dash.verified.noneNext')}</p>
        </>
      ) : (
        <>
          <p className="big" data-testid="verified-value">
            {verified.value == null ? t('common.dash') : formatPercent(verified.value)}
          </p>
          <p className="explain">
            {t('dash.verified.ratio', { part: formatInteger(verified.numerator), whole: formatInteger(verified.denominator) })}
          </p>
          <p className="small" data-testid="verified-declared">
            {t('dash.verified.declared', {
              value: verified.declaredValue == null ? t('common.dash') : formatPercent(verified.declaredValue),
              part: formatInteger(verified.declaredNumerator),
              whole: formatInteger(verified.denominator),
            })}
          </p>
          <p className="muted small">
            {t('dash.verified.listed', { listed: formatInteger(verified.villagesListed), total: formatInteger(villages) })} ·{' '}
            {verified.oldestList === verified.newestList
              ? t('dash.verified.date', { date: formatDate(verified.newestList, lang) })
              : t('dash.verified.dates', { from: formatDate(verified.oldestList, lang), to: formatDate(verified.newestList, lang) })}
          </p>
          {verified.villagesListed < villages && <p className="notice notice-warn small">{t('dash.verified.partial')}</p>}
        </>
      )}
    </div>
  );
}
