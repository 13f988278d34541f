import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { TargetSheetQuery as SheetData } from '../../gql/graphql';
import { execute } from '../../shared/graphql';
import { formatPercent } from '../../shared/format';
import { useI18n } from '../../shared/i18n';
import { describeError, ErrorList, ErrorMessage, Loading, userErrorText } from '../../shared/ui';
import { useQuery } from '../../shared/useQuery';
import { useMe } from '../auth/session';
import { SetTargetMutation, TargetSheetQuery } from './operations';

export const TARGET_YEARS = [2025, 2026, 2027, 2028, 2029, 2030];

type Row = NonNullable<SheetData['targets']>['rows'][number];
interface Cell {
  region: { code: string; name: string };
  year: number;
}

/**
 * One indicator's targets: the province and each regency by year, own or inherited (saying from where). The province
 * admin changes a cell or lets it follow its parent again; everyone else reads.
 */
export function TargetsPage() {
  const { t, lang } = useI18n();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const regionCode = me.regionCode.split('.')[0];
  const { data, error, loading, refetch } = useQuery(TargetSheetQuery, { regionCode });
  const [editing, setEditing] = useState<Cell | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  if (loading && !data) return (<><h1>{t('targets.title')}</h1><Loading /></>);
  if (error && !data) return (<><h1>{t('targets.title')}</h1><ErrorMessage error={error} onRetry={refetch} /></>);
  if (!data?.targets || !data.region) return <h1>{t('targets.title')}</h1>;

  const indicator = params.get('indicator') ?? 'UCJ';
  const regions = [{ code: data.region.code, name: data.region.name }, ...(data.region.children?.nodes ?? [])];
  const cell = (region: string, year: number): Row | undefined =>
    data.targets!.rows.find((r) => r.regionCode === region && r.year === year && r.indicator.code === indicator);
  const editable = me.role === 'ProvinceAdmin';
  const chosen = data.indicators.find((i) => i.code === indicator);

  return (
    <>
      <h1>{t('targets.title')}</h1>
      <p className="muted">{t('targets.intro')}</p>
      {!editable && <p className="muted small">{t('targets.readOnly')}</p>}
      <div className="filters no-print">
        <label>
          {t('targets.indicator')}{' '}
          <select value={indicator} onChange={(e) => setParams({ indicator: e.target.value }, { replace: true })}>
            {data.indicators.map((i) => (
              <option key={i.code} value={i.code}>{lang === 'en' ? i.nameEn : i.nameId}</option>
            ))}
          </select>
        </label>
      </div>
      {chosen && <p className="explain">{lang === 'en' ? chosen.formulaEn : chosen.formulaId}</p>}
      {notice && <p className="notice notice-ok" role="status">{notice}</p>}
      {editing && (
        <TargetForm
          cell={editing}
          indicator={indicator}
          current={cell(editing.region.code, editing.year)}
          onDone={(message) => {
            setEditing(null);
            setNotice(message);
            refetch();
          }}
          onCancel={() => setEditing(null)}
        />
      )}
      <div className="table-wrap">
        <table>
          <caption className="sr-only">{t('targets.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('targets.region')}</th>
              {TARGET_YEARS.map((year) => (
                <th key={year} scope="col" className="num">{year}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {regions.map((region) => (
              <tr key={region.code}>
                <th scope="row">
                  {region.name} <span className="code">{region.code}</span>
                </th>
                {TARGET_YEARS.map((year) => {
                  const row = cell(region.code, year);
                  const text = row ? formatPercent(row.target.percent) : t('targets.none');
                  return (
                    <td key={year} className={`num ${row?.target.inherited ? 'muted' : ''}`}>
                      {editable ? (
                        <button type="button" className="link-button" aria-label={t('targets.edit', { region: region.name, year })} onClick={() => setEditing({ region, year })}>
                          {text}
                        </button>
                      ) : (
                        text
                      )}
                      {row?.target.inherited && <span className="small"> ({t('targets.inherited', { code: row.target.setFor })})</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function TargetForm({ cell, indicator, current, onDone, onCancel }: {
  cell: Cell;
  indicator: string;
  current: Row | undefined;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const own = current && !current.target.inherited ? String(current.target.percent) : '';
  const [percent, setPercent] = useState(own);
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  async function save(value: number | null) {
    setBusy(true);
    setErrors([]);
    try {
      const { setTarget } = await execute(SetTargetMutation, {
        input: { indicator, regionCode: cell.region.code, year: cell.year, percent: value },
      });
      if (setTarget.errors.length > 0) {
        setErrors(setTarget.errors.map((e) => userErrorText(t, e)));
        return;
      }
      const names = { region: cell.region.name, year: cell.year };
      onDone(value == null ? t('targets.cleared', names) : t('targets.saved', names));
    } catch (error) {
      setErrors([describeError(error, t)]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="card"
      aria-label={t('targets.edit', { region: cell.region.name, year: cell.year })}
      onSubmit={(e) => {
        e.preventDefault();
        void save(Number(percent.replace(',', '.')));
      }}
    >
      <h2>{t('targets.edit', { region: cell.region.name, year: cell.year })}</h2>
      <label>
        {t('targets.percent')}{' '}
        <input inputMode="decimal" value={percent} onChange={(e) => setPercent(e.target.value)} required />
      </label>
      <ErrorList messages={errors} />
      <div className="button-row">
        <button type="submit" disabled={busy}>{t('targets.save')}</button>
        {own !== '' && (
          <button type="button" disabled={busy} onClick={() => void save(null)}>{t('targets.clear')}</button>
        )}
        <button type="button" onClick={onCancel}>{t('targets.cancel')}</button>
      </div>
    </form>
  );
}
