import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { execute } from '../../shared/graphql';
import { useI18n } from '../../shared/i18n';
import { describeError, ErrorList, ErrorMessage, Loading, userErrorText } from '../../shared/ui';
import { useQuery } from '../../shared/useQuery';
import { can } from '../../shared/nav';
import { useMe } from '../auth/session';
import { CopyFundingPolicyMutation, FundingPolicyQuery, RegencyChoiceQuery } from './operations';
import { PolicyForm } from './PolicyForm';
import { PolicyTable } from './PolicyTable';

export const POLICY_YEARS = [2025, 2026, 2027, 2028, 2029, 2030];

/**
 * A regency's funding policy for a fiscal year, per position group. A province user picks the regency; a regency's
 * and a village's users see their own regency's. Regency staff and the province admin set, change or copy it.
 */
export function FundingPolicyPage() {
  const { t } = useI18n();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const picksRegency = me.regionCode.split('.').length < 2;
  const choice = useQuery(RegencyChoiceQuery, { code: me.regionCode.split('.')[0] }, { skip: !picksRegency });
  const regencies = choice.data?.region?.children?.nodes ?? [];
  const regency = picksRegency ? params.get('regency') ?? regencies[0]?.code ?? '' : me.regionCode;
  const thisYear = new Date().getFullYear();
  const year = Number(params.get('year')) || (POLICY_YEARS.includes(thisYear) ? thisYear : POLICY_YEARS[POLICY_YEARS.length - 1]);
  const policy = useQuery(FundingPolicyQuery, { regionCode: regency, year }, { skip: regency === '' });
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const editable = can.setFundingPolicy(me.role);

  const current = policy.data?.fundingPolicy ?? null;
  const regencyName = current?.regionName ?? regencies.find((r) => r.code === regency)?.name ?? me.region?.name ?? regency;
  const yearsSet = (policy.data?.fundingPolicies ?? []).map((p) => p.year).sort((a, b) => a - b);
  const copyFrom = [...yearsSet].reverse().find((y) => y < year);

  function choose(next: { regency?: string; year?: number }) {
    setEditing(false);
    setNotice(null);
    setErrors([]);
    const chosenYear = String(next.year ?? year);
    setParams(picksRegency ? { regency: next.regency ?? regency, year: chosenYear } : { year: chosenYear }, { replace: true });
  }

  async function copy(from: number) {
    setErrors([]);
    try {
      const { copyFundingPolicy } = await execute(CopyFundingPolicyMutation, { input: { regionCode: regency, fromYear: from, toYear: year } });
      if (copyFundingPolicy.errors.length > 0) {
        setErrors(copyFundingPolicy.errors.map((e) => userErrorText(t, e)));
        return;
      }
      setNotice(t('policy.copied', { year, from }));
      policy.refetch();
    } catch (error) {
      setErrors([describeError(error, t)]);
    }
  }

  return (
    <>
      <h1>{t('policy.title')}</h1>
      <p className="muted">{t('policy.intro')}</p>
      {!editable && <p className="muted small">{t('policy.readOnly')}</p>}
      <div className="filters no-print">
        {picksRegency && (
          <label>
            {t('policy.regency')}{' '}
            <select value={regency} onChange={(e) => choose({ regency: e.target.value })}>
              {regencies.map((r) => (
                <option key={r.code} value={r.code}>{r.name}</option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('policy.year')}{' '}
          <select value={year} onChange={(e) => choose({ year: Number(e.target.value) })}>
            {POLICY_YEARS.map((y) => (
              <option key={y} value={y}>{y}</option>
            ))}
          </select>
        </label>
      </div>
      {notice && <p className="notice notice-ok" role="status">{notice}</p>}
      <ErrorList messages={errors} />
      {regency === '' ? null : policy.loading && !policy.data ? (
        <Loading />
      ) : policy.error && !policy.data ? (
        <ErrorMessage error={policy.error} onRetry={policy.refetch} />
      ) : editing ? (
        <PolicyForm
          regionCode={current?.regionCode ?? regency}
          regencyName={regencyName}
          year={year}
          current={current}
          positions={policy.data?.positions ?? []}
          onDone={() => {
            setEditing(false);
            setNotice(t('policy.saved', { regency: regencyName, year }));
            policy.refetch();
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          {yearsSet.length > 0 && <p className="small muted">{t('policy.yearsSet', { years: yearsSet.join(', ') })}</p>}
          {current ? <PolicyTable policy={current} /> : <p>{t('policy.none', { regency: regencyName, year })}</p>}
          {editable && (
            <div className="button-row no-print">
              <button type="button" onClick={() => setEditing(true)}>{current ? t('policy.edit') : t('policy.set', { year })}</button>
              {!current && copyFrom !== undefined && (
                <button type="button" onClick={() => void copy(copyFrom)}>{t('policy.copy', { year: copyFrom })}</button>
              )}
            </div>
          )}
        </>
      )}
    </>
  );
}
