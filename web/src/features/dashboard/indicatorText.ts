import type { IndicatorFigureFieldsFragment } from '../../gql/graphql';
import type { Lang } from '../../shared/i18n';

export type IndicatorFigure = IndicatorFigureFieldsFragment;
type Indicator = IndicatorFigure['indicator'];

/** The indicator the dashboard opens with: apparatus coverage, the figure UU 3/2024 asks about first. */
export const DEFAULT_INDICATOR = 'PERSON_COVERAGE_APARATUR_DESA';

/** People at risk ÷ people enrolled: the one indicator where lower is better. */
export const ARREARS = 'ARREARS';

export const DASHBOARD_YEARS = [2025, 2026, 2027, 2028, 2029, 2030];

export function indicatorName(indicator: Indicator, lang: Lang): string {
  return lang === 'en' ? indicator.nameEn : indicator.nameId;
}

export function indicatorFormula(indicator: Indicator, lang: Lang): string {
  return lang === 'en' ? indicator.formulaEn : indicator.formulaId;
}

export function indicatorSource(indicator: Indicator, lang: Lang): string {
  return lang === 'en' ? indicator.sourceEn : indicator.sourceId;
}

export function figureOf(figures: IndicatorFigure[], code: string): IndicatorFigure | undefined {
  return figures.find((figure) => figure.indicator.code === code);
}
