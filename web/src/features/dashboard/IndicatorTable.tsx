import { formatGap, formatInteger, formatPercent } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { UcjInputSource } from './IndicatorCards';
import { indicatorFormula, indicatorName, type IndicatorFigure } from './indicatorText';

/**
 * Every indicator of the region, each with its own target (and, where a BPJS list can verify it, verified beside it):
 * the dashboard's choice of one never hides the others. With
 * `onChoose` each name chooses its indicator; without (the printed report) the names are plain text.
 */
export function IndicatorTable({ figures, chosen, onChoose }: { figures: IndicatorFigure[]; chosen?: string; onChoose?: (code: string) => void }) {
  const { t, lang } = useI18n();
  return (
    <div className="table-wrap">
      <table>
        <caption>{t('dash.indicators.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dash.indicators.indicator')}</th>
            <th scope="col" className="num">{t('dash.indicators.value')}</th>
            <th scope="col" className="num">{t('dash.indicators.ratio')}</th>
            <th scope="col" className="num">{t('dash.verified.column')}</th>
            <th scope="col" className="num">{t('dash.indicators.target')}</th>
            <th scope="col" className="num">{t('dash.table.gap')}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => (
            <tr key={figure.indicator.code} aria-current={figure.indicator.code === chosen ? 'true' : undefined}>
              <th scope="row">
                {onChoose ? (
                  <button type="button" className="link-button" title={indicatorFormula(figure.indicator, lang)} onClick={() => onChoose(figure.indicator.code)}>
                    {indicatorName(figure.indicator, lang)}
                  </button>
                ) : (
                  indicatorName(figure.indicator, lang)
                )}
                <UcjInputSource figure={figure} />
              </th>
              <td className="num">{figure.value == null ? t('common.dash') : formatPercent(figure.value)}</td>
              <td className="num">
                {figure.denominator == null ? t('dash.indicators.noData') : `${formatInteger(figure.numerator ?? 0)} / ${formatInteger(figure.denominator)}`}
              </td>
              <td className="num">{figure.verified?.value == null ? t('common.dash') : formatPercent(figure.verified.value)}</td>
              <td className="num">{figure.target ? formatPercent(figure.target.percent) : t('common.dash')}</td>
              <td className={`num ${figure.onTrack === false ? 'behind' : ''}`}>
                {formatGap(figure.gap)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
